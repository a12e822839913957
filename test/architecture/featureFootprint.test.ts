import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 20: a policy feature is one folder plus a few registrations. The proof is the
// cooldown-end notice (engine/features/cooldownEndNotice: policy notifyCooldownEnd, event
// SellerToldCooldownEnded, clock command TellSellerCooldownEnded, invariant I12, seller reaction
// reRequest.onCooldownEnd). Outside its
// folder, only the files below may name it in code (comments aside), and at most six in all;
// tests, docs, the scenario library, generated schemas and bench are not counted (only .ts and
// .js sources under the roots below are read).
const FOLDER = 'engine/features/cooldownEndNotice/';
const ROOTS = ['engine', 'input', 'scenarios', 'generators', 'claimlog', 'target', 'reports', 'cli'];
const NAMES = /notifyCooldownEnd|SellerToldCooldownEnded|TellSellerCooldownEnded|seller_told_cooldown_ended|cooldownEndNotice|CooldownEndNotice|\bonCooldownEnd\b|\bI12\b/;

/** The files outside the folder that name the feature, one a line: a change to the feature's footprint is a one-line edit here. */
const EXPECTED = [
  'engine/features/index.ts', // FEATURES: its behaviour (decide, arms, evolve, mutants)
  'engine/features/vocabulary.ts', // its event and clock command types, catalogue entry and parameter (read below engine/ClaimEvent.ts)
  'engine/invariants/checkCooldownEndNotice.ts', // I12, the checker's own reading (never imports the feature)
  'engine/invariants/index.ts', // the invariant registry
  'generators/reactions/onCooldownEnd.ts', // the seller's reaction to the notice (reRequest.onCooldownEnd)
  'generators/reactions/index.ts', // REACTIONS: the reaction's registration
];
const AT_MOST = 6;

const ROOT = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((d) => {
    const p = `${dir}/${d.name}`;
    if (d.isDirectory()) return sourceFiles(p);
    return /\.(ts|js)$/.test(d.name) ? [p] : [];
  });
}

/** The text without its comments (block comments, and `//` to the end of a line when not inside a quoted URL). */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\'"])\/\/.*$/gm, '$1');
}

function namesFeature(text: string): boolean {
  return NAMES.test(code(text));
}

describe('a feature names itself outside its folder only where it registers (issue 20)', () => {
  it(`the cooldown-end notice is named by ${EXPECTED.length} files outside ${FOLDER}, at most ${AT_MOST}`, () => {
    const files = ROOTS.flatMap(sourceFiles).filter((f) => !f.startsWith(FOLDER));
    expect(files.length).toBeGreaterThan(300);
    const naming = files.filter((f) => namesFeature(readFileSync(join(ROOT, f), 'utf8')));
    expect(naming.sort()).toEqual([...EXPECTED].sort());
    expect(naming.length).toBeLessThanOrEqual(AT_MOST);
  });

  it('its folder holds the feature (the check reads the right place)', () => {
    const own = sourceFiles(FOLDER.slice(0, -1));
    expect(own.filter((f) => namesFeature(readFileSync(join(ROOT, f), 'utf8'))).length).toBeGreaterThanOrEqual(4);
  });

  it('sees a name in code and passes one in a comment (the check is not blind)', () => {
    expect(namesFeature("case 'SellerToldCooldownEnded':")).toBe(true);
    expect(namesFeature("report('I12', id)")).toBe(true);
    expect(namesFeature('/** I12, the notice (policy notifyCooldownEnd). */\nconst x = 1;')).toBe(false);
    expect(namesFeature('const x = 1; // told the cooldown ended (notifyCooldownEnd)')).toBe(false);
    expect(namesFeature("const url = 'https://example.com'; notifyCooldownEnd;")).toBe(true);
    expect(namesFeature('I120 and AI12')).toBe(false);
  });
});

import { MAX_POLICY_CHANGES, PARAMETERS, type Parameter } from '../../../engine/index.js';

/** The marker lines around the generated table in docs/rules.md (policy parameters). */
export const PARAMETER_TABLE_MARKERS = {
  start: '<!-- parameters: generated from engine/parameters by `npx tsx cli/build/writeParameterTable.ts`; edit the records, not this table -->',
  end: '<!-- /parameters -->',
} as const;

/** The docs file that holds the table. */
export const PARAMETER_TABLE_FILE = 'docs/rules.md';

/**
 * The policy parameters as a Markdown table, one row per record of engine/parameters in
 * PARAMETERS' order, then the dated changes: key, default, what it accepts, the rules that
 * read it, whether `claimsim sweep` may vary it and a dated change may set it, and what it is.
 */
export function parameterTable(): string {
  const rows = PARAMETERS.map((p: Parameter) => [
    code(p.key),
    defaultText(p),
    allowedText(p),
    p.rules.join(', ') || 'every date',
    p.sweepable ? 'yes' : 'no',
    p.changes === true ? 'yes' : 'no',
    p.description,
  ]);
  rows.push([code('changes'), 'none', `up to ${MAX_POLICY_CHANGES} dated changes, see below`, 'R10a, R15a', 'no', 'no', 'the policy as a timeline: from each `at` on, the parameters in its `set`']);
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(['key', 'default', 'allowed', 'used by', 'sweep', 'changes on a date', 'what it is']), line(rows[0]!.map(() => '---')), ...rows.map(line)].join('\n');
}

/** `doc` with the text between the markers replaced by the table; null when a marker is missing. */
export function withParameterTable(doc: string): string | null {
  const from = doc.indexOf(PARAMETER_TABLE_MARKERS.start);
  const to = doc.indexOf(PARAMETER_TABLE_MARKERS.end);
  if (from < 0 || to < from) return null;
  return `${doc.slice(0, from + PARAMETER_TABLE_MARKERS.start.length)}\n\n${parameterTable()}\n\n${doc.slice(to)}`;
}

const code = (s: string) => `\`${s}\``;

function defaultText(p: Parameter): string {
  if (p.default === null) return `${code('null')} (${p.none?.means ?? 'none'})`;
  if (typeof p.default === 'number') return String(p.default);
  if (Array.isArray(p.default)) return `see ${p.rules[0] ?? 'rules.md'}`;
  return code(String(p.default));
}

function allowedText(p: Parameter): string {
  const note = p.allowedNote ? ` (${p.allowedNote})` : '';
  switch (p.kind) {
    case 'zone':
      return `${code('UTC')} or an IANA ${code('Area/Location')} name, spelled exactly (see below)`;
    case 'whole': {
      const [min, max] = p.range!;
      const range = `${min} … ${max}${p.unit === 'days' ? ' days' : ''}`;
      return `${p.none ? `${code('null')} or ` : ''}${range}${note}`;
    }
    case 'boolean':
      return `${code('true')} or ${code('false')}`;
    case 'choice':
      return p.values!.map(code).join(', ');
    case 'statuses':
      return 'non-terminal claim statuses';
    default: {
      const unreachable: never = p.kind;
      throw new Error(`unknown parameter kind ${String(unreachable)}`);
    }
  }
}

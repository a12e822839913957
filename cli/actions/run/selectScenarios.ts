import { InputError } from '../../exit.js';
import { linearPattern } from './linearPattern.js';

/** What a run is asked to keep: a pattern for the file or name, and tags (any of them). */
export interface ScenarioFilter {
  readonly grep?: string;
  readonly tags: readonly string[];
  /** Read every file's name and tags even with no filter (for --list). */
  readonly describe?: boolean;
}

/** One entry of a run: a scenario file, with its name and tags when it is valid, or a path that names no file. */
export interface SelectedScenario {
  readonly file: string;
  /** The scenario's name, when the file was read (filtering or listing). */
  readonly name?: string;
  readonly tags: readonly string[];
  /** The file is not a valid scenario, or the path names none: still run, to report it. */
  readonly invalid: boolean;
}

type ScenarioModule = Pick<typeof import('../../../scenarios/index.js'), 'findScenarioFiles' | 'loadScenarioFile' | 'ScenarioInputError'>;

/**
 * The entries of a run in order: each path's scenario files (a folder's in sorted order), kept
 * when their file or name matches `--grep` (a regular expression, case-insensitive, see grepPattern) and they
 * carry one of the `--tag`s. An invalid file, or a path that names no file, is always kept,
 * so that a filter cannot hide it. A filter that keeps nothing is an input error.
 */
export function selectScenarios(paths: readonly string[], filter: ScenarioFilter, scenarios: ScenarioModule): SelectedScenario[] {
  const grep = filter.grep !== undefined ? grepPattern(filter.grep) : undefined;
  const filtering = grep !== undefined || filter.tags.length > 0;
  const entries = paths.flatMap((path): SelectedScenario[] => {
    const found = scenarios.findScenarioFiles(path);
    if ('missing' in found || found.files.length === 0) return [{ file: path, tags: [], invalid: true }];
    return found.files.map((file) => (filtering || filter.describe ? describe(file, scenarios) : { file, tags: [], invalid: false }));
  });
  if (!filtering) return entries;
  const kept = entries.filter(
    (e) => e.invalid || ((grep === undefined || grep.test(e.file) || grep.test(e.name ?? '')) && (filter.tags.length === 0 || filter.tags.some((t) => e.tags.includes(t)))),
  );
  if (!kept.some((e) => !e.invalid)) {
    const what = [...(filter.grep !== undefined ? [`--grep ${filter.grep}`] : []), ...filter.tags.map((t) => `--tag ${t}`)].join(' ');
    throw new InputError(`no scenario under ${paths.join(' ')} matches ${what} (see them all with --list)`);
  }
  return kept;
}

/**
 * `--grep`'s pattern: JavaScript's syntax, case-insensitive, matched in time proportional to the
 * text (linearPattern), so that no pattern hangs a run; backreferences and lookaround are refused.
 */
export function grepPattern(pattern: string): { readonly test: (text: string) => boolean } {
  try {
    new RegExp(pattern, 'i');
  } catch (err) {
    throw new InputError(`--grep ${pattern}: not a regular expression (${(err as Error).message}); write it as JavaScript does, such as "cooldown|R12"`);
  }
  const linear = linearPattern(pattern);
  if ('refused' in linear) {
    throw new InputError(`--grep ${pattern}: ${linear.refused}: --grep matches in time proportional to the name, and these could make it run for ever (write the pattern without them, such as "cooldown|R12")`);
  }
  return linear;
}

function describe(file: string, scenarios: ScenarioModule): SelectedScenario {
  try {
    const s = scenarios.loadScenarioFile(file);
    return { file, name: s.name, tags: s.tags, invalid: false };
  } catch (err) {
    if (!(err instanceof scenarios.ScenarioInputError)) throw err;
    return { file, tags: [], invalid: true };
  }
}

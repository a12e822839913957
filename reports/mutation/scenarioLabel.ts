/**
 * A scenario file as the matrix shows it: its path without the folder that every scenario
 * of the suite shares, and without `.yaml`.
 */
export function scenarioLabels(files: readonly string[]): (file: string) => string {
  const dirs = files.map((f) => f.split('/').slice(0, -1));
  const common: string[] = [];
  for (let i = 0; dirs.length > 0 && dirs.every((d) => d.length > i && d[i] === dirs[0]![i]); i++) common.push(dirs[0]![i]!);
  const prefix = common.length ? `${common.join('/')}/` : '';
  return (file) => (file.startsWith(prefix) ? file.slice(prefix.length) : file).replace(/\.ya?ml$/, '');
}

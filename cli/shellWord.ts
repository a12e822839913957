/** A word of a shell command as the user can paste it: as it is when it is plain, else in single quotes. */
export function shellWord(s: string): string {
  return /^[\w./:=@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`;
}

/** A run's horizon as people read it: "2024-04-01 09:00 to 2024-06-15 09:00" (local times, seconds dropped when zero). */
export function horizonText(h: { readonly start: string; readonly end: string }): string {
  const t = (s: string) => s.replace('T', ' ').replace(/(\d\d:\d\d):00(\.000)?$/, '$1').replace(/\.000$/, '');
  return `${t(h.start)} to ${t(h.end)}`;
}

/**
 * Time zone names (rules.md, policy `timezone`): `UTC`, or an IANA `Area/Location` name this
 * runtime knows, spelled exactly. The rule is on the name's form, not on whether the time zone
 * database keeps it as a zone or as a link to one: `Asia/Calcutta` and `Asia/Kolkata` name the
 * same place and count the same days, and both are taken. The database's other names are
 * refused, with the zone most likely meant: abbreviations and rule names (`GMT`, `EST`, `CET`,
 * `PST8PDT`: people write GMT for British time, which has summer time), and old country or state
 * names (`Japan`, `US/Eastern`). Intl alone is too lenient: it takes `utc` and `asia/tokyo` in
 * any case, and maps abbreviations such as `BST` to an unrelated zone.
 */

/** The IANA areas an `Area/Location` name starts with. */
const AREA = /^(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)(\/[A-Z0-9][A-Za-z0-9_+-]*)+$/;

/** Abbreviations people write for a zone, and the zone they most likely mean. */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  UTC: 'UTC', GMT: 'UTC (or Europe/London for British time)', Z: 'UTC',
  BST: 'Europe/London', WET: 'Europe/Lisbon', CET: 'Europe/Paris', CEST: 'Europe/Paris', EET: 'Europe/Athens', MSK: 'Europe/Moscow',
  IST: 'Asia/Kolkata (or Europe/Dublin, Asia/Jerusalem)', PKT: 'Asia/Karachi', ICT: 'Asia/Bangkok', WIB: 'Asia/Jakarta',
  CST: 'America/Chicago (or Asia/Shanghai)', CDT: 'America/Chicago', EST: 'America/New_York', EDT: 'America/New_York',
  MST: 'America/Denver (or America/Phoenix)', MDT: 'America/Denver', PST: 'America/Los_Angeles', PDT: 'America/Los_Angeles',
  AKST: 'America/Anchorage', HST: 'Pacific/Honolulu', AST: 'America/Halifax (or Asia/Riyadh)', NST: 'America/St_Johns',
  JST: 'Asia/Tokyo', KST: 'Asia/Seoul', HKT: 'Asia/Hong_Kong', SGT: 'Asia/Singapore', PHT: 'Asia/Manila',
  AEST: 'Australia/Sydney', AEDT: 'Australia/Sydney', ACST: 'Australia/Adelaide', AWST: 'Australia/Perth', NZST: 'Pacific/Auckland', NZDT: 'Pacific/Auckland',
  BRT: 'America/Sao_Paulo', ART: 'America/Argentina/Buenos_Aires', CLT: 'America/Santiago', SAST: 'Africa/Johannesburg', EAT: 'Africa/Nairobi', WAT: 'Africa/Lagos',
};

let supported: ReadonlySet<string> | undefined;
function supportedZones(): ReadonlySet<string> {
  supported ??= new Set(Intl.supportedValuesOf('timeZone'));
  return supported;
}

/** The zone this runtime resolves `name` to, or null when it knows no such zone. */
function resolved(name: string): string | null {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/**
 * True for a zone name taken as written: `UTC`, or an `Area/Location` name this runtime knows,
 * spelled exactly (a zone or a link; not `Asia/TOKYO` for `Asia/Tokyo`).
 */
export function isAcceptedZone(name: string): boolean {
  if (name === 'UTC' || supportedZones().has(name)) return true;
  if (!AREA.test(name) || resolved(name) === null) return false;
  // A link the runtime does not list (Asia/Kolkata) cannot be checked letter by letter: refuse
  // another case of a listed name, and a place written in capitals outside Etc (Asia/KOLKATA).
  const lower = name.toLowerCase();
  for (const zone of supportedZones()) if (zone.toLowerCase() === lower) return false;
  return name.startsWith('Etc/') || !name.split('/').slice(1).some((place) => /^[A-Z]{3,}$/.test(place.replace(/[_-]/g, '')));
}

/** The zone the user most likely meant by a name that is not taken, or null when there is no good guess. */
export function zoneSuggestion(name: string): string | null {
  const upper = name.trim().toUpperCase();
  if (Object.hasOwn(ABBREVIATIONS, upper)) return ABBREVIATIONS[upper]!;
  const lower = name.trim().toLowerCase();
  for (const zone of supportedZones()) if (zone.toLowerCase() === lower) return zone;
  const r = resolved(name.trim());
  return r !== null && isAcceptedZone(r) ? r : null;
}

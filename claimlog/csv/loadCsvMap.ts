import { isAcceptedZone, zoneSuggestion } from '../../engine/zoneName.js';
import { parseYaml } from '../../input/parseYaml.js';
import { readSource } from '../../input/readSource.js';
import { type CsvField, type CsvMap, CsvMapSchema } from './CsvMap.js';

/**
 * Reads and checks a CSV mapping file (`claimsim audit export.csv --map map.yaml`); what is
 * wrong is a ScenarioInputError at file:line:column, as for every other YAML input.
 */
export function loadCsvMap(path: string): CsvMap {
  const { data, map } = parseYaml(readSource(path), path, 'write a map with columns:, time: and, for local times, zone:');
  const r = CsvMapSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const unknownKey = issue.code === 'unrecognized_keys';
    const at = unknownKey ? [...issue.path, issue.keys[0]!] : issue.path;
    const what = unknownKey ? `unknown key ${issue.keys[0]} (see docs/claim-log.md, CSV exports, for the keys a mapping has)` : `${at.length > 0 ? `${at.join('.')}: ` : ''}${issue.message} (see docs/claim-log.md, CSV exports)`;
    throw map.error(at, what, unknownKey);
  }
  const m = r.data;
  if (m.time === 'local' && m.zone === undefined) throw map.error(['time'], 'time: local needs zone: (the IANA zone the times are written in, such as Asia/Tokyo)', true);
  if (m.zone !== undefined && !isAcceptedZone(m.zone)) {
    const guess = zoneSuggestion(m.zone);
    throw map.error(['zone'], `zone: ${m.zone} is not an IANA time zone (${guess !== null ? `did you mean ${guess}?` : 'write Area/Location, such as Asia/Tokyo'})`);
  }
  const seen = new Map<string, string>();
  for (const [field, column] of Object.entries(m.columns) as [CsvField, string | undefined][]) {
    if (column === undefined) continue;
    const other = seen.get(column);
    if (other !== undefined) throw map.error(['columns', field], `columns: ${field} and ${other} both name the column "${column}" (a column holds one field)`);
    seen.set(column, field);
  }
  const zone = m.zone ?? 'UTC';
  return {
    columns: m.columns as CsvMap['columns'],
    types: m.types ?? {},
    time: m.time,
    zone,
    delimiter: m.delimiter ?? ',',
  };
}

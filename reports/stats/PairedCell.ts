/**
 * One cluster (a seller in one replication) of a paired comparison, for one outcome: `n`
 * claims run under both arms with the same random numbers, `up` of them ending with the
 * outcome under the variant only, `down` under the baseline only (the discordant pairs).
 */
export interface PairedCell {
  n: number;
  up: number;
  down: number;
}

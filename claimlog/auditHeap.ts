/**
 * The node flags `claimsim audit` runs under: `cli/claimsim.js` starts the audit in a child node
 * with them (the same list, written there too; test/claimlog/auditHeap.test.ts holds the two
 * equal), and `npm run bench` measures the audit under them. What the audit holds is bounded
 * whatever the log's length (claims held, the finished ones of the last days of log time, the
 * spill's filter, a part of a spill bucket read back; docs/performance.md, The audit), but by
 * default V8 lets the old generation grow to several times its live data between collections
 * (the 10^6-claim log peaked at 559 MB RSS so). Growing it by half its live
 * data instead keeps the peak RSS near the live data, with no hard limit to run out of (an OCEL
 * document is read whole, and may need more). A young generation of 32 MB, twice the default,
 * lets most of a record's short-lived objects die there. A heap limit or growth the caller sets
 * (in `NODE_OPTIONS` or node's own flags) is kept as is.
 */
export const AUDIT_NODE_FLAGS: readonly string[] = ['--heap-growing-percent=50', '--max-semi-space-size=32'];

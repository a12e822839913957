/** A card's source block (hand-made figures), for the tests' cards. */
export const CARD_SOURCE = `  source:
    files: [{ name: claims.ndjson, sha256: ${'ab'.repeat(32)}, records: 98765 }]
    sha256: ${'cd'.repeat(32)}
    from: 2024-04-01T09:00:00.000+09:00
    until: 2024-06-15T10:02:00.000+09:00
    claims: 19876
    policy: default
`;

/** A small population with a calibration card, as `claimsim calibrate` writes one (hand-made figures). */
export const CARD = `calibration:
${CARD_SOURCE}  method: { holdout: 0.25, seed: 1, sellerProfiles: 1, buyerProfiles: 1 }
  parameters:
    - { path: buyerProfiles.0.accept.probability, estimate: 0.55, low: 0.54, high: 0.56, unit: probability, basis: "4,210 answered requests" }
    - { path: sellerProfiles.0.request.delay.logNormal.median, estimate: 93600000, low: 90000000, high: 97200000, unit: ms, basis: "5,002 requests" }
  choices:
    - what: buyer answer timing
      chosen: fractionOfWindow
      options: [{ name: delay, heldOutLogLikelihood: -1234.5 }, { name: fractionOfWindow, heldOutLogLikelihood: -1100.2 }]
      evidence: "held-out log-likelihood higher by 134.3 over 1,052 answers"
  checks:
    - { what: accept delay, test: ks, statistic: 0.021, threshold: 0.043, pValue: 0.31, n: 1052, verdict: pass }
    - { what: outcome shares, test: chi-square, statistic: 14.2, threshold: 11.07, pValue: 0.014, n: 4969, verdict: fail }
  unidentified:
    - what: buyers' reaction to a reminder
      why: the log has no buyer_reminded record
      assumption: reminders change nothing (no reminded reaction)
      policyKeys: [reminderDaysBeforeDeadline]
`;

export const POPULATION = `name: Fitted
seed: 7
horizon:
  start: 2024-04-01T09:00
  length: 30d
  arrivals: 10d
sellers: 2
buyers: 10
claims: 60
claimMix: { return: 3, cancel: 1 }
sellerProfiles:
  - name: keen
    request: { probability: { return: 0.7, cancel: 0.5 }, delay: { uniform: [1h, 2d] } }
buyerProfiles:
  - name: kind
    accept: { probability: 0.55, fractionOfWindow: { uniform: [0.1, 0.9] } }
    reject: { probability: 0.2, delay: { constant: 1d } }
    silent: 0.25
`;

/** The population with its card. */
export const CALIBRATED = `${POPULATION}${CARD}`;

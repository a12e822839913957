import { type Command, type Policy, DEFAULT_POLICY, calendarFor, daysFromCivil, makePolicy } from '../../../engine/index.js';
import { STATUSES } from './ReferenceModel.js';

/** The model tests' small world: five claims on three orders, two sellers, two buyers. */
export const ORDERS = [
  { id: 'O1', seller: 'S1', buyer: 'B1' },
  { id: 'O2', seller: 'S1', buyer: 'B2' },
  { id: 'O3', seller: 'S2', buyer: 'B1' },
] as const;

export const CLAIMS = [
  { id: 'C1', order: 'O1', type: 'return', status: 'return_requested' },
  { id: 'C2', order: 'O1', type: 'cancel', status: 'cancel_requested' },
  { id: 'C3', order: 'O2', type: 'exchange', status: 'exchange_requested' },
  { id: 'C4', order: 'O3', type: 'return', status: 'returning' },
  { id: 'C5', order: 'O2', type: 'non_receipt', status: 'non_receipt_reported' },
] as const;

export type WorldClaim = (typeof CLAIMS)[number];

export const SELLERS = ['S1', 'S2'] as const;
export const BUYERS = ['B1', 'B2'] as const;

export const statusesOf = (c: WorldClaim): readonly string[] => STATUSES[c.type];

/** The commands that set the world up, at the start instant. */
export function setupCommands(): Command[] {
  return [
    ...ORDERS.map((o): Command => ({ kind: 'PlaceOrder', order: o.id, seller: o.seller, buyer: o.buyer })),
    ...CLAIMS.map((c): Command => ({ kind: 'OpenClaim', claim: c.id, order: c.order, type: c.type, status: c.status })),
  ];
}

/** A policy under test and where its clock starts. */
export interface Setting {
  readonly name: string;
  readonly policy: Policy;
  readonly start: number;
}

const local = (zone: string, y: number, m: number, d: number, hour: number) => calendarFor(zone).atWallTime(daysFromCivil(y, m, d), hour * 3_600_000);

export const SETTINGS: readonly Setting[] = [
  { name: 'default policy, Asia/Tokyo', policy: DEFAULT_POLICY, start: local('Asia/Tokyo', 2021, 7, 20, 9) },
  {
    // A rejection cooldown that outlasts a cancellation one: a request after the cancellation's
    // ends must still wait for the rejection's (R15: cooldowns add up).
    name: 'cooldowns add up: rejection 5 days, cancellation 2, Asia/Tokyo',
    policy: makePolicy({ rejectionCooldownDays: 5, cancellationCooldownDays: 2 }),
    start: local('Asia/Tokyo', 2021, 7, 20, 9),
  },
  {
    // Spring forward on 2024-03-10 (02:00 → 03:00): a day of 23 hours inside the windows.
    name: 'window 3, cooldowns 0 and 2, one re-request, lapse on timeout, America/New_York across DST',
    policy: makePolicy({
      timezone: 'America/New_York',
      responseWindowDays: 3,
      rejectionCooldownDays: 0,
      cancellationCooldownDays: 2,
      maxReRequests: 1,
      autoWithdrawOnTimeout: false,
    }),
    start: local('America/New_York', 2024, 3, 7, 18),
  },
  {
    // Chile skips midnight on 2024-09-08 (00:00 → 01:00): that date starts at 01:00.
    name: 'window 1, no re-requests, wider eligibility, PII blocked, America/Santiago across a skipped midnight',
    policy: makePolicy({
      timezone: 'America/Santiago',
      responseWindowDays: 1,
      rejectionCooldownDays: 1,
      cancellationCooldownDays: 0,
      delayThresholdDays: 1,
      maxReRequests: 0,
      eligibleStatuses: ['cancel_requested', 'return_requested', 'returning', 'return_on_hold', 'exchange_requested', 'exchange_reshipping'],
      requireMessage: false,
      piiCheck: 'block',
    }),
    start: local('America/Santiago', 2024, 9, 5, 20),
  },
];

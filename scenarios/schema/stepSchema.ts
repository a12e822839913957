import { z } from 'zod';
import { Check } from './checkSchema.js';
import {
  ClaimStatusName,
  ClaimTypeName,
  DateTimeText,
  Duration,
  Flag,
  Id,
  LifecycleStatusName,
  PartyName,
  RefusalCodeName,
  Text,
} from './fields.js';

/** Moving the clock, shared by every step: `at:` (absolute) or `advance:` (relative). */
const when = { at: DateTimeText.optional(), advance: Duration.optional() };

/** `expect: { error: CODE }`; extensions: `until` (COOLDOWN_ACTIVE's end), `support` (R3). */
export const Expect = z.strictObject({ error: RefusalCodeName, until: DateTimeText.optional(), support: Flag.optional() });

const acting = { ...when, as: Id.optional(), expect: Expect.optional() };
const action = <A extends string, S extends z.ZodRawShape>(name: A, shape: S) =>
  z.strictObject({ do: z.literal(name), ...acting, ...shape });

const claimDetails = { reason: Text.optional(), nonReceiptReason: Text.optional(), returnCollectionMethod: Text.optional() };
export const orderDetails = {
  orderedAt: DateTimeText.optional(),
  shippedAt: DateTimeText.optional(),
  orderNumber: Text.optional(),
  cartNumber: Text.optional(),
  itemCode: Text.optional(),
  sellerItemCode: Text.optional(),
  itemName: Text.optional(),
};

const claim = Id;

/** One step: a `do:` action (by its name), or a `check:`, or only a clock move. */
export const Step = z.discriminatedUnion('do', [
  action('open_claim', { claim, order: Id, type: ClaimTypeName, status: LifecycleStatusName.optional(), ...claimDetails }),
  action('advance_claim', { claim, to: ClaimStatusName }),
  action('request_withdrawal', { claim, message: Text.optional() }),
  action('accept_withdrawal', { claim }),
  action('reject_withdrawal', { claim, reason: Text.optional(), category: Text.optional() }),
  action('re_request_withdrawal', { claim, message: Text.optional() }),
  action('cancel_withdrawal', { claim }),
  action('send_memo', { claim, text: Text, from: PartyName }),
  action('contact_support', { claim, text: Text.optional() }),
  action('place_order', { order: Id, seller: Id, buyer: Id, ...orderDetails }),
  z.strictObject({ do: z.undefined().optional(), ...when, check: Check.optional() }),
]);

export type StepInput = z.infer<typeof Step>;
export type ActionStepInput = Exclude<StepInput, { do?: undefined }>;

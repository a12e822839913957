import { z } from 'zod';
import { ClaimTypeName, DateTimeText, Id, LifecycleStatusName, Text } from './fields.js';
import { Step, orderDetails } from './stepSchema.js';

const Party = z.strictObject({ id: Id, name: Text.optional() });

export const OrderEntry = z.strictObject({ id: Id, seller: Id, buyer: Id, ...orderDetails });

export const ClaimEntry = z.strictObject({
  id: Id,
  order: Id,
  type: ClaimTypeName,
  status: LifecycleStatusName.optional(),
  receivedAt: DateTimeText.optional(),
  reason: Text.optional(),
  nonReceiptReason: Text.optional(),
  returnCollectionMethod: Text.optional(),
});

/** `policy:` inline overrides (checked against rules.md by the engine's checkPolicy) or a file path. */
const PolicyRef = z.union([z.string(), z.record(z.string(), z.unknown())], {
  error: 'must be a map of policy overrides or the path of a policy file (relative to this scenario)',
});

export const ScenarioShape = z.strictObject({
    name: Text.trim().min(1, { error: 'must not be empty (give the scenario a name)' }),
    description: Text.optional(),
    tags: z.array(Text, { error: 'must be a list such as [R12, COOLDOWN_ACTIVE]' }).optional(),
    policy: PolicyRef.optional(),
    start: DateTimeText,
    sellers: z.array(Party).optional(),
    buyers: z.array(Party).optional(),
    orders: z.array(OrderEntry).optional(),
    claims: z.array(ClaimEntry).optional(),
    steps: z.array(Step, { error: 'must be a list of steps' }).min(1, { error: 'must list at least one step (add a do: or check: step)' }),
});
export type ScenarioInput = z.infer<typeof ScenarioShape>;

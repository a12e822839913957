import { z } from 'zod';
import { CLAIM_STATUSES, MAX_POLICY_CHANGES, PARAMETERS, type Parameter, isTerminal } from '../../../engine/index.js';

/**
 * A policy file's shape (rules.md's parameters; absent keys keep the defaults), for editors,
 * derived from the parameters' records (engine/parameters). The engine's checkPolicy stays the
 * judge (it also checks that a time zone exists, and the reminder against the window); this
 * schema says the same about types and ranges, and a test holds the two together.
 */
export const policyFileSchema = z
  .strictObject({
    ...Object.fromEntries(PARAMETERS.map((p) => [p.key, valueSchema(p).describe(parameterDescription(p))])),
    changes: z
      .array(z.strictObject({ at: z.string().describe('when the change takes effect: a date (00:00 in the zone) or a date-time'), set: z.record(z.string(), z.unknown()).describe('the parameters that change, with their new values') }))
      .max(MAX_POLICY_CHANGES)
      .describe('dated changes, in strictly increasing order of at (rules.md, dated changes)'),
  })
  .partial();

/** A parameter's values as zod reads them, from its kind. */
function valueSchema(p: Parameter): z.ZodType {
  switch (p.kind) {
    case 'zone':
      return z.string().min(1);
    case 'whole': {
      const [min, max] = p.range!;
      const whole = z.number().int().min(min).max(max);
      return p.none ? whole.nullable() : whole;
    }
    case 'boolean':
      return z.boolean();
    case 'choice':
      return z.enum(p.values as [string, ...string[]]);
    case 'statuses':
      return z.array(z.enum(CLAIM_STATUSES.filter((s) => !isTerminal(s)) as [string, ...string[]]));
    default: {
      const unreachable: never = p.kind;
      throw new Error(`unknown parameter kind ${String(unreachable)}`);
    }
  }
}

/** "R6, R10, R11: days the buyer has to answer a withdrawal request (default 7)". */
export function parameterDescription(p: Parameter): string {
  const rules = p.rules.length ? `${p.rules.join(', ')}: ` : '';
  const none = p.none ? `; null: ${p.none.means}` : '';
  const def = p.kind === 'statuses' ? '' : ` (default ${JSON.stringify(p.default).replaceAll('"', '')})`;
  return `${rules}${p.description.replaceAll('`', '')}${none}${def}`;
}

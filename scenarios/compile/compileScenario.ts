import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { type Command, type DateParts, DEFAULT_POLICY, type Policy, calendarFor, makePolicy, parseDateText, toInstant } from '../../engine/index.js';
import type { Scenario, Step } from '../Scenario.js';
import type { SourceMap } from '../../input/SourceMap.js';
import { loadPolicyFile } from '../../input/loadPolicyFile.js';
import type { ScenarioInput } from '../schema/scenarioShape.js';
import { compileCheck } from './compileCheck.js';
import type { InstantOf } from './InstantOf.js';
import { toCommand } from './toCommand.js';
import { formatInstant } from './formatInstant.js';
import { addDuration } from './toInstant.js';

/** The last instant a scenario's clock may reach: the end of year 9999 (dates are written with four-digit years). */
const LAST_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59, 999);


/**
 * Turns a validated scenario into engine commands on the virtual clock: resolves the policy
 * (inline or a file beside the scenario), every date in the policy's zone, and each step's
 * instant, refusing steps that would move the clock backwards.
 */
export function compileScenario(input: ScenarioInput, map: SourceMap): Scenario {
  const policy = resolvePolicy(input.policy, map);
  const calendar = calendarFor(policy.timezone);
  const instantOf: InstantOf = (text) => toInstant(parseDateText(text) as DateParts, calendar);
  const start = instantOf(input.start);

  const setup: Command[] = [];
  for (const o of input.orders ?? []) {
    const { id, orderedAt, shippedAt, ...details } = o;
    setup.push({ kind: 'PlaceOrder', order: id, ...details, orderedAt: orderedAt === undefined ? null : instantOf(orderedAt), shippedAt: shippedAt === undefined ? null : instantOf(shippedAt) });
  }
  (input.claims ?? []).forEach((c, i) => {
    const { id, receivedAt, status, ...rest } = c;
    const received = receivedAt === undefined ? start : instantOf(receivedAt);
    if (received > start) {
      throw map.error(['claims', i, 'receivedAt'], `receivedAt ${receivedAt} is after start ${input.start}; a claim under claims: exists from start (open later claims with an open_claim step)`);
    }
    setup.push({ kind: 'OpenClaim', claim: id, ...rest, ...(status === undefined ? {} : { status: status as never }), receivedAt: received });
  });

  const steps: Step[] = [];
  let now = start;
  input.steps.forEach((raw, i) => {
    const path = ['steps', i];
    if (raw.at !== undefined) {
      const t = instantOf(raw.at);
      if (t < now) {
        throw map.error([...path, 'at'], `at ${raw.at} is earlier than the step before it (${formatInstant(now, calendar)}); time only moves forward (reorder the steps or fix the date)`);
      }
      now = t;
    } else if (raw.advance !== undefined) {
      now = addDuration(now, raw.advance, calendar);
      if (now > LAST_INSTANT) {
        throw map.error([...path, 'advance'], `the clock would pass 9999-12-31 at this step (the scenario clock stays within years 0001 to 9999; advance less)`);
      }
    }
    const line = map.lineOf(path);
    if (raw.do === undefined) {
      steps.push({ number: i + 1, line, at: now, ...(raw.check ? { check: compileCheck(raw.check, now, instantOf, calendar) } : {}) });
    } else {
      steps.push({ number: i + 1, line, at: now, action: toCommand(raw, instantOf) });
    }
  });

  return {
    file: map.file,
    name: input.name.trim(),
    description: input.description ?? '',
    tags: input.tags ?? [],
    policy,
    start,
    setup,
    steps,
  };
}

function resolvePolicy(ref: ScenarioInput['policy'], map: SourceMap): Policy {
  if (ref === undefined) return DEFAULT_POLICY;
  if (typeof ref !== 'string') return makePolicy(ref);
  // An absolute path is taken as written; a relative one is beside the scenario.
  const path = isAbsolute(ref) ? ref : join(dirname(map.file), ref);
  if (!existsSync(path)) {
    throw map.error(['policy'], `policy file ${ref} not found (looked for ${path}${isAbsolute(ref) ? '' : '; a relative path is relative to this scenario file'})`);
  }
  return loadPolicyFile(path);
}

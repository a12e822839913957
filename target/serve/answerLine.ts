import { targetRequest } from '../protocol/messages.js';
import type { EngineTarget } from './EngineTarget.js';

/** The most a request line may hold (a scenario's policy and command are far smaller). */
export const MAX_REQUEST_BYTES = 1024 * 1024;

/**
 * One request, as text (an NDJSON line or an HTTP body), to its reply as text: a request
 * that is not JSON, not a known message or that the engine cannot carry out gets an `error`
 * reply naming what is wrong, with the request's id when it has one.
 */
export function answerLine(target: EngineTarget, text: string): string {
  if (text.length > MAX_REQUEST_BYTES) return reply({ id: null, type: 'error', message: `request of ${text.length} characters, over the ${MAX_REQUEST_BYTES} this target reads` });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return reply({ id: null, type: 'error', message: `not JSON: ${err instanceof Error ? err.message : String(err)}` });
  }
  const raw = value as { id?: unknown } | null;
  const id = raw !== null && typeof raw === 'object' && typeof raw.id === 'number' && Number.isSafeInteger(raw.id) && raw.id >= 0 ? raw.id : null;
  const parsed = targetRequest.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return reply({ id, type: 'error', message: `not a request of the protocol: ${issue.path.join('.') || '(the message)'}: ${issue.message}` });
  }
  try {
    return reply(target.handle(parsed.data));
  } catch (err) {
    return reply({ id, type: 'error', message: `${parsed.data.type} failed: ${err instanceof Error ? err.message : String(err)}` });
  }
}

function reply(value: object): string {
  return JSON.stringify(value);
}

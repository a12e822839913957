import type { z } from 'zod';
import type { Command, Instant, Policy } from '../../engine/index.js';
import type { Capabilities } from '../protocol/Capabilities.js';
import { type SearchFilter, answerReply, errorReply, helloReply, okReply, refusedReply, unknownReply } from '../protocol/messages.js';
import { PROTOCOL_VERSION } from '../protocol/protocolVersion.js';
import { commandToWire, instantToWire } from '../protocol/wire.js';
import { ChildTransport } from './ChildTransport.js';
import { HttpTransport } from './HttpTransport.js';
import { TargetError } from './TargetError.js';
import { type Transport, TransportFailure } from './Transport.js';
import { shellWords } from './shellWords.js';
import { HELLO_TIMEOUT_MS, MAX_REPLY_BYTES, TARGET_TIMEOUT_MS } from './targetLimits.js';

export interface TargetOptions {
  readonly timeoutMs?: number;
  readonly maxReplyBytes?: number;
}

/** Where a message belongs, for every error about it: `command request_withdrawal C1` at step 3 of a file (step 0: the setup). */
export interface MessagePlace {
  readonly message: string;
  readonly step: number;
  readonly file?: string;
}

/** A reply, or an indeterminate answer (the target's `unknown`, or no reply in time): never a pass. */
export type Answer<T> = { readonly kind: 'reply'; readonly reply: T } | { readonly kind: 'unknown'; readonly reason: string };

type Ok = z.infer<typeof okReply>;
type Refused = z.infer<typeof refusedReply>;
type QueryAnswer = z.infer<typeof answerReply>;

/**
 * The adapter: one target session through its transport, every message with a timeout, every
 * reply checked against the protocol and the message it answers. A reply that breaks the
 * protocol throws a TargetError naming the target, the message and the step.
 */
export class TargetClient {
  private nextId = 1;

  private constructor(
    private readonly transport: Transport,
    private readonly timeoutMs: number,
    readonly name: string,
    readonly capabilities: Capabilities,
  ) {}

  /** Starts the command (split into words, no shell) or connects to the http:// URL, and says hello. */
  static async open(spec: string, options: TargetOptions = {}): Promise<TargetClient> {
    const transport = transportOf(spec, options.maxReplyBytes ?? MAX_REPLY_BYTES);
    const timeoutMs = options.timeoutMs ?? TARGET_TIMEOUT_MS.default;
    try {
      const hello = await exchange(transport, 0, { type: 'hello', protocol: PROTOCOL_VERSION }, helloReply, Math.max(timeoutMs, HELLO_TIMEOUT_MS), { message: 'hello', step: 0 });
      if (hello.kind === 'unknown') throw new TargetError(`${transport.description}: ${hello.reason}; is it a target of protocol ${PROTOCOL_VERSION}?`);
      if (hello.reply.protocol !== PROTOCOL_VERSION) throw new TargetError(`${transport.description}: it speaks protocol ${hello.reply.protocol}, claimsim speaks ${PROTOCOL_VERSION}`);
      return new TargetClient(transport, timeoutMs, hello.reply.name, hello.reply.capabilities);
    } catch (err) {
      await transport.close();
      throw err;
    }
  }

  get description(): string {
    return this.transport.description;
  }

  reset(policy: Policy, start: Instant, place: MessagePlace): Promise<Answer<Ok>> {
    return this.send({ type: 'reset', policy, start: instantToWire(start) }, okReply, place);
  }

  advance(to: Instant, place: MessagePlace): Promise<Answer<Ok>> {
    return this.send({ type: 'advance', to: instantToWire(to) }, okReply, place);
  }

  async command(command: Command, place: MessagePlace): Promise<Answer<Ok | Refused>> {
    const a = await this.send({ type: 'command', command: commandToWire(command) }, okReply.or(refusedReply).or(unknownReply), place);
    if (a.kind === 'reply' && a.reply.type === 'unknown') return { kind: 'unknown', reason: `the target answered unknown: ${a.reply.reason}` };
    return a as Answer<Ok | Refused>;
  }

  query(query: 'claims' | 'board' | 'buyers' | 'sellers', ids: readonly string[], place: MessagePlace): Promise<Answer<QueryAnswer>>;
  query(query: 'search', search: SearchFilter, place: MessagePlace): Promise<Answer<QueryAnswer>>;
  query(query: string, arg: readonly string[] | SearchFilter, place: MessagePlace): Promise<Answer<QueryAnswer>> {
    const body = Array.isArray(arg) ? { type: 'query', query, ids: arg } : { type: 'query', query, search: arg };
    return this.send(body, answerReply, place);
  }

  /** Ends the session; a child process is reaped before this resolves. */
  close(): Promise<void> {
    return this.transport.close();
  }

  private send<S extends z.ZodType>(body: Record<string, unknown>, schema: S, place: MessagePlace): Promise<Answer<z.infer<S>>> {
    return exchange(this.transport, this.nextId++, body, schema, this.timeoutMs, place);
  }
}

function transportOf(spec: string, maxReplyBytes: number): Transport {
  if (/^https?:\/\//i.test(spec)) {
    let url: URL;
    try {
      url = new URL(spec);
    } catch {
      throw new TargetError(`--target ${spec}: not a URL (such as http://127.0.0.1:8787/message)`);
    }
    if (url.protocol !== 'http:') throw new TargetError(`--target ${spec}: only http:// is spoken (put a TLS proxy in front, or serve plain HTTP on a local port)`);
    return new HttpTransport(url, maxReplyBytes);
  }
  const words = shellWords(spec);
  if (!words.ok) throw new TargetError(`--target ${spec}: ${words.message} (quote the command as a shell would)`);
  if (words.words.length === 0) throw new TargetError('--target: an empty command (give the command that starts the target, or its http:// URL)');
  return new ChildTransport(spec, words.words, maxReplyBytes);
}

/** One request and its reply, checked: JSON, the same id, a reply of the expected type(s); `error` replies and broken ones throw. */
async function exchange<S extends z.ZodType>(transport: Transport, id: number, body: Record<string, unknown>, schema: S, timeoutMs: number, place: MessagePlace): Promise<Answer<z.infer<S>>> {
  const at = `${place.message} (${place.step === 0 ? 'setup' : `step ${place.step}`}${place.file ? ` of ${place.file}` : ''})`;
  const fail = (what: string): TargetError => new TargetError(`${transport.description}: ${what}, in reply to ${at}`);
  let text: string;
  try {
    text = await transport.exchange(id, JSON.stringify({ id, ...body }), timeoutMs);
  } catch (err) {
    if (!(err instanceof TransportFailure)) throw err;
    if (err.kind === 'timeout') return { kind: 'unknown', reason: `no reply to ${at} within ${timeoutMs} ms (counted as unknown)` };
    throw new TargetError(`${transport.description}: ${err.message}, at ${at}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw fail(`a reply that is not JSON (${JSON.stringify(text.slice(0, 80))}${text.length > 80 ? '…' : ''})`);
  }
  const error = errorReply.safeParse(value);
  if (error.success) throw fail(`an error reply: ${error.data.message}`);
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const type = value !== null && typeof value === 'object' && 'type' in value ? JSON.stringify((value as { type: unknown }).type) : 'none';
    throw fail(`a reply out of protocol (type ${type}; ${issue.path.join('.') || 'the reply'}: ${issue.message})`);
  }
  const replyId = (parsed.data as { id: number }).id;
  if (replyId !== id) throw fail(`a reply with id ${replyId} to the request with id ${id}`);
  return { kind: 'reply', reply: parsed.data };
}

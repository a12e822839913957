/** Why an exchange got no reply text. `timeout` makes the answer unknown; the others end the session. */
export type TransportFailureKind = 'timeout' | 'oversized' | 'closed' | 'io';

export class TransportFailure extends Error {
  constructor(
    readonly kind: TransportFailureKind,
    message: string,
  ) {
    super(message);
  }
}

/** One way to a target: a request's text out, its reply's text back. */
export interface Transport {
  /** What the target is, for messages: the command line or the URL. */
  readonly description: string;
  /** Sends one request (its id given for matching the reply); rejects with a TransportFailure. */
  exchange(id: number, text: string, timeoutMs: number): Promise<string>;
  /** Ends the session; a child process is reaped before this resolves. */
  close(): Promise<void>;
}

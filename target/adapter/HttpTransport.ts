import { Agent, request } from 'node:http';
import { type Transport, TransportFailure } from './Transport.js';

/**
 * The protocol over HTTP: each message a POST of its JSON to the target's URL (docs/target-
 * protocol.md: http://HOST:PORT/message), the reply the response's body, whatever its status.
 * Connections are kept alive between messages. A body over `maxReplyBytes` is cut off.
 */
export class HttpTransport implements Transport {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 1 });

  constructor(
    private readonly url: URL,
    private readonly maxReplyBytes: number,
  ) {}

  get description(): string {
    return this.url.href;
  }

  exchange(_id: number, text: string, timeoutMs: number): Promise<string> {
    return new Promise((resolve, reject) => {
      let settled = false;
      const settle = (f: () => void): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        f();
      };
      const req = request(this.url, { method: 'POST', agent: this.agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) } }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > this.maxReplyBytes) {
            settle(() => reject(new TransportFailure('oversized', `a reply of more than ${this.maxReplyBytes} bytes (${size} so far)`)));
            res.destroy();
          } else chunks.push(chunk);
        });
        res.on('end', () => settle(() => resolve(Buffer.concat(chunks).toString('utf8'))));
        res.on('error', (err) => settle(() => reject(new TransportFailure('io', `the reply broke off: ${err.message}`))));
      });
      const timer = setTimeout(() => {
        settle(() => reject(new TransportFailure('timeout', `no reply within ${timeoutMs} ms`)));
        req.destroy();
      }, timeoutMs);
      req.on('error', (err: NodeJS.ErrnoException) => settle(() => reject(new TransportFailure('io', `cannot reach ${this.url.href}: ${err.code ?? err.message}`))));
      req.end(text);
    });
  }

  close(): Promise<void> {
    this.agent.destroy();
    return Promise.resolve();
  }
}

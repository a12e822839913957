import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { TargetClient } from '../../target/adapter/TargetClient.js';
import { FULL_CAPABILITIES } from '../../target/protocol/Capabilities.js';

let server: Server | null = null;
afterEach(closeServer);

/** A fake HTTP target in this process: hello answered, every other message handled by `misbehave`. */
async function fakeHttp(misbehave: (id: number, send: (status: number, body: string) => void) => void): Promise<string> {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      const msg = JSON.parse(body) as { id: number; type: string };
      const send = (status: number, text: string): void => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(text);
      };
      if (msg.type === 'hello') return send(200, JSON.stringify({ id: msg.id, type: 'hello', protocol: 1, name: 'fake http', capabilities: FULL_CAPABILITIES }));
      misbehave(msg.id, send);
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/message`;
}

const place = { message: 'advance to 2021-08-05T00:00', step: 4, file: 'x.yaml' };

describe('the adapter over HTTP', () => {
  it('a reply that does not come in time is unknown, never a pass', async () => {
    const url = await fakeHttp(() => {});
    const client = await TargetClient.open(url, { timeoutMs: 200 });
    expect(await client.advance(0, place)).toEqual({ kind: 'unknown', reason: 'no reply to advance to 2021-08-05T00:00 (step 4 of x.yaml) within 200 ms (counted as unknown)' });
    await client.close();
  });

  it('an oversized body, a body that is not JSON and an error reply are one line naming the message and the step', async () => {
    const big = await TargetClient.open(await fakeHttp((_id, send) => send(200, 'x'.repeat(5000))), { timeoutMs: 2000, maxReplyBytes: 1024 });
    await expect(big.advance(0, place)).rejects.toThrow(/: a reply of more than 1024 bytes \(\d+ so far\), at advance to 2021-08-05T00:00 \(step 4 of x\.yaml\)$/);
    await big.close();
    await closeServer();
    const html = await TargetClient.open(await fakeHttp((_id, send) => send(502, '<html>Bad Gateway</html>')), { timeoutMs: 2000 });
    await expect(html.advance(0, place)).rejects.toThrow(/a reply that is not JSON \("<html>Bad Gateway<\/html>"\), in reply to advance to 2021-08-05T00:00 \(step 4 of x\.yaml\)$/);
    await html.close();
    await closeServer();
    const error = await TargetClient.open(await fakeHttp((id, send) => send(200, JSON.stringify({ id, type: 'error', message: 'clock cannot move' }))), { timeoutMs: 2000 });
    await expect(error.advance(0, place)).rejects.toThrow(/an error reply: clock cannot move, in reply to advance/);
    await error.close();
  });

  it('a target that is not listening is refused at hello', async () => {
    await expect(TargetClient.open('http://127.0.0.1:9/message', { timeoutMs: 2000 })).rejects.toThrow(/cannot reach http:\/\/127\.0\.0\.1:9\/message: ECONNREFUSED, at hello \(setup\)/);
    await expect(TargetClient.open('https://example.invalid/message')).rejects.toThrow(/only http:\/\/ is spoken/);
  });
});

/** Closes the fake target's server, if one is listening. */
async function closeServer(): Promise<void> {
  const s = server;
  server = null;
  if (s) await new Promise<void>((resolve) => {
    s.close(() => resolve());
    s.closeAllConnections();
  });
}

import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_REQUEST_BYTES, answerLine } from './answerLine.js';
import type { EngineTarget } from './EngineTarget.js';

/** The path every message is posted to. */
export const MESSAGE_PATH = '/message';

/**
 * The protocol over HTTP on 127.0.0.1:port (0: any free port): each message a POST to
 * /message with the request as its JSON body, the reply as the response's JSON body (status
 * 200, an `error` reply included; 404 elsewhere, 405 for another method, 413 over the size).
 */
export async function serveHttp(target: EngineTarget, port: number): Promise<{ url: string; server: Server; close: () => Promise<void> }> {
  const server = createServer({ keepAliveTimeout: 60_000 }, (req, res) => handle(target, req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return { url: `http://127.0.0.1:${bound}${MESSAGE_PATH}`, server, close };
}

function handle(target: EngineTarget, req: IncomingMessage, res: ServerResponse): void {
  if (req.url !== MESSAGE_PATH) return send(res, 404, { id: null, type: 'error', message: `no such path ${req.url ?? ''}: post every message to ${MESSAGE_PATH}` });
  if (req.method !== 'POST') return send(res, 405, { id: null, type: 'error', message: `${req.method ?? ''} ${MESSAGE_PATH}: post the message as a JSON body` });
  const chunks: Buffer[] = [];
  let size = 0;
  let over = false;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > MAX_REQUEST_BYTES) over = true;
    else chunks.push(chunk);
  });
  req.on('end', () => {
    if (over) return send(res, 413, { id: null, type: 'error', message: `request of ${size} bytes, over the ${MAX_REQUEST_BYTES} this target reads` });
    const text = answerLine(target, Buffer.concat(chunks).toString('utf8'));
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  });
}

function send(res: ServerResponse, status: number, body: object): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

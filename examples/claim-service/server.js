#!/usr/bin/env node
// An example claim service for `claimsim run --target URL`: node:http, in-memory storage.
//   node examples/claim-service/server.js --port 8788 [--bug missed-nights|cooldown-hours]
// Every protocol message is a POST to /message; GET /health answers "ok".
import { createServer } from 'node:http';
import { BUGS } from './claimService.js';
import { ProtocolSession } from './protocol.js';

const MAX_BODY = 1024 * 1024;

function parseArgs(argv) {
  const args = { port: 8788, bug: process.env.CLAIM_SERVICE_BUG || null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--port') args.port = Number(argv[++i]);
    else if (a === '--bug') args.bug = argv[++i] ?? '';
    else throw new Error(`unknown argument ${a} (use --port N and --bug NAME)`);
  }
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) throw new Error('--port: give a whole number from 0 to 65535 (0: any free port)');
  if (args.bug !== null && !(args.bug in BUGS)) throw new Error(`--bug ${args.bug}: unknown (known: ${Object.keys(BUGS).join(', ')})`);
  return args;
}

let args;
try {
  args = parseArgs(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`claim-service: ${err.message}\n`);
  process.exit(2);
}
const session = new ProtocolSession(args.bug);

const server = createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/health') return void res.end('ok\n');
  if (req.method !== 'POST' || req.url !== '/message') {
    res.writeHead(404, { 'content-type': 'text/plain' });
    return void res.end('POST protocol messages to /message\n');
  }
  const chunks = [];
  let size = 0;
  req.on('data', (c) => {
    size += c.length;
    if (size > MAX_BODY) req.destroy();
    else chunks.push(c);
  });
  req.on('end', () => {
    let reply;
    try {
      reply = session.handle(JSON.parse(Buffer.concat(chunks).toString('utf8')));
    } catch (err) {
      reply = { id: null, type: 'error', message: `the request was not understood: ${err.message}` };
    }
    const body = JSON.stringify(reply);
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
});

server.listen(args.port, '127.0.0.1', () => {
  const { port } = server.address();
  process.stdout.write(`claim service listening on http://127.0.0.1:${port}/message${args.bug ? ` (bug: ${args.bug})` : ''}\n`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));

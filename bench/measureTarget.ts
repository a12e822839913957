/**
 * The target adapter's speed: commands per second through `claimsim serve` over stdio and over
 * HTTP (one accepted command per message, the reply checked), and the scenario library's time
 * through stdio as a ratio of its in-process time (target: within 3×). Each figure is the best
 * of `--repeat` runs (default 3) on one server per transport, started once (its start-up is
 * printed apart). Usage: tsx bench/measureTarget.ts [--commands N] [--repeat R]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { DEFAULT_POLICY } from '../engine/index.js';
import { runScenarioPaths } from '../scenarios/index.js';
import { TargetClient } from '../target/adapter/TargetClient.js';
import { TargetSuite } from '../target/run/TargetSuite.js';

const LIBRARY = 'scenarios/library';
const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  const n = i < 0 ? fallback : Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n < 1 || n > 1_000_000) throw new Error(`${name}: a whole number from 1 to 1000000`);
  return n;
};
const COMMANDS = arg('--commands', 5000);
const REPEAT = arg('--repeat', 3);
const SERVE = `'${process.execPath}' cli/claimsim.js serve`;
const place = { message: 'bench', step: 1 };

/** Commands per second: a fresh session, one order and claim, then COMMANDS memos back and forth. */
async function commandsPerSecond(client: TargetClient): Promise<number> {
  const start = Date.parse('2021-07-20T00:00:00.000Z');
  await client.reset(DEFAULT_POLICY, start, place);
  await client.command({ kind: 'PlaceOrder', order: 'O1', seller: 'S1', buyer: 'B1' }, place);
  await client.command({ kind: 'OpenClaim', claim: 'C1', order: 'O1', type: 'return' }, place);
  const t0 = performance.now();
  for (let i = 0; i < COMMANDS; i++) {
    const a = await client.command({ kind: 'SendMemo', claim: 'C1', from: i % 2 ? 'buyer' : 'seller', text: `memo ${i}` }, place);
    if (a.kind !== 'reply' || a.reply.type !== 'ok') throw new Error(`memo ${i} was not accepted`);
  }
  return COMMANDS / ((performance.now() - t0) / 1000);
}

async function best(times: number, f: () => Promise<number>, pick: (a: number, b: number) => number): Promise<number> {
  let out = await f();
  for (let i = 1; i < times; i++) out = pick(out, await f());
  return out;
}

async function timed(f: () => unknown): Promise<number> {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
}

function startHttpServer(): Promise<{ server: ChildProcess; url: string }> {
  const server = spawn(process.execPath, ['cli/claimsim.js', 'serve', '--http', '0'], { stdio: ['ignore', 'pipe', 'ignore'] });
  return new Promise((resolve, reject) => {
    createInterface({ input: server.stdout! }).once('line', (url) => resolve({ server, url }));
    server.once('exit', (code) => reject(new Error(`serve --http exited with ${code}`)));
  });
}

const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

// stdio
let startup = performance.now();
const stdio = await TargetClient.open(SERVE, { timeoutMs: 60_000 });
startup = performance.now() - startup;
const stdioRate = await best(REPEAT, () => commandsPerSecond(stdio), Math.max);
await stdio.close();

// HTTP
const { server, url } = await startHttpServer();
const http = await TargetClient.open(url, { timeoutMs: 60_000 });
const httpRate = await best(REPEAT, () => commandsPerSecond(http), Math.max);
await http.close();
server.kill('SIGTERM');

// The library: in process, then through one stdio server.
const inProcessMs = await best(REPEAT, () => timed(() => runScenarioPaths([LIBRARY])), Math.min);
const suite = await TargetSuite.open(SERVE, { timeoutMs: 60_000 });
let scenarios = 0;
const throughMs = await best(
  REPEAT,
  () =>
    timed(async () => {
      const r = await suite.runPaths([LIBRARY]);
      scenarios = r.scenarios.length;
      if (r.failed + r.errors > 0) throw new Error('the library failed through claimsim serve');
    }),
  Math.min,
);
await suite.close();

const ratio = throughMs / inProcessMs;
console.log(`target stdio: ${fmt(stdioRate)} commands/s (${fmt(COMMANDS)} memos, best of ${REPEAT}; server start-up and hello ${fmt(startup)} ms)`);
console.log(`target http:  ${fmt(httpRate)} commands/s (${fmt(COMMANDS)} memos, best of ${REPEAT}, one kept-alive connection)`);
console.log(`library (${scenarios} scenarios): ${fmt(inProcessMs)} ms in process, ${fmt(throughMs)} ms through stdio: ${fmt(ratio, 2)}× (target within 3×: ${ratio <= 3 ? 'met' : 'missed'})`);

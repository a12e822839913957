import { decide as realDecide } from '../../../engine/index.js';
import { FAULT_NAMES, isFaultName, withFault } from '../../../engine/faults.js';
import { RULE_MUTANTS, ruleMutantNamed } from '../../../engine/mutants/index.js';
import { EngineTarget } from '../../../target/serve/EngineTarget.js';
import { serveHttp } from '../../../target/serve/serveHttp.js';
import { serveStdio } from '../../../target/serve/serveStdio.js';
import { EXIT, InputError } from '../../exit.js';
import { watchInterruption } from '../../io/interruption.js';

export interface ServeFlags {
  readonly http?: string;
  readonly injectFault?: string;
  readonly mutant?: string;
}

/**
 * `claimsim serve` (registered in cli/commands/serve.ts): the engine behind the target
 * protocol (docs/target-protocol.md), over NDJSON on standard input and output, or over HTTP
 * on 127.0.0.1 with --http PORT; --inject-fault and --mutant serve a broken engine. It ends
 * with 0 when standard input closes (stdio) or on SIGINT / SIGTERM, its normal way to stop.
 */
export async function serve(flags: ServeFlags): Promise<number> {
  const { makeDecide, name } = rulesOf(flags);
  const target = new EngineTarget(makeDecide, name);
  // Watched, so the binary's early exit on a signal steps aside: the first one stops the server cleanly, a second ends it at once.
  const interrupts = watchInterruption();
  const stopped = new Promise<void>((resolve) => interrupts.onStop(resolve));
  try {
    if (flags.http !== undefined) {
      const port = parsePort(flags.http);
      const server = await serveHttp(target, port).catch((err: NodeJS.ErrnoException) => {
        throw new InputError(`--http ${flags.http}: cannot listen on 127.0.0.1:${port} (${err.code ?? err.message}); choose a free port, or 0 for any`);
      });
      process.stdout.write(`${server.url}\n`);
      process.stderr.write(`claimsim serve: ${name} on ${server.url} (POST each message; Ctrl-C stops)\n`);
      await stopped;
      await server.close();
      return EXIT.ok;
    }
    const session = serveStdio(target, process.stdin, process.stdout);
    await Promise.race([session.done, stopped]);
    session.stop();
    return EXIT.ok;
  } finally {
    interrupts.dispose();
  }
}

function rulesOf(flags: ServeFlags): { makeDecide: () => typeof realDecide; name: string } {
  if (flags.injectFault !== undefined && flags.mutant !== undefined) throw new InputError('--inject-fault and --mutant: give one of them (one broken engine at a time)');
  if (flags.injectFault !== undefined) {
    const f = flags.injectFault;
    if (!isFaultName(f)) throw new InputError(`--inject-fault ${f}: no such fault (one of ${FAULT_NAMES.join(', ')})`);
    return { makeDecide: () => withFault(f), name: `claimsim engine with fault ${f}` };
  }
  if (flags.mutant !== undefined) {
    const m = ruleMutantNamed(flags.mutant);
    if (!m) throw new InputError(`--mutant ${flags.mutant}: no such rule mutant (one of ${RULE_MUTANTS.map((x) => x.name).join(', ')})`);
    return { makeDecide: () => m.mutate(realDecide), name: `claimsim engine with mutant ${m.name}` };
  }
  return { makeDecide: () => realDecide, name: 'claimsim engine' };
}

function parsePort(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n > 65535) throw new InputError(`--http ${text}: not a port from 0 to 65535 (0: any free port, printed when listening)`);
  return n;
}

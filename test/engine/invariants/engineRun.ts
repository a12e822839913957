import { DEFAULT_POLICY, Engine, type InvariantChecker, type Policy, createInvariantChecker } from '../../../engine/index.js';
import { tokyo } from './events.js';

/** A short real run with the checker attached: two claims of one buyer, the manual's dates. */
export function engineRun(policy: Policy = DEFAULT_POLICY): { engine: Engine; checker: InvariantChecker } {
  const engine = new Engine({ policy, start: tokyo(7, 20, 9), keepLog: true });
  const checker = createInvariantChecker(policy);
  engine.subscribe((events) => checker.observe(events));
  engine.execute({ kind: 'PlaceOrder', order: 'O1', seller: 'S1', buyer: 'B1' });
  engine.execute({ kind: 'OpenClaim', claim: 'C1', order: 'O1', type: 'return' });
  engine.execute({ kind: 'OpenClaim', claim: 'C2', order: 'O1', type: 'cancel' });
  engine.execute({ kind: 'RequestWithdrawal', claim: 'C1', message: 'please' }, tokyo(7, 29, 10));
  engine.execute({ kind: 'RequestWithdrawal', claim: 'C2', message: 'please' }, tokyo(7, 29, 11));
  engine.execute({ kind: 'RejectWithdrawal', claim: 'C2', reason: 'no' }, tokyo(7, 30));
  engine.execute({ kind: 'SendMemo', claim: 'C2', from: 'buyer', text: 'why?' }, tokyo(7, 30, 1));
  engine.advanceTo(tokyo(8, 6));
  return { engine, checker };
}

/**
 * Lets the event loop deliver a signal that arrived while this thread was busy (a population
 * or policy file being read and validated, all synchronous): its handlers run only at the next
 * poll of the loop. Called after the inputs are read and before a command watches for
 * signals, so that one sent while the inputs loaded is heard while no command keeps its work:
 * the binary then ends at once with 130 or 143 and writes nothing (watchInterrupts,
 * exitOnInterruptUntilWatched), instead of the command taking it for a stop of a run it has
 * not started. Two turns: the first may still be in the poll phase that is running, the
 * second comes after a poll that saw the signal.
 */
export async function hearPendingSignals(): Promise<void> {
  for (let turn = 0; turn < 2; turn++) await new Promise<void>((resolve) => setImmediate(resolve));
}

import cliProgress from 'cli-progress';

/** What a long command shows while its population runs go: a bar on a terminal, nothing elsewhere. */
export interface TaskProgress {
  /** Pass as `runPopulationTasks`' `onDone`. */
  readonly onDone: (done: number, total: number) => void;
  /** Clears the bar (call before printing the results). */
  readonly stop: () => void;
}

/**
 * A progress bar over population runs on standard error, `label [bar] 3/10 runs | eta 12s`,
 * shown only when standard error is a terminal (CI logs and files stay free of it).
 */
export function taskProgress(label: string, stream: NodeJS.WriteStream = process.stderr): TaskProgress {
  if (!stream.isTTY) return { onDone: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { stream, format: `${label} [{bar}] {value}/{total} runs | eta {eta_formatted}`, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    onDone(done, total) {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

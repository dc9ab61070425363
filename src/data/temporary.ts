/**
 * Temporary files (the outputs' .csat-*.tmp before their rename, a transcoded copy of the input
 * for DuckDB): removed on every way out of the run, Ctrl-C, kill and a closed terminal (SIGHUP)
 * included, exiting 128 + the signal's number as a shell reports it. The handlers are installed
 * only while such a file exists: a JavaScript handler replaces the default action and runs only
 * when the event loop is free, so installed for the whole run it left a run stuck in a long
 * computation unkillable by Ctrl-C, kill or `timeout`.
 */
const held = new Set<() => void>();
const SIGNALS: Record<string, number> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

function removeAll(): void {
  for (const remove of held) remove();
  held.clear();
}

const onSignal = (signal: NodeJS.Signals) => {
  removeAll();
  process.exit(SIGNALS[signal] ?? 143);
};

/** Keep `remove` until the returned release is called (which removes the file); a signal or exit before that removes it too. */
export function holdTemporary(remove: () => void): () => void {
  held.add(remove);
  if (held.size === 1) {
    process.on('exit', removeAll);
    for (const signal of Object.keys(SIGNALS)) process.on(signal, onSignal);
  }
  return () => {
    if (!held.delete(remove)) return;
    remove();
    if (held.size === 0) {
      process.off('exit', removeAll);
      for (const signal of Object.keys(SIGNALS)) process.off(signal, onSignal);
    }
  };
}

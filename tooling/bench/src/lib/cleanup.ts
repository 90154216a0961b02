/**
 * Everything a run must undo (child processes, the bench database, temp dirs), kept in one
 * place so Ctrl-C and a thrown error undo it as surely as a normal finish.
 */
const pending = new Set<() => Promise<void>>();

/** Registers an undo step; calling the returned function runs it once and unregisters it. */
export function onCleanup(step: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  const run = () => {
    pending.delete(run);
    return (done ??= step());
  };
  pending.add(run);
  return run;
}

/** Runs every registered step, newest first (children stop before their database goes). */
export async function cleanupAll(): Promise<void> {
  for (const step of [...pending].reverse()) {
    await step().catch((error: unknown) => console.error("cleanup failed:", error));
  }
}

export function cleanupOnSignals(): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping servers and dropping the bench database…`);
      void cleanupAll().finally(() => process.exit(130));
    });
  }
}

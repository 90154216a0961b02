import { outbox, type DbOrTx } from "@cppcc/db";

export type OutboxEntry = {
  councilId: string;
  kind: string;
  /** Names the work, unique per council: enqueueing the same key again adds nothing. */
  key: string;
  payload?: Record<string, unknown>;
  /** When it is due: `ctx.clock.now()` for "as soon as possible", a deadline for a reminder. */
  runAt: Date;
};

/** Call inside the change's transaction, so the work exists exactly when the change does. */
export async function enqueue(tx: DbOrTx, entries: OutboxEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx
    .insert(outbox)
    .values(entries.map((e) => ({ councilId: e.councilId, kind: e.kind, key: e.key, payload: e.payload ?? {}, runAt: e.runAt })))
    .onConflictDoNothing({ target: [outbox.councilId, outbox.key] });
}

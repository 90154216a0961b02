/** A live entry of the duty ledger: neither reversed nor a reversal. */
export type LiveLedgerEntry = { id: string; kind: string };

/** What the ledger should hold live for one member and one source after a change. */
export type DesiredLedgerEntry = { kind: string };

export type LedgerChanges<D extends DesiredLedgerEntry> = {
  /** New entries to append. */
  append: D[];
  /** Ids of live entries to cancel with a reversal entry each. */
  reverse: string[];
};

/**
 * How to bring one member's live entries for one source to what should be live, without touching
 * the past: at most one live entry per kind; a kind already live stays as it is (a repeated request
 * adds nothing, and the entry keeps the time first recorded); a kind no longer wanted is reversed,
 * never deleted. `governs` names the kinds this change decides; live entries of other kinds for the
 * same source belong to other steps and are left alone.
 */
export function ledgerChanges<D extends DesiredLedgerEntry>(
  live: readonly LiveLedgerEntry[],
  desired: readonly D[],
  governs: readonly string[],
): LedgerChanges<D> {
  const governed = new Set(governs);
  const wanted = new Map<string, D>();
  for (const d of desired) {
    if (!governed.has(d.kind)) throw new Error(`ledgerChanges: kind ${d.kind} is not among the kinds this change governs`);
    if (!wanted.has(d.kind)) wanted.set(d.kind, d);
  }
  const kept = new Set<string>();
  const reverse: string[] = [];
  for (const entry of live) {
    if (!governed.has(entry.kind)) continue;
    if (wanted.has(entry.kind) && !kept.has(entry.kind)) kept.add(entry.kind);
    else reverse.push(entry.id);
  }
  const append = [...wanted.values()].filter((d) => !kept.has(d.kind));
  return { append, reverse };
}

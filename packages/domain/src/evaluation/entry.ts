/** How a member took part in what an entry records: a proposal's first proposer, a co-signer, or a body. */
export const dutyEntryRoles = ["lead", "cosigner", "collective"] as const;
export type DutyEntryRole = (typeof dutyEntryRoles)[number];

/**
 * One live duty-ledger entry of one member, as scoring reads it. `signers` (members signing the
 * source, the first proposer included) lets a table split a joint proposal's points; `level` is
 * where an opinion report or an outcome was adopted or an award given (a rule-set adoption level code).
 */
export type DutyEntry = {
  id: string;
  kind: string;
  /** ISO timestamp; with `id`, the order in which caps are used up. */
  occurredAt: string;
  source: { table: string; id: string };
  role?: DutyEntryRole;
  signers?: number;
  level?: string;
};

/**
 * Earliest first, ties by id. Caps go to the earliest entries so a point already shown to a member
 * never moves when a later entry arrives, and the same ledger scores the same however rows come back.
 */
export function inLedgerOrder<E extends Pick<DutyEntry, "id" | "occurredAt">>(entries: readonly E[]): E[] {
  return [...entries].sort((a, b) =>
    a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}

import type { DutyEntry } from "./entry";

/** A ledger entry for tests: the id doubles as its source id, so a test can follow a point back. */
export function entry(id: string, kind: string, occurredOn: string, extra: Partial<DutyEntry> = {}): DutyEntry {
  return { id, kind, occurredAt: `${occurredOn}T09:00:00.000Z`, source: { table: "test_source", id }, ...extra };
}

/** The lines of a score as `entryId clause raw→applied`, easy to compare with a hand-worked list. */
export function lines(score: { entries: { entryId: string; clause: { code: string } | null; raw: number; applied: number }[] }) {
  return score.entries.map((e) => `${e.entryId} ${e.clause?.code ?? "-"} ${e.raw}→${e.applied}`);
}

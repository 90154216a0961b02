import { dutyEntryLabels, scoreMember, type DutyRecordInput, type ScoredEntry } from "@cppcc/domain";
import type { SignedInContext } from "../../context";
import { memberIdentity } from "./identity";
import { liveEntriesOf } from "./liveEntries";
import { recordMember } from "./memberOf";
import { key, sourcesOf } from "./sources";
import { yearTable } from "./yearTable";

/**
 * 履职档案: a member's live entries for a year, each with where it came from, and the score under
 * that year's table (published, else the draft, saying which), every line with its clause and note.
 * Computed on read from the ledger and the table: nothing is cached, so a draft's change shows at
 * once and a published year reads the same forever (the ledger only grows by entries of their own
 * dates, and the table is frozen).
 */
export async function dutyRecord({ ctx, input }: { ctx: SignedInContext; input: DutyRecordInput }) {
  const councilId = ctx.session.council.id;
  const m = await recordMember(ctx, input.memberId);
  const [entries, year, identity] = await Promise.all([
    liveEntriesOf(ctx.db.db, councilId, [m.id], input.year),
    yearTable(ctx.db.db, councilId, input.year),
    memberIdentity(ctx.db.db, councilId, m.id),
  ]);
  const sources = await sourcesOf(ctx.db.db, councilId, entries.map((e) => e.source));
  const score = year && scoreMember(entries, year.table);
  // An entry may meet several clauses (filed, and key): each gives its own line.
  const lines = new Map<string, ScoredEntry[]>();
  for (const line of score?.entries ?? []) lines.set(line.entryId, [...(lines.get(line.entryId) ?? []), line]);
  return {
    member: { id: m.id, name: m.name, post: m.post, ...identity },
    year: input.year,
    table: year && { status: year.status, version: year.version, name: year.table.name, citation: year.table.citation },
    entries: entries.map((e) => ({
      id: e.id,
      kind: e.kind,
      kindLabel: dutyEntryLabels[e.kind] ?? e.kind,
      occurredAt: e.occurredAt,
      role: e.role ?? null,
      signers: e.signers ?? null,
      source: sources.get(key(e.source))!,
      /** Empty when the year has no table yet. */
      points: (lines.get(e.id) ?? []).map((l) => ({ clause: l.clause, raw: l.raw, applied: l.applied, note: l.note })),
      applied: (lines.get(e.id) ?? []).reduce((sum, l) => sum + Math.round(l.applied * 100), 0) / 100,
    })),
    score: score && {
      base: score.base,
      total: score.total,
      // The lowest band is the one that calls for the office to act; the apps mark it without knowing the table's codes.
      band: { ...score.band, lowest: score.band.code === year!.table.bands.at(-1)!.code },
      categories: score.categories,
      unmetMinimums: score.unmetMinimums,
    },
  };
}

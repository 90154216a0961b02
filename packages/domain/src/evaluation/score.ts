import { inLedgerOrder, type DutyEntry } from "./entry";
import { clauseMatches, rawPoints } from "./clause";
import { dutyEntryLabels } from "./kinds";
import { formatPoints, fromHundredths, toHundredths as toH } from "./points";
import type { ReadonlyEvaluationTable } from "./schema";

export type ScoredEntry = {
  entryId: string;
  kind: string;
  kindLabel: string;
  occurredAt: string;
  /** The ledger entry's source record, so every point leads back to what earned it. */
  source: { table: string; id: string };
  /** The rule clause the points come from; null when the table does not score this kind. */
  clause: { code: string; label: string; category: string } | null;
  raw: number;
  applied: number;
  note: string;
};

export type CategorySubtotal = { code: string; label: string; start: number; subtotal: number; cap: number | null; floor: number | null };

export type MemberScore = {
  year: number;
  citation: string;
  base: number;
  entries: ScoredEntry[];
  categories: CategorySubtotal[];
  total: number;
  band: { code: string; label: string; consequence: string | null };
  unmetMinimums: { code: string; label: string; required: number; found: number }[];
};

type Line = { entry: DutyEntry; clauseIndex: number | null; raw: number; applied: number; note: string };

/**
 * One member's year under one table. Gains are capped first, in ledger order (earliest first, see
 * inLedgerOrder), and deductions then taken from what the category holds down to its floor: so
 * 「扣完为止」 bounds the year's result whatever the order of gains and losses within it.
 */
export function scoreMember(entries: readonly DutyEntry[], table: ReadonlyEvaluationTable): MemberScore {
  const ordered = inLedgerOrder(entries);
  const lines: Line[] = [];
  const seenByClause = table.clauses.map(() => 0);
  for (const entry of ordered) {
    let matched = false;
    for (const [i, clause] of table.clauses.entries()) {
      if (!clauseMatches(clause, entry)) continue;
      matched = true;
      const nth = ++seenByClause[i]!;
      if (nth <= clause.beyondFirst) {
        lines.push({ entry, clauseIndex: i, raw: 0, applied: 0, note: `本年第${nth}件属基本要求，不另计分` });
        continue;
      }
      const { raw, how } = rawPoints(clause, entry);
      lines.push({ entry, clauseIndex: i, raw, applied: 0, note: how ?? "" });
    }
    if (!matched) lines.push({ entry, clauseIndex: null, raw: 0, applied: 0, note: "本考评表未对此类记录计分" });
  }

  const held = new Map(table.categories.map((c) => [c.code, toH(c.start)]));
  const clauseGains = table.clauses.map(() => 0);
  for (const line of lines) {
    if (line.clauseIndex == null || line.raw <= 0) continue;
    const clause = table.clauses[line.clauseIndex]!;
    const category = table.categories.find((c) => c.code === clause.category)!;
    const categoryRoom = category.cap == null ? Infinity : toH(category.cap) - held.get(category.code)!;
    const clauseRoom = clause.cap == null ? Infinity : toH(clause.cap) - clauseGains[line.clauseIndex]!;
    line.applied = Math.max(0, Math.min(line.raw, categoryRoom, clauseRoom));
    held.set(category.code, held.get(category.code)! + line.applied);
    clauseGains[line.clauseIndex]! += line.applied;
    line.note = join(line.note, gainNote(line, categoryRoom <= clauseRoom ? ["本类", category.cap] : ["本项", clause.cap]));
  }
  for (const line of lines) {
    if (line.clauseIndex == null || line.raw >= 0) continue;
    const category = table.categories.find((c) => c.code === table.clauses[line.clauseIndex!]!.category)!;
    const room = category.floor == null ? -Infinity : Math.min(0, toH(category.floor) - held.get(category.code)!);
    line.applied = Math.max(line.raw, room);
    held.set(category.code, held.get(category.code)! + line.applied);
    line.note = join(line.note, line.applied === line.raw ? `扣${formatPoints(-line.raw)}分` : `本类已扣至${category.floor}分（扣完为止），本条${line.applied === 0 ? "不再扣分" : `扣${formatPoints(-line.applied)}分`}`);
  }
  for (const line of lines) if (line.clauseIndex != null && line.raw === 0 && line.note === "") line.note = "按本表计0分";

  const categories = table.categories.map((c) => ({ code: c.code, label: c.label, start: c.start, subtotal: fromHundredths(held.get(c.code)!), cap: c.cap, floor: c.floor }));
  const totalH = toH(table.base) + [...held.values()].reduce((a, b) => a + b, 0);
  const total = fromHundredths(totalH);
  return {
    year: table.year,
    citation: table.citation,
    base: table.base,
    entries: lines.map((l) => scoredEntry(l, table)),
    categories,
    total,
    band: bandOf(total, table),
    unmetMinimums: table.minimums
      .map((m) => ({ code: m.code, label: m.label, required: m.count, found: ordered.filter((e) => m.kinds.includes(e.kind)).length }))
      .filter((m) => m.found < m.required),
  };
}

const join = (a: string, b: string) => (a === "" ? b : `${a}；${b}`);

function gainNote(line: Line, [where, cap]: [string, number | null]): string {
  if (line.applied === line.raw) return `计${formatPoints(line.applied)}分`;
  return `已达${where}上限${cap}分，本条${line.applied === 0 ? "不计分" : `计${formatPoints(line.applied)}分`}`;
}

function scoredEntry(l: Line, table: ReadonlyEvaluationTable): ScoredEntry {
  const clause = l.clauseIndex == null ? null : table.clauses[l.clauseIndex]!;
  return {
    entryId: l.entry.id,
    kind: l.entry.kind,
    kindLabel: dutyEntryLabels[l.entry.kind] ?? l.entry.kind,
    occurredAt: l.entry.occurredAt,
    source: l.entry.source,
    clause: clause && { code: clause.code, label: clause.label, category: clause.category },
    raw: fromHundredths(l.raw),
    applied: fromHundredths(l.applied),
    note: l.note,
  };
}

export function bandOf(total: number, table: ReadonlyEvaluationTable): MemberScore["band"] {
  const band = table.bands.find((b) => b.min != null && total >= b.min) ?? table.bands[table.bands.length - 1]!;
  return { code: band.code, label: band.label, consequence: band.consequence ?? null };
}

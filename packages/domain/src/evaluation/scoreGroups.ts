import { clauseMatches, rawPoints } from "./clause";
import type { DutyEntry } from "./entry";
import { fromHundredths, toHundredths as toH } from "./points";
import { bandOf, type MemberScore } from "./score";
import type { ReadonlyEvaluationTable } from "./schema";

/**
 * `count` live entries of one member that score alike: the same scoringKey. `first`
 * is the earliest of them (occurredAt, id); it orders groups only where the table makes order matter
 * (see orderSensitiveKinds), and there every entry is its own group.
 */
export type DutyEntryGroup = Pick<DutyEntry, "kind" | "role" | "signers" | "level"> & { count: number; first: { occurredAt: string; id: string } };

/** What a ranking and the stored score need of a member's year: scoreMember without the lines. */
export type MemberTotals = Pick<MemberScore, "year" | "base" | "categories" | "total" | "band" | "unmetMinimums"> & { entries: number };

/**
 * What of an entry a table can tell apart, kind by kind: the kinds it scores or counts (any other
 * kind only adds to the number of entries, so all such entries group as one unscored kind ""), and
 * of those, the kinds whose role, signers or level some clause reads (elsewhere they are dropped,
 * so alike entries group together), the levels clauses name (any other level matches no clause, as
 * no level does), and the kinds kept one by one (orderSensitiveKinds).
 */
export type EntryDetail = { kinds: string[]; role: string[]; signers: string[]; level: string[]; levels: string[]; oneByOne: string[] };

export function entryDetail(table: ReadonlyEvaluationTable): EntryDetail {
  const kindsOf = (pick: (c: ReadonlyEvaluationTable["clauses"][number]) => boolean) => [...new Set(table.clauses.filter(pick).flatMap((c) => c.kinds))].sort();
  return {
    kinds: [...new Set([...table.clauses.flatMap((c) => c.kinds), ...table.minimums.flatMap((m) => m.kinds)])].sort(),
    role: kindsOf((c) => c.roles != null || c.split != null),
    signers: kindsOf((c) => c.split != null),
    level: kindsOf((c) => c.levels != null),
    levels: [...new Set(table.clauses.flatMap((c) => c.levels ?? []))].sort(),
    oneByOne: orderSensitiveKinds(table),
  };
}

/** The entry as the table tells it apart (see EntryDetail); entries alike here score alike. */
export function scoringKey(entry: Pick<DutyEntry, "kind" | "role" | "signers" | "level">, detail: EntryDetail): Pick<DutyEntry, "kind" | "role" | "signers" | "level"> {
  if (!detail.kinds.includes(entry.kind)) return { kind: "" };
  return {
    kind: entry.kind,
    ...(entry.role && detail.role.includes(entry.kind) ? { role: entry.role } : {}),
    ...(entry.signers != null && detail.signers.includes(entry.kind) ? { signers: entry.signers } : {}),
    ...(entry.level && detail.level.includes(entry.kind) && detail.levels.includes(entry.level) ? { level: entry.level } : {}),
  };
}

/**
 * Kinds whose entries must not be grouped under this table: a clause that both leaves its first n
 * entries unscored (beyondFirst) and splits points by role and signers gives entries of one kind
 * different raw points, so which entries are "the first n" changes the total. Everywhere else a
 * clause's entries earn the same raw points, caps take the same remainder and floors the same
 * deduction whatever the order, so counts are enough.
 */
export function orderSensitiveKinds(table: ReadonlyEvaluationTable): string[] {
  return [...new Set(table.clauses.filter((c) => c.beyondFirst > 0 && c.split).flatMap((c) => c.kinds))].sort();
}

/**
 * scoreMember's totals from grouped entries, in the same steps: beyond-first entries first, gains
 * capped by clause and category, then deductions down to each category's floor, all in hundredths.
 * A group of n alike entries gains min(n × raw, room), which is what n lines of raw each gain one
 * after the other; `scoreGroups.properties.test.ts` checks it equals scoring the expanded entries.
 */
export function scoreMemberGroups(groups: readonly DutyEntryGroup[], table: ReadonlyEvaluationTable): MemberTotals {
  const ordered = [...groups].sort((a, b) => compareFirst(a.first, b.first));
  const seenByClause = table.clauses.map(() => 0);
  const gains: { clauseIndex: number; points: number }[] = [];
  const deductions: { clauseIndex: number; points: number }[] = [];
  for (const group of ordered) {
    const entry = { id: group.first.id, kind: group.kind, occurredAt: group.first.occurredAt, source: { table: "", id: "" }, ...parts(group) };
    for (const [i, clause] of table.clauses.entries()) {
      if (!clauseMatches(clause, entry)) continue;
      const free = Math.min(group.count, Math.max(0, clause.beyondFirst - seenByClause[i]!));
      seenByClause[i]! += group.count;
      const scored = group.count - free;
      if (scored === 0) continue;
      const { raw } = rawPoints(clause, entry);
      if (raw > 0) gains.push({ clauseIndex: i, points: raw * scored });
      else if (raw < 0) deductions.push({ clauseIndex: i, points: raw * scored });
    }
  }

  const categoryOf = table.clauses.map((clause) => table.categories.find((c) => c.code === clause.category)!);
  const held = new Map(table.categories.map((c) => [c.code, toH(c.start)]));
  const clauseGains = table.clauses.map(() => 0);
  for (const { clauseIndex, points } of gains) {
    const clause = table.clauses[clauseIndex]!;
    const category = categoryOf[clauseIndex]!;
    const categoryRoom = category.cap == null ? Infinity : toH(category.cap) - held.get(category.code)!;
    const clauseRoom = clause.cap == null ? Infinity : toH(clause.cap) - clauseGains[clauseIndex]!;
    const applied = Math.max(0, Math.min(points, categoryRoom, clauseRoom));
    held.set(category.code, held.get(category.code)! + applied);
    clauseGains[clauseIndex]! += applied;
  }
  for (const { clauseIndex, points } of deductions) {
    const category = categoryOf[clauseIndex]!;
    const room = category.floor == null ? -Infinity : Math.min(0, toH(category.floor) - held.get(category.code)!);
    held.set(category.code, held.get(category.code)! + Math.max(points, room));
  }

  const total = fromHundredths(toH(table.base) + [...held.values()].reduce((a, b) => a + b, 0));
  const countOf = (kinds: readonly string[]) => ordered.reduce((n, g) => (kinds.includes(g.kind) ? n + g.count : n), 0);
  return {
    year: table.year,
    base: table.base,
    categories: table.categories.map((c) => ({ code: c.code, label: c.label, start: c.start, subtotal: fromHundredths(held.get(c.code)!), cap: c.cap, floor: c.floor })),
    total,
    band: bandOf(total, table),
    unmetMinimums: table.minimums
      .map((m) => ({ code: m.code, label: m.label, required: m.count, found: countOf(m.kinds) }))
      .filter((m) => m.found < m.required),
    entries: ordered.reduce((n, g) => n + g.count, 0),
  };
}

/** Entries as groups of one, for a caller holding entries (a member's record) rather than counts. */
export function groupsOf(entries: readonly DutyEntry[]): DutyEntryGroup[] {
  return entries.map((e) => ({ kind: e.kind, ...parts(e), count: 1, first: { occurredAt: e.occurredAt, id: e.id } }));
}

function parts(e: Pick<DutyEntry, "role" | "signers" | "level">): Pick<DutyEntry, "role" | "signers" | "level"> {
  return { ...(e.role ? { role: e.role } : {}), ...(e.signers != null ? { signers: e.signers } : {}), ...(e.level ? { level: e.level } : {}) };
}

const compareFirst = (a: DutyEntryGroup["first"], b: DutyEntryGroup["first"]) =>
  a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

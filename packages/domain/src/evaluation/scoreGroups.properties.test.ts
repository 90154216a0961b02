import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DutyEntry } from "./entry";
import { evaluationPresets } from "./presets";
import { evaluationTableSchema, type ReadonlyEvaluationTable } from "./schema";
import { scoreMember } from "./score";
import { hundredths, randomCategory } from "./testTables";
import { entryDetail, groupsOf, orderSensitiveKinds, scoreMemberGroups, scoringKey, type DutyEntryGroup } from "./scoreGroups";

/** Groups entries as the ledger query does: by scoringKey, order-sensitive kinds one by one. */
function grouped(entries: readonly DutyEntry[], table: ReadonlyEvaluationTable): DutyEntryGroup[] {
  const detail = entryDetail(table);
  const byKey = new Map<string, DutyEntryGroup>();
  for (const one of groupsOf(entries)) {
    const k = scoringKey(one, detail);
    const key = detail.oneByOne.includes(one.kind) ? `id:${one.first.id}` : JSON.stringify([k.kind, k.role, k.signers, k.level]);
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...k, count: one.count, first: one.first });
    else {
      seen.count += 1;
      if (one.first.occurredAt < seen.first.occurredAt || (one.first.occurredAt === seen.first.occurredAt && one.first.id < seen.first.id)) seen.first = one.first;
    }
  }
  return [...byKey.values()];
}

const totalsOf = (s: ReturnType<typeof scoreMember>) => ({ total: s.total, categories: s.categories, band: s.band, unmetMinimums: s.unmetMinimums });

const kindsOf = (t: ReadonlyEvaluationTable) => [...new Set([...t.clauses.flatMap((c) => c.kinds), ...t.minimums.flatMap((m) => m.kinds), "speech"])];
const levelsOf = (t: ReadonlyEvaluationTable) => [...new Set(t.clauses.flatMap((c) => c.levels ?? [])), "city", "province"];

function entriesFor(kinds: readonly string[], levels: readonly string[], maxLength = 60): fc.Arbitrary<DutyEntry[]> {
  return fc
    .array(
      fc.record({
        kind: fc.constantFrom(...kinds),
        day: fc.integer({ min: 1, max: 28 }),
        role: fc.option(fc.constantFrom("lead" as const, "cosigner" as const, "collective" as const), { nil: undefined }),
        signers: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
        level: fc.option(fc.constantFrom(...levels), { nil: undefined }),
      }),
      { maxLength },
    )
    .map((rows) =>
      rows.map((r, i) => ({
        id: `e${String(i).padStart(3, "0")}`,
        kind: r.kind,
        occurredAt: `2024-05-${String(r.day).padStart(2, "0")}T00:00:00.000Z`,
        source: { table: "t", id: `e${i}` },
        ...(r.role ? { role: r.role } : {}),
        ...(r.signers ? { signers: r.signers } : {}),
        ...(r.level ? { level: r.level } : {}),
      })),
    );
}

const randomKinds = ["plenaryAttendance", "plenaryAbsence", "proposalSubmitted", "proposalFiledAsLead", "proposalFiledAsCosigner", "publicWelfare"];
const randomTable: fc.Arbitrary<ReadonlyEvaluationTable> = fc
  .record({
    base: hundredths(0, 8000),
    categories: fc.tuple(randomCategory("a"), randomCategory("b")),
    clauses: fc.array(
      fc.record({
        category: fc.constantFrom("a", "b"),
        kinds: fc.subarray(randomKinds, { minLength: 1 }),
        roles: fc.option(fc.subarray(["lead", "cosigner", "collective"] as const, { minLength: 1 }), { nil: undefined }),
        points: hundredths(-3000, 3000),
        split: fc.option(fc.record({ leadShare: fc.constantFrom(0.25, 0.5, 1 / 3, 1) }), { nil: undefined }),
        beyondFirst: fc.integer({ min: 0, max: 3 }),
        cap: fc.option(hundredths(0, 2000), { nil: null }),
      }),
      { maxLength: 6 },
    ),
  })
  .map(({ base, categories, clauses }) =>
    evaluationTableSchema.parse({
      schemaVersion: 1,
      status: "draft",
      name: "随机考评表",
      year: 2024,
      citation: "性质测试",
      base,
      categories,
      clauses: clauses.map((c, i) => ({ ...c, code: `c${i}`, label: `条款${i}` })),
      minimums: [{ code: "m", label: "至少出席一次", kinds: ["plenaryAttendance"], count: 2 }],
      bands: [
        { code: "pass", label: "合格", min: 60 },
        { code: "fail", label: "不合格", min: null },
      ],
    }),
  );

describe("scoring grouped entries equals scoring the entries one by one", () => {
  for (const [name, preset] of Object.entries(evaluationPresets)) {
    it(`under the ${name} preset`, () => {
      fc.assert(
        fc.property(entriesFor(kindsOf(preset), levelsOf(preset)), fc.boolean(), (es, reverse) => {
          const groups = grouped(es, preset);
          const { entries, ...totals } = scoreMemberGroups(reverse ? groups.reverse() : groups, preset);
          expect(totals).toEqual({ year: preset.year, base: preset.base, ...totalsOf(scoreMember(es, preset)) });
          expect(entries).toBe(es.length);
        }),
        { numRuns: 300 },
      );
    });
  }

  it("under random tables, splits and beyond-first clauses included", () => {
    fc.assert(
      fc.property(randomTable, entriesFor([...randomKinds, "study"], ["city"], 40), (t, es) => {
        const { entries: _n, year: _y, base: _b, ...totals } = scoreMemberGroups(grouped(es, t), t);
        expect(totals).toEqual(totalsOf(scoreMember(es, t)));
      }),
      { numRuns: 500 },
    );
  });

  it("needs the order-sensitive kinds one by one: grouped anyway, a split beyond-first clause can score differently", () => {
    const t = evaluationTableSchema.parse({
      schemaVersion: 1,
      status: "draft",
      name: "反例",
      year: 2024,
      citation: "性质测试",
      categories: [{ code: "a", label: "提案", cap: null, floor: null }],
      clauses: [{ code: "x", label: "多立案", category: "a", kinds: ["proposalFiledAsLead"], points: 10, split: { leadShare: 0.5 }, beyondFirst: 2 }],
      bands: [{ code: "all", label: "全部", min: null }],
    });
    expect(orderSensitiveKinds(t)).toEqual(["proposalFiledAsLead"]);
    const at = (day: string, id: string, signers: number): DutyEntry => ({ id, kind: "proposalFiledAsLead", occurredAt: `2024-05-${day}T00:00:00.000Z`, source: { table: "t", id }, role: "lead", signers });
    const es = [at("01", "a", 2), at("02", "b", 1), at("03", "c", 2)];
    // The first two (a joint one, a sole one) are free; the third, joint, earns half: 5.
    expect(scoreMember(es, t).total).toBe(5);
    expect(scoreMemberGroups(grouped(es, t), t).total).toBe(5);
    // Counted as groups, both joint ones (the group's first is the earliest entry) would be the free ones.
    const naive = [{ ...groupsOf([es[0]!])[0]!, count: 2 }, groupsOf([es[1]!])[0]!];
    expect(scoreMemberGroups(naive, t).total).toBe(10);
  });
});

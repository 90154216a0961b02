import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DutyEntry } from "./entry";
import { evaluationTableSchema, type EvaluationTable } from "./schema";
import { scoreMember } from "./score";
import { toHundredths } from "./points";
import { hundredths, randomCategory } from "./testTables";

const kinds = ["plenaryAttendance", "plenaryAbsence", "proposalSubmitted", "proposalFiledAsLead", "proposalFiledAsCosigner", "inspection", "publicWelfare"];
const categoryCodes = ["a", "b", "c"];
const clause = (i: number) =>
  fc.record({
    code: fc.constant(`c${i}`),
    label: fc.constant(`条款${i}`),
    category: fc.constantFrom(...categoryCodes),
    kinds: fc.subarray(kinds, { minLength: 1 }),
    points: hundredths(-3000, 3000),
    split: fc.option(fc.record({ leadShare: fc.constantFrom(0.25, 0.5, 1 / 3, 1) }), { nil: undefined }),
    beyondFirst: fc.integer({ min: 0, max: 2 }),
    cap: fc.option(hundredths(0, 2000), { nil: null }),
  });

const table: fc.Arbitrary<EvaluationTable> = fc
  .record({
    base: hundredths(0, 8000),
    categories: fc.tuple(...categoryCodes.map(randomCategory)),
    clauses: fc.integer({ min: 0, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => clause(i)))),
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
      clauses,
      bands: [
        { code: "pass", label: "合格", min: 60 },
        { code: "fail", label: "不合格", min: null },
      ],
    }),
  );

const entries: fc.Arbitrary<DutyEntry[]> = fc.array(
  fc.record({
    kind: fc.constantFrom(...kinds),
    day: fc.integer({ min: 1, max: 28 }),
    role: fc.option(fc.constantFrom("lead" as const, "cosigner" as const, "collective" as const), { nil: undefined }),
    signers: fc.option(fc.integer({ min: 1, max: 7 }), { nil: undefined }),
  }),
  { maxLength: 40 },
).map((rows) =>
  rows.map((r, i) => ({
    id: `e${String(i).padStart(3, "0")}`,
    kind: r.kind,
    occurredAt: `2024-03-${String(r.day).padStart(2, "0")}T00:00:00.000Z`,
    source: { table: "t", id: `e${i}` },
    ...(r.role ? { role: r.role } : {}),
    ...(r.signers ? { signers: r.signers } : {}),
  })),
);

describe("scoreMember, for any table and ledger", () => {
  it("keeps every category within its cap and above its floor, and each line between 0 and its raw points", () => {
    fc.assert(
      fc.property(table, entries, (t, es) => {
        const s = scoreMember(es, t);
        for (const c of s.categories) {
          if (c.cap != null) expect(c.subtotal).toBeLessThanOrEqual(c.cap);
          if (c.floor != null) expect(c.subtotal).toBeGreaterThanOrEqual(c.floor);
        }
        for (const clause of t.clauses) {
          const gained = s.entries.filter((e) => e.clause?.code === clause.code && e.applied > 0).reduce((a, e) => a + toHundredths(e.applied), 0);
          if (clause.cap != null) expect(gained).toBeLessThanOrEqual(toHundredths(clause.cap));
        }
        for (const e of s.entries) {
          if (e.raw >= 0) expect(e.applied >= 0 && e.applied <= e.raw).toBe(true);
          else expect(e.applied <= 0 && e.applied >= e.raw).toBe(true);
        }
      }),
    );
  });

  it("totals the base, the categories' starts and every applied line, to the hundredth", () => {
    fc.assert(
      fc.property(table, entries, (t, es) => {
        const s = scoreMember(es, t);
        const sum = toHundredths(t.base) + t.categories.reduce((a, c) => a + toHundredths(c.start), 0) + s.entries.reduce((a, e) => a + toHundredths(e.applied), 0);
        expect(toHundredths(s.total)).toBe(sum);
        expect(s.categories.reduce((a, c) => a + toHundredths(c.subtotal), toHundredths(t.base))).toBe(toHundredths(s.total));
      }),
    );
  });

  it("scores the same ledger the same whatever order its rows come in", () => {
    fc.assert(
      fc.property(table, entries.chain((es) => fc.tuple(fc.constant(es), fc.shuffledSubarray(es, { minLength: es.length, maxLength: es.length }))), (t, [es, shuffled]) => {
        expect(scoreMember(shuffled, t)).toEqual(scoreMember(es, t));
      }),
    );
  });
});

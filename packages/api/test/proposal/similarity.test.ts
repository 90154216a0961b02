import { proposal } from "@cppcc/db";
import { textSimilarityPairs, titleSimilarityKey } from "@cppcc/domain";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { otherMembers, sessionIds } from "./fixtures";
import { duplicatePairs, similarSet } from "./similarSet";

/**
 * 相似提案 on a labelled set: proposals written the way members write them, with the pairs an
 * office knows to be duplicates. Each is looked up as the portal sends it (title, then the text),
 * and its known duplicates must be among the five shown.
 */
let api: TestApi;
let admin: Caller;
let sessionId: string;
let ids: string[];
beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
  sessionId = (await sessionIds(api)).get(2)!;
  const members = await otherMembers(api, similarSet.length);
  ids = [];
  for (const [i, p] of similarSet.entries()) {
    const d = await admin.proposal.create({
      sessionId,
      proposer: { kind: "member", memberId: members[i]!.id },
      title: p.title,
      situation: p.situation,
      suggestions: p.suggestions,
      category: "urbanRural",
      isLivelihood: true,
    });
    await admin.proposal.submit({ id: d.id, version: d.version });
    ids.push(d.id);
  }
}, 120_000);
afterAll(() => api?.close());

const portalText = (i: number) => `${similarSet[i]!.situation}\n${similarSet[i]!.suggestions}`;

/** Recall of the known pairs among the top five (each pair counted both ways) and the share of shown proposals that are known duplicates. */
async function measure(withText: boolean) {
  const shown = new Map<number, string[]>();
  for (const [i, p] of similarSet.entries()) {
    const found = await admin.proposal.similar({ sessionId, title: p.title, text: withText ? portalText(i) : "", excludeId: ids[i], limit: 5 });
    shown.set(i, found.map((f) => f.id));
  }
  const pairs = duplicatePairs();
  let found = 0;
  for (const [a, b] of pairs) {
    if (shown.get(a)!.includes(ids[b]!)) found++;
    if (shown.get(b)!.includes(ids[a]!)) found++;
  }
  let returned = 0;
  let right = 0;
  for (const [i, list] of shown) {
    returned += list.length;
    right += list.filter((id) => similarSet[i]!.group !== null && similarSet[ids.indexOf(id)]!.group === similarSet[i]!.group).length;
  }
  return { recall: found / (pairs.length * 2), precision: returned ? right / returned : 0, returned, pairs: pairs.length };
}

describe("similar proposals on a labelled set", () => {
  it("stores the same keys the domain computes", async () => {
    const rows = await api.db.db
      .select({ id: proposal.id, titleKey: proposal.titleKey, textPairs: proposal.textPairs })
      .from(proposal)
      .where(eq(proposal.sessionId, sessionId));
    expect(rows.length).toBe(similarSet.length);
    for (const r of rows) {
      const p = similarSet[ids.indexOf(r.id)]!;
      expect(r.titleKey, p.title).toBe(titleSimilarityKey(p.title));
      expect(r.textPairs, p.title).toEqual(textSimilarityPairs(p.situation + p.suggestions));
    }
  });

  it("finds the known duplicates among the top five, given the title and the text", async () => {
    const m = await measure(true);
    console.info(`similar (title + text): recall of ${m.pairs} pairs at top 5 = ${m.recall.toFixed(3)}, precision ${m.precision.toFixed(3)} (${m.returned} shown)`);
    expect(m.recall).toBeGreaterThanOrEqual(0.9);
  });

  it("finds them given the title alone", async () => {
    const m = await measure(false);
    console.info(`similar (title alone): recall of ${m.pairs} pairs at top 5 = ${m.recall.toFixed(3)}, precision ${m.precision.toFixed(3)} (${m.returned} shown)`);
    expect(m.recall).toBeGreaterThanOrEqual(0.75);
  });

  it("the three lift proposals of the issue find each other", async () => {
    const lifts = similarSet.flatMap((p, i) => (p.group === "lift" ? [i] : []));
    for (const i of lifts) {
      const found = await admin.proposal.similar({ sessionId, title: similarSet[i]!.title, text: portalText(i), excludeId: ids[i] });
      const others = lifts.filter((j) => j !== i).map((j) => ids[j]);
      expect(found.map((f) => f.id), similarSet[i]!.title).toEqual(expect.arrayContaining(others));
    }
  });
});

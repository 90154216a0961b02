import { committee, sector, township, townshipGroup } from "@cppcc/db";
import ExcelJS from "exceljs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { extraLogin, otherMembers, sessionIds, shanghaiDay, text, unitId } from "./fixtures";

/**
 * A generated session: proposals of every kind of proposer left in every state, driven through
 * the API. The figures the statistics procedures report must equal counts made here, directly
 * from the generation plan, by a different route than the domain's statistics code.
 */
const fates = ["draft", "withdrawn", "submitted", "notFiled", "filed", "assigned", "replied", "evaluated", "rehandling", "rehandledReplied", "closed"] as const;
type Fate = (typeof fates)[number];
type Kind = "member" | "joint" | "sector" | "committee" | "participatingUnit";

type Plan = {
  i: number;
  id?: string;
  kind: Kind;
  memberId: string;
  sectorId: string;
  committeeId: string;
  townshipId: string;
  livelihood: boolean;
  fate: Fate;
  /** The units that reply (the lead, or both units of a split) and a co-unit, if any. */
  replying: string[];
  co: string | null;
  /** Categories of the replies that stand, per replying unit, and the latest overall rating. */
  standing: Record<string, string>;
  rating: string | null;
  /** 重点提案 (marked once filed) and 并案 (two of the proposals left filed, merged at the end). */
  key: boolean;
  merged: boolean;
};

let api: TestApi;
let admin: Caller;
let liaison: Caller;
let sessionId: string;
let plans: Plan[];
const count = 44;
beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
  liaison = (await api.loginAs("liaison")).caller;
  sessionId = (await sessionIds(api)).get(1)!;
  const units = await Promise.all(["市住建局", "市交通运输局", "市教育局", "市卫健局"].map((n) => unitId(api, n)));
  const members = await otherMembers(api, count + 1);
  const cosignerId = members.pop()!.id;
  const cosigner = await extraLogin(api, "member", cosignerId);
  const groups = await api.db.db.select({ id: townshipGroup.id, townshipId: townshipGroup.townshipId }).from(townshipGroup);
  const townshipOf = new Map(groups.map((g) => [g.id, g.townshipId]));
  const sectors = await api.db.db.select({ id: sector.id }).from(sector).where(eq(sector.councilId, api.councilId));
  const committees = await api.db.db.select({ id: committee.id }).from(committee).where(eq(committee.councilId, api.councilId));
  const parties = await admin.roster.lookups();

  plans = members.map((m, i) => {
    const kind: Kind = i % 7 === 3 ? "sector" : i % 7 === 5 ? "committee" : i % 13 === 6 ? "participatingUnit" : i % 5 === 2 ? "joint" : "member";
    const split = i % 4 === 1;
    const replying = split ? [units[i % 4]!, units[(i + 1) % 4]!] : [units[i % 4]!];
    const fate = fates[i % fates.length]!;
    const first = Object.fromEntries(replying.map((u, k) => [u, "ABC"[(i + k) % 3]!]));
    const again = Object.fromEntries(replying.map((u) => [u, "A"]));
    const handled = ["replied", "evaluated", "rehandling", "closed"].includes(fate);
    return {
      i,
      kind,
      memberId: m.id,
      sectorId: kind === "sector" ? sectors[i % sectors.length]!.id : m.sectorId,
      committeeId: committees[i % committees.length]!.id,
      townshipId: townshipOf.get(m.townshipGroupId)!,
      livelihood: i % 3 !== 0,
      fate,
      replying,
      co: !split && i % 5 === 0 ? units[(i + 2) % 4]! : null,
      standing: fate === "rehandledReplied" ? again : handled ? first : {},
      rating: fate === "evaluated" || fate === "closed" ? (i % 2 ? "satisfied" : "basicallySatisfied") : fate === "rehandling" || fate === "rehandledReplied" ? "unsatisfied" : null,
      key: i % 3 === 0,
      merged: false,
    };
  });
  const toMerge = plans.filter((p) => p.fate === "filed" && p.kind === "member").slice(0, 2);
  for (const p of toMerge) p.merged = true;
  const participatingUnitId = parties.participatingUnits[0]!.id;
  for (const plan of plans) await drive(plan, participatingUnitId, cosignerId, cosigner);
  const current = await Promise.all(toMerge.map((p) => admin.proposal.get({ id: p.id! })));
  await admin.proposal.merge({ proposals: current.map((p) => ({ id: p.id, version: p.version })) });
}, 180_000);
afterAll(() => api?.close());

/** Takes one proposal through the API to where its plan leaves it (staff enter everything, as from paper). */
async function drive(plan: Plan, participatingUnitId: string, cosignerId: string, cosigner: Caller) {
  const proposer =
    plan.kind === "member" || plan.kind === "joint"
      ? { kind: "member" as const, memberId: plan.memberId }
      : plan.kind === "sector"
        ? { kind: "sector" as const, sectorId: plan.sectorId, contactMemberId: null }
        : plan.kind === "committee"
          ? { kind: "committee" as const, committeeId: plan.committeeId, contactMemberId: null }
          : { kind: "participatingUnit" as const, participatingUnitId, contactMemberId: null };
  let p = await admin.proposal.create({ sessionId, proposer, ...text, title: `生成提案第${plan.i}号`, isLivelihood: plan.livelihood });
  plan.id = p.id;
  if (plan.kind === "joint") {
    p = await admin.proposal.inviteCosigners({ id: p.id, version: p.version, memberIds: [cosignerId] });
    await cosigner.proposal.respondToInvitation({ id: p.id, confirm: true });
    p = await admin.proposal.get({ id: p.id });
  }
  const step = async (name: string, extra: Record<string, unknown> = {}) => {
    const call = (admin.proposal as unknown as Record<string, (i: unknown) => Promise<typeof p>>)[name]!;
    p = await call({ id: p.id, version: p.version, ...extra });
  };
  if (plan.fate === "draft") return;
  await step("submit");
  if (plan.fate === "withdrawn") return step("withdraw");
  if (plan.fate === "submitted") return;
  await step("startReview");
  if (plan.fate === "notFiled") return step("notFile", { groundCode: "vague", conversion: "letter" });
  await step("file");
  if (plan.key) await step("markKey", { keyProposal: { sponsorName: "张三", sponsorTitle: "副市长", followUpOn: shanghaiDay(30) } });
  if (plan.fate === "filed") return;
  const assignment =
    plan.replying.length > 1
      ? { mode: "split", unitIds: plan.replying }
      : { mode: "joint", leadUnitId: plan.replying[0], coUnitIds: plan.co ? [plan.co] : [] };
  await step("assign", { assignment });
  if (plan.fate === "assigned") return;
  if (plan.co) await step("sendCoOpinion", { handlingUnitId: plan.co, text: "会办意见：同意主办单位意见。" });
  const replyAll = async (category: (unit: string, k: number) => string) => {
    for (const [k, unit] of plan.replying.entries()) {
      await step("reply", { handlingUnitId: unit, categoryCode: category(unit, k), text: "答复函：所提建议已认真研究并逐条落实，具体情况如下。" });
    }
  };
  await replyAll((_u, k) => "ABC"[(plan.i + k) % 3]!);
  if (plan.fate === "replied") return;
  if (plan.fate === "rehandling" || plan.fate === "rehandledReplied") {
    await step("evaluate", { overall: "unsatisfied", dimensions: { contact: "satisfied", outcome: "unsatisfied" }, comment: "落实不到位" });
    if (plan.fate === "rehandledReplied") await replyAll(() => "A");
    return;
  }
  await step("evaluate", { overall: plan.rating, dimensions: { contact: "satisfied", outcome: plan.rating } });
  if (plan.fate === "closed") await step("close");
}

const filedFates: Fate[] = ["filed", "assigned", "replied", "evaluated", "rehandling", "rehandledReplied", "closed"];
const repliedFates: Fate[] = ["replied", "evaluated", "rehandling", "rehandledReplied", "closed"];

/** The figures for a set of plans, counted by hand; `unit` narrows the replies to one unit's. */
function expected(group: Plan[], unit?: string) {
  const received = group.filter((p) => p.fate !== "draft");
  const filedOnes = received.filter((p) => filedFates.includes(p.fate));
  const categories = { A: 0, B: 0, C: 0 } as Record<string, number>;
  for (const p of filedOnes) for (const [u, c] of Object.entries(p.standing)) if (!unit || u === unit) categories[c]!++;
  const rated = filedOnes.filter((p) => p.rating !== null);
  const satisfied = rated.filter((p) => p.rating !== "unsatisfied").length;
  return {
    received: received.length,
    filed: filedOnes.length,
    notFiled: received.filter((p) => p.fate === "notFiled").length,
    livelihood: filedOnes.filter((p) => p.livelihood).length,
    replied: filedOnes.filter((p) => repliedFates.includes(p.fate)).length,
    replyCategories: categories,
    resolved: categories.A! + categories.B!,
    evaluated: rated.length,
    satisfied,
    satisfactionRate: rated.length ? satisfied / rated.length : null,
  };
}

/** The breakdowns for a set of plans, counted by hand. */
function expectedBreakdown(group: Plan[]) {
  const received = group.filter((p) => p.fate !== "draft");
  const filedOnes = received.filter((p) => filedFates.includes(p.fate));
  const share = (part: number, whole: number) => (whole ? part / whole : null);
  const collective = (p: Plan) => p.kind === "sector" || p.kind === "committee" || p.kind === "participatingUnit";
  const joint = (p: Plan) => p.kind === "joint";
  const n = (of: Plan[], test: (p: Plan) => boolean) => of.filter(test).length;
  return {
    collectiveReceived: n(received, collective),
    collectiveReceivedShare: share(n(received, collective), received.length),
    collectiveFiled: n(filedOnes, collective),
    collectiveFiledShare: share(n(filedOnes, collective), filedOnes.length),
    jointReceived: n(received, joint),
    jointReceivedShare: share(n(received, joint), received.length),
    jointFiled: n(filedOnes, joint),
    jointFiledShare: share(n(filedOnes, joint), filedOnes.length),
    key: n(filedOnes, (p) => p.key),
    keyShare: share(n(filedOnes, (p) => p.key), filedOnes.length),
    merged: n(filedOnes, (p) => p.merged),
    mergedShare: share(n(filedOnes, (p) => p.merged), filedOnes.length),
  };
}

function groupBy(key: (p: Plan) => (string | null)[]) {
  const groups = new Map<string | null, Plan[]>();
  for (const p of plans) for (const k of key(p)) groups.set(k, [...(groups.get(k) ?? []), p]);
  return groups;
}

describe("statistics of a generated session", () => {
  it("covers every state, so the comparison means something", () => {
    expect(new Set(plans.map((p) => p.fate)).size).toBe(fates.length);
    expect(new Set(plans.map((p) => p.kind)).size).toBe(5);
    const b = expectedBreakdown(plans);
    expect([b.collectiveFiled, b.jointFiled, b.key, b.merged].every((x) => x > 0)).toBe(true);
  });

  it("equals counts made from the plan, for the session", async () => {
    const report = await admin.proposal.statistics({ sessionId, by: "session" });
    expect(report.total).toMatchObject(expected(plans));
    expect(report.groups).toEqual([{ key: sessionId, name: "第十三届第一次会议", statistics: report.total, breakdown: report.breakdown }]);
    expect(report.breakdown).toEqual(expectedBreakdown(plans));
    expect(report.total.livelihoodShare).toBeCloseTo(expected(plans).livelihood / expected(plans).filed);
  });

  it("per handling unit, counting each unit's own replies", async () => {
    const report = await admin.proposal.statistics({ sessionId, by: "handlingUnit" });
    const assigned = plans.filter((p) => ["assigned", ...repliedFates].includes(p.fate));
    const byUnit = new Map<string, Plan[]>();
    for (const p of assigned) for (const u of p.replying) byUnit.set(u, [...(byUnit.get(u) ?? []), p]);
    const unassigned = plans.filter((p) => p.fate === "filed");
    expect(unassigned.length).toBeGreaterThan(0);
    expect(report.groups.map((g) => g.key)).toEqual([...[...byUnit.keys()].sort(), null]);
    for (const g of report.groups.slice(0, -1)) {
      expect(g.statistics, g.name).toMatchObject(expected(byUnit.get(g.key!)!, g.key!));
      expect(g.breakdown, g.name).toEqual(expectedBreakdown(byUnit.get(g.key!)!));
    }
    // Filed proposals no unit has yet: 未交办, last.
    const none = report.groups.at(-1)!;
    expect(none.name).toBe("未交办");
    expect(none.statistics).toMatchObject(expected(unassigned));
    expect(none.breakdown).toEqual(expectedBreakdown(unassigned));
    expect(report.groups.map((g) => g.name)).toContain("市住建局");
  });

  it("per sector and per committee, with collective proposals apart", async () => {
    const bySector = groupBy((p) => [p.kind === "member" || p.kind === "joint" || p.kind === "sector" ? p.sectorId : null]);
    const sectors = await admin.proposal.statistics({ sessionId, by: "sector" });
    expect(sectors.groups.length).toBe([...bySector.values()].filter((g) => g.some((p) => p.fate !== "draft")).length);
    for (const g of sectors.groups) {
      expect(g.statistics, g.name).toMatchObject(expected(bySector.get(g.key)!));
      expect(g.breakdown, g.name).toEqual(expectedBreakdown(bySector.get(g.key)!));
    }

    const byCommittee = groupBy((p) => [p.kind === "committee" ? p.committeeId : null]);
    const committees = await admin.proposal.statistics({ sessionId, by: "committee" });
    for (const g of committees.groups) expect(g.statistics, g.name).toMatchObject(expected(byCommittee.get(g.key)!));
    expect(committees.groups.find((g) => g.key === null)!.name).toBe("非专委会提案");
  });

  it("for a liaison, counts only their township's members", async () => {
    const [danghu] = await api.db.db.select({ id: township.id }).from(township).where(eq(township.name, "当湖街道"));
    const theirs = plans.filter((p) => (p.kind === "member" || p.kind === "joint") && p.townshipId === danghu!.id);
    expect(theirs.filter((p) => filedFates.includes(p.fate)).length).toBeGreaterThan(0);
    const report = await liaison.proposal.statistics({ sessionId });
    expect(report.total).toMatchObject(expected(theirs));
    expect((await liaison.proposal.list({ sessionId, limit: 200 })).items.length).toBe(theirs.filter((p) => p.fate !== "draft").length);
  });

  it("exports the same figures to Excel", async () => {
    const { filename, base64 } = await admin.proposal.exportStatistics({ sessionId, by: "handlingUnit" });
    expect(filename).toMatch(/^提案统计-承办单位-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(base64, "base64") as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("提案统计")!;
    const header = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(header).toEqual([
      "承办单位",
      "收到",
      "立案",
      "不予立案",
      "民生类",
      "民生占比",
      "已答复",
      "A类（已解决或采纳）",
      "B类（列入计划解决）",
      "C类（留作参考）",
      "解决采纳",
      "已测评",
      "满意和基本满意",
      "满意率",
      "集体提案",
      "集体提案占收到",
      "集体提案立案",
      "集体提案占立案",
      "联名提案",
      "联名提案占收到",
      "联名提案立案",
      "联名提案占立案",
      "重点提案",
      "重点提案占立案",
      "并案提案",
      "并案提案占立案",
    ]);
    const total = (sheet.getRow(sheet.rowCount).values as unknown[]).slice(1);
    const e = expected(plans);
    expect(total.slice(0, 5)).toEqual(["合计", e.received, e.filed, e.notFiled, e.livelihood]);
    expect(total[10]).toBe(e.resolved);
    expect(total[13]).toBeCloseTo(e.satisfactionRate!);
    const b = expectedBreakdown(plans);
    expect(total.slice(14, 18)).toEqual([b.collectiveReceived, b.collectiveReceivedShare, b.collectiveFiled, b.collectiveFiledShare]);
    expect(total.slice(18)).toEqual([b.jointReceived, b.jointReceivedShare, b.jointFiled, b.jointFiledShare, b.key, b.keyShare, b.merged, b.mergedShare]);
    expect(sheet.getRow(sheet.rowCount).getCell(16).numFmt).toBe("0.0%");
    expect((sheet.getRow(sheet.rowCount - 1).values as unknown[])[1]).toBe("未交办");
  });
});

describe("the list of a generated session", () => {
  it("pages by keyset through every visible proposal exactly once, oldest first", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof admin.proposal.list>> = await admin.proposal.list({ sessionId, limit: 7, order: "oldest", cursor });
      seen.push(...page.items.map((i) => i.title));
      cursor = page.nextCursor;
    } while (cursor);
    // Staff see everything submitted, and the drafts they entered themselves.
    expect(seen).toEqual(plans.map((p) => `生成提案第${p.i}号`));
  });

  it("filters by status, livelihood, unit and number", async () => {
    const replied = await admin.proposal.list({ sessionId, statuses: ["replied"], limit: 200 });
    expect(replied.items.length).toBe(plans.filter((p) => p.fate === "replied" || p.fate === "rehandledReplied").length);
    const livelihoodFiled = await admin.proposal.list({ sessionId, statuses: ["filed"], isLivelihood: true, limit: 200 });
    expect(livelihoodFiled.items.length).toBe(plans.filter((p) => p.fate === "filed" && p.livelihood).length);
    const zjj = await unitId(api, "市住建局");
    const forUnit = await admin.proposal.list({ sessionId, handlingUnitId: zjj, limit: 200 });
    expect(forUnit.items.length).toBe(plans.filter((p) => ["assigned", ...repliedFates].includes(p.fate) && (p.replying.includes(zjj) || p.co === zjj)).length);
    expect(forUnit.items.every((i) => i.units.some((u) => u.handlingUnitId === zjj))).toBe(true);
    const byNumber = await admin.proposal.list({ sessionId, query: "13-1-003" });
    expect(byNumber.items.map((i) => i.number)).toEqual(["13-1-003"]);
  });

  it("exports the filtered list to Excel", async () => {
    const { base64, count: rows } = await admin.proposal.exportList({ sessionId, statuses: ["closed"] });
    expect(rows).toBe(plans.filter((p) => p.fate === "closed").length);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(base64, "base64") as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("提案一览")!;
    expect(sheet.rowCount).toBe(rows + 1);
    expect((sheet.getRow(2).values as unknown[])[8]).toBe("已办结");
  });
});

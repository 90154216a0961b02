import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { daysFromToday, heldDeliberation, recordResidentSuggestion, townshipId, unitId } from "../consultation/fixtures";
import { demoMemberId, extraLogin, otherMembers, sessionIds, underReview } from "../proposal/fixtures";

/**
 * The steps the API returns are what the actor may actually do: each one offered, when taken, is
 * not refused for permission; each one not offered is refused. The apps render these as buttons,
 * so a button never leads to "无权", and no button is missing for a step that would be taken.
 */
let api: TestApi;
let admin: Caller;
let liaison: Caller;
let handler: Caller;
let otherHandler: Caller;
let member: Caller;
let cosigner: Caller;
let coHandler: Caller;
let danghu: string;
let zjj: string;
let jtj: string;
let me: string;
let sessionId: string;
beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
  liaison = (await api.loginAs("liaison")).caller;
  handler = (await api.loginAs("handler")).caller;
  member = (await api.loginAs("member")).caller;
  danghu = await townshipId(api, "当湖街道");
  zjj = await unitId(api, "市住建局");
  jtj = await unitId(api, "市交通运输局");
  otherHandler = await extraLogin(api, "handler", await unitId(api, "市教育局"));
  coHandler = await extraLogin(api, "handler", jtj);
  me = await demoMemberId(api);
  cosigner = await extraLogin(api, "member", (await otherMembers(api, 1, [me]))[0]!.id);
  sessionId = (await sessionIds(api)).get(5)!;
});
afterAll(() => api?.close());

type Ref = { id: string; version: number };
type Take = (caller: Caller, r: Ref) => Promise<unknown>;

const failure = (p: Promise<unknown>): Promise<TRPCError | null> =>
  p.then(
    () => null,
    (e: unknown) => {
      if (e instanceof TRPCError) return e;
      throw e;
    },
  );

/**
 * For one actor and one kind of record in one state: the offered steps, each taken on a fresh
 * record in that state, and every other step tried on one more, where it must be refused or be a
 * harmless repeat (the same routing sent again) that leaves the record as it was. Returns the
 * offered step types.
 */
async function checkSteps(caller: Caller, make: () => Promise<Ref>, read: (r: Ref) => Promise<{ type: string }[]>, take: Record<string, Take>) {
  const probe = await make();
  const offered = (await read(probe).catch(() => [])).map((s) => s.type);
  for (const [type, step] of Object.entries(take)) {
    if (offered.includes(type)) {
      const error = await failure(step(caller, await make()));
      expect(error?.code, `offered ${type}: ${error?.message}`).not.toBe("FORBIDDEN");
    } else {
      const outcome = await step(caller, probe).then(
        (r) => r as { version?: number },
        (e: unknown) => e,
      );
      if (!(outcome instanceof TRPCError)) expect(outcome.version, `not offered ${type} changed the record`).toBe(probe.version);
    }
  }
  return offered;
}

describe("suggestion steps", () => {
  let consultationId: string;
  let n = 0;
  beforeAll(async () => {
    consultationId = (await heldDeliberation(api, liaison, danghu, 1)).id;
  });
  const recorded = async () => recordResidentSuggestion(liaison, consultationId, ++n);
  const routed = async () => {
    const s = await recorded();
    return liaison.consultation.suggestion.route({ id: s.id, version: s.version, handlingUnitId: zjj, deadline: daysFromToday(20) });
  };
  const take: Record<string, Take> = {
    route: (c, s) => c.consultation.suggestion.route({ ...s, handlingUnitId: zjj, deadline: daysFromToday(20) }),
    decline: (c, s) => c.consultation.suggestion.decline({ ...s, reason: "不属本单位职责" }),
    recall: (c, s) => c.consultation.suggestion.recall({ ...s, reason: "改交其他单位办理" }),
    answer: (c, s) => c.consultation.suggestion.answer({ ...s, answer: "已完成整改并回访居民" }),
    close: (c, s) => c.consultation.suggestion.close({ ...s, result: "implemented" }),
  };
  const read = (c: Caller) => async (s: Ref) => (await c.consultation.suggestion.get({ id: s.id })).steps;

  it("offers the organiser routing and closing, the unit answering and declining, others nothing", async () => {
    expect(await checkSteps(liaison, recorded, read(liaison), take)).toEqual(["route", "close"]);
    expect(await checkSteps(liaison, routed, read(liaison), take)).toEqual(["recall"]);
    expect(await checkSteps(handler, routed, read(handler), take)).toEqual(["decline", "answer"]);
    expect(await checkSteps(otherHandler, routed, read(otherHandler), take)).toEqual([]);
    expect(await checkSteps(member, routed, read(member), take)).toEqual([]);
    expect(await checkSteps(admin, routed, read(admin), take)).toEqual(["decline", "recall", "answer"]);
  });

  it("lists the same steps in the list and the open-items list as on the suggestion", async () => {
    const s = await routed();
    const one = await handler.consultation.suggestion.get({ id: s.id });
    const inList = (await handler.consultation.suggestion.list({ state: "routed" })).items.find((i) => i.id === s.id);
    expect(inList?.steps).toEqual(one.steps);
    const open = (await liaison.consultation.suggestion.openItems({ townshipId: danghu })).items.find((i) => i.id === s.id);
    expect(open?.steps).toEqual((await liaison.consultation.suggestion.get({ id: s.id })).steps);
    expect(one.steps).toEqual([
      { type: "decline", label: "退回", kind: "danger" },
      { type: "answer", label: "答复", kind: "primary" },
    ]);
  });
});

describe("proposal steps", () => {
  const text = "本单位高度重视，已会同有关部门开展专项排查，制定分批改造计划并落实后续维护责任，确保年内完成。";
  const take: Record<string, Take> = {
    submit: (c, p) => c.proposal.submit(p),
    withdraw: (c, p) => c.proposal.withdraw(p),
    startReview: (c, p) => c.proposal.startReview(p),
    returnForRevision: (c, p) => c.proposal.returnForRevision({ ...p, reasons: ["请补充调研数据"] }),
    resubmit: (c, p) => c.proposal.resubmit(p),
    returnAssignment: (c, p) => c.proposal.returnAssignment({ ...p, reason: "不属于本单位职责" }),
    sendCoOpinion: (c, p) => c.proposal.sendCoOpinion({ ...p, text: "同意主办单位的办理意见，本单位配合落实。" }),
    reply: (c, p) => c.proposal.reply({ ...p, categoryCode: "A", text }),
    close: (c, p) => c.proposal.close(p),
  };
  const read = (c: Caller) => async (p: Ref) => (await c.proposal.get({ id: p.id })).my.steps;
  const jointUnderReview = async () => {
    const d = await member.proposal.create({ sessionId, proposer: { kind: "member", memberId: me }, title: "关于加快老旧小区路灯改造的建议", situation: "城区部分老旧小区路灯年久失修，夜间照明不足，居民出行存在安全隐患，群众反映强烈。", suggestions: "一是开展全面排查建立台账；二是纳入年度民生实事项目分批改造；三是明确后续维护责任单位。", category: "urbanRural", isLivelihood: true });
    const s = await member.proposal.submit({ id: d.id, version: d.version });
    return admin.proposal.startReview({ id: s.id, version: s.version });
  };
  const assigned = async () => {
    const r = await underReview(admin, sessionId, me);
    const f = await admin.proposal.file({ id: r.id, version: r.version });
    return admin.proposal.assign({ id: f.id, version: f.version, assignment: { mode: "joint", leadUnitId: zjj, coUnitIds: [jtj] } });
  };

  it("offers the first proposer withdrawing under review, a co-signer or a stranger nothing", async () => {
    expect(await checkSteps(member, jointUnderReview, read(member), take)).toEqual(["withdraw"]);
    expect(await checkSteps(cosigner, jointUnderReview, read(cosigner), take)).toEqual([]);
    expect(await checkSteps(admin, jointUnderReview, read(admin), take)).toEqual(expect.arrayContaining(["withdraw", "returnForRevision"]));
  });

  it("offers the lead unit replying, the co-unit its opinion, both sending back, another unit nothing", async () => {
    expect(await checkSteps(handler, assigned, read(handler), take)).toEqual(["returnAssignment", "reply"]);
    expect(await checkSteps(coHandler, assigned, read(coHandler), take)).toEqual(["returnAssignment", "sendCoOpinion"]);
    expect(await checkSteps(otherHandler, assigned, read(otherHandler), take)).toEqual([]);
  });

  it("tells the lead unit which co-units it waits for", async () => {
    const p = await assigned();
    expect((await handler.proposal.get({ id: p.id })).awaitedCoUnitIds).toEqual([jtj]);
    await coHandler.proposal.sendCoOpinion({ id: p.id, version: p.version, text: "同意主办单位的办理意见，本单位配合落实。" });
    expect((await handler.proposal.get({ id: p.id })).awaitedCoUnitIds).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import {
  daysFromToday,
  demoMemberId,
  errorOf,
  heldDeliberation,
  loginAsNew,
  recordResidentSuggestion,
  residentTopic,
  today,
  townshipId,
  unitId,
} from "./fixtures";

/**
 * Scope is enforced in the services, not only by the action: a liaison of 乍浦镇 can neither read
 * nor change anything of 当湖街道; a handler sees only what was routed to its unit; a member sees
 * their own.
 */
let api: TestApi;
let admin: Caller;
let liaison: Caller;
let otherLiaison: Caller;
let handler: Caller;
let otherHandler: Caller;
let member: Caller;
let danghu: string;
let zhapu: string;
let session: Awaited<ReturnType<typeof heldDeliberation>>;
let routedId: string;
let topicId: string;
beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
  liaison = (await api.loginAs("liaison")).caller;
  handler = (await api.loginAs("handler")).caller;
  member = (await api.loginAs("member")).caller;
  danghu = await townshipId(api, "当湖街道");
  zhapu = await townshipId(api, "乍浦镇");
  otherLiaison = await loginAsNew(api, "liaison", { townshipId: zhapu });
  otherHandler = await loginAsNew(api, "handler", { handlingUnitId: await unitId(api, "市民政局") });

  session = await heldDeliberation(api, liaison, danghu, 1);
  const s1 = await recordResidentSuggestion(liaison, session.id, 1);
  await recordResidentSuggestion(liaison, session.id, 2);
  routedId = (await liaison.consultation.suggestion.route({ id: s1.id, version: s1.version, handlingUnitId: await unitId(api, "市住建局") })).id;
  await api.caller(undefined, "192.0.2.200").consultation.publicTopic.submit(residentTopic(danghu, 99));
  topicId = (await liaison.consultation.residentTopic.list({ state: "pending" })).items[0]!.id;
});
afterAll(() => api?.close());

const expectRefused = async (p: Promise<unknown>) => expect(["FORBIDDEN", "NOT_FOUND"]).toContain((await errorOf(p)).code);

describe("a liaison of another township", () => {
  it("reads none of it", async () => {
    expect((await otherLiaison.consultation.list()).items).toEqual([]);
    expect((await errorOf(otherLiaison.consultation.get({ id: session.id }))).code).toBe("NOT_FOUND");
    expect((await otherLiaison.consultation.suggestion.list()).items).toEqual([]);
    expect((await errorOf(otherLiaison.consultation.suggestion.get({ id: routedId }))).code).toBe("NOT_FOUND");
    expect((await otherLiaison.consultation.residentTopic.list()).items).toEqual([]);
    expect((await errorOf(otherLiaison.consultation.residentTopic.get({ id: topicId }))).code).toBe("NOT_FOUND");
    expect((await otherLiaison.consultation.suggestion.openItems()).summary.total).toBe(0);
    const openItems = await errorOf(otherLiaison.consultation.suggestion.openItems({ townshipId: danghu }));
    expect(openItems).toMatchObject({ code: "FORBIDDEN", message: "镇街道联络员只能查看本镇街道的销号清单" });
    await expectRefused(otherLiaison.consultation.invitation.list({ consultationId: session.id }));
    await expectRefused(otherLiaison.consultation.checkIn.attendance({ consultationId: session.id }));
    await expectRefused(otherLiaison.consultation.speech.list({ consultationId: session.id }));
    expect((await otherLiaison.consultation.stats()).totals.consultations).toBe(0);
    // Their own township's lists work as usual.
    expect((await liaison.consultation.list()).items.map((c) => c.id)).toEqual([session.id]);
  });

  it("changes none of it, and is told why", async () => {
    const transition = await errorOf(otherLiaison.consultation.transition({ id: session.id, version: session.version, event: { type: "close" } }));
    expect(transition).toMatchObject({ code: "FORBIDDEN", message: "镇街道联络员只能办理本镇街道的事项，无权办结" });
    await expectRefused(otherLiaison.consultation.update({ id: session.id, version: session.version, description: "改" }));
    await expectRefused(
      otherLiaison.consultation.create({ title: "当湖街道议事会", formatCode: "deliberation", year: Number(today().slice(0, 4)), townshipId: danghu }),
    );
    await expectRefused(otherLiaison.consultation.invitation.invite({ consultationId: session.id, selection: { everyone: true } }));
    await expectRefused(otherLiaison.consultation.checkIn.issueCode({ consultationId: session.id }));
    await expectRefused(otherLiaison.consultation.checkIn.mark({ consultationId: session.id, memberId: await demoMemberId(api), present: true }));
    await expectRefused(otherLiaison.consultation.speech.record({ consultationId: session.id, memberId: await demoMemberId(api), kind: "oral", title: "发言" }));
    await expectRefused(recordResidentSuggestion(otherLiaison, session.id, 3));
    const s = await liaison.consultation.suggestion.get({ id: routedId });
    const recall = await errorOf(otherLiaison.consultation.suggestion.recall({ id: routedId, version: s.version, reason: "改派" }));
    expect(recall.message).toBe("镇街道联络员只能办理本镇街道的事项，无权撤回交办");
    await expectRefused(otherLiaison.consultation.suggestion.close({ id: routedId, version: s.version, result: "implemented" }));
    await expectRefused(otherLiaison.consultation.residentTopic.moderate({ id: topicId, version: 1, type: "accept" }));
    await expectRefused(
      otherLiaison.consultation.deliberation.scheduleFromTopics({ topicIds: [topicId], title: "跨镇安排议事", plannedDate: today() }),
    );
    await expectRefused(otherLiaison.consultation.deliberation.publishSummary({ id: session.id, version: session.version, summary: "别的镇街道的议事结果摘要" }));
    const invitation = (await liaison.consultation.invitation.list({ consultationId: session.id, limit: 1 })).items[0]!;
    await expectRefused(otherLiaison.consultation.invitation.decide({ id: invitation.id, version: invitation.version, type: "withdraw" }));
    // Nothing changed.
    const after = await liaison.consultation.get({ id: session.id });
    expect(after).toMatchObject({ version: session.version, state: "held" });
    expect((await liaison.consultation.suggestion.get({ id: routedId })).version).toBe(s.version);
  });

  it("keeps venues apart too; a city-wide hall is the office's", async () => {
    const hall = await liaison.consultation.venue.create({ kind: "deliberationHall", name: "当湖街道民生议事堂", townshipId: danghu });
    expect((await otherLiaison.consultation.venue.list()).items).toEqual([]);
    await expectRefused(otherLiaison.consultation.venue.get({ id: hall.id }));
    await expectRefused(otherLiaison.consultation.venue.update({ id: hall.id, version: hall.version, kind: "deliberationHall", name: "改名", townshipId: zhapu }));
    const cityHall = await errorOf(liaison.consultation.venue.create({ kind: "receptionHall", name: "市级委员会客厅", stars: 4 }));
    expect(cityHall.code).toBe("FORBIDDEN");
    const moved = await errorOf(liaison.consultation.venue.update({ id: hall.id, version: hall.version, kind: "deliberationHall", name: hall.name, townshipId: zhapu }));
    expect(moved.code).toBe("FORBIDDEN");
  });

  it("cannot see city consultations at all", async () => {
    const city = await admin.consultation.create({ title: "市级专题协商会议", formatCode: "chairsMeetingConsultation", year: Number(today().slice(0, 4)) });
    expect((await liaison.consultation.list()).items.map((c) => c.id)).not.toContain(city.id);
    expect((await errorOf(liaison.consultation.get({ id: city.id }))).code).toBe("NOT_FOUND");
    const plan = await errorOf(liaison.consultation.transition({ id: city.id, version: city.version, event: { type: "plan" } }));
    expect(plan.message).toBe("此事项属市级工作，由市政协办公室办理，镇街道联络员无权列入计划");
  });
});

describe("a handler", () => {
  it("sees only what was routed to its unit, and answers only that", async () => {
    const inbox = await handler.consultation.suggestion.list();
    expect(inbox.items.map((s) => s.id)).toEqual([routedId]);
    expect((await otherHandler.consultation.suggestion.list()).items).toEqual([]);
    expect((await errorOf(otherHandler.consultation.suggestion.get({ id: routedId }))).code).toBe("NOT_FOUND");
    const { version } = await handler.consultation.suggestion.get({ id: routedId });
    const wrongUnit = await errorOf(otherHandler.consultation.suggestion.answer({ id: routedId, version, answer: "由我单位答复此事项" }));
    expect(wrongUnit).toMatchObject({ code: "FORBIDDEN", message: "承办单位只能办理交办给本单位的事项，无权答复" });
    // Sent back, it leaves the unit's view.
    await handler.consultation.suggestion.decline({ id: routedId, version, reason: "不属于本单位职责" });
    expect((await handler.consultation.suggestion.list()).items).toEqual([]);
    const back = await liaison.consultation.suggestion.get({ id: routedId });
    expect(back).toMatchObject({ state: "recorded", handlingUnitId: null, returnReason: "承办单位退回：不属于本单位职责" });
    await liaison.consultation.suggestion.route({ id: routedId, version: back.version, handlingUnitId: await unitId(api, "市住建局"), deadline: daysFromToday(10) });
  });
});

describe("a member", () => {
  it("sees their own invitations and suggestions, nobody else's", async () => {
    const me = await demoMemberId(api);
    const mine = await member.consultation.invitation.mine();
    expect(mine.items.map((i) => i.consultationId)).toEqual([session.id]);
    expect((await member.consultation.get({ id: session.id })).myInvitation?.state).toBe("invited");
    // Someone else's invitation: refused with the reason.
    const others = await liaison.consultation.invitation.list({ consultationId: session.id, limit: 200 });
    const other = others.items.find((i) => i.memberId !== me)!;
    const reply = await errorOf(member.consultation.invitation.reply({ id: other.id, version: other.version, type: "accept" }));
    expect(reply).toMatchObject({ code: "FORBIDDEN", message: "委员只能办理本人的事项，无权报名参加" });
    // Suggestions: only their own.
    expect((await member.consultation.suggestion.list()).items).toEqual([]);
    await member.consultation.suggestion.submit({ consultationId: session.id, content: "建议在小区增设休闲座椅", category: "livelihood" });
    expect((await member.consultation.suggestion.list()).items.map((s) => s.authorMemberId)).toEqual([me]);
    // A consultation they are not invited to does not exist for them.
    const city = await admin.consultation.create({ title: "未邀请的市级协商", formatCode: "chairsMeetingConsultation", year: Number(today().slice(0, 4)) });
    expect((await errorOf(member.consultation.get({ id: city.id }))).code).toBe("NOT_FOUND");
    expect((await errorOf(member.consultation.suggestion.submit({ consultationId: city.id, content: "建议增加公交线路", category: "other" }))).code).toBe("NOT_FOUND");
  });
});

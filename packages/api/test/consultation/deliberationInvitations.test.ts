import { auditLog, consultationInvitation, dutyLedgerLive, member as memberTable, residentTopic as topicTable, township, townshipGroup } from "@cppcc/db";
import { and, eq, ne } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { demoMemberId, errorOf, residentTopic, townshipId } from "./fixtures";

/**
 * A deliberation scheduled without invitations used to be stuck: it could not be held for want of
 * attendance, and nobody could be invited or registered afterwards. Here the officer's real day:
 * schedule with no invitations → invite later by group or name → register who came, invited or
 * not → held. The clock is set to real past dates: the meeting's day is a rule.
 */
let api: TestApi;
let liaison: Caller;
let admin: Caller;
let member: Caller;
let danghu: string;
beforeAll(async () => {
  api = await createTestApi();
  danghu = await townshipId(api, "当湖街道");
});
afterAll(() => api?.clock.reset());

/** Moves the clock to a day in the past and signs everyone in then (a session idle for a week has ended). */
async function on(instant: string) {
  api.clock.set(instant);
  [liaison, admin, member] = await Promise.all((["liaison", "admin", "member"] as const).map(async (r) => (await api.loginAs(r)).caller));
}
afterAll(() => api?.close());

/** An active member whose group is in another township: someone who walks in uninvited. */
async function memberOutside(townshipName: string): Promise<{ id: string; name: string }> {
  const [row] = await api.db.db
    .select({ id: memberTable.id, name: memberTable.name })
    .from(memberTable)
    .innerJoin(townshipGroup, eq(townshipGroup.id, memberTable.townshipGroupId))
    .innerJoin(township, eq(township.id, townshipGroup.townshipId))
    .where(and(ne(township.name, townshipName), eq(memberTable.status, "active")))
    .limit(1);
  return row!;
}

describe("a deliberation scheduled without invitations", () => {
  it("is invited later, registers who came (invited or not) and is held", async () => {
    await on("2025-03-10T01:00:00Z");
    const { consultation: session, invitations } = await liaison.consultation.deliberation.scheduleFromTopics({
      topicSource: "member",
      title: "关于老街停车难的民生议事",
      plannedDate: "2025-03-12",
      startTime: "9:30",
      venue: "当湖街道社区服务中心三楼",
      contactPhone: "0573 85123456",
      inviteDefault: false,
    });
    expect(invitations).toEqual({ invited: 0, renewed: 0, alreadyInvited: 0 });
    expect(session).toMatchObject({ state: "scheduled", topicSource: "member", contactPhone: "0573-85123456" });

    // On the day, with nobody invited and nobody present, it cannot be held; the message says what to do.
    api.clock.set("2025-03-12T01:00:00Z");
    const v0 = (await liaison.consultation.get({ id: session.id })).version;
    const refused = await errorOf(liaison.consultation.transition({ id: session.id, version: v0, event: { type: "hold" } }));
    expect(refused.message).toContain("尚无出席记录");

    // Invited later: the township's group, found through the invitation search.
    const roster = await liaison.consultation.invitation.defaultSelection({ consultationId: session.id });
    const groupId = roster.selection.townshipGroupIds![0]!;
    const inGroup = await liaison.consultation.invitation.members({ consultationId: session.id, townshipGroupId: groupId, limit: 100 });
    expect(inGroup.items.length).toBeGreaterThan(1);
    expect(inGroup.items.every((m) => m.invitationState == null)).toBe(true);
    const invited = await liaison.consultation.invitation.invite({ consultationId: session.id, selection: { townshipGroupIds: [groupId] } });
    expect(invited.invited).toBe(inGroup.items.length);

    // Someone from another township walks in: found by pinyin initials, registered present by hand.
    const walkIn = await memberOutside("当湖街道");
    const initials = (await api.db.db.select({ i: memberTable.nameInitials }).from(memberTable).where(eq(memberTable.id, walkIn.id)))[0]!.i;
    const found = await liaison.consultation.invitation.members({ consultationId: session.id, query: initials, limit: 50 });
    expect(found.items.map((m) => m.memberId)).toContain(walkIn.id);
    expect(found.items.find((m) => m.memberId === walkIn.id)).toMatchObject({ invitationState: null, checkedInAt: null });
    await liaison.consultation.checkIn.mark({ consultationId: session.id, memberId: walkIn.id, present: true });

    // Their invitation record now exists, accepted, with its own audit row; the list shows them present.
    const [row] = await api.db.db
      .select()
      .from(consultationInvitation)
      .where(and(eq(consultationInvitation.consultationId, session.id), eq(consultationInvitation.memberId, walkIn.id)));
    expect(row).toMatchObject({ state: "accepted" });
    const audits = await api.db.db.select().from(auditLog).where(and(eq(auditLog.action, "invitation.walkIn"), eq(auditLog.entityId, row!.id)));
    expect(audits).toHaveLength(1);
    const list = await liaison.consultation.invitation.list({ consultationId: session.id, state: "accepted", limit: 10 });
    expect(list.items.find((i) => i.memberId === walkIn.id)).toMatchObject({ checkInSource: "manual" });
    // Registering again changes nothing and writes no second invitation.
    await liaison.consultation.checkIn.mark({ consultationId: session.id, memberId: walkIn.id, present: true });
    expect((await liaison.consultation.invitation.list({ consultationId: session.id, limit: 200 })).items.filter((i) => i.memberId === walkIn.id)).toHaveLength(1);

    // Held; the walk-in attended, the invited who stayed away were absent.
    const v1 = (await liaison.consultation.get({ id: session.id })).version;
    const held = await liaison.consultation.transition({ id: session.id, version: v1, event: { type: "hold" } });
    expect(held).toMatchObject({ state: "held", heldOn: "2025-03-12" });
    const duty = await api.db.db.select().from(dutyLedgerLive).where(and(eq(dutyLedgerLive.sourceTable, "consultation"), eq(dutyLedgerLive.sourceId, session.id)));
    expect(duty.filter((d) => d.kind === "consultationAttendance").map((d) => d.memberId)).toEqual([walkIn.id]);
    expect(duty.filter((d) => d.kind === "consultationAbsence")).toHaveLength(inGroup.items.length);

    // After the meeting the list is the record: inviting is refused, registering a late correction still works.
    const late = await errorOf(liaison.consultation.invitation.invite({ consultationId: session.id, selection: { memberIds: [walkIn.id] } }));
    expect(late.message).toContain("出席登记");
  });

  it("the walk-in sees the meeting they attended in the portal", async () => {
    const me = await demoMemberId(api);
    await on("2025-03-20T01:00:00Z");
    const { consultation: s } = await liaison.consultation.deliberation.scheduleFromTopics({
      topicSource: "township",
      title: "关于菜市场改造的民生议事",
      plannedDate: "2025-03-20",
      inviteDefault: false,
    });
    expect((await member.consultation.invitation.mine({})).items.map((i) => i.consultationId)).not.toContain(s.id);
    await liaison.consultation.checkIn.mark({ consultationId: s.id, memberId: me, present: true });
    const mine = (await member.consultation.invitation.mine({})).items.find((i) => i.consultationId === s.id);
    expect(mine).toMatchObject({ state: "accepted", checkedInAt: expect.any(Date) });
  });
});

describe("two officers registering the same walk-in at once", () => {
  it("record one attendance and one invitation", async () => {
    await on("2025-03-25T01:00:00Z");
    const second = await api.addLogin({ username: "liaison-desk2", role: "liaison", townshipId: danghu });
    const { consultation: s } = await liaison.consultation.deliberation.scheduleFromTopics({
      topicSource: "council",
      title: "关于河道整治的民生议事",
      plannedDate: "2025-03-25",
      inviteDefault: false,
    });
    const walkIn = await memberOutside("当湖街道");
    const results = await Promise.all([
      liaison.consultation.checkIn.mark({ consultationId: s.id, memberId: walkIn.id, present: true }),
      second.consultation.checkIn.mark({ consultationId: s.id, memberId: walkIn.id, present: true }),
    ]);
    expect(results.map((r) => r.changed).sort()).toEqual([false, true]);
    const rows = await api.db.db.select().from(consultationInvitation).where(eq(consultationInvitation.consultationId, s.id));
    expect(rows).toMatchObject([{ memberId: walkIn.id, state: "accepted" }]);
    expect((await liaison.consultation.get({ id: s.id })).counts.attendance).toBe(1);
  });
});

describe("draft consultations", () => {
  it("send no invitations and stay out of members' sight", async () => {
    await on("2025-04-01T01:00:00Z");
    const me = await demoMemberId(api);
    const draft = await admin.consultation.create({ title: "关于学校周边交通的民生议事", formatCode: "deliberation", year: 2025, townshipId: danghu });
    const refused = await errorOf(admin.consultation.invitation.invite({ consultationId: draft.id, selection: { memberIds: [me] } }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toContain("草稿");

    // An invitation left over from before this rule: the member still does not see the draft.
    await api.db.db.insert(consultationInvitation).values({ councilId: api.councilId, consultationId: draft.id, memberId: me });
    expect((await member.consultation.invitation.mine({})).items.map((i) => i.consultationId)).not.toContain(draft.id);
    expect((await errorOf(member.consultation.get({ id: draft.id }))).code).toBe("NOT_FOUND");
    expect((await member.consultation.list({})).items.map((c) => c.id)).not.toContain(draft.id);

    // Planned, it is a real meeting to come: now it shows.
    await admin.consultation.transition({ id: draft.id, version: draft.version, event: { type: "plan" } });
    expect((await member.consultation.invitation.mine({})).items.map((i) => i.consultationId)).toContain(draft.id);
    expect((await member.consultation.get({ id: draft.id })).title).toBe("关于学校周边交通的民生议事");
  });
});

describe("topic sources", () => {
  it("residents' topics stay linked; a member's, the township's or the council's topic is typed", async () => {
    await on("2025-05-06T01:00:00Z");
    const sent = await api.caller(undefined, "198.51.100.40").consultation.publicTopic.submit(residentTopic(danghu, 40));
    expect(sent.received).toBe(true);
    const pending = await liaison.consultation.residentTopic.list({ state: "pending" });
    const topic = pending.items.find((t) => t.topic === residentTopic(danghu, 40).topic)!;
    await liaison.consultation.residentTopic.moderate({ id: topic.id, version: topic.version, type: "accept" });

    // A residents' deliberation needs a resident topic.
    const none = await errorOf(liaison.consultation.deliberation.scheduleFromTopics({ topicSource: "resident", title: "无议题的民生议事", plannedDate: "2025-05-08" }));
    expect(none.code).toBe("BAD_REQUEST");
    expect(none.message).toContain("请选择至少一个已采纳的群众议题");

    const fromResident = await liaison.consultation.deliberation.scheduleFromTopics({ topicIds: [topic.id], title: "路灯维修民生议事", plannedDate: "2025-05-08", inviteDefault: false });
    expect(fromResident.consultation.topicSource).toBe("resident");
    const [linked] = await api.db.db.select().from(topicTable).where(eq(topicTable.id, topic.id));
    expect(linked!.consultationId).toBe(fromResident.consultation.id);
    expect((await liaison.consultation.get({ id: fromResident.consultation.id })).topics.map((t) => t.id)).toEqual([topic.id]);

    for (const source of ["member", "township", "council"] as const) {
      const { consultation: c } = await liaison.consultation.deliberation.scheduleFromTopics({
        topicSource: source,
        title: `来源为${source}的民生议事`,
        plannedDate: "2025-05-08",
        inviteDefault: false,
      });
      expect(c).toMatchObject({ topicSource: source, townshipId: danghu, state: "scheduled" });
      expect((await liaison.consultation.get({ id: c.id })).topics).toEqual([]);
    }
    // The admin has no township of its own: a typed topic needs one from a resident topic.
    const noTownship = await errorOf(admin.consultation.deliberation.scheduleFromTopics({ topicSource: "council", title: "交办的民生议事", plannedDate: "2025-05-08" }));
    expect(noTownship.message).toContain("以确定议事所在的镇街道");
  });
});

describe("meeting time, place and contact", () => {
  it("are validated, default the contact to the organiser, and are shown in every read model", async () => {
    await on("2025-06-02T01:00:00Z");
    const base = { topicSource: "township" as const, title: "关于河道保洁的民生议事", plannedDate: "2025-06-05", inviteDefault: false };
    const badTime = await errorOf(liaison.consultation.deliberation.scheduleFromTopics({ ...base, startTime: "25:00" }));
    expect(badTime.code).toBe("BAD_REQUEST");
    expect(badTime.message).toContain("开始时间格式应为 时:分");
    const badPhone = await errorOf(liaison.consultation.deliberation.scheduleFromTopics({ ...base, contactPhone: "85123" }));
    expect(badPhone.message).toContain("联系电话应为 11 位手机号，或带区号的座机号");
    const badName = await errorOf(liaison.consultation.deliberation.scheduleFromTopics({ ...base, contactName: "张" }));
    expect(badName.message).toContain("联系人至少 2 个字");

    const me = await demoMemberId(api);
    const { consultation: c } = await liaison.consultation.deliberation.scheduleFromTopics({ ...base, startTime: "14:00", venue: "河滨公园管理处", contactPhone: "13912345678" });
    const liaisonName = "李明"; // the demo officer's account, 李明（当湖街道联络员）, without the title
    expect(c).toMatchObject({ contactName: liaisonName, contactPhone: "13912345678" });
    await liaison.consultation.invitation.invite({ consultationId: c.id, selection: { memberIds: [me] } });

    const detail = await liaison.consultation.get({ id: c.id });
    expect(detail).toMatchObject({ startTime: "14:00", venue: "河滨公园管理处", contactName: liaisonName, contactPhone: "13912345678" });
    const listed = (await liaison.consultation.list({ townshipId: danghu })).items.find((i) => i.id === c.id);
    expect(listed).toMatchObject({ startTime: "14:00", contactPhone: "13912345678", topicSource: "township" });
    const mine = (await member.consultation.invitation.mine({})).items.find((i) => i.consultationId === c.id);
    expect(mine).toMatchObject({ startTime: "14:00", venue: "河滨公园管理处", contactName: liaisonName, contactPhone: "13912345678" });

    // The admin form: created and changed with the same rules; the time may change until the meeting.
    const created = await admin.consultation.create({
      title: "关于菜篮子工程的民生议事",
      formatCode: "deliberation",
      year: 2025,
      townshipId: danghu,
      startTime: "08:30",
      contactName: "市政协办公室",
      contactPhone: "0573-85012345",
    });
    expect(created).toMatchObject({ contactPhone: "0573-85012345" });
    expect((await admin.consultation.get({ id: created.id })).startTime).toBe("08:30");
    const updated = await admin.consultation.update({ id: created.id, version: created.version, startTime: "15:00", contactPhone: "(0573) 8501 2399" });
    expect(updated.contactPhone).toBe("0573-85012399");
    const wrong = await errorOf(admin.consultation.update({ id: created.id, version: updated.version, startTime: "下午三点" }));
    expect(wrong.code).toBe("BAD_REQUEST");
  });
});

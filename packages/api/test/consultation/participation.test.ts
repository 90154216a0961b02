import { auditLog } from "@cppcc/db";
import { participantKinds, type ParticipantKind } from "@cppcc/domain";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { committeeId, errorOf, loginAsNew, residentTopic, townshipId } from "./fixtures";

/**
 * Participation as reports count it: 参与人次 = members present + people recorded who are not
 * members, with speeches and suggestions, per format and year. Consultations are generated from a
 * plan below, driven through the API, and the statistics must equal sums made here from that plan.
 */
type Plan = { format: "deliberation" | "topicalConsultation"; date: string; present: number; others: ParticipantKind[]; speeches: number; suggestions: number };
const plans: Plan[] = [
  { format: "deliberation", date: "2025-05-14", present: 3, others: ["resident", "resident", "departmentRep"], speeches: 2, suggestions: 1 },
  { format: "deliberation", date: "2025-09-10", present: 5, others: ["leader", "resident"], speeches: 0, suggestions: 3 },
  { format: "deliberation", date: "2026-03-18", present: 1, others: [], speeches: 1, suggestions: 0 },
  { format: "topicalConsultation", date: "2025-06-25", present: 4, others: ["expert", "departmentRep", "departmentRep", "other"], speeches: 3, suggestions: 2 },
  { format: "topicalConsultation", date: "2026-04-22", present: 2, others: ["leader"], speeches: 1, suggestions: 1 },
];

let api: TestApi;
let admin: Caller;
let liaison: Caller;
let danghu: string;
const ids: string[] = [];
beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
  liaison = (await api.loginAs("liaison")).caller;
  danghu = await townshipId(api, "当湖街道");
  const economy = await committeeId(api, "经济委员会");
  for (const [i, p] of plans.entries()) {
    // Each meeting is run on its own day, so marking attendance falls in its window.
    api.clock.set(`${p.date}T01:00:00Z`);
    let id: string;
    if (p.format === "deliberation") {
      await api.caller(undefined, `192.0.2.${100 + i}`).consultation.publicTopic.submit(residentTopic(danghu, 200 + i));
      const topic = (await liaison.consultation.residentTopic.list({ state: "pending", townshipId: danghu })).items[0]!;
      await liaison.consultation.residentTopic.moderate({ id: topic.id, version: topic.version, type: "accept" });
      ({ id } = (await liaison.consultation.deliberation.scheduleFromTopics({ topicIds: [topic.id], title: `第${i + 1}次民生议事会`, plannedDate: p.date })).consultation);
    } else {
      const created = await admin.consultation.create({
        title: `数字经济专题协商第${i + 1}次`,
        formatCode: "topicalConsultation",
        year: Number(p.date.slice(0, 4)),
        leadCommitteeId: economy,
        plannedDate: p.date,
        venue: "三楼会议室",
      });
      const planned = await admin.consultation.transition({ id: created.id, version: created.version, event: { type: "plan" } });
      await admin.consultation.invitation.invite({ consultationId: created.id, selection: { committeeIds: [economy] } });
      await admin.consultation.transition({ id: created.id, version: planned.version, event: { type: "schedule", date: p.date } });
      id = created.id;
    }
    ids.push(id);
    const organiser = p.format === "deliberation" ? liaison : admin;
    const invited = (await organiser.consultation.invitation.list({ consultationId: id, limit: 50 })).items.map((x) => x.memberId);
    expect(invited.length, `${p.date}: enough invited`).toBeGreaterThanOrEqual(p.present);
    for (const memberId of invited.slice(0, p.present)) await organiser.consultation.checkIn.mark({ consultationId: id, memberId, present: true });
    for (const [k, kind] of p.others.entries()) {
      await organiser.consultation.participant.record({ consultationId: id, name: `参会人${i}-${k}`, kind, unit: "某单位", phone: k === 0 ? "13900000000" : null });
    }
    for (let k = 0; k < p.speeches; k++) {
      await organiser.consultation.speech.record({ consultationId: id, memberId: invited[k % invited.length]!, kind: "oral", title: `第${k + 1}个发言` });
    }
    for (let k = 0; k < p.suggestions; k++) {
      await organiser.consultation.suggestion.record({ consultationId: id, content: `第${k + 1}条意见建议，请有关部门研究`, category: "governance", authorKind: "resident", authorName: "居民" });
    }
  }
  api.clock.reset();
});
afterAll(() => api?.close());

describe("non-member participants", () => {
  it("are listed with their phone for the organiser, counted on the consultation, and removed with an audit row", async () => {
    const id = ids[0]!;
    const listed = await liaison.consultation.participant.list({ consultationId: id });
    expect(listed.items.map((p) => [p.name, p.kind, p.phone])).toEqual([
      ["参会人0-2", "departmentRep", null],
      ["参会人0-1", "resident", null],
      ["参会人0-0", "resident", "13900000000"],
    ]);
    expect((await liaison.consultation.get({ id })).counts).toMatchObject({ attendance: 3, participants: 3 });

    const extra = await liaison.consultation.participant.record({ consultationId: id, name: "误登记", kind: "other" });
    await liaison.consultation.participant.remove({ consultationId: id, id: extra.id });
    const audits = await api.db.db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entity, "consultation_participant"), eq(auditLog.entityId, extra.id))).orderBy(asc(auditLog.id));
    expect(audits.map((a) => a.action)).toEqual(["participant.record", "participant.remove"]);
    const gone = await errorOf(liaison.consultation.participant.remove({ consultationId: id, id: extra.id }));
    expect(gone).toMatchObject({ code: "NOT_FOUND", message: "找不到该参会人员，可能已被删除，请刷新" });
    expect((await liaison.consultation.get({ id })).counts.participants).toBe(3);
  });

  it("are refused with a reason: bad input, a draft, another township's officer, a member", async () => {
    const id = ids[0]!;
    const bad = await errorOf(liaison.consultation.participant.record({ consultationId: id, name: "", kind: "boss" as ParticipantKind }));
    expect(bad.code).toBe("BAD_REQUEST");
    expect(bad.message).toContain("请填写姓名");
    const draft = await admin.consultation.create({ title: "数字经济专题协商筹备", formatCode: "topicalConsultation", year: 2026, leadCommitteeId: await committeeId(api, "经济委员会") });
    const early = await errorOf(admin.consultation.participant.record({ consultationId: draft.id, name: "张专家", kind: "expert" }));
    expect(early).toMatchObject({ code: "BAD_REQUEST", message: "协商排期后才能登记参会人员" });
    const zhapuLiaison = await loginAsNew(api, "liaison", { townshipId: await townshipId(api, "乍浦镇") });
    expect((await errorOf(zhapuLiaison.consultation.participant.record({ consultationId: id, name: "李四", kind: "resident" }))).code).toMatch(/FORBIDDEN|NOT_FOUND/);
    const member = (await api.loginAs("member")).caller;
    expect((await errorOf(member.consultation.participant.list({ consultationId: id }))).code).toBe("FORBIDDEN");
    expect(participantKinds).toContain("resident");
  });
});

describe("participation statistics", () => {
  it("equal the counts of the plan, per format and year, and in total", async () => {
    const stats = await admin.consultation.stats({ fromYear: 2025, toYear: 2026 });
    type Sums = { membersPresent: number; participants: number; participations: number; speeches: number; suggestions: number };
    const sums = (ps: Plan[]): Sums =>
      ps.reduce(
        (s, p) => ({
          membersPresent: s.membersPresent + p.present,
          participants: s.participants + p.others.length,
          participations: s.participations + p.present + p.others.length,
          speeches: s.speeches + p.speeches,
          suggestions: s.suggestions + p.suggestions,
        }),
        { membersPresent: 0, participants: 0, participations: 0, speeches: 0, suggestions: 0 },
      );
    const pick = (r: Sums): Sums => ({ membersPresent: r.membersPresent, participants: r.participants, participations: r.participations, speeches: r.speeches, suggestions: r.suggestions });

    for (const format of ["deliberation", "topicalConsultation"] as const) {
      expect(pick(stats.byFormat.find((f) => f.formatCode === format)!), format).toEqual(sums(plans.filter((p) => p.format === format)));
      for (const year of [2025, 2026]) {
        const rows = stats.rows.filter((r) => r.formatCode === format && r.year === year);
        const got = rows.reduce((s, r) => ({ membersPresent: s.membersPresent + r.membersPresent, participants: s.participants + r.participants, participations: s.participations + r.participations, speeches: s.speeches + r.speeches, suggestions: s.suggestions + r.suggestions }), sums([]));
        expect(got, `${format} ${year}`).toEqual(sums(plans.filter((p) => p.format === format && p.date.startsWith(String(year)))));
      }
    }
    // The draft of the test above adds a consultation, and nothing else.
    expect(pick(stats.totals)).toEqual(sums(plans));
    // A liaison sees only their township's figures.
    const own = await liaison.consultation.stats({ fromYear: 2025, toYear: 2026 });
    expect(pick(own.totals)).toEqual(sums(plans.filter((p) => p.format === "deliberation")));
  });
});

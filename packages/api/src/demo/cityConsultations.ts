import type { ConsultationFormatCode, ConsultationState } from "@cppcc/domain";
import { afterMeeting, invitees, runMeetingDay } from "./meeting";
import type { DemoWorld } from "./world";

type Outcome = { kind: "recommendation" | "topicalReport" | "consultationReport"; title: string };

/**
 * The year's city consultations, one per line of the annual plan, each taken as far as its day
 * allows: the early ones closed with adoption feedback, later ones at each stage, the next
 * meetings in the coming weeks with invitations out, one not yet dated, one cancelled.
 */
type Item = {
  formatCode: ConsultationFormatCode;
  topic: string;
  committee: string;
  units: string[];
  /** Meeting day from today; null: not dated yet. */
  day: number | null;
  /** How far it has come; notStarted: a plan item with no consultation yet. */
  reach: ConsultationState | "notStarted";
};

const items: Item[] = [
  { formatCode: "pleaseComeToConsult", topic: "减轻企业负担请你来协商", committee: "经济委员会", units: ["市发改局"], day: -280, reach: "closed" },
  { formatCode: "topicalConsultation", topic: "推进县域医共体建设专题协商", committee: "教科卫体委员会", units: [], day: -230, reach: "closed" },
  { formatCode: "counterpartConsultation", topic: "农村生活污水治理对口协商", committee: "人口资源环境委员会", units: ["市住建局"], day: -170, reach: "feedbackReceived" },
  { formatCode: "pleaseComeToConsult", topic: "养老服务体系建设请你来协商", committee: "社会和法制委员会", units: ["市民政局"], day: -110, reach: "outcomeSubmitted" },
  { formatCode: "topicalConsultation", topic: "数字经济高质量发展专题协商", committee: "经济委员会", units: [], day: -25, reach: "held" },
  { formatCode: "counterpartConsultation", topic: "乡村文化振兴对口协商", committee: "文化文史和学习委员会", units: ["市文广旅体局"], day: 9, reach: "scheduled" },
  { formatCode: "pleaseComeToConsult", topic: "城市更新与老旧小区改造请你来协商", committee: "人口资源环境委员会", units: ["市住建局"], day: 23, reach: "scheduled" },
  { formatCode: "topicalConsultation", topic: "青年人才引育留用专题协商", committee: "教科卫体委员会", units: [], day: null, reach: "planned" },
  { formatCode: "counterpartConsultation", topic: "粮食安全与农田保护对口协商", committee: "农业和农村委员会", units: ["市农业农村局"], day: null, reach: "draft" },
  { formatCode: "topicalConsultation", topic: "跨境电商发展专题协商", committee: "港澳台侨和外事委员会", units: [], day: null, reach: "cancelled" },
  // Due this quarter and not started yet: what the office's plan shows as still to do.
  { formatCode: "pleaseComeToConsult", topic: "关于优化营商环境的请你来协商", committee: "经济委员会", units: [], day: 0, reach: "notStarted" },
];

const outcomeOf = (i: Item): Outcome => ({ kind: "consultationReport", title: `关于${i.topic.replace(/(请你来协商|专题协商|对口协商)$/, "")}的协商报告` });

const quarterOf = (day: string) => (Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1) as 1 | 2 | 3 | 4;

export async function generateCityConsultations(w: DemoWorld) {
  const { admin, clock } = w;
  const year = Number(clock.today.slice(0, 4));
  // The plan is agreed early in the year (or, late in a short year, on its first day of work).
  clock.set(-320, 10);
  const planned = items.map((i) => ({
    formatCode: i.formatCode,
    topic: i.topic,
    quarter: i.day === null ? null : quarterOf(clock.day(i.day)),
    leadCommitteeId: w.committee(i.committee),
    note: "",
  }));
  const inYear = planned.filter((_, k) => items[k]!.day === null || clock.day(items[k]!.day!).startsWith(`${year}`));
  const saved = await admin.consultation.plan.save({ year, version: null, items: inYear });
  clock.set(-318, 10);
  await admin.consultation.plan.approve({ year, version: saved.version });
  const plan = await admin.consultation.plan.get({ year });
  const planItem = (topic: string) => plan?.items.find((p) => p.topic === topic)?.id ?? null;

  const ids: string[] = [];
  for (const item of items) if (item.reach !== "notStarted") ids.push(await oneConsultation(w, item, planItem(item.topic)));
  return ids;
}

async function oneConsultation(w: DemoWorld, item: Item, planItemId: string | null): Promise<string> {
  const { admin, clock } = w;
  const start = item.day === null ? -40 : Math.min(item.day - 30, -2);
  clock.set(start, 10);
  const date = item.day === null ? null : clock.day(item.day);
  let c = await admin.consultation.create({
    title: item.topic,
    formatCode: item.formatCode,
    year: Number((date ?? clock.today).slice(0, 4)),
    quarter: date ? quarterOf(date) : null,
    leadCommitteeId: w.committee(item.committee),
    handlingUnitIds: item.units.map(w.unit),
    planItemId,
    plannedDate: date,
    startTime: "14:30",
    venue: "市政协三楼会议室",
    mode: "offline",
    description: `围绕${item.topic.slice(0, 8)}开展调研，形成协商意见。`,
  });
  if (item.reach === "draft") return c.id;
  if (item.reach === "cancelled") {
    await admin.consultation.transition({ id: c.id, version: c.version, event: { type: "cancel", reason: "议题并入下一年度计划" } });
    return c.id;
  }
  c = await admin.consultation.transition({ id: c.id, version: c.version, event: { type: "plan" } });
  await admin.consultation.invitation.invite({ consultationId: c.id, selection: { memberIds: [w.me, ...invitees(w, 12)] } });
  if (item.reach === "planned" || item.day === null) return c.id;
  c = await admin.consultation.transition({ id: c.id, version: c.version, event: { type: "schedule", date: date! } });
  if (item.reach === "scheduled") {
    await upcomingReplies(w, c.id, item.day > 15);
    return c.id;
  }
  await runMeetingDay(w, admin, c.id, item.day);
  clock.set(item.day, 16);
  await admin.consultation.speech.record({ consultationId: c.id, memberId: w.me, kind: "oral", title: `关于${item.topic.slice(0, 10)}的发言` });
  const suggestion = await admin.consultation.suggestion.record({
    consultationId: c.id,
    content: `建议${item.topic.slice(0, 8)}工作建立部门协同推进机制，明确年度目标`,
    category: "economy",
    authorKind: "member",
    authorMemberId: w.me,
  });
  // Once the outcome is agreed, the member's suggestion is taken up in it and closed on the open-items list.
  const closeSuggestion = async () => {
    await admin.consultation.suggestion.close({ id: suggestion.id, version: suggestion.version, result: "implemented" });
  };
  const reach = item.reach as "held" | "outcomeSubmitted" | "feedbackReceived" | "closed";
  await afterMeeting(w, admin, c, item.day, outcomeOf(item), reach, reach === "closed" || reach === "feedbackReceived" ? closeSuggestion : undefined);
  return c.id;
}

/**
 * Before a coming meeting: some have answered, one asked for leave the office has not decided,
 * and the demo member has accepted the later meeting but not yet answered the nearer one.
 */
async function upcomingReplies(w: DemoWorld, consultationId: string, memberAccepts: boolean) {
  const { admin, clock } = w;
  clock.set(-1, 11);
  const invitations = (await admin.consultation.invitation.list({ consultationId, limit: 200 })).items;
  let leave = false;
  for (const inv of invitations) {
    if (inv.memberId === w.me) {
      if (!memberAccepts) continue;
      const mine = (await w.member.consultation.invitation.mine({})).items.find((i) => i.consultationId === consultationId)!;
      await w.member.consultation.invitation.reply({ id: mine.id, version: mine.version, type: "accept" });
    } else if (!leave) {
      leave = true;
      await admin.consultation.invitation.reply({ id: inv.id, version: inv.version, type: "requestLeave", reason: "当天在外地出差" });
    } else if (w.rng.chance(0.5)) {
      await admin.consultation.invitation.reply({ id: inv.id, version: inv.version, type: "accept" });
    }
  }
}

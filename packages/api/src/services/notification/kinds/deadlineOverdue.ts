import { deadlinePayload, deadlineRecipients, deadlineSubject, deadlineSubjectEntity, dueOnLabel } from "./deadline";
import { defineKind } from "./types";

/** 办理逾期: once when a unit's deadline passes unanswered, to the unit and to the office. */
export const deadlineOverdue = defineKind({
  kind: "deadline.overdue",
  payload: deadlinePayload,
  asks: true,
  subjectEntity: deadlineSubjectEntity,
  recipients: deadlineRecipients,
  text: async (db, councilId, p) => {
    const s = await deadlineSubject(db, councilId, p);
    if (!s) return null;
    return p.audience === "unit"
      ? { title: `${s.name}已超过办理期限`, body: `办理期限：${dueOnLabel(p)}，已逾期 ${p.days} 天，请尽快答复`, link: s.link }
      : { title: `${s.name}已逾期未答复（${s.unit}）`, body: `办理期限：${dueOnLabel(p)}，已逾期 ${p.days} 天`, link: s.link };
  },
});

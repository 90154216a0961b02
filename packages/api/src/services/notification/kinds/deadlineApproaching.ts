import { deadlinePayload, deadlineRecipients, deadlineSubject, deadlineSubjectEntity, dueOnLabel } from "./deadline";
import { defineKind } from "./types";

/** 办理期限临近: sent the rule set's days before a unit's deadline, to the unit and to the office. */
export const deadlineApproaching = defineKind({
  kind: "deadline.approaching",
  payload: deadlinePayload,
  asks: true,
  subjectEntity: deadlineSubjectEntity,
  recipients: deadlineRecipients,
  text: async (db, councilId, p) => {
    const s = await deadlineSubject(db, councilId, p);
    if (!s) return null;
    const left = p.days === 0 ? "今天到期" : `还有 ${p.days} 天到期`;
    return p.audience === "unit"
      ? { title: `${s.name}${left}`, body: `办理期限：${dueOnLabel(p)}。请按时答复，确需延期请在期限前申请`, link: s.link }
      : { title: `${s.name}${left}（${s.unit}）`, body: `办理期限：${dueOnLabel(p)}，承办单位尚未答复`, link: s.link };
  },
});

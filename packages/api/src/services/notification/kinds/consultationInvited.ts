import { sql } from "drizzle-orm";
import { z } from "zod";
import { memberAccount } from "./audiences";
import { consultationFacts, dayLabel } from "./records";
import { defineKind } from "./types";

/** 协商活动邀请 (a consultation or a township deliberation): each invited member, until they reply. */
export const consultationInvited = defineKind({
  kind: "consultation.invited",
  payload: z.object({ consultationId: z.string() }),
  asks: true,
  subjectEntity: () => "consultation_invitation",
  // Shared locks on the invitations: a reply committing meanwhile is waited for and read as done.
  recipients: (councilId, p) =>
    sql`select a.id as account_id, i.id as subject_id, i.state <> 'invited' as done
      from consultation_invitation i
      join account a on a.council_id = i.council_id and ${memberAccount(sql`i.member_id`)}
      where i.council_id = ${councilId} and i.consultation_id = ${p.consultationId} and i.state <> 'withdrawn'
      for share of i`,
  text: async (db, councilId, p) => {
    const c = await consultationFacts(db, councilId, p.consultationId);
    if (!c) return null;
    const when = [c.plannedDate && `时间：${dayLabel(c.plannedDate)}`, c.venue && `地点：${c.venue}`].filter(Boolean).join("，");
    const reply = c.replyDeadline ? `请于${dayLabel(c.replyDeadline)}前回复参加或请假` : "请回复参加或请假";
    return { title: `邀请您参加「${c.title}」`, body: when ? `${when}。${reply}` : reply, link: { app: "portal", path: `/activities/${p.consultationId}` } };
  },
});

import { sql } from "drizzle-orm";
import { z } from "zod";
import { memberAccount } from "./audiences";
import { consultationFacts } from "./records";
import { defineKind } from "./types";

/** 请假审批结果: the member who asked, whichever way it went. */
export const leaveDecided = defineKind({
  kind: "consultation.leaveDecided",
  payload: z.object({ invitationId: z.string(), consultationId: z.string(), approved: z.boolean(), reason: z.string().nullable() }),
  asks: false,
  subjectEntity: () => "consultation_invitation",
  recipients: (councilId, p) =>
    sql`select a.id as account_id, i.id as subject_id, false as done
      from consultation_invitation i
      join account a on a.council_id = i.council_id and ${memberAccount(sql`i.member_id`)}
      where i.council_id = ${councilId} and i.id = ${p.invitationId}`,
  text: async (db, councilId, p) => {
    const c = await consultationFacts(db, councilId, p.consultationId);
    if (!c) return null;
    return {
      title: `您参加「${c.title}」的请假${p.approved ? "已获批准" : "未获批准"}`,
      body: p.approved ? null : `${p.reason ? `理由：${p.reason}。` : ""}请按时参加`,
      link: { app: "portal", path: `/activities/${p.consultationId}` },
    };
  },
});

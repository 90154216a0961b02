import type { ExtensionSubjectKind } from "@cppcc/domain";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { rawRows } from "../../rawRows";
import { unitAccounts } from "./audiences";
import { dayLabel, excerpt, proposalFacts, proposalName, suggestionFacts } from "./records";
import { defineKind } from "./types";

/** 延期申请审批结果: the handler logins of the unit that asked. */
export const extensionDecided = defineKind({
  kind: "extension.decided",
  payload: z.object({ extensionId: z.string() }),
  asks: false,
  subjectEntity: () => "deadline_extension",
  recipients: (councilId, p) =>
    sql`select a.id as account_id, e.id as subject_id, false as done
      from deadline_extension e join account a on a.council_id = e.council_id and ${unitAccounts(sql`e.handling_unit_id`)}
      where e.council_id = ${councilId} and e.id = ${p.extensionId}`,
  text: async (db, councilId, p) => {
    const [e] = await rawRows<{ subject_kind: ExtensionSubjectKind; subject_id: string; status: string; granted_due_on: string | null; decision_note: string | null }>(
      db,
      sql`select subject_kind, subject_id, status, granted_due_on::text, decision_note from deadline_extension where council_id = ${councilId} and id = ${p.extensionId}`,
    );
    if (!e) return null;
    const isProposal = e.subject_kind === "proposal";
    const proposal = isProposal ? await proposalFacts(db, councilId, e.subject_id) : null;
    const suggestion = isProposal ? null : await suggestionFacts(db, councilId, e.subject_id);
    const subject = proposal ? `提案${proposalName(proposal)}` : suggestion ? `意见建议「${excerpt(suggestion.content, 20)}」` : "办理事项";
    const granted = e.status === "granted";
    return {
      title: granted ? `${subject}的延期申请已批准，办理期限延至${dayLabel(e.granted_due_on!)}` : `${subject}的延期申请未获批准`,
      body: e.decision_note ? `${granted ? "说明" : "理由"}：${e.decision_note}` : null,
      link: isProposal ? { app: "admin", path: `/handling/${e.subject_id}` } : { app: "admin", path: "/suggestions" },
    };
  },
});

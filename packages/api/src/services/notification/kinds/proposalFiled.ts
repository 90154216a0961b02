import { notFiledConversionLabels, notFiledConversions } from "@cppcc/domain";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { proposalFacts, proposalName } from "./records";
import { defineKind } from "./types";

/** 提案立案结果, filed or not: the first proposer and the co-signers who confirmed. */
export const proposalFiled = defineKind({
  kind: "proposal.filed",
  payload: z.object({ proposalId: z.string(), filed: z.boolean(), conversion: z.enum(notFiledConversions).nullable() }),
  asks: false,
  subjectEntity: () => "proposal",
  recipients: (councilId, p) =>
    sql`select a.id as account_id, pr.id as subject_id, false as done
      from proposal pr join account a on a.council_id = pr.council_id and a.role = 'member'
        and (a.member_id = pr.lead_member_id or a.member_id in (
          select c.member_id from proposal_cosigner c where c.council_id = pr.council_id and c.proposal_id = pr.id and c.status = 'confirmed'))
      where pr.council_id = ${councilId} and pr.id = ${p.proposalId}`,
  text: async (db, councilId, p) => {
    const f = await proposalFacts(db, councilId, p.proposalId);
    if (!f) return null;
    return {
      title: p.filed ? `提案${proposalName(f)}已立案` : `提案${proposalName(f)}不予立案`,
      body: p.filed ? "将交承办单位办理，办理进展可在提案详情中查看" : p.conversion ? `处理方式：${notFiledConversionLabels[p.conversion]}` : null,
      link: { app: "portal", path: `/proposals/${p.proposalId}` },
    };
  },
});

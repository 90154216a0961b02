import { sql } from "drizzle-orm";
import { z } from "zod";
import { memberAccount } from "./audiences";
import { proposalFacts, proposalName } from "./records";
import { defineKind } from "./types";

/** 联名邀请: each member asked to co-sign, until they confirm or decline (or the proposal has gone on without them). */
export const cosignRequested = defineKind({
  kind: "proposal.cosignRequested",
  payload: z.object({ proposalId: z.string(), memberIds: z.array(z.string()).min(1) }),
  asks: true,
  subjectEntity: () => "proposal_cosigner",
  recipients: (councilId, p) =>
    sql`select a.id as account_id, c.id as subject_id, (c.status <> 'invited' or pr.status <> 'draft') as done
      from proposal_cosigner c
      join proposal pr on pr.council_id = c.council_id and pr.id = c.proposal_id
      join account a on a.council_id = c.council_id and ${memberAccount(sql`c.member_id`)}
      where c.council_id = ${councilId} and c.proposal_id = ${p.proposalId}
        and c.member_id in (${sql.join(p.memberIds.map((m) => sql`${m}::uuid`), sql`, `)})
      for share of c`,
  text: async (db, councilId, p) => {
    const f = await proposalFacts(db, councilId, p.proposalId);
    if (!f) return null;
    return {
      title: `${f.leadName ?? "委员"}邀请您联名提案${proposalName(f)}`,
      body: "请阅读提案后确认联名或谢绝",
      link: { app: "portal", path: `/proposals/${p.proposalId}` },
    };
  },
});

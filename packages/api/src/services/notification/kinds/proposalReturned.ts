import { z } from "zod";
import { proposerWhile } from "./audiences";
import { proposalFacts, proposalName } from "./records";
import { defineKind } from "./types";

/** 提案退回修改: the first proposer, until they resubmit or withdraw it. */
export const proposalReturned = defineKind({
  kind: "proposal.returned",
  payload: z.object({ proposalId: z.string(), reasons: z.array(z.string()) }),
  asks: true,
  subjectEntity: () => "proposal",
  recipients: (councilId, p) => proposerWhile(councilId, p.proposalId, "returned"),
  text: async (db, councilId, p) => {
    const f = await proposalFacts(db, councilId, p.proposalId);
    if (!f) return null;
    return {
      title: `提案${proposalName(f)}已退回修改`,
      body: p.reasons.length > 0 ? `退回理由：${p.reasons.join("；")}。请修改后重新提交` : "请修改后重新提交",
      link: { app: "portal", path: `/proposals/${p.proposalId}` },
    };
  },
});

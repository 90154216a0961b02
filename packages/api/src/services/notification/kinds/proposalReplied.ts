import { z } from "zod";
import { proposerWhile } from "./audiences";
import { proposalFacts, proposalName } from "./records";
import { defineKind } from "./types";

/** 提案已答复（请评价）: the first proposer, until they evaluate the reply. */
export const proposalReplied = defineKind({
  kind: "proposal.replied",
  payload: z.object({ proposalId: z.string() }),
  asks: true,
  subjectEntity: () => "proposal",
  recipients: (councilId, p) => proposerWhile(councilId, p.proposalId, "replied"),
  text: async (db, councilId, p) => {
    const f = await proposalFacts(db, councilId, p.proposalId);
    if (!f) return null;
    return {
      title: `提案${proposalName(f)}已答复，请评价`,
      body: "请阅读答复函，对办理情况作出满意度评价",
      link: { app: "portal", path: `/proposals/${p.proposalId}` },
    };
  },
});

import type { DbOrTx } from "@cppcc/db";
import type { SignedInContext } from "../../../context";
import { writeAudit } from "../../audit/write";

/** The audit row of a signed-in person's change to a proposal, in the change's transaction. */
export function auditProposal(
  tx: DbOrTx,
  ctx: SignedInContext,
  entry: { action: string; entityId: string; entity?: string; before?: unknown; after?: unknown },
): Promise<void> {
  return writeAudit(tx, {
    entity: "proposal",
    ...entry,
    councilId: ctx.session.council.id,
    accountId: ctx.session.account.id,
    ip: ctx.request.ip,
  });
}

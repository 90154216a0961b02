import type { DbOrTx } from "@cppcc/db";
import type { SignedInContext } from "../../../context";
import { writeAudit } from "../../audit/write";

/** The audit row of a signed-in person's change, written in the change's transaction. */
export function audit(
  tx: DbOrTx,
  ctx: SignedInContext,
  entry: { action: string; entity: string; entityId: string; before?: unknown; after?: unknown },
): Promise<void> {
  return writeAudit(tx, { ...entry, councilId: ctx.session.council.id, accountId: ctx.session.account.id, ip: ctx.request.ip });
}

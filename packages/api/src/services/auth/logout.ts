import { session } from "@cppcc/db";
import { sessionCookieName } from "@cppcc/domain";
import { eq } from "drizzle-orm";
import type { Context } from "../../context";
import { writeAudit } from "../audit/write";

export async function logout({ ctx }: { ctx: Context }): Promise<void> {
  const current = ctx.session;
  if (current) {
    await ctx.db.db.transaction(async (tx) => {
      await tx.delete(session).where(eq(session.tokenHash, current.tokenHash));
      await writeAudit(tx, {
        councilId: current.council.id,
        accountId: current.account.id,
        action: "auth.logout",
        entity: "session",
        entityId: current.tokenHash.slice(0, 16),
        ip: ctx.request.ip,
      });
    });
  }
  ctx.cookies.clear(sessionCookieName);
}

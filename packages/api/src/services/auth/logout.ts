import { session } from "@cppcc/db";
import { sessionCookieName } from "@cppcc/domain";
import { eq } from "drizzle-orm";
import type { Context } from "../../context";
import { sessionActor } from "../events/actor";
import { recordEvent } from "../events/record";

export async function logout({ ctx }: { ctx: Context }): Promise<void> {
  const current = ctx.session;
  if (current) {
    await ctx.db.db.transaction(async (tx) => {
      await tx.delete(session).where(eq(session.tokenHash, current.tokenHash));
      await recordEvent(tx, sessionActor(current, ctx.request.ip), {
        action: "auth.logout",
        entity: "session",
        entityId: current.tokenHash.slice(0, 16),
        occurredAt: ctx.clock.now(),
      });
    });
  }
  ctx.cookies.clear(sessionCookieName);
}

import { member } from "@cppcc/db";
import { Forbidden, NotFound, type OwnPhoneInput } from "@cppcc/domain";
import { and, eq, sql } from "drizzle-orm";
import type { SignedInContext } from "../../context";
import { writeAudit } from "../audit/write";
import { assertPhoneFree, phoneClash } from "./phone";

/** A member changes their own phone from the portal; the old and new numbers go to the audit log. */
export async function updateOwnPhone({ ctx, input }: { ctx: SignedInContext; input: OwnPhoneInput }) {
  const memberId = ctx.actor.memberId;
  if (!memberId) throw new Forbidden("该账号未关联委员，请联系市政协办公室");
  const councilId = ctx.session.council.id;
  return ctx.db.db
    .transaction(async (tx) => {
      const [before] = await tx
        .select()
        .from(member)
        .where(and(eq(member.id, memberId), eq(member.councilId, councilId)))
        .for("update");
      if (!before) throw new NotFound("找不到您的委员信息，请联系市政协办公室");
      if (before.phone === input.phone) return { phone: before.phone, version: before.version };
      await assertPhoneFree(tx, before.termId, input.phone, memberId, { nameHolder: false });
      const [after] = await tx
        .update(member)
        .set({ phone: input.phone, version: sql`${member.version} + 1`, updatedAt: ctx.clock.now() })
        .where(eq(member.id, memberId))
        .returning();
      await writeAudit(tx, {
        councilId,
        accountId: ctx.session.account.id,
        action: "roster.member.updateOwnPhone",
        entity: "member",
        entityId: memberId,
        before: { phone: before.phone },
        after: { phone: input.phone },
        ip: ctx.request.ip,
      });
      return { phone: after!.phone, version: after!.version };
    })
    .catch(phoneClash);
}

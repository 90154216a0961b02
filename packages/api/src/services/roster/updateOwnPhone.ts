import { member } from "@cppcc/db";
import type { OwnPhoneInput } from "@cppcc/domain";
import { eq, sql } from "drizzle-orm";
import type { SignedInContext } from "../../context";
import { eventActor } from "../events/actor";
import { recordEvent } from "../events/record";
import { assertPhoneFree, phoneClash } from "./phone";
import { lockById } from "../shared/lockRow";
import { ownMember } from "../shared/own";

/** A member changes their own phone from the portal; the old and new numbers go to the audit log. */
export async function updateOwnPhone({ ctx, input }: { ctx: SignedInContext; input: OwnPhoneInput }) {
  const memberId = ownMember(ctx);
  const councilId = ctx.session.council.id;
  return ctx.db.db
    .transaction(async (tx) => {
      const before = await lockById(tx, member, councilId, memberId, "找不到您的委员信息，请联系市政协办公室");
      if (before.phone === input.phone) return { phone: before.phone, version: before.version };
      await assertPhoneFree(tx, before.termId, input.phone, memberId, { nameHolder: false });
      const [after] = await tx
        .update(member)
        .set({ phone: input.phone, version: sql`${member.version} + 1`, updatedAt: ctx.clock.now() })
        .where(eq(member.id, memberId))
        .returning();
      await recordEvent(tx, eventActor(ctx), {
        action: "roster.member.updateOwnPhone",
        entity: "member",
        entityId: memberId,
        before: { phone: before.phone },
        after: { phone: input.phone },
        occurredAt: ctx.clock.now(),
        timeline: { label: "本人修改手机号" },
      });
      return { phone: after!.phone, version: after!.version };
    })
    .catch(phoneClash);
}

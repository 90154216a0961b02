import { member, type DbOrTx } from "@cppcc/db";
import { Forbidden, isStanding, NotFound, type MemberPost } from "@cppcc/domain";
import { and, eq } from "drizzle-orm";
import type { SignedInContext } from "../../context";

/** The signed-in member's own row: pledges and reports are written only by the member themself. */
export async function ownMember(ctx: SignedInContext, db: DbOrTx = ctx.db.db): Promise<{ id: string; name: string; post: MemberPost }> {
  const id = ctx.actor.memberId;
  if (!id) throw new Forbidden("只有委员本人可以填写履职承诺和述职");
  const [m] = await db
    .select({ id: member.id, name: member.name, post: member.post })
    .from(member)
    .where(and(eq(member.councilId, ctx.session.council.id), eq(member.id, id)));
  if (!m) throw new NotFound("找不到您的委员信息，请联系政协办公室");
  return m;
}

/** Only standing members (常委) report on their year (常委年度述职). */
export async function ownStandingMember(ctx: SignedInContext, db: DbOrTx = ctx.db.db) {
  const m = await ownMember(ctx, db);
  if (!isStanding(m.post)) throw new Forbidden("年度述职由常委填写，您不是常委，无需述职");
  return m;
}

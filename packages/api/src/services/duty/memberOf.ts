import { member } from "@cppcc/db";
import { can, Forbidden, NotFound } from "@cppcc/domain";
import { and, eq } from "drizzle-orm";
import type { SignedInContext } from "../../context";

/**
 * Whose record is asked for: a member's own when none is named; the office any member of its
 * council; a member naming someone else is refused (the policy's `self` scope).
 */
export async function recordMember(ctx: SignedInContext, memberId: string | null | undefined) {
  const councilId = ctx.session.council.id;
  const id = memberId ?? ctx.actor.memberId;
  if (!id) throw new NotFound("请选择要查看履职档案的委员");
  if (!can(ctx.actor, "duty.read", { councilId, memberId: id })) throw new Forbidden("只能查看本人的履职档案");
  const [m] = await ctx.db.db
    .select({ id: member.id, name: member.name, post: member.post, status: member.status })
    .from(member)
    .where(and(eq(member.councilId, councilId), eq(member.id, id)));
  if (!m) throw new NotFound("找不到该委员");
  return m;
}

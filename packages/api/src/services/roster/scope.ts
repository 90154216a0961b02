import { member, townshipGroup } from "@cppcc/db";
import { Forbidden, scopeOf, type Action, type Role } from "@cppcc/domain";
import { and, eq, inArray, type SQL } from "drizzle-orm";
import type { SignedInContext } from "../../context";
import { ownMember, ownTownship } from "../shared/own";

/**
 * The members a signed-in person may see under `action`, as a WHERE clause: the whole council,
 * the liaison's own township's groups, or only themself. Applied in SQL so nothing outside the
 * scope is ever read, not merely hidden.
 */
export function memberScope(ctx: SignedInContext, action: Action): SQL {
  const councilId = ctx.session.council.id;
  const inCouncil = eq(member.councilId, councilId);
  switch (scopeOf(ctx.actor.role, action)) {
    case "council":
      return inCouncil;
    case "township": {
      const townshipId = ownTownship(ctx);
      const groups = ctx.db.db
        .select({ id: townshipGroup.id })
        .from(townshipGroup)
        .where(and(eq(townshipGroup.councilId, councilId), eq(townshipGroup.townshipId, townshipId)));
      return and(inCouncil, inArray(member.townshipGroupId, groups))!;
    }
    case "self": {
      return and(inCouncil, eq(member.id, ownMember(ctx)))!;
    }
    default:
      throw new Forbidden();
  }
}

export function outOfScopeMessage(role: Role): string {
  return role === "liaison" ? "只能查看本镇街道委员小组的委员" : role === "member" ? "只能查看自己的委员信息" : "无权查看该委员";
}

/** A liaison filtering by a group outside their township is refused, not shown an empty list. */
export async function assertGroupInScope(ctx: SignedInContext, townshipGroupId: string) {
  if (ctx.actor.role !== "liaison") return;
  const [g] = await ctx.db.db
    .select({ townshipId: townshipGroup.townshipId })
    .from(townshipGroup)
    .where(and(eq(townshipGroup.id, townshipGroupId), eq(townshipGroup.councilId, ctx.session.council.id)));
  if (g && g.townshipId !== ctx.actor.townshipId) throw new Forbidden(outOfScopeMessage("liaison"));
}

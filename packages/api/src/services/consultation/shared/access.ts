import { can, Forbidden, roleLabels, scopeOf, type Action, type Target } from "@cppcc/domain";
import type { SignedInContext } from "../../../context";

/**
 * Throws unless the actor's scope for `action` covers the record, saying which part refused: the
 * role, or the record being another township's, unit's or member's. For steps outside the state
 * machines (inviting, issuing a code); the machines give their own reasons.
 */
export function assertCan(ctx: SignedInContext, action: Action, target: Omit<Target, "councilId">, what: string): void {
  const full = { councilId: ctx.session.council.id, ...target };
  if (can(ctx.actor, action, full)) return;
  switch (scopeOf(ctx.actor.role, action)) {
    case null:
      throw new Forbidden(`${roleLabels[ctx.actor.role]}无权${what}`);
    case "township":
      throw new Forbidden(
        target.townshipId == null
          ? `此事项属市级工作，由市政协办公室办理，镇街道联络员无权${what}`
          : `镇街道联络员只能办理本镇街道的事项，无权${what}`,
      );
    case "handlingUnit":
      throw new Forbidden(`承办单位只能办理交办给本单位的事项，无权${what}`);
    case "self":
      throw new Forbidden(`委员只能办理本人的事项，无权${what}`);
    default:
      throw new Forbidden(`无权${what}`);
  }
}

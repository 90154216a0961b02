import { can, scopeOf, type Action, type Actor, type Target } from "../auth/policy";
import { roleLabels } from "../auth/role";
import { refusal, type Refusal } from "../workflow/result";

const forbidden = (message: string): Refusal => refusal("scope", message, "forbidden");

/**
 * The policy answers yes or no; a person refused needs to know why. This says which part of the
 * policy refused: the role does not hold the action at all, or holds it for other records.
 */
export function authorise(actor: Actor, action: Action, target: Target, what: string): Refusal | null {
  if (can(actor, action, target)) return null;
  const scope = scopeOf(actor.role, action);
  if (scope === null) return refusal("role", `${roleLabels[actor.role]}无权${what}`, "forbidden");
  if (target.councilId !== actor.councilId) return refusal("council", "不能办理其他政协委员会的事项", "forbidden");
  switch (scope) {
    case "council":
      return forbidden(`无权${what}`);
    case "township":
      return forbidden(
        target.townshipId == null
          ? `此事项属市级工作，由市政协办公室办理，镇街道联络员无权${what}`
          : `镇街道联络员只能办理本镇街道的事项，无权${what}`,
      );
    case "handlingUnit":
      return forbidden(`承办单位只能办理交办给本单位的事项，无权${what}`);
    case "self":
      return forbidden(`委员只能办理本人的事项，无权${what}`);
  }
}

import type { SignedInContext } from "../../context";
import { extensionRules } from "../extension/rules";
import { consultationRules } from "./shared/rules";

/**
 * The council's own words and numbers the consultation screens need: result labels, deadlines,
 * stars (categories are the domain's), and how far a unit may extend a suggestion's deadline.
 */
export async function consultationOptions({ ctx }: { ctx: SignedInContext }) {
  const [rules, extension] = await Promise.all([consultationRules(ctx.db.db, ctx.session.council.id), extensionRules(ctx.db.db, ctx.session.council.id)]);
  return { ...rules, extensionRules: extension };
}

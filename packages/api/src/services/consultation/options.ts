import type { SignedInContext } from "../../context";
import { consultationRules } from "./shared/rules";

/** The council's own words and numbers the consultation screens need: result labels, deadlines, stars (categories are the domain's). */
export async function consultationOptions({ ctx }: { ctx: SignedInContext }) {
  return consultationRules(ctx.db.db, ctx.session.council.id);
}

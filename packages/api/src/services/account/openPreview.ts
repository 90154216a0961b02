import { memberUsername, planMemberLogins, type MemberLoginTarget } from "@cppcc/domain";
import type { ServiceContext } from "../../serviceContext";
import { loginCandidates, takenUsernames } from "./loginCandidates";

/** What a bulk opening would do now: how many logins it opens and whom it must skip, and why. */
export async function previewMemberLogins({ ctx, input }: { ctx: ServiceContext; input: { target: MemberLoginTarget } }) {
  const { db } = ctx.db;
  const candidates = await loginCandidates(db, ctx.scope.councilId, input.target);
  const plan = planMemberLogins(candidates, await takenUsernames(db, candidates.map(memberUsername)));
  return { willOpen: plan.open.length, names: plan.open.slice(0, 20).map((m) => m.name), skipped: plan.skipped };
}

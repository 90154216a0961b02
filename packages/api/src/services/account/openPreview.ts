import { memberUsername, planMemberLogins, type MemberLoginTarget } from "@cppcc/domain";
import type { ServiceContext } from "../../serviceContext";
import { loginCandidates, takenUsernames } from "./loginCandidates";

/**
 * What a bulk opening would do now: how many logins it opens and whom it must skip, and why; and whether
 * this server can text the passwords (SMS with its credential template), so the dialog offers only what it can do.
 */
export async function previewMemberLogins({
  ctx,
  input,
  credentialSms,
}: {
  ctx: ServiceContext;
  input: { target: MemberLoginTarget };
  credentialSms: boolean;
}) {
  const { db } = ctx.db;
  const candidates = await loginCandidates(db, ctx.scope.councilId, input.target);
  const plan = planMemberLogins(candidates, await takenUsernames(db, candidates.map(memberUsername)));
  return { willOpen: plan.open.length, names: plan.open.slice(0, 20).map((m) => m.name), skipped: plan.skipped, smsOffered: credentialSms };
}

import { consultationCheckInCode } from "@cppcc/db";
import { checkInCodeRefreshAt, issueCheckInCode, RuleViolation } from "@cppcc/domain";
import { and, eq, lt } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { assertCan } from "../shared/access";
import { eventActor } from "../../events/actor";
import { recordEvent } from "../../events/record";
import { visibleConsultation } from "../shared/consultationRow";
import { consultationRules } from "../shared/rules";
import { checkInTokenHash, newCheckInToken } from "./code";

/**
 * A fresh check-in code for the organiser's screen, valid for the council's `checkInCodeSeconds`.
 * Earlier codes stay valid until they lapse, so a scan in flight while the screen changes lands.
 */
export async function issueCode({ ctx, input }: { ctx: SignedInContext; input: { consultationId: string } }) {
  return ctx.db.db.transaction(async (tx) => {
    const c = await visibleConsultation(tx, ctx, input.consultationId);
    assertCan(ctx, "checkIn.issue", { townshipId: c.townshipId }, "出示签到码");
    if (c.state !== "scheduled") throw new RuleViolation("只有已排期、尚未登记召开的协商可以扫码签到");
    const { checkInCodeSeconds } = await consultationRules(tx, c.councilId);
    const now = ctx.clock.now();
    const code = issueCheckInCode(c.id, newCheckInToken(), now, checkInCodeSeconds);
    await tx.delete(consultationCheckInCode).where(and(eq(consultationCheckInCode.consultationId, c.id), lt(consultationCheckInCode.expiresAt, now)));
    await tx.insert(consultationCheckInCode).values({
      councilId: c.councilId,
      consultationId: c.id,
      tokenHash: checkInTokenHash(code.token),
      issuedAt: code.issuedAt,
      expiresAt: code.expiresAt,
      issuedBy: ctx.session.account.id,
    });
    await recordEvent(tx, eventActor(ctx), { action: "checkIn.issue", entity: "consultation", entityId: c.id, after: { expiresAt: code.expiresAt }, occurredAt: ctx.clock.now() });
    return { consultationId: c.id, token: code.token, issuedAt: code.issuedAt, expiresAt: code.expiresAt, refreshAt: checkInCodeRefreshAt(code) };
  });
}

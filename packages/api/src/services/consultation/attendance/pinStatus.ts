import { consultationCheckInPin } from "@cppcc/db";
import { checkInWindow } from "@cppcc/domain";
import { eq } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { assertCan } from "../shared/access";
import { visibleConsultation } from "../shared/consultationRow";
import { consultationRules } from "../shared/rules";

/**
 * For the organiser's screen: when the current code was issued (the screen shows its own copy only
 * if it issued that one) and the meeting's check-in window.
 */
export async function pinStatus({ ctx, input }: { ctx: SignedInContext; input: { consultationId: string } }) {
  const { db } = ctx.db;
  const c = await visibleConsultation(db, ctx, input.consultationId);
  assertCan(ctx, "checkIn.issue", { townshipId: c.townshipId }, "查看签到码");
  const [[pin], { checkInOpensMinutesBefore }] = await Promise.all([
    db.select({ issuedAt: consultationCheckInPin.issuedAt }).from(consultationCheckInPin).where(eq(consultationCheckInPin.consultationId, c.id)),
    consultationRules(db, c.councilId),
  ]);
  return { issuedAt: pin?.issuedAt ?? null, window: checkInWindow(c, checkInOpensMinutesBefore) };
}

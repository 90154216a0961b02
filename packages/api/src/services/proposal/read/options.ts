import { handlingUnit } from "@cppcc/db";
import { shanghaiDate } from "@cppcc/domain";
import { and, asc, eq } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { extensionRules as councilExtensionRules } from "../../extension/rules";
import { proposalRules } from "../shared/rules";
import { sessionLabels } from "./names";

/**
 * What the proposal forms need from the council: its sessions (newest first, with the one to
 * default to: the latest that has opened, else the next), its proposal rules (reply categories,
 * satisfaction scale and dimensions, grounds for not filing, deadlines) and its current handling units, and how far a deadline may be extended.
 */
export async function proposalOptions({ ctx }: { ctx: SignedInContext }) {
  const { db } = ctx.db;
  const councilId = ctx.session.council.id;
  const [sessions, rules, units, extensionRules] = await Promise.all([
    sessionLabels(db, councilId),
    proposalRules(db, councilId),
    db
      .select({ id: handlingUnit.id, name: handlingUnit.name, shortName: handlingUnit.shortName })
      .from(handlingUnit)
      .where(and(eq(handlingUnit.councilId, councilId), eq(handlingUnit.active, true)))
      .orderBy(asc(handlingUnit.sortOrder)),
    councilExtensionRules(db, councilId),
  ]);
  const list = [...sessions.values()].sort((a, b) => b.termNumber - a.termNumber || b.number - a.number);
  const today = shanghaiDate(ctx.clock.now());
  const current = list.find((s) => s.startDate <= today) ?? list.at(-1) ?? null;
  return { sessions: list, currentSessionId: current?.id ?? null, rules, handlingUnits: units, extensionRules };
}

import { account, deadlineExtension, handlingUnit, type DbOrTx } from "@cppcc/db";
import type { ExtensionSubjectKind } from "@cppcc/domain";
import { and, asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";

const decider = alias(account, "decider");

/** Every request on one subject, oldest first, with the unit's and the decider's names: the detail pages show them. */
export function extensionsOf(db: DbOrTx, kind: ExtensionSubjectKind, subjectId: string) {
  return db
    .select({
      id: deadlineExtension.id,
      version: deadlineExtension.version,
      handlingUnitId: deadlineExtension.handlingUnitId,
      period: deadlineExtension.period,
      unitName: handlingUnit.shortName,
      dueOn: deadlineExtension.dueOn,
      requestedDueOn: deadlineExtension.requestedDueOn,
      reason: deadlineExtension.reason,
      status: deadlineExtension.status,
      grantedDueOn: deadlineExtension.grantedDueOn,
      decisionNote: deadlineExtension.decisionNote,
      decidedByName: decider.displayName,
      decidedAt: deadlineExtension.decidedAt,
      createdAt: deadlineExtension.createdAt,
    })
    .from(deadlineExtension)
    .innerJoin(handlingUnit, eq(handlingUnit.id, deadlineExtension.handlingUnitId))
    .leftJoin(decider, eq(decider.id, deadlineExtension.decidedBy))
    .where(and(eq(deadlineExtension.subjectKind, kind), eq(deadlineExtension.subjectId, subjectId)))
    .orderBy(asc(deadlineExtension.createdAt), asc(deadlineExtension.id));
}
export type ExtensionView = Awaited<ReturnType<typeof extensionsOf>>[number];

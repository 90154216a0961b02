import { handlingUnit, proposalAssignment, type DbOrTx } from "@cppcc/db";
import { assignedUnitsOf, isUuid, RuleViolation, type AssignmentInput } from "@cppcc/domain";
import { and, desc, eq, inArray } from "drizzle-orm";

/** Every unit named must be one of the council's current handling units (a retired one gets no new work). */
export async function assertActiveUnits(db: DbOrTx, councilId: string, assignment: AssignmentInput): Promise<void> {
  const ids = assignedUnitsOf(assignment).map((u) => u.handlingUnitId);
  if (ids.some((id) => !isUuid(id))) throw new RuleViolation("所选承办单位无效，请重新选择");
  const rows = await db
    .select({ id: handlingUnit.id, name: handlingUnit.name, active: handlingUnit.active })
    .from(handlingUnit)
    .where(and(eq(handlingUnit.councilId, councilId), inArray(handlingUnit.id, ids)));
  if (rows.length !== new Set(ids).size) throw new RuleViolation("所选承办单位不存在，请重新选择");
  const retired = rows.filter((r) => !r.active).map((r) => r.name);
  if (retired.length > 0) throw new RuleViolation(`${retired.join("、")}已撤销或合并，不能再交办，请选择现有承办单位`);
}

/** The current assignment round of a proposal (0 when never assigned). */
export async function currentRound(db: DbOrTx, proposalId: string): Promise<number> {
  const [row] = await db
    .select({ round: proposalAssignment.round })
    .from(proposalAssignment)
    .where(eq(proposalAssignment.proposalId, proposalId))
    .orderBy(desc(proposalAssignment.round))
    .limit(1);
  return row?.round ?? 0;
}

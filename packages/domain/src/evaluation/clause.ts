import type { DutyEntry } from "./entry";
import { formatPoints, toHundredths } from "./points";
import type { ReadonlyEvaluationTable } from "./schema";

type Clause = ReadonlyEvaluationTable["clauses"][number];

export function clauseMatches(clause: Clause, entry: DutyEntry): boolean {
  if (!clause.kinds.includes(entry.kind)) return false;
  if (clause.roles && (entry.role == null || !clause.roles.includes(entry.role))) return false;
  if (clause.levels && (entry.level == null || !clause.levels.includes(entry.level))) return false;
  return true;
}

/**
 * What the clause gives this entry before caps and floors, in hundredths, with how it was worked
 * out when that is not just the clause's points. A split needs the entry's role and signer count;
 * without them the member is taken as the only signer, which is what the ledger says of a sole
 * proposal.
 */
export function rawPoints(clause: Clause, entry: DutyEntry): { raw: number; how: string | null } {
  const whole = toHundredths(clause.points);
  const signers = entry.signers ?? 1;
  if (!clause.split || signers <= 1 || entry.role == null || entry.role === "collective") return { raw: whole, how: null };
  const lead = Math.round(whole * clause.split.leadShare);
  if (entry.role === "lead")
    return { raw: lead, how: `${signers}人联名，第一提案人得${formatPoints(whole)}分的${clause.split.leadShare * 100}%` };
  const each = Math.round((whole - lead) / (signers - 1));
  return { raw: each, how: `${signers}人联名，其余${signers - 1}人平分${formatPoints(whole - lead)}分` };
}

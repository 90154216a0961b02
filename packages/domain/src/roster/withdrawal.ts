import type { IsoDate } from "./fields";
import type { MemberRecord } from "./member";
import { termLabel, type Term } from "./term";

/**
 * Why a member cannot be withdrawn on a day: already withdrawn, or a day outside the term.
 * The member stays on record either way; withdrawal only closes their memberships.
 */
export function withdrawalProblems(
  member: Pick<MemberRecord, "name" | "status" | "withdrawnOn">,
  term: Pick<Term, "number" | "startDate" | "endDate">,
  withdrawnOn: IsoDate,
): string[] {
  const problems: string[] = [];
  if (member.status === "withdrawn") problems.push(`${member.name}已于 ${member.withdrawnOn ?? "此前"} 退出，无需重复操作`);
  if (withdrawnOn < term.startDate || withdrawnOn > term.endDate) {
    problems.push(`退出日期应在${termLabel(term.number)}任期（${term.startDate} 至 ${term.endDate}）内`);
  }
  return problems;
}

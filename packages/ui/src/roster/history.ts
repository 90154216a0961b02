import { membershipKindLabels, membershipKinds, type MembershipKind } from "@cppcc/domain";
import type { MemberDetail } from "./types";

export type HistoryAction = "join" | "move" | "leave" | "withdraw";

export const historyActionLabels: Record<HistoryAction, string> = {
  join: "加入",
  move: "调整",
  leave: "离开",
  withdraw: "退出",
};

/** What happened on one day: each place (界别, 专委会, 委员小组) joined, changed or left. */
export type HistoryEntry = { date: string; action: HistoryAction; lines: string[]; reason?: string };

/**
 * A member's dated memberships as the days something changed, oldest first. A row that closes
 * on the day another of the same kind opens is one move ("经济委员会 → 提案委员会"): `endDate` is
 * exclusive, so that is exactly how the API records a move.
 */
export function memberHistory(member: Pick<MemberDetail, "memberships" | "status" | "withdrawnOn" | "withdrawalReason">): HistoryEntry[] {
  const days = new Set<string>();
  for (const m of member.memberships) {
    days.add(m.startDate);
    if (m.endDate) days.add(m.endDate);
  }
  const withdrawnOn = member.status === "withdrawn" ? member.withdrawnOn : null;
  if (withdrawnOn) days.add(withdrawnOn);

  return [...days].sort().map((date) => {
    const lines: string[] = [];
    const actions = new Set<HistoryAction>();
    for (const kind of membershipKinds) {
      const rows = member.memberships.filter((m) => m.kind === kind);
      const opened = rows.filter((m) => m.startDate === date).map((m) => m.targetName);
      const closed = rows.filter((m) => m.endDate === date).map((m) => m.targetName);
      const line = describe(kind, opened, closed);
      if (line) {
        lines.push(line.text);
        actions.add(line.action);
      }
    }
    // Withdrawal closes every place at once; listing them again would read like joining them.
    if (date === withdrawnOn) {
      return { date, action: "withdraw", lines: ["界别、专委会和委员小组记录于当日结束"], reason: member.withdrawalReason ?? undefined };
    }
    const action: HistoryAction = actions.size === 1 ? [...actions][0]! : "move";
    return { date, action, lines };
  });
}

function describe(kind: MembershipKind, opened: string[], closed: string[]): { action: HistoryAction; text: string } | null {
  const label = membershipKindLabels[kind];
  const names = (list: string[]) => list.join("、");
  if (opened.length > 0 && closed.length > 0) return { action: "move", text: `${label}：${names(closed)} → ${names(opened)}` };
  if (opened.length > 0) return { action: "join", text: `${label}：${names(opened)}` };
  if (closed.length > 0) return { action: "leave", text: `${label}：${names(closed)}` };
  return null;
}

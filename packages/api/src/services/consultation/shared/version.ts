import { Conflict } from "@cppcc/domain";

export const staleMessages = {
  consultation: "该协商已被他人修改，请刷新后查看",
  suggestion: "该建议已被他人处理，请刷新后查看",
  invitation: "该邀请已被他人处理，请刷新后查看",
  residentTopic: "该议题已被他人审核，请刷新后查看",
  venue: "该阵地已被他人修改，请刷新后查看",
  plan: "年度协商计划已被他人修改，请刷新后查看",
} as const;

/** The version the person read must still be the row's; otherwise someone else changed it first. */
export function assertVersion(current: number, read: number, what: keyof typeof staleMessages): void {
  if (current !== read) throw new Conflict(staleMessages[what]);
}

import { attendanceOpen } from "./attendance";
import { z } from "zod";
import { idField } from "../id";
import { categoryField } from "../proposal/category";
import type { ConsultationState } from "./lifecycle";

/** Who said it: a member, a resident at a deliberation, or a department's representative. */
export const suggestionAuthorKinds = ["member", "resident", "departmentRepresentative"] as const;
export type SuggestionAuthorKind = (typeof suggestionAuthorKinds)[number];
export const suggestionAuthorKindLabels: Record<SuggestionAuthorKind, string> = {
  member: "委员",
  resident: "群众",
  departmentRepresentative: "部门代表",
};

const consultationId = idField("协商");
const content = z.string({ error: "请填写意见建议内容" }).trim().min(5, "意见建议内容至少 5 个字").max(2000, "意见建议内容不能超过 2000 个字");
/** One of the categories proposals use too. */
const category = categoryField("请选择意见建议分类");

/** Recorded by the organiser for anyone present. */
export const suggestionInput = z
  .object({
    consultationId,
    content,
    category,
    authorKind: z.enum(suggestionAuthorKinds, { error: "请选择提出人类别：委员、群众或部门代表" }),
    authorMemberId: idField("提出意见的委员").nullable().default(null),
    /** A resident may stay anonymous; a representative is named. */
    authorName: z.string().trim().max(40, "姓名不能超过 40 个字").nullable().default(null),
    authorUnitId: idField("部门代表所在单位").nullable().default(null),
  })
  .superRefine((s, ctx) => {
    if (s.authorKind === "member" && s.authorMemberId == null) ctx.addIssue({ code: "custom", path: ["authorMemberId"], message: "请选择提出意见的委员" });
    if (s.authorKind !== "member" && s.authorMemberId != null) {
      ctx.addIssue({ code: "custom", path: ["authorMemberId"], message: "只有委员提出的意见才关联委员" });
    }
    if (s.authorKind === "departmentRepresentative" && s.authorUnitId == null) {
      ctx.addIssue({ code: "custom", path: ["authorUnitId"], message: "请选择部门代表所在单位" });
    }
  });
export type SuggestionInput = z.infer<typeof suggestionInput>;

/** Sent by a member from the portal: the author is the member signed in. */
export const memberSuggestionInput = z.object({ consultationId, content, category });
export type MemberSuggestionInput = z.infer<typeof memberSuggestionInput>;

/** Suggestions are gathered at and after the meeting, until the outcome is written. */
export function suggestionSubmitProblem(state: ConsultationState): string | null {
  return attendanceOpen(state) ? null : "本次协商当前不收集意见建议";
}

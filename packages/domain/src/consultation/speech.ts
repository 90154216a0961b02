import { z } from "zod";
import { idField } from "../id";
import type { ConsultationState } from "./lifecycle";

/** A member's speech at a consultation (发言); each is a duty event of its own. */
export const speechKinds = ["plenarySpeech", "oral", "written"] as const;
export type SpeechKind = (typeof speechKinds)[number];
export const speechKindLabels: Record<SpeechKind, string> = { plenarySpeech: "大会发言", oral: "会上发言", written: "书面发言" };

export const speechInput = z.object({
  consultationId: idField("协商"),
  memberId: idField("发言的委员"),
  kind: z.enum(speechKinds, { error: "请选择发言类型：大会发言、会上发言或书面发言" }),
  title: z.string({ error: "请填写发言题目" }).trim().min(2, "发言题目至少 2 个字").max(100, "发言题目不能超过 100 个字"),
  summary: z.string().trim().max(5000, "发言摘要不能超过 5000 个字").default(""),
});
export type SpeechInput = z.infer<typeof speechInput>;

/** Speeches are recorded from the day of the meeting until its outcome is written; a written one may come in before. */
export function speechRecordProblem(state: ConsultationState): string | null {
  return state === "scheduled" || state === "held" ? null : "只有已排期或已召开的协商可以登记发言";
}

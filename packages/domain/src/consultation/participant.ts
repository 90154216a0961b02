import { z } from "zod";
import { idField } from "../id";
import { mobilePhone } from "../roster/phone";
import type { ConsultationState } from "./lifecycle";

/**
 * People at a consultation who are not members (部门代表、群众、领导、专家): reports count them in
 * 参与人次 beside the members present. Their phone is for the office only.
 */
export const participantKinds = ["departmentRep", "resident", "leader", "expert", "other"] as const;
export type ParticipantKind = (typeof participantKinds)[number];
export const participantKindLabels: Record<ParticipantKind, string> = {
  departmentRep: "部门代表",
  resident: "群众",
  leader: "领导",
  expert: "专家",
  other: "其他",
};

const blankToNull = (v: unknown) => (v == null || (typeof v === "string" && v.trim() === "") ? null : v);

export const participantInput = z.object({
  consultationId: idField("协商"),
  name: z.string({ error: "请填写姓名" }).trim().min(1, "请填写姓名").max(30, "姓名不能超过 30 个字"),
  kind: z.enum(participantKinds, { error: "请选择身份：部门代表、群众、领导、专家或其他" }),
  unit: z.string().trim().max(60, "单位或职务不能超过 60 个字").default(""),
  phone: z.preprocess(blankToNull, mobilePhone.nullable()).optional().transform((v) => v ?? null),
});
export type ParticipantInput = z.infer<typeof participantInput>;

/** From scheduling (a list drawn up ahead) until the consultation is closed; a draft has no meeting yet. */
export function participantRecordProblem(state: ConsultationState): string | null {
  if (["scheduled", "held", "outcomeSubmitted", "feedbackReceived"].includes(state)) return null;
  if (state === "closed") return "该协商已办结，参会人员不能再修改";
  if (state === "cancelled") return "该协商已取消，不能登记参会人员";
  return "协商排期后才能登记参会人员";
}

/** 参与人次 as reports count it: every member checked in, and every other person recorded. */
export function participations(counts: { membersPresent: number; participants: number }): number {
  return counts.membersPresent + counts.participants;
}

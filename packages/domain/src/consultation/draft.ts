import { z } from "zod";
import { idField } from "../id";
import { consultationFormatCodes, consultationModes } from "./formats";
import { blankAsNull, contactName, contactPhone, meetingStartTime } from "./meeting";

/** Shared by the schema and by validateConsultation (which also sees merged updates). */
export const consultationTitleLimits = { min: 4, max: 80 } as const;

const ids = (what: string, max: number) =>
  z
    .array(idField(what), { error: `${what}须为列表` })
    .max(max, `${what}不能超过 ${max} 个`)
    // The same sector picked twice is one sector; keep the first order the user chose.
    .transform((list) => [...new Set(list)]);
const isoDate = (what: string) => z.iso.date({ error: `${what}格式应为 年-月-日，如 2024-05-20` });

/**
 * The fields of a consultation draft, none defaulted: an update sends only what it changes, and a
 * default here would silently clear a list the user did not touch.
 */
const draftFields = {
  title: z
    .string({ error: "请填写协商题目" })
    .trim()
    .min(consultationTitleLimits.min, `协商题目至少 ${consultationTitleLimits.min} 个字`)
    .max(consultationTitleLimits.max, `协商题目不能超过 ${consultationTitleLimits.max} 个字`),
  formatCode: z.enum(consultationFormatCodes, { error: "请选择协商形式" }),
  year: z.number({ error: "请填写年度" }).int("年度须为整数").min(2000, "年度不能早于 2000 年").max(2100, "年度不能晚于 2100 年"),
  quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: "季度须为 1 至 4" }).nullable(),
  leadCommitteeId: idField("牵头专委会").nullable(),
  sectorIds: ids("界别", 40),
  handlingUnitIds: ids("承办单位", 20),
  townshipId: idField("镇街道").nullable(),
  linkedProposalIds: ids("关联提案", 50),
  /** The annual plan item this consultation carries out, if any (so plan progress can follow it). */
  planItemId: idField("计划项目").nullable(),
  plannedDate: isoDate("计划日期").nullable(),
  /** HH:MM on the planned day, Asia/Shanghai. */
  startTime: z.preprocess(blankAsNull, meetingStartTime.nullable()),
  /** Whom invited members call about the meeting. */
  contactName: z.preprocess(blankAsNull, contactName.nullable()),
  contactPhone: z.preprocess(blankAsNull, contactPhone.nullable()),
  /** Members reply to the invitation by this day (报名截止). */
  replyDeadline: isoDate("报名截止日期").nullable(),
  mode: z.enum(consultationModes, { error: "请选择协商方式：线下、线上或线上线下结合" }),
  /** Where, in words (会议地点); a standing venue is named by venueId. */
  venue: z.string().trim().max(100, "地点不能超过 100 个字").nullable(),
  venueId: idField("协商场所").nullable(),
  description: z.string().trim().max(2000, "说明不能超过 2000 个字"),
};

export const consultationDraftInput = z.object({
  ...draftFields,
  quarter: draftFields.quarter.default(null),
  leadCommitteeId: draftFields.leadCommitteeId.default(null),
  sectorIds: draftFields.sectorIds.default([]),
  handlingUnitIds: draftFields.handlingUnitIds.default([]),
  townshipId: draftFields.townshipId.default(null),
  linkedProposalIds: draftFields.linkedProposalIds.default([]),
  planItemId: draftFields.planItemId.default(null),
  plannedDate: draftFields.plannedDate.default(null),
  startTime: draftFields.startTime.default(null),
  contactName: draftFields.contactName.default(null),
  contactPhone: draftFields.contactPhone.default(null),
  replyDeadline: draftFields.replyDeadline.default(null),
  mode: draftFields.mode.default("offline"),
  venue: draftFields.venue.default(null),
  venueId: draftFields.venueId.default(null),
  description: draftFields.description.default(""),
});
export type ConsultationDraft = z.infer<typeof consultationDraftInput>;

/** An update names the row and the version it read (a stale one gets CONFLICT), and only the changed fields. */
export const consultationUpdateInput = z.object({
  id: idField("协商"),
  version: z.number({ error: "缺少版本号" }).int().min(0),
  ...z.object(draftFields).partial().shape,
});
export type ConsultationUpdate = z.infer<typeof consultationUpdateInput>;
export type ConsultationPatch = Omit<ConsultationUpdate, "id" | "version">;

/** The draft after an update, for validateConsultation to judge as a whole. */
export function applyConsultationPatch(draft: ConsultationDraft, update: ConsultationPatch & Partial<Pick<ConsultationUpdate, "id" | "version">>): ConsultationDraft {
  const { id: _id, version: _version, ...patch } = update;
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  return { ...draft, ...defined };
}

import { blankAsNull, consultationModes, contactName, contactPhone, deliberationTopicSources, idField, meetingStartTime } from "@cppcc/domain";
import { z } from "zod";
import { isoDate, rowVersion } from "../shared/fields";

/**
 * The liaison app's one-step "安排议事": residents' accepted topics, or a topic a member, the
 * township or the council brought (typed as the title), with a date, time, place and contact.
 */
export const scheduleFromTopicsInput = z.object({
  topicSource: z.enum(deliberationTopicSources, { error: "请选择议题来源" }).default("resident"),
  topicIds: z.array(idField("议题")).max(20, "一次议事最多安排 20 个议题").default([]),
  title: z.string({ error: "请填写议事题目" }).trim().min(4, "议事题目至少 4 个字").max(80, "议事题目不能超过 80 个字"),
  plannedDate: isoDate("议事日期"),
  startTime: z.preprocess(blankAsNull, meetingStartTime.nullable()).default(null),
  /** Left empty: the officer scheduling it, by their account's name. */
  contactName: z.preprocess(blankAsNull, contactName.nullable()).default(null),
  contactPhone: z.preprocess(blankAsNull, contactPhone.nullable()).default(null),
  replyDeadline: isoDate("报名截止日期").nullable().default(null),
  mode: z.enum(consultationModes, { error: "请选择协商方式" }).default("offline"),
  venueId: idField("议事场所").nullable().default(null),
  venue: z.string().trim().max(100, "地点不能超过 100 个字").nullable().default(null),
  description: z.string().trim().max(2000, "说明不能超过 2000 个字").default(""),
  /** Invite the township's member group and its paired sector groups at once (the format's participants). */
  inviteDefault: z.boolean().default(true),
});
export type ScheduleFromTopicsInput = z.infer<typeof scheduleFromTopicsInput>;

export const publishSummaryInput = z.object({
  id: idField("协商"),
  version: rowVersion,
  summary: z.string({ error: "请填写议事结果摘要" }).trim().min(10, "议事结果摘要至少 10 个字").max(5000, "议事结果摘要不能超过 5000 个字"),
});
export type PublishSummaryInput = z.infer<typeof publishSummaryInput>;

import { idField, pageInput, receiptLookupInput, residentTopicLimits, residentTopicStates } from "@cppcc/domain";
import { z } from "zod";
import { reasonText, rowVersion } from "../shared/fields";

export const topicListInput = pageInput
  .extend({
    townshipId: idField("镇街道").nullish(),
    state: z.enum(residentTopicStates, { error: "审核状态无效" }).nullish(),
  })
  .prefault({});
export type TopicListInput = z.infer<typeof topicListInput>;

export const topicModerateInput = z.object({
  id: idField("议题"),
  version: rowVersion,
  type: z.enum(["accept", "reject"], { error: "请选择采纳或不予采纳" }),
  /** On accepting: the resident's photos the public page may show (privacy: none unless chosen). */
  publishPhotoIds: z.array(z.uuid({ error: "照片编号无效" })).max(9).default([]),
  reason: reasonText("不予采纳的理由").default(""),
  // What the public page shows, as the officer edited or redacted it; absent, the resident's own words.
  publishedTopic: z
    .string()
    .trim()
    .min(2, "公示的议题至少 2 个字")
    .max(residentTopicLimits.topic.max, `公示的议题不能超过 ${residentTopicLimits.topic.max} 个字`)
    .optional(),
  publishedDescription: z
    .string()
    .trim()
    .min(2, "公示的情况描述至少 2 个字")
    .max(residentTopicLimits.description.max, `公示的情况描述不能超过 ${residentTopicLimits.description.max} 个字`)
    .optional(),
});
export type TopicModerateInput = z.infer<typeof topicModerateInput>;

export const publicTownshipInput = z.object({ townshipId: idField("镇街道") });
export const publicPageInput = pageInput.extend({ townshipId: idField("镇街道") });
export type PublicPageInput = z.infer<typeof publicPageInput>;
export const topicLookupInput = receiptLookupInput.extend({ townshipId: idField("镇街道") });

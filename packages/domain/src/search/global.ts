import { z } from "zod";

export const globalSearchInput = z.object({
  query: z.string({ error: "请输入要查找的内容" }).trim().min(1, "请输入要查找的内容").max(40, "查找内容不能超过 40 个字"),
});
export type GlobalSearchInput = z.infer<typeof globalSearchInput>;

/** How many hits each group shows: enough to pick from, few enough for a dropdown. */
export const searchGroupSize = 5;

export const searchGroups = ["member", "proposal", "consultation", "residentTopic"] as const;
export type SearchGroup = (typeof searchGroups)[number];
export const searchGroupLabels: Record<SearchGroup, string> = {
  member: "委员",
  proposal: "提案",
  consultation: "协商活动",
  residentTopic: "群众议题",
};

/**
 * One hit: what to show (title, a line of detail) and what opens it. `targetId` is the record the
 * office's app opens when it is not the hit itself (a resident's topic opens the deliberation it
 * was scheduled to); `body` is the full text for a record the office app has no page of its own for.
 */
const hit = z.object({ id: z.string(), title: z.string(), detail: z.string(), targetId: z.string().nullable(), body: z.string().nullable() });
export type SearchHit = z.infer<typeof hit>;
export const globalSearchOutput = z.object({
  groups: z.array(z.object({ group: z.enum(searchGroups), hits: z.array(hit) })),
});
export type GlobalSearchResult = z.infer<typeof globalSearchOutput>;

/**
 * What a query looks like, so each group tries only what can match: a proposal number
 * (13-2-015), a receipt (YT-20261202-4827), Latin letters for pinyin initials, or words.
 */
export type QueryShape = "proposalNumber" | "receipt" | "pinyin" | "words";
export function queryShape(query: string): QueryShape {
  const q = query.trim();
  if (/^\d{1,3}-\d{1,3}-\d{1,4}$/.test(q)) return "proposalNumber";
  if (/^YT-\d{8}-\d{4}$/i.test(q)) return "receipt";
  if (/^[a-z\s]+$/i.test(q)) return "pinyin";
  return "words";
}

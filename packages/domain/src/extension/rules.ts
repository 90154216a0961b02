import { z } from "zod";

/**
 * 延期办理: how far a handling unit may ask to move its deadline. One rule for everything a unit
 * answers against a deadline (proposals, suggestions, later supervision letters), so offices
 * apply one practice: units answer within the period and may ask once for about a month more.
 */
export const extensionRulesSchema = z.object({
  /** Extensions granted per handling period (a new assignment starts a new period). */
  maxCount: z.number().int("延期次数须为整数").min(0, "延期次数不能为负").max(3, "延期次数不能超过 3 次"),
  /** The most days one extension may add to the deadline. */
  maxDays: z.number().int("延期天数须为整数").min(1, "延期天数至少 1 天").max(180, "延期天数不能超过 180 天"),
});
export type ExtensionRules = z.infer<typeof extensionRulesSchema>;

/** "Three months, one extension of a month" (DOMAIN.md, democratic supervision). */
export const defaultExtensionRules: ExtensionRules = { maxCount: 1, maxDays: 31 };

import { z } from "zod";
import { consultationRuleSetSchema } from "../consultation/ruleSet";
import { attachmentRulesSchema, defaultAttachmentRules } from "../attachment/rules";
import { passwordRulesSchema, defaultPasswordRules } from "../auth/passwordRules";
import { extensionRulesSchema } from "../extension/rules";
import { defaultReminderRules, reminderRulesSchema } from "../notification/reminders";
import { proposalRulesSchema } from "../proposal/ruleSet";
import { defaultPledgeRules, pledgeRulesSchema } from "../pledge/rules";
import { label, labelled, uniqueCodes } from "./fields";

/**
 * A council's rule set: the rules that differ between cities, kept as data (a versioned JSON
 * document stored per council). Each area defines its own section beside its rules and it is
 * composed here.
 */
export const ruleSetSchema = z.object({
  schemaVersion: z.literal(1),
  name: label,
  /** Levels at which an opinion report or an outcome can be adopted (采用), highest first. */
  adoptionLevels: z.array(labelled).min(1, "至少需要一个采用级别").superRefine(uniqueCodes),
  /** Star ratings of member reception halls (委员会客厅星级). */
  receptionHallStars: z
    .object({ min: z.number().int().min(1).max(5), max: z.number().int().min(1).max(5) })
    .refine((s) => s.min <= s.max, "最低星级不能高于最高星级"),
  /** Reply categories, deadlines, satisfaction scale, grounds for not filing, review rounds. */
  proposal: proposalRulesSchema,
  /** Suggestion answer deadlines, check-in code lifetime, suggestion categories and result labels. */
  consultation: consultationRuleSetSchema,
  /** 延期办理: how many extensions a unit may have per handling period and how long each may be. */
  deadlineExtension: extensionRulesSchema,
  /** What a password a person chooses must be. Defaulted so a document stored before the section existed still parses. */
  password: passwordRulesSchema.default(defaultPasswordRules),
  /** Days before a unit's deadline that the unit and the office are reminded; defaulted for documents stored before it. */
  reminders: reminderRulesSchema.default(defaultReminderRules),
  /** How large a file may be and which kinds each use takes. Defaulted as `password` is. */
  attachment: attachmentRulesSchema.default(defaultAttachmentRules),
  /** When a year's pledge stops changing and when standing members' annual reports open and are due. Defaulted as `password` is. */
  pledge: pledgeRulesSchema.default(defaultPledgeRules),
});

export type RuleSet = z.infer<typeof ruleSetSchema>;

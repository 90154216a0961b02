import { z } from "zod";
import { code, label, labelled, uniqueCodes } from "../ruleSet/fields";

/**
 * The proposal section of a council's rule set. Everything here differs between cities
 * (how many reply categories, how long a unit has, how many review rounds), so the state
 * machine, the deadlines and the statistics read it instead of hard-coding one city.
 */

/** A reply category is shown as a letter on the reply letter (A 类、B 类 …), hence one capital. */
const replyCategory = z.object({
  code: z.string().regex(/^[A-Z]$/, "答复类别代码须为一个大写字母，如 A"),
  label,
  /** Counts towards the 解决采纳率 that offices report. */
  resolved: z.boolean(),
});

const satisfactionLevel = z.object({
  code,
  label,
  /** Counts towards the 满意率 (满意 and 基本满意 do); an unsatisfied overall rating triggers re-handling. */
  satisfied: z.boolean(),
});

const days = (what: string, max: number) =>
  z.number().int(`${what}须为整数`).min(1, `${what}至少 1 天`).max(max, `${what}不能超过 ${max} 天`);
const months = (what: string, max: number) =>
  z.number().int(`${what}须为整数`).min(1, `${what}至少 1 个月`).max(max, `${what}不能超过 ${max} 个月`);

export const proposalDeadlinesSchema = z.object({
  /** 交办之日起办复期限（月）. */
  handlingMonths: months("办理期限", 12),
  /** 重新办理的期限（月），从提案者表示不满意之日起. */
  rehandlingMonths: months("重新办理期限", 6),
  /** 交办不当的，承办单位在交办之日起多少天内可退回. */
  returnDays: days("退回期限", 60),
  /** 会办单位在交办之日起多少天内把会办意见送主办单位. */
  coOpinionDays: days("会办意见期限", 180),
  /** 答复之日起提案者测评的期限；期满未测评的，工作人员可办结. */
  evaluationDays: days("测评期限", 180),
});

export const proposalRulesSchema = z.object({
  replyCategories: z.array(replyCategory).min(1, "至少需要一个答复类别").superRefine(uniqueCodes),
  deadlines: proposalDeadlinesSchema,
  satisfaction: z.object({
    scale: z
      .array(satisfactionLevel)
      .min(2, "满意度至少需要两个等级")
      .superRefine(uniqueCodes)
      .superRefine((scale, ctx) => {
        // Without both kinds the satisfaction rate is meaningless and re-handling could never start.
        const satisfied = scale.filter((l) => l.satisfied).length;
        if (satisfied === 0 || satisfied === scale.length) {
          ctx.addIssue({ code: "custom", message: "满意度等级须既有计为满意的，也有计为不满意的" });
        }
      }),
    /** Optional dimensions rated separately (沟通联系、办理实效); empty means one overall rating only. */
    dimensions: z.array(labelled).superRefine(uniqueCodes),
  }),
  notFiledGrounds: z.array(labelled).min(1, "至少需要一条不予立案的理由").superRefine(uniqueCodes),
  /**
   * How many times staff may review one proposal (三审一退: three reviews). Every review but
   * the last may return it for revision, so a proposal is returned at most maxReviewRounds − 1
   * times and the last review must file it or not.
   */
  maxReviewRounds: z.number().int("审查轮次须为整数").min(1, "审查轮次至少 1 轮").max(5, "审查轮次不能超过 5 轮"),
});

export type ProposalRules = z.infer<typeof proposalRulesSchema>;
export type ProposalDeadlines = z.infer<typeof proposalDeadlinesSchema>;
export type ReplyCategory = ProposalRules["replyCategories"][number];
export type SatisfactionLevel = ProposalRules["satisfaction"]["scale"][number];

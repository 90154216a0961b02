import { smsVariableMax } from "./smsText";

const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/**
 * The variables of the text telling a resident what became of their topic
 * (「${council}：您提交的议题（回执号 ${receipt}）${result}」): the decision, and on a decline its reason,
 * cut to the provider's variable length. The resident's name and words are not repeated in a text.
 */
export function topicDecidedSmsParams(input: { councilName: string; receiptNo: string; decision: "accept" | "reject"; reason: string | null }): Record<string, string> {
  const result = input.decision === "accept" ? "已被采纳，将公示并安排协商" : `未予采纳，理由：${input.reason ?? ""}`;
  return { council: cut(input.councilName, smsVariableMax), receipt: input.receiptNo, result: cut(result, smsVariableMax) };
}

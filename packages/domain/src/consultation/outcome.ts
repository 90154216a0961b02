/** The written outcome of a consultation, sent to the party committee and government (成果报送). */
export const outcomeKinds = ["recommendation", "topicalReport", "consultationReport"] as const;
export type OutcomeKind = (typeof outcomeKinds)[number];

/** What a format is expected to produce; "none" when its output is the suggestions themselves. */
export type ExpectedOutcome = OutcomeKind | "none";

export const outcomeKindLabels: Record<OutcomeKind, string> = {
  recommendation: "建议案",
  topicalReport: "专题报告",
  consultationReport: "协商报告",
};

/** How decision makers took an outcome (成果采纳). */
export const adoptionResults = ["adopted", "partlyAdopted", "noted"] as const;
export type AdoptionResult = (typeof adoptionResults)[number];

export const adoptionResultLabels: Record<AdoptionResult, string> = {
  adopted: "采纳",
  partlyAdopted: "部分采纳",
  noted: "留作参考",
};

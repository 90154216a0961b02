import type { Violation } from "../errors";

/**
 * The requester's rating of an answer: one overall level and, where asked, one per dimension
 * (沟通联系、办理实效). A proposal's proposer rates the reply (测评); a township closes a
 * suggestion with its result (落实、部分落实、未落实). Only the overall level says whether the
 * answer satisfied; an unsatisfied one needs the reason, for the unit and whoever reads the record.
 */
export type RatingLevel = { code: string; label: string; satisfied: boolean };
export type RatingScale = { levels: readonly RatingLevel[]; dimensions: readonly { code: string; label: string }[] };
export type RatingInput = { overall: string; dimensions?: Record<string, string>; comment?: string | null };

export function ratingSatisfied(levelCode: string, scale: Pick<RatingScale, "levels">): boolean {
  return scale.levels.find((l) => l.code === levelCode)?.satisfied ?? false;
}

/** Every reason the rating does not fit the scale, each at its field; empty when it does. */
export function ratingProblems(input: RatingInput, scale: RatingScale, why: { field: string; message: (level: RatingLevel) => string; minLength: number; overall?: string }): Violation[] {
  const codes = new Set(scale.levels.map((l) => l.code));
  const choices = scale.levels.map((l) => l.label).join("、");
  const given = input.dimensions ?? {};
  const problems: Violation[] = [];
  if (!codes.has(input.overall)) problems.push({ path: "overall", message: why.overall ?? `总体评价须为${choices}之一` });
  for (const d of scale.dimensions) {
    const rating = given[d.code];
    if (rating === undefined) problems.push({ path: `dimensions.${d.code}`, message: `请对「${d.label}」作出评价` });
    else if (!codes.has(rating)) problems.push({ path: `dimensions.${d.code}`, message: `「${d.label}」的评价须为${choices}之一` });
  }
  for (const code of Object.keys(given)) {
    if (!scale.dimensions.some((d) => d.code === code)) problems.push({ path: "dimensions", message: `本会测评不含评价项 ${code}，请刷新页面后重新测评` });
  }
  const level = scale.levels.find((l) => l.code === input.overall);
  if (level && !level.satisfied && (input.comment ?? "").trim().length < why.minLength) problems.push({ path: why.field, message: why.message(level) });
  return problems;
}

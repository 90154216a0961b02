/**
 * A unit's part in one answer: the lead answers after the co-units sent it their opinions
 * (主办汇总会办意见后答复), each unit of a split answers its own part, a sole unit answers alone.
 * Any of them may send back a wrong assignment (交办不当).
 */
export const unitParts = ["lead", "co", "split", "sole"] as const;
export type UnitPart = (typeof unitParts)[number];

/** What a unit does in the shared steps; each kind names them its own way (proposal: reply, sendCoOpinion, returnAssignment). */
export const unitActs = ["answer", "giveOpinion", "sendBack"] as const;
export type UnitAct = (typeof unitActs)[number];

const actsByPart: Record<UnitPart, readonly UnitAct[]> = {
  lead: ["answer", "sendBack"],
  split: ["answer", "sendBack"],
  sole: ["answer", "sendBack"],
  co: ["giveOpinion", "sendBack"],
};

/** The acts open to a unit in this part; null (not among the units) has none. */
export function unitActsOf(part: UnitPart | null): readonly UnitAct[] {
  return part ? actsByPart[part] : [];
}

/** Why this part does not take this act, in words the unit can act on; null when it does. */
export function unitActProblem(part: UnitPart | null, act: UnitAct): string | null {
  if (part === null) return "本单位不是该事项的承办单位";
  if (actsByPart[part].includes(act)) return null;
  return part === "co" ? "会办单位不直接答复，请向主办单位提交会办意见" : "本单位是答复单位，无需提交会办意见，请直接答复";
}

/** The co-units whose opinions the lead still waits for before it may answer. */
export function awaitedCoUnits(units: readonly { handlingUnitId: string; role: UnitPart }[], opinionsFrom: readonly string[]): string[] {
  return units.filter((u) => u.role === "co" && !opinionsFrom.includes(u.handlingUnitId)).map((u) => u.handlingUnitId);
}

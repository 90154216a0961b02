const pieceKinds = new Set(["proposalSubmitted", "proposalFiledAsLead", "proposalFiledAsCosigner", "keyProposal", "proposalExcellent", "opinionReportSubmitted", "opinionReportAdopted", "researchReport", "supervisionLetter"]);

/** How a count of a kind is said: proposals and reports come in 件, everything else in 次. */
export function entryUnit(kind: string): "件" | "次" {
  return pieceKinds.has(kind) ? "件" : "次";
}

import type { ProposalCategory } from "./category";
import type { ProposalDraftInput } from "./proposal";

export type FilingChanges = {
  category?: { before: ProposalCategory | null; after: ProposalCategory };
  isLivelihood?: { before: boolean | null; after: boolean };
};

/**
 * What filing changes besides the number: the category and the livelihood flag as staff settle
 * them (立案时确定类别), each before → after for the timeline; a value staff left as it was is not a change.
 */
export function filingChanges(p: Pick<ProposalDraftInput, "category" | "isLivelihood">, set: { category?: ProposalCategory; isLivelihood?: boolean }): FilingChanges {
  const changes: FilingChanges = {};
  if (set.category !== undefined && set.category !== p.category) changes.category = { before: p.category ?? null, after: set.category };
  if (set.isLivelihood !== undefined && set.isLivelihood !== p.isLivelihood) changes.isLivelihood = { before: p.isLivelihood ?? null, after: set.isLivelihood };
  return changes;
}

import { proposalDraftInput, proposalLimits, type ProposalCategory } from "@cppcc/domain";
import type { ProposalDetail } from "../types";

/** What the member writes; null for a choice not made yet. */
export type DraftFields = {
  title: string;
  category: ProposalCategory | null;
  isLivelihood: boolean | null;
  situation: string;
  suggestions: string;
};
export type DraftField = keyof DraftFields;
export const draftFieldNames = ["title", "category", "isLivelihood", "situation", "suggestions"] as const satisfies readonly DraftField[];

export const emptyDraft: DraftFields = { title: "", category: null, isLivelihood: null, situation: "", suggestions: "" };

export function draftOf(p: ProposalDetail): DraftFields {
  return { title: p.title, category: p.category, isLivelihood: p.isLivelihood, situation: p.situation, suggestions: p.suggestions };
}

/** The limits of the text fields, for their counters. */
export const textLimits = proposalLimits;

/** The length the server counts: it trims first. */
export function textLength(value: string): number {
  return value.trim().length;
}

/** The message the server would give for this value of the field (its length limit), or null when it would take it. */
export function draftProblem<K extends DraftField>(field: K, value: DraftFields[K]): string | null {
  if (value === null) return null;
  const result = proposalDraftInput.shape[field].safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? "内容无效");
}

/**
 * The fields that changed since the last save and that the server will take. A field over its
 * limit stays unsent (its message shows at the field) so the rest of the draft is still saved.
 */
export function sendableChanges(fields: DraftFields, saved: DraftFields): Partial<{ [K in DraftField]: NonNullable<DraftFields[K]> }> {
  const changes: Partial<Record<DraftField, unknown>> = {};
  for (const name of draftFieldNames) {
    const value = fields[name];
    if (value === null || value === saved[name] || draftProblem(name, value) !== null) continue;
    changes[name] = value;
  }
  return changes as Partial<{ [K in DraftField]: NonNullable<DraftFields[K]> }>;
}

export function hasChanges(fields: DraftFields, saved: DraftFields): boolean {
  return draftFieldNames.some((name) => fields[name] !== saved[name]);
}

export function hasContent(fields: DraftFields): boolean {
  return !!(fields.title.trim() || fields.situation.trim() || fields.suggestions.trim() || fields.category || fields.isLivelihood !== null);
}

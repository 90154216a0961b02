import type { ExtensionSubjectKind } from "@cppcc/domain";
import { suggestionExtensionSubject } from "../consultation/suggestion/extension";
import { proposalExtensionSubject } from "../proposal/handling/extension";
import type { ExtensionSubjectAdapter } from "./types";

/** Each kind's own part of an extension; a new kind (supervision letters) adds its adapter here. */
export const extensionSubjects: Record<ExtensionSubjectKind, ExtensionSubjectAdapter> = {
  proposal: proposalExtensionSubject,
  suggestion: suggestionExtensionSubject,
};

export { ExtensionRequestButton } from "./ExtensionRequestButton";
export { ExtensionTag } from "./ExtensionTag";
export { DecisionDialog, ExtensionRequests } from "./ExtensionRequests";
export type { ExtensionDecision, ExtensionItem } from "./types";

export { ExtensionRequestButton } from "./ExtensionRequestButton";
export { DecisionDialog, ExtensionRequests } from "./ExtensionRequests";
export type { ExtensionDecision, ExtensionItem } from "./types";

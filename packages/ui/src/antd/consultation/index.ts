// Consultation pieces both desk apps show; their own entry, so the apps' first screen never loads them.
export { ParticipantsPanel } from "./ParticipantsPanel";
export { SuggestionDeadline } from "./SuggestionDeadline";
export { SuggestionContent } from "./SuggestionContent";

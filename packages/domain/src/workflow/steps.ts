/**
 * "Which steps may this actor take now", one query per machine, answered from the same rules the
 * machine judges a step by: the API returns them with each record and the apps render them as
 * buttons, so no app or service keeps its own copy of who may do what when.
 */
export { availableConsultationSteps } from "../consultation/lifecycle";
export { availableSuggestionSteps } from "../consultation/suggestion";
export { availableInvitationSteps } from "../consultation/invitation";
export { availableResidentTopicSteps } from "../consultation/residentTopic";
export { availableProposalSteps } from "../proposal/transition";

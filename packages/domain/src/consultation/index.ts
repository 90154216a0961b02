// Consultation: formats and their rules, the lifecycle, the annual plan, participation,
// suggestions and township deliberations. The state-machine kernel (machine.ts, access.ts) and
// the date helpers stay internal: generic names would clash with other areas' exports.
export { quarters, quarterOf, periodOf, quarterLabel, type Quarter } from "./dates";
export * from "./policy";
export * from "./outcome";
export * from "./venue";
export * from "./formats";
export * from "./quorum";
export * from "./draft";
export * from "./validate";
export * from "./edit";
export * from "./lifecycle";
export * from "./plan";
export * from "./planDue";
export * from "./invitation";
export * from "./invitees";
export * from "./walkIn";
export * from "./meeting";
export * from "./deliberationTopic";
export * from "./meetingCalendar";
export * from "./attendance";
export * from "./checkIn";
export * from "./checkInWindow";
export * from "./checkInPin";
export * from "./speech";
export * from "./suggestion";
export * from "./suggestionInput";
export * from "./residentTopic";
export * from "./topicSpam";
export * from "./dutyEvents";
export * from "./ruleSet";
export * from "./redaction";
export * from "./receipt";
export * from "./publicStatus";
export * from "./participant";

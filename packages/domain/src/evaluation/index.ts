// Evaluation (量化考评): rule tables as data, scoring a member's year, exit triggers over a term.
// The ledger ordering and hundredths helpers stay internal.
export { dutyEntryRoles, type DutyEntry, type DutyEntryRole } from "./entry";
export { dutyEntryKinds, dutyEntryLabels, plannedDutyEntryLabels } from "./kinds";
export * from "./schema";
export { defaultEvaluationBands, defaultExitTriggers } from "./defaults";
export { scoreMember, bandOf, type ScoredEntry, type CategorySubtotal, type MemberScore } from "./score";
export { scoreMemberGroups, orderSensitiveKinds, entryDetail, scoringKey, groupsOf, type DutyEntryGroup, type EntryDetail, type MemberTotals } from "./scoreGroups";
export { exitTriggers, type YearRecord, type TriggeredExit } from "./triggers";
export { evaluationPresets, type EvaluationPresetName } from "./presets";
export { tableToForm, formToTable, tableFormPath, type TableFormValues } from "./tableForm";
export { evaluationTableGetInput, evaluationTableSaveInput, evaluationTablePublishInput, draftFrom, checkDraftTable, type EvaluationTableSaveInput } from "./tableInput";

import type { RouterInputs, RouterOutputs } from "@cppcc/api";

type Consultation = RouterOutputs["consultation"];

/** One consultation as `consultation.get` shows it to the office, with the steps open to it now. */
export type ConsultationDetail = Consultation["get"];
export type ConsultationListItem = Consultation["list"]["items"][number];
/** Categories, result labels, deadlines and the check-in code's lifetime, as this council set them. */
export type ConsultationOptions = Consultation["options"];
export type YearPlan = NonNullable<Consultation["plan"]["get"]>;
export type PlanItem = YearPlan["items"][number];
export type InvitationRow = Consultation["invitation"]["list"]["items"][number];
export type SuggestionRow = Consultation["suggestion"]["list"]["items"][number];
export type ConsultationStats = Consultation["stats"];
/** One lifecycle step as `consultation.transition` takes it. */
export type ConsultationStep = RouterInputs["consultation"]["transition"]["event"];
export type ConsultationFilters = Omit<NonNullable<RouterInputs["consultation"]["list"]>, "cursor" | "limit">;
export type AttendanceRow = Consultation["checkIn"]["attendance"]["items"][number];
export type SpeechRow = Consultation["speech"]["list"]["items"][number];

import type { RouterOutputs } from "@cppcc/api";

type Consultation = RouterOutputs["consultation"];

/** What the 民生议事堂 screens read, named once from the API's own output types. */
export type Deliberation = Consultation["get"];
export type DeliberationListItem = Consultation["list"]["items"][number];
export type Invitation = Consultation["invitation"]["list"]["items"][number];
export type Speech = Consultation["speech"]["list"]["items"][number];
export type Suggestion = Consultation["suggestion"]["list"]["items"][number];
export type OpenItem = Consultation["suggestion"]["openItems"]["items"][number];
export type ConsultationOptions = Consultation["options"];
export type ResidentTopic = Consultation["residentTopic"]["list"]["items"][number];

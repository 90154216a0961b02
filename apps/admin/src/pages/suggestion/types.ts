import type { RouterOutputs } from "@cppcc/api";

export type InboxSuggestion = RouterOutputs["consultation"]["suggestion"]["list"]["items"][number];
export type ConsultationOptions = RouterOutputs["consultation"]["options"];

import type { RouterOutputs } from "@cppcc/api";

export type VenueListItem = RouterOutputs["consultation"]["venue"]["list"]["items"][number];
export type VenueDetail = RouterOutputs["consultation"]["venue"]["get"];

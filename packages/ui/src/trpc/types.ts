import type { RouterOutputs } from "@cppcc/api";

export type CouncilOverview = RouterOutputs["council"]["overview"];
export type TownshipSummary = CouncilOverview["townships"][number];

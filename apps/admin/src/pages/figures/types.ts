import type { RouterOutputs } from "@cppcc/api";

export type FiguresReport = RouterOutputs["figures"]["get"];
export type Figure = FiguresReport["figures"][number];
export type FiguresTrend = RouterOutputs["figures"]["trend"];

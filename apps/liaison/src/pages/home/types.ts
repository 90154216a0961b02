import type { RouterOutputs } from "@cppcc/api";

export type LiaisonHomeData = RouterOutputs["home"]["liaison"];

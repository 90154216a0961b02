import { anqing2018 } from "./anqing2018";
import { jinan2015 } from "./jinan2015";
import { tongcheng2019 } from "./tongcheng2019";

export const evaluationPresets = { tongcheng2019, anqing2018, jinan2015 } as const;
export type EvaluationPresetName = keyof typeof evaluationPresets;

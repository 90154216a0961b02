import type { SlipBatch } from "./slipBatch";

export type OpenedLogin = SlipBatch["opened"][number];

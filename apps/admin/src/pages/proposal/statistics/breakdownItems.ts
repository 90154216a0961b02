import type { StatisticsReport } from "../shared/types";

type Breakdown = StatisticsReport["breakdown"];

/** The breakdowns as offices word them: what is counted, of which total, and where the figures sit. */
export const breakdownItems: { label: string; count: keyof Breakdown; share: keyof Breakdown; of: "收到" | "立案" }[] = [
  { label: "集体提案", count: "collectiveReceived", share: "collectiveReceivedShare", of: "收到" },
  { label: "集体提案立案", count: "collectiveFiled", share: "collectiveFiledShare", of: "立案" },
  { label: "联名提案", count: "jointReceived", share: "jointReceivedShare", of: "收到" },
  { label: "联名提案立案", count: "jointFiled", share: "jointFiledShare", of: "立案" },
  { label: "重点提案", count: "key", share: "keyShare", of: "立案" },
  { label: "并案提案", count: "merged", share: "mergedShare", of: "立案" },
];

/**
 * Where a ledger entry's source is shown: the screen a point leads back to. A speech or a suggestion
 * is shown on its consultation's screen; an off-platform entry on the record itself.
 */
export type DutySourceScreen = "proposal" | "consultation" | "manual";

const screens: Record<string, DutySourceScreen> = {
  proposal: "proposal",
  consultation: "consultation",
  consultation_speech: "consultation",
  consultation_suggestion: "consultation",
  duty_manual_entry: "manual",
};

export function dutySourceScreen(table: string): DutySourceScreen | null {
  return screens[table] ?? null;
}

export const dutySourceScreenLabels: Record<DutySourceScreen, string> = {
  proposal: "提案",
  consultation: "协商活动",
  manual: "办公室登记",
};

import { consultationModeLabels, type ConsultationMode } from "@cppcc/domain";
import { dayText } from "@cppcc/ui/roster";

/** "2026年11月21日 · 线下 · 市政协三楼会议室": when and where, in one line for a phone. */
export function meetingText(m: { plannedDate: string | null; mode: ConsultationMode; venue: string | null }): string {
  return [m.plannedDate ? dayText(m.plannedDate) : "日期待定", consultationModeLabels[m.mode], m.venue].filter(Boolean).join(" · ");
}

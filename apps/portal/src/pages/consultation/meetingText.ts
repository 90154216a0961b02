import { consultationModeLabels, type ConsultationMode } from "@cppcc/domain";
import { dayText } from "@cppcc/ui/roster";

/** "2026年11月21日 09:30 · 线下 · 东湖社区民生议事堂": when and where, in one line for a phone. */
export function meetingText(m: { plannedDate: string | null; startTime: string | null; mode: ConsultationMode; venueName: string | null; venue: string | null }): string {
  const when = m.plannedDate ? `${dayText(m.plannedDate)}${m.startTime ? ` ${m.startTime}` : ""}` : "日期待定";
  return [when, consultationModeLabels[m.mode], m.venueName, m.venue].filter(Boolean).join(" · ");
}

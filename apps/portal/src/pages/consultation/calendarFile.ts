import { meetingCalendarFile } from "@cppcc/domain";

type Meeting = {
  id: string;
  title: string;
  plannedDate: string;
  startTime: string | null;
  place: string | null;
  description: string;
  contactName: string | null;
  contactPhone: string | null;
};

/**
 * Saves the meeting as an .ics file the phone's calendar opens (添加到日历). The file is made here
 * from what the page already shows; the UID is the consultation's, so a second import updates the
 * same event after a change of time.
 */
export function downloadMeetingCalendar(m: Meeting): void {
  const text = meetingCalendarFile({
    uid: `${m.id}@cppcc`,
    title: m.title,
    date: m.plannedDate,
    startTime: m.startTime,
    location: m.place,
    description: m.description,
    contact: { name: m.contactName, phone: m.contactPhone },
    now: new Date(),
  });
  const url = URL.createObjectURL(new Blob([text], { type: "text/calendar;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = `${m.title.replace(/[\\/:*?"<>|]/g, "")}.ics`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

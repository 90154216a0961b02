/**
 * An add-to-calendar file (RFC 5545 iCalendar, one VEVENT) for a meeting a member is invited to.
 * Times are written in UTC (the "Z" form): that needs no VTIMEZONE block and every calendar app
 * shows it in the phone's own zone. Asia/Shanghai has been UTC+8 without daylight saving since 1991.
 */
export type MeetingCalendarEvent = {
  /** Stable across downloads, so importing again updates the event instead of adding a second one. */
  uid: string;
  title: string;
  /** YYYY-MM-DD, the meeting's day in Shanghai. */
  date: string;
  /** HH:MM in Shanghai; without it the event is an all-day one. */
  startTime: string | null;
  durationMinutes?: number;
  location: string | null;
  description: string;
  contact: { name: string | null; phone: string | null };
  /** When the file was made (DTSTAMP). */
  now: Date;
};

/** A deliberation or a consultation meeting usually runs a morning or an afternoon. */
export const defaultMeetingMinutes = 120;

const shanghaiOffsetMs = 8 * 60 * 60 * 1000;

/** TEXT values: backslash, semicolon, comma and line breaks are escaped (RFC 5545 §3.3.11). */
export function escapeCalendarText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * Lines longer than 75 octets are folded: CRLF and one space before the rest (§3.1). Chinese
 * characters take three octets in UTF-8, and a fold never splits one.
 */
export function foldCalendarLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // The first line holds 75 octets; a continuation line's leading space takes one of its 75.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const utcStamp = (d: Date) => d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

function startInstant(date: string, time: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [h, min] = time.split(":").map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, d, h, min) - shanghaiOffsetMs);
}

function nextDay(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10).replace(/-/g, "");
}

export function meetingCalendarFile(e: MeetingCalendarEvent): string {
  const contact = [e.contact.name, e.contact.phone].filter(Boolean).join(" ");
  const description = [e.description.trim(), contact ? `联系人：${contact}` : ""].filter(Boolean).join("\n");
  let timing: string[];
  if (e.startTime) {
    const start = startInstant(e.date, e.startTime);
    const end = new Date(start.getTime() + (e.durationMinutes ?? defaultMeetingMinutes) * 60_000);
    timing = [`DTSTART:${utcStamp(start)}`, `DTEND:${utcStamp(end)}`];
  } else {
    timing = [`DTSTART;VALUE=DATE:${e.date.replace(/-/g, "")}`, `DTEND;VALUE=DATE:${nextDay(e.date)}`];
  }
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//cppcc//meeting//ZH",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${e.uid}`,
    `DTSTAMP:${utcStamp(e.now)}`,
    ...timing,
    `SUMMARY:${escapeCalendarText(e.title)}`,
    ...(e.location ? [`LOCATION:${escapeCalendarText(e.location)}`] : []),
    ...(description ? [`DESCRIPTION:${escapeCalendarText(description)}`] : []),
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return `${lines.map(foldCalendarLine).join("\r\n")}\r\n`;
}

import { describe, expect, it } from "vitest";
import { escapeCalendarText, foldCalendarLine, meetingCalendarFile } from "./meetingCalendar";

const base = {
  uid: "c1@cppcc",
  title: "关于路灯维修的民生议事",
  date: "2026-12-05",
  startTime: "09:30",
  location: "东湖社区民生议事堂",
  description: "请准时参加",
  contact: { name: "张联络", phone: "0573-85123456" },
  now: new Date("2026-12-01T08:00:00Z"),
};

/** Unfolds as a calendar app does: CRLF followed by one space joins the lines. */
const unfold = (ics: string) => ics.replace(/\r\n /g, "");
const valueOf = (ics: string, name: string) => unfold(ics).split("\r\n").find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));

describe("meeting calendar file", () => {
  it("is one VEVENT with the start in UTC (Shanghai 09:30 is 01:30Z) and a two-hour end", () => {
    const ics = meetingCalendarFile(base);
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(valueOf(ics, "DTSTART")).toBe("DTSTART:20261205T013000Z");
    expect(valueOf(ics, "DTEND")).toBe("DTEND:20261205T033000Z");
    expect(valueOf(ics, "DTSTAMP")).toBe("DTSTAMP:20261201T080000Z");
    expect(valueOf(ics, "UID")).toBe("UID:c1@cppcc");
    expect(valueOf(ics, "SUMMARY")).toBe("SUMMARY:关于路灯维修的民生议事");
    expect(valueOf(ics, "LOCATION")).toBe("LOCATION:东湖社区民生议事堂");
    expect(valueOf(ics, "DESCRIPTION")).toBe("DESCRIPTION:请准时参加\\n联系人：张联络 0573-85123456");
  });

  it("crosses midnight in UTC correctly and makes an all-day event without a time", () => {
    expect(valueOf(meetingCalendarFile({ ...base, startTime: "07:00" }), "DTSTART")).toBe("DTSTART:20261204T230000Z");
    const allDay = meetingCalendarFile({ ...base, date: "2026-12-31", startTime: null });
    expect(valueOf(allDay, "DTSTART")).toBe("DTSTART;VALUE=DATE:20261231");
    expect(valueOf(allDay, "DTEND")).toBe("DTEND;VALUE=DATE:20270101");
  });

  it("escapes text and leaves out what is not known", () => {
    expect(escapeCalendarText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
    const ics = meetingCalendarFile({ ...base, title: "议事;第一次,试点", location: null, description: "", contact: { name: null, phone: null } });
    expect(valueOf(ics, "SUMMARY")).toBe("SUMMARY:议事\\;第一次\\,试点");
    expect(valueOf(ics, "LOCATION")).toBeUndefined();
    expect(valueOf(ics, "DESCRIPTION")).toBeUndefined();
  });

  it("folds every line to at most 75 octets without splitting a character", () => {
    const long = "很长的议事说明".repeat(40);
    const ics = meetingCalendarFile({ ...base, description: long });
    const encoder = new TextEncoder();
    for (const line of ics.split("\r\n")) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(valueOf(ics, "DESCRIPTION")).toBe(`DESCRIPTION:${long}\\n联系人：张联络 0573-85123456`);
    expect(foldCalendarLine("SUMMARY:short")).toBe("SUMMARY:short");
  });
});

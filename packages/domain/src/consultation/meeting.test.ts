import { describe, expect, it } from "vitest";
import { consultationDraftInput, consultationUpdateInput } from "./draft";
import { contactNameOf, contactPhone, isContactPhone, meetingContactText, meetingStartTime, meetingTimeText, meetingWhenText, normaliseContactPhone } from "./meeting";

const draft = { title: "关于路灯维修的民生议事", formatCode: "deliberation", year: 2026 } as const;

describe("meeting start time", () => {
  it("takes HH:MM in 24-hour time and pads a one-digit hour", () => {
    expect(meetingStartTime.parse("09:30")).toBe("09:30");
    expect(meetingStartTime.parse(" 9:05 ")).toBe("09:05");
    expect(meetingStartTime.parse("23:59")).toBe("23:59");
    for (const bad of ["24:00", "9.30", "0930", "12:60", "上午九点", ""]) {
      expect(meetingStartTime.safeParse(bad).success, bad).toBe(false);
    }
    expect(meetingStartTime.safeParse("25:00").error?.issues[0]?.message).toBe("开始时间格式应为 时:分（24 小时制），如 09:30 或 14:00");
  });

  it("reads a stored time with seconds as HH:MM", () => {
    expect(meetingTimeText("09:30:00")).toBe("09:30");
    expect(meetingTimeText(null)).toBeNull();
    expect(meetingTimeText("nonsense")).toBeNull();
  });

  it("reads as one line with the date, and the contact as name and phone", () => {
    expect(meetingWhenText("2026-12-05", "09:30:00")).toBe("2026-12-05 09:30");
    expect(meetingWhenText("2026-12-05", null)).toBe("2026-12-05");
    expect(meetingWhenText(null, "09:30", "待定")).toBe("待定");
    expect(meetingContactText({ contactName: "张联络", contactPhone: "13812345678" })).toBe("张联络 13812345678");
    expect(meetingContactText({ contactName: null, contactPhone: null })).toBeNull();
  });
});

describe("contact phone", () => {
  it("accepts a mainland mobile or a landline with its area code, stored in one shape", () => {
    expect(contactPhone.parse("138 1234 5678")).toBe("13812345678");
    expect(contactPhone.parse("+86 13812345678")).toBe("13812345678");
    expect(contactPhone.parse("0573-85123456")).toBe("0573-85123456");
    expect(contactPhone.parse("(0573) 8512 3456")).toBe("0573-85123456");
    expect(contactPhone.parse("057385123456")).toBe("0573-85123456");
    expect(contactPhone.parse("010-12345678")).toBe("010-12345678");
    expect(contactPhone.parse("01012345678")).toBe("010-12345678");
    expect(contactPhone.parse("0573-85123456-801")).toBe("0573-85123456-801");
    expect(normaliseContactPhone("0573-85123456转801")).toBe("0573-85123456-801");
  });

  it("refuses what no one could dial, with a message that shows both shapes", () => {
    for (const bad of ["12345", "85123456", "12812345678", "0573-123", "电话"]) expect(isContactPhone(bad), bad).toBe(false);
    expect(contactPhone.safeParse("85123456").error?.issues[0]?.message).toBe("联系电话应为 11 位手机号，或带区号的座机号（如 0573-85123456）");
  });
});

describe("default contact", () => {
  it("is the organiser's name without the title in brackets", () => {
    expect(contactNameOf("李明（当湖街道联络员）")).toBe("李明");
    expect(contactNameOf("王芳(办公室)")).toBe("王芳");
    expect(contactNameOf("张")).toBeNull();
  });
});

describe("draft meeting fields", () => {
  it("default to none, treat blank text as none, and are validated", () => {
    expect(consultationDraftInput.parse(draft)).toMatchObject({ startTime: null, contactName: null, contactPhone: null });
    expect(consultationDraftInput.parse({ ...draft, startTime: "", contactName: " ", contactPhone: "" })).toMatchObject({
      startTime: null,
      contactName: null,
      contactPhone: null,
    });
    expect(consultationDraftInput.parse({ ...draft, startTime: "14:00", contactName: "张联络", contactPhone: "0573 85123456" })).toMatchObject({
      startTime: "14:00",
      contactName: "张联络",
      contactPhone: "0573-85123456",
    });
    const bad = consultationDraftInput.safeParse({ ...draft, startTime: "下午", contactPhone: "123" });
    expect(bad.error?.issues.map((i) => i.path.join("."))).toEqual(["startTime", "contactPhone"]);
  });

  it("an update leaves out what it does not change", () => {
    const id = "00000000-0000-4000-8000-000000000001";
    expect(consultationUpdateInput.parse({ id, version: 1, title: "新的协商题目" })).not.toHaveProperty("startTime");
    expect(consultationUpdateInput.parse({ id, version: 1, startTime: "08:00" })).toMatchObject({ startTime: "08:00" });
  });
});

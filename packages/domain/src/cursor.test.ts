import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cursorCodec, cursorKey, invalidCursorMessage } from "./cursor";
import { RuleViolation } from "./errors";

const byTime = cursorCodec(cursorKey.timestamp, cursorKey.uuid);
const byText = cursorCodec(cursorKey.text, cursorKey.uuid);
const byUrgency = cursorCodec(cursorKey.int(0, 5), cursorKey.day, cursorKey.uuid);
const id = "0b7c2a51-6c2e-4a4e-9a57-5f2d1b3c4d5e";

const raw = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

function rejects(decode: () => unknown) {
  try {
    decode();
  } catch (e) {
    expect(e).toBeInstanceOf(RuleViolation);
    expect((e as RuleViolation).message).toBe(invalidCursorMessage);
    return;
  }
  throw new Error("the forged cursor was accepted");
}

describe("cursor codec", () => {
  it("reads back what it wrote, keeping Postgres's microseconds and any text", () => {
    const key = ["2024-03-14 16:00:00.123456+08", id] as const;
    expect(byTime.decode(byTime.encode([...key]))).toEqual(key);
    expect(byText.decode(byText.encode(["zhang san 张三·阿依古丽 😀", id]))).toEqual(["zhang san 张三·阿依古丽 😀", id]);
    expect(byUrgency.decode(byUrgency.encode([3, "2024-02-29", id]))).toEqual([3, "2024-02-29", id]);
  });

  it("round-trips any storable text key", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: "grapheme" }).filter((s) => !s.includes("\u0000")), (text) => {
        expect(byText.decode(byText.encode([text, id]))).toEqual([text, id]);
      }),
    );
  });

  it("treats no cursor as the first page", () => {
    expect(byTime.decode(undefined)).toBeNull();
    expect(byTime.decode(null)).toBeNull();
    expect(byTime.decode("")).toBeNull();
  });

  it("rejects a cursor that is not base64url JSON", () => {
    rejects(() => byTime.decode("!!!"));
    rejects(() => byTime.decode("not a cursor"));
    rejects(() => byTime.decode(Buffer.from("{not json").toString("base64url")));
    rejects(() => byTime.decode(Buffer.from([0xff, 0xfe, 0x00]).toString("base64url")));
  });

  it("rejects the wrong shape or the wrong types", () => {
    rejects(() => byTime.decode(raw({ at: "2024-03-14 16:00:00+08", id })));
    rejects(() => byTime.decode(raw(["2024-03-14 16:00:00+08"])));
    rejects(() => byTime.decode(raw(["2024-03-14 16:00:00+08", id, "extra"])));
    rejects(() => byTime.decode(raw([1710432000000, id])));
    rejects(() => byTime.decode(raw(null)));
    rejects(() => byUrgency.decode(raw(["0", "2024-01-01", id])));
    rejects(() => byUrgency.decode(raw([1.5, "2024-01-01", id])));
    rejects(() => byUrgency.decode(raw([99, "2024-01-01", id])));
  });

  it("rejects a date or time that is not on the calendar", () => {
    rejects(() => byTime.decode(raw(["2024-13-01 00:00:00+08", id])));
    rejects(() => byTime.decode(raw(["2023-02-29 00:00:00+08", id])));
    rejects(() => byTime.decode(raw(["2024-01-01 24:00:00+08", id])));
    rejects(() => byTime.decode(raw(["0000-01-01 00:00:00+00", id])));
    rejects(() => byTime.decode(raw(["2024-01-01 00:00:00+99", id])));
    rejects(() => byTime.decode(raw(["yesterday", id])));
    rejects(() => byUrgency.decode(raw([0, "2024-02-30", id])));
    expect(byTime.decode(raw(["2024-02-29 23:59:59+05:30", id]))).toEqual(["2024-02-29 23:59:59+05:30", id]);
  });

  it("rejects an id that is not a uuid and text Postgres cannot store", () => {
    rejects(() => byTime.decode(raw(["2024-03-14 16:00:00+08", "1 or 1=1"])));
    rejects(() => byText.decode(raw(["zhang\u0000", id])));
    rejects(() => byText.decode(raw(["\ud800", id])));
  });

  it("rejects a huge cursor before parsing it", () => {
    rejects(() => byText.decode(raw(["a".repeat(100_000), id])));
  });
});

import { describe, expect, it } from "vitest";
import { lookupCodeFor, normaliseReceipt, receiptLookupInput, receiptNumber } from "./receipt";

describe("receipt number", () => {
  it("is the day and random digits, padded, wider when asked", () => {
    expect(receiptNumber("2026-12-02", () => 0.4827)).toBe("YT-20261202-4827");
    expect(receiptNumber("2026-12-02", () => 0.0042)).toBe("YT-20261202-0042");
    expect(receiptNumber("2026-12-02", () => 0.999999, 6)).toBe("YT-20261202-999999");
  });

  it("is read back however it was typed", () => {
    for (const typed of ["yt-20261202-4827", " YT 20261202 4827 ", "ＹＴ－２０２６１２０２－４８２７", "YT202612024827"]) {
      expect(normaliseReceipt(typed)).toBe("YT-20261202-4827");
    }
  });
});

describe("lookup code", () => {
  it("is the phone's last four digits, not shown again; without a phone, four random digits shown once", () => {
    expect(lookupCodeFor("13812345678", () => 0.5)).toEqual({ code: "5678", shown: false });
    expect(lookupCodeFor(null, () => 0.0371)).toEqual({ code: "0371", shown: true });
  });
});

describe("receiptLookupInput", () => {
  it("takes a receipt as typed and four digits", () => {
    expect(receiptLookupInput.parse({ receiptNo: "yt-20261202-4827", code: " 5678 " })).toEqual({ receiptNo: "YT-20261202-4827", code: "5678" });
  });

  it("says what a receipt and a code look like", () => {
    const r = receiptLookupInput.safeParse({ receiptNo: "12345", code: "56" });
    expect(r.error?.issues.map((i) => i.message)).toEqual([
      "回执号格式应为 YT-年月日-数字，如 YT-20261202-4827",
      "请填写 4 位数字：留了手机号的填手机号后四位，没留的填回执上的查询码",
    ]);
  });
});

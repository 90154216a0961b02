import { describe, expect, it } from "vitest";
import { applyRedactions, suggestRedactions } from "./redaction";

const found = (text: string, names?: (string | null)[]) => suggestRedactions(text, names).map((r) => `${r.kind}:${r.text}`);
const redacted = (text: string, names?: (string | null)[]) => applyRedactions(text, suggestRedactions(text, names));

describe("suggestRedactions", () => {
  it("finds mobile numbers however they are typed, and landlines with an area code", () => {
    expect(found("有事打我电话13812345678，或者138 1234 5678、+86 139-1234-5678")).toEqual([
      "phone:13812345678",
      "phone:138 1234 5678",
      "phone:+86 139-1234-5678",
    ]);
    expect(found("物业电话0573-85123456没人接")).toEqual(["phone:0573-85123456"]);
  });

  it("does not take part of a longer number, a year or an amount for a phone", () => {
    expect(found("2024年共花费12000元，编号138123456789012")).toEqual([]);
  });

  it("finds an ID number as one piece, not as a phone inside it", () => {
    expect(found("身份证330482199001011234，办证遇到问题")).toEqual(["idNumber:330482199001011234"]);
    expect(found("身份证33048219900101123X")).toEqual(["idNumber:33048219900101123X"]);
  });

  it("finds flats but leaves a building alone, because where the problem is stays public", () => {
    expect(found("我家住东湖小区3栋2单元501，楼道灯不亮")).toEqual(["houseNumber:3栋2单元501"]);
    expect(found("5幢1203室楼上漏水，12号楼3单元402也一样")).toEqual(["houseNumber:5幢1203室", "houseNumber:12号楼3单元402"]);
    expect(found("3栋到8栋之间的路灯坏了")).toEqual([]);
    expect(redacted("住3栋2单元501室")).toBe("住某栋某单元某室");
  });

  it("finds the name a resident introduces themself with, but not what they say they are", () => {
    expect(found("我叫王小明，住在附近")).toEqual(["name:王小明"]);
    expect(found("本人李四反映一个问题")).toEqual(["name:李四"]);
    expect(found("我是居民，也是业主")).toEqual([]);
    expect(redacted("我叫王小明，住在附近")).toBe("我叫王某，住在附近");
  });

  it("finds the name given in the form wherever it appears", () => {
    expect(found("张阿姨家门口的井盖坏了，张阿姨差点摔倒", ["张阿姨"])).toEqual(["name:张阿姨", "name:张阿姨"]);
    expect(found("没有名字", [null, "", "张"])).toEqual([]);
  });

  it("never suggests overlapping pieces, and returns them in text order", () => {
    const r = suggestRedactions("我叫王小明，电话13812345678，住3栋2单元501", ["王小明"]);
    expect(r.map((x) => x.kind)).toEqual(["name", "phone", "houseNumber"]);
    for (let i = 1; i < r.length; i++) expect(r[i]!.start).toBeGreaterThanOrEqual(r[i - 1]!.end);
  });
});

describe("applyRedactions", () => {
  it("replaces every chosen piece and leaves the rest of the text as written", () => {
    const text = "我叫王小明，电话13812345678，住3栋2单元501，路灯坏了两个月";
    expect(redacted(text)).toBe("我叫王某，电话（电话已隐去），住某栋某单元某，路灯坏了两个月");
  });

  it("leaves nothing more to suggest once applied", () => {
    const text = "我叫王小明，电话13812345678，身份证330482199001011234，住3栋2单元501室";
    expect(suggestRedactions(redacted(text, ["王小明"]), ["王小明"])).toEqual([]);
  });

  it("applies only the chosen ones, and skips one whose text was edited meanwhile", () => {
    const text = "电话13812345678，住3栋2单元501";
    const [phone, flat] = suggestRedactions(text);
    expect(applyRedactions(text, [flat!])).toBe("电话13812345678，住某栋某单元某");
    expect(applyRedactions("电话未留，住3栋2单元501", [phone!])).toBe("电话未留，住3栋2单元501");
  });
});

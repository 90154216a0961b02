import { describe, expect, it } from "vitest";
import { matchesName, pinyinFull, pinyinInitials } from "./pinyin";

describe("pinyin", () => {
  it.each([
    ["张三丰", "zsf"],
    ["单田芳", "stf"],
    ["曾国藩", "zgf"],
    ["解缙", "xj"],
    ["仇英", "qy"],
    ["欧阳修", "oyx"],
    ["阿依古丽·买买提", "ayglmmt"],
  ])("%s → %s", (name, initials) => expect(pinyinInitials(name)).toBe(initials));

  it("reads polyphonic surnames as surnames", () => {
    expect(pinyinFull("单田芳")).toBe("shantianfang");
    expect(pinyinFull("曾国藩")).toBe("zengguofan");
    expect(pinyinFull("吕平")).toBe("lvping");
  });

  it("matches initials, full pinyin and Han text", () => {
    expect(matchesName("张三丰", "zsf")).toBe(true);
    expect(matchesName("张三丰", "ZS")).toBe(true);
    expect(matchesName("张三丰", "zhangsan")).toBe(true);
    expect(matchesName("张三丰", "三丰")).toBe(true);
    expect(matchesName("张三丰", "lsf")).toBe(false);
    expect(matchesName("张三丰", " ")).toBe(true);
  });
});

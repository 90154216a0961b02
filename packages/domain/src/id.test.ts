import { describe, expect, it } from "vitest";
import { z } from "zod";
import { idField, isUuid } from "./id";

const form = z.object({ memberId: idField("委员"), sectorId: idField("界别").optional() });
const messages = (input: unknown) => {
  const r = form.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};
const someId = "0b7c3f1e-5d2a-4c8b-9e6f-1a2b3c4d5e6f";

describe("idField", () => {
  it("asks to choose when nothing was chosen", () => {
    expect(messages({})).toEqual(["请选择委员"]);
    expect(messages({ memberId: "" })).toEqual(["请选择委员"]);
    expect(messages({ memberId: null })).toEqual(["请选择委员"]);
  });

  it("says a malformed id is invalid, naming the field", () => {
    expect(messages({ memberId: "42" })).toEqual(["委员无效，请重新选择"]);
    expect(messages({ memberId: someId, sectorId: "x'; drop table member" })).toEqual(["界别无效，请重新选择"]);
    expect(messages({ memberId: 42 })).toEqual(["委员无效，请重新选择"]);
  });

  it("takes a uuid as it is", () => {
    expect(form.parse({ memberId: someId })).toEqual({ memberId: someId });
  });
});

describe("isUuid", () => {
  it("takes what idField takes and nothing else", () => {
    expect(isUuid(someId)).toBe(true);
    expect(isUuid(someId.toUpperCase())).toBe(true);
    for (const value of ["", "42", `${someId}0`, someId.replace("-9e6f-", "-0e6f-")]) {
      expect(isUuid(value)).toBe(false);
      expect(idField("x").safeParse(value).success).toBe(false);
    }
  });
});

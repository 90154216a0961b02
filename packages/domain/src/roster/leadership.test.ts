import { describe, expect, it } from "vitest";
import { postConflict } from "./leadership";
import { isStanding, memberPosts } from "./member";
import { withdrawalProblems } from "./withdrawal";

const members = [
  { id: "m1", name: "张三", post: "chair", status: "active" },
  { id: "m2", name: "李四", post: "secretaryGeneral", status: "withdrawn" },
  { id: "m3", name: "王五", post: "viceChair", status: "active" },
] as const;

describe("leadership", () => {
  it("derives standing membership from the post: chair, vice-chairs and secretary-general are standing members", () => {
    expect(memberPosts.filter(isStanding)).toEqual(["chair", "viceChair", "secretaryGeneral", "standing"]);
    expect(isStanding("member")).toBe(false);
  });

  it("allows one chair per term", () => {
    expect(postConflict("chair", members)).toBe(
      "本届已有主席（张三），每届只能有一位主席；如需更换，请先将张三的职务改为其他职务",
    );
    expect(postConflict("chair", members, "m1")).toBeNull();
    expect(postConflict("viceChair", members)).toBeNull();
  });

  it("does not count a withdrawn holder", () => {
    expect(postConflict("secretaryGeneral", members)).toBeNull();
  });
});

describe("withdrawal", () => {
  const term = { number: 13, startDate: "2022-01-05", endDate: "2027-01-04" };

  it("accepts a day within the term for an active member", () => {
    expect(withdrawalProblems({ name: "张三", status: "active", withdrawnOn: null }, term, "2024-06-15")).toEqual([]);
  });

  it("gives every reason at once", () => {
    expect(withdrawalProblems({ name: "张三", status: "withdrawn", withdrawnOn: "2024-01-01" }, term, "2030-01-01")).toEqual([
      "张三已于 2024-01-01 退出，无需重复操作",
      "退出日期应在第十三届任期（2022-01-05 至 2027-01-04）内",
    ]);
  });
});

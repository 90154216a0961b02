import { describe, expect, it } from "vitest";
import {
  memberCreateInput,
  memberListInput,
  memberUpdateInput,
  memberWithdrawInput,
  normaliseMemberName,
  ownPhoneInput,
  rosterEntry,
} from "./memberInput";

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

const entry = {
  name: "张三丰",
  gender: "male",
  birthDate: "1975-03-01",
  ethnicity: "汉族",
  partyAffiliation: "cdl",
  sectorId: uuid(1),
  committeeIds: [uuid(2)],
  townshipGroupId: uuid(3),
  employerAndTitle: "平湖市第一人民医院院长",
  phone: "13812341234",
  post: "member",
} as const;

const messages = (r: { error?: { issues: { message: string }[] } }) => r.error?.issues.map((i) => i.message) ?? [];

describe("member input", () => {
  it("accepts a complete entry", () => {
    expect(rosterEntry.parse(entry)).toEqual(entry);
  });

  it("normalises what people type", () => {
    expect(normaliseMemberName(" 王　五 ")).toBe("王五");
    expect(normaliseMemberName("阿依古丽•买买提")).toBe("阿依古丽·买买提");
    const parsed = rosterEntry.parse({ ...entry, name: "王  五", ethnicity: "回", phone: "138 1234 1234" });
    expect(parsed).toMatchObject({ name: "王五", ethnicity: "回族", phone: "13812341234" });
  });

  it("requires at least one committee (全员入委) and no repeats", () => {
    expect(messages(rosterEntry.safeParse({ ...entry, committeeIds: [] }))).toEqual(["每位委员至少参加一个专委会（全员入委），请选择专委会"]);
    expect(messages(rosterEntry.safeParse({ ...entry, committeeIds: [uuid(2), uuid(2)] }))).toEqual([
      "同一个专委会选了两次，请删除重复的一项",
    ]);
  });

  it("has exactly one sector: a list is refused", () => {
    expect(messages(rosterEntry.safeParse({ ...entry, sectorId: [uuid(1), uuid(4)] }))).toEqual(["界别无效，请重新选择"]);
  });

  it("reports every bad field at once, each with a message that says what to fix", () => {
    const r = rosterEntry.safeParse({
      ...entry,
      name: "张",
      gender: "?",
      birthDate: "1875-01-01",
      ethnicity: "火星族",
      phone: "12345",
      employerAndTitle: "院".repeat(101),
    });
    expect(messages(r)).toEqual([
      "姓名至少 2 个字",
      "性别须为男或女",
      "出生年月应在 1900 年之后",
      "民族应为 56 个民族之一，例如“汉族”",
      "工作单位及职务不能超过 100 个字",
      expect.stringMatching(/11 位中国大陆手机号/),
    ]);
  });

  it("defaults a new member's post to 委员", () => {
    const { post: _post, ...rest } = entry;
    expect(memberCreateInput.parse({ ...rest, termId: uuid(9) }).post).toBe("member");
  });

  it("changes only the fields an update sends", () => {
    const r = memberUpdateInput.parse({ id: uuid(5), version: 3, phone: "13912341234" });
    expect(r).toEqual({ id: uuid(5), version: 3, phone: "13912341234" });
    expect(messages(memberUpdateInput.safeParse({ id: uuid(5), phone: "13912341234" }))).toEqual(["缺少版本号，请刷新后重试"]);
  });

  it("needs a date and a reason to withdraw", () => {
    expect(messages(memberWithdrawInput.safeParse({ id: uuid(5), version: 1, withdrawnOn: "2024-06-15", reason: "" }))).toEqual(["退出原因至少 2 个字"]);
    expect(messages(memberWithdrawInput.safeParse({ id: uuid(5), version: 1, reason: "工作调动" }))).toEqual(["请填写退出日期"]);
  });

  it("checks a member's own new phone", () => {
    expect(ownPhoneInput.safeParse({ phone: "10086" }).success).toBe(false);
  });

  it("pages the list 20 at a time unless told", () => {
    expect(memberListInput.parse({ query: " zsf " })).toEqual({ query: "zsf", limit: 20 });
    expect(memberListInput.safeParse({ limit: 1000 }).success).toBe(false);
  });
});

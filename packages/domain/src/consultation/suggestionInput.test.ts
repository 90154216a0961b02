import { describe, expect, it } from "vitest";
import { proposalCategories } from "../proposal/category";
import { consultationStates } from "./lifecycle";
import { memberSuggestionInput, suggestionInput, suggestionSubmitProblem } from "./suggestionInput";
import { uid } from "./testIds";

describe("suggestion input", () => {
  const base = { consultationId: uid(1), content: "建议增设夜间公交线路", category: "society" };

  it("ties the author to its kind", () => {
    expect(suggestionInput.parse({ ...base, authorKind: "resident" })).toMatchObject({ authorMemberId: null, authorName: null });
    const messages = (x: object) => suggestionInput.safeParse(x).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];
    expect(messages({ ...base, authorKind: "member" })).toEqual(["authorMemberId: 请选择提出意见的委员"]);
    expect(messages({ ...base, authorKind: "resident", authorMemberId: uid(2) })).toEqual(["authorMemberId: 只有委员提出的意见才关联委员"]);
    expect(messages({ ...base, authorKind: "departmentRepresentative" })).toEqual(["authorUnitId: 请选择部门代表所在单位"]);
    expect(messages({ ...base, content: "好", authorKind: "visitor" })).toEqual(["content: 意见建议内容至少 5 个字", "authorKind: 请选择提出人类别：委员、群众或部门代表"]);
  });

  it("takes a member's own suggestion without an author field", () => {
    expect(memberSuggestionInput.parse({ ...base, authorKind: "resident" })).toEqual(base);
  });

  it("takes the categories proposals use, and reads a retired suggestion category as its successor", () => {
    for (const category of proposalCategories) expect(memberSuggestionInput.parse({ ...base, category }).category).toBe(category);
    expect(memberSuggestionInput.parse({ ...base, category: "livelihood" }).category).toBe("society");
    expect(memberSuggestionInput.parse({ ...base, category: "environment" }).category).toBe("ecology");
    expect(memberSuggestionInput.safeParse({ ...base, category: "sports" }).error?.issues[0]?.message).toBe("请选择意见建议分类");
    expect(memberSuggestionInput.safeParse({ ...base, category: "__proto__" }).success).toBe(false);
  });

  it("collects suggestions at and after the meeting only", () => {
    expect(consultationStates.filter((s) => suggestionSubmitProblem(s) === null)).toEqual(["scheduled", "held"]);
  });
});

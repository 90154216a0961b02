import { describe, expect, it } from "vitest";
import { extensionAskable, extensionDecisionProblem, extensionRequestProblem, type PastExtension } from "./extension";
import { defaultExtensionRules } from "./rules";

const rules = defaultExtensionRules;
const ask = (over: { dueOn?: string | null; today?: string; requestedDueOn?: string; past?: PastExtension[] } = {}) =>
  extensionRequestProblem({ dueOn: "2025-06-15", today: "2025-06-01", requestedDueOn: "2025-07-15", past: [], rules, ...over });

describe("asking for an extension", () => {
  it("accepts a request before the deadline, up to the rule set's longest extension", () => {
    expect(ask()).toBeNull();
    expect(ask({ today: "2025-06-15", requestedDueOn: "2025-07-16" })).toBeNull();
  });

  it("refuses after the deadline, with no deadline, or a date not later or too late", () => {
    expect(ask({ today: "2025-06-16" })).toBe("办理期限（2025-06-15）已过，不能再申请延期；请尽快办理，并向办公室说明情况");
    expect(ask({ dueOn: null })).toBe("当前没有办理期限，无需申请延期");
    expect(ask({ requestedDueOn: "2025-06-15" })).toBe("申请延至的日期须晚于现在的办理期限 2025-06-15");
    expect(ask({ requestedDueOn: "2025-07-17" })).toBe("每次延期不超过 31 天，申请延至的日期最迟为 2025-07-16");
  });

  it("refuses a second request while one waits, and beyond the count once granted; a refusal does not use it up", () => {
    expect(ask({ past: [{ status: "pending" }] })).toBe("已有一份延期申请等待办公室审批，请勿重复申请");
    expect(ask({ past: [{ status: "granted" }] })).toBe("本期办理已延期 1 次，规则规定以 1 次为限，不能再申请延期");
    expect(ask({ past: [{ status: "refused" }] })).toBeNull();
    expect(extensionRequestProblem({ dueOn: "2025-06-15", today: "2025-06-01", requestedDueOn: "2025-06-20", past: [{ status: "granted" }], rules: { maxCount: 2, maxDays: 10 } })).toBeNull();
    expect(extensionRequestProblem({ dueOn: "2025-06-15", today: "2025-06-01", requestedDueOn: "2025-06-20", past: [], rules: { maxCount: 0, maxDays: 10 } })).toBe(
      "本会规则不允许延期办理",
    );
  });
});

const decide = (decision: Parameters<typeof extensionDecisionProblem>[0]["decision"], over: { status?: "pending" | "granted" | "refused"; today?: string } = {}) =>
  extensionDecisionProblem({ status: "pending", dueOn: "2025-06-15", requestedDueOn: "2025-07-10", today: "2025-06-10", decision, rules, ...over });

describe("deciding a request", () => {
  it("grants the date asked for or a shorter one, even after the old deadline", () => {
    expect(decide({ decision: "grant", grantedDueOn: "2025-07-10" })).toBeNull();
    expect(decide({ decision: "grant", grantedDueOn: "2025-06-30" })).toBeNull();
    expect(decide({ decision: "grant", grantedDueOn: "2025-06-30" }, { today: "2025-06-20" })).toBeNull();
  });

  it("refuses a longer date than asked, one not after the old deadline or today, and a second decision", () => {
    expect(decide({ decision: "grant", grantedDueOn: "2025-07-11" })).toBe("同意的日期不能晚于承办单位申请的 2025-07-10");
    expect(decide({ decision: "grant", grantedDueOn: "2025-06-15" })).toBe("延至日期须晚于现在的办理期限 2025-06-15");
    expect(decide({ decision: "grant", grantedDueOn: "2025-06-20" }, { today: "2025-06-20" })).toBe("延至日期须晚于今天");
    expect(decide({ decision: "refuse", reason: "理由不充分" }, { status: "granted" })).toBe("该延期申请已同意，不能再次审批");
    expect(decide({ decision: "refuse", reason: "理由不充分" })).toBeNull();
  });
});

describe("offering 申请延期", () => {
  it("offers it until a request waits or the period's extensions are used up", () => {
    expect(extensionAskable([], defaultExtensionRules)).toBe(true);
    expect(extensionAskable([{ status: "refused" }], defaultExtensionRules)).toBe(true);
    expect(extensionAskable([{ status: "pending" }], defaultExtensionRules)).toBe(false);
    expect(extensionAskable([{ status: "granted" }], defaultExtensionRules)).toBe(false);
    expect(extensionAskable([{ status: "granted" }], { ...defaultExtensionRules, maxCount: 2 })).toBe(true);
    expect(extensionAskable([], { ...defaultExtensionRules, maxCount: 0 })).toBe(false);
  });
});

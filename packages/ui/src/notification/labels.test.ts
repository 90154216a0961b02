import { describe, expect, it } from "vitest";
import { unreadLabel } from "./labels";

describe("unreadLabel", () => {
  it("says the count in words, and says so when there is none", () => {
    expect(unreadLabel(3)).toBe("消息，3 条未读");
    expect(unreadLabel(0)).toBe("消息，没有未读");
  });
});

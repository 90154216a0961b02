import { describe, expect, it } from "vitest";
import { activityLabel } from "./activity";

describe("activityLabel", () => {
  it("names the step and the record in Chinese", () => {
    expect(activityLabel("proposal.assign", "proposal")).toBe("交办提案");
    expect(activityLabel("consultation.hold", "consultation")).toBe("举行协商活动");
    expect(activityLabel("deadlineExtension.grant", "deadline_extension")).toBe("批准延期申请");
    expect(activityLabel("roster.member.update", "member")).toBe("修改委员信息");
    expect(activityLabel("invitation.invite", "consultation")).toBe("邀请委员参加协商活动");
  });
  it("says 处理 for a step it has no word for, never the code", () => {
    expect(activityLabel("proposal.somethingNew", "proposal")).toBe("处理提案");
  });
});

import { describe, expect, it } from "vitest";
import { answerDeadlineStatus, daysOverdue, isAnswerOverdue } from "./deadline";

describe("an answer against its deadline", () => {
  const sent = { stage: "sent" as const, dueOn: "2025-06-15", answeredOn: null };

  it("is in time on the last day itself, due soon within the days given, overdue the day after", () => {
    expect(answerDeadlineStatus(sent, "2025-06-01", 3)).toBe("onTime");
    expect(answerDeadlineStatus(sent, "2025-06-12", 3)).toBe("dueSoon");
    expect(answerDeadlineStatus(sent, "2025-06-15", 3)).toBe("dueSoon");
    expect(answerDeadlineStatus(sent, "2025-06-16", 3)).toBe("overdue");
    expect(isAnswerOverdue(sent, "2025-06-15")).toBe(false);
    expect(isAnswerOverdue(sent, "2025-06-16")).toBe(true);
  });

  it("is late once answered after the deadline, but no longer overdue", () => {
    const late = { stage: "answered" as const, dueOn: "2025-06-15", answeredOn: "2025-06-20" };
    expect(answerDeadlineStatus(late, "2025-07-01", 3)).toBe("answeredLate");
    expect(isAnswerOverdue(late, "2025-07-01")).toBe(false);
    expect(answerDeadlineStatus({ ...late, answeredOn: "2025-06-15" }, "2025-07-01", 3)).toBe("answered");
  });

  it("has no deadline before it is sent or once rated", () => {
    expect(answerDeadlineStatus({ stage: "notSent", dueOn: null, answeredOn: null }, "2025-06-01", 3)).toBe("unsent");
    expect(answerDeadlineStatus({ stage: "rated", dueOn: "2025-06-15", answeredOn: "2025-06-20" }, "2025-07-01", 3)).toBe("rated");
    expect(answerDeadlineStatus({ stage: "sent", dueOn: null, answeredOn: null }, "2025-07-01", 3)).toBe("onTime");
  });

  it("counts whole days past the last day", () => {
    expect(daysOverdue("2025-06-15", "2025-06-15")).toBe(0);
    expect(daysOverdue("2025-06-15", "2025-06-18")).toBe(3);
  });
});

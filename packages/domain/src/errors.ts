// Typed errors that services throw and one function in @cppcc/api maps to transport codes.
// Messages are for people: say what is wrong and what to do, in Chinese.
import type { Refusal } from "./workflow/result";

export type DomainErrorCode =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "UNAUTHORIZED"
  | "CONFLICT"
  | "RULE_VIOLATION"
  | "TOO_MANY_REQUESTS";

export type Violation = { path?: string; message: string };

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  /** Every reason a workflow step was refused (set by refusalError); the message is the first one's. */
  refusals: Refusal[] = [];
  constructor(code: DomainErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = new.target.name;
  }
}

export class NotFound extends DomainError {
  constructor(message = "要找的记录不存在或已被删除") {
    super("NOT_FOUND", message);
  }
}

export class Forbidden extends DomainError {
  constructor(message = "无权进行此操作") {
    super("FORBIDDEN", message);
  }
}

export class Unauthorized extends DomainError {
  constructor(message = "请先登录") {
    super("UNAUTHORIZED", message);
  }
}

/** A stale version or a unique clash: someone else changed the row first. */
export class Conflict extends DomainError {
  constructor(message = "该记录已被他人修改，请刷新后重试") {
    super("CONFLICT", message);
  }
}

/** Input that is well formed but breaks a rule; carries every violation, not just the first. */
export class RuleViolation extends DomainError {
  readonly violations: Violation[];
  /** `message` defaults to every violation's; refusalError passes the first one's and lists them in `refusals`. */
  constructor(violations: Violation[] | string, message?: string) {
    const list = typeof violations === "string" ? [{ message: violations }] : violations;
    super("RULE_VIOLATION", message ?? list.map((v) => v.message).join("；"));
    this.violations = list;
  }
}

export class TooManyRequests extends DomainError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number, message?: string) {
    super("TOO_MANY_REQUESTS", message ?? `操作过于频繁，请 ${Math.ceil(retryAfterSeconds / 60)} 分钟后再试`);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

import { DomainError, RuleViolation, type DomainErrorCode, type Refusal } from "@cppcc/domain";
import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import { ZodError } from "zod";

const codes: Record<DomainErrorCode, TRPC_ERROR_CODE_KEY> = {
  NOT_FOUND: "NOT_FOUND",
  FORBIDDEN: "FORBIDDEN",
  UNAUTHORIZED: "UNAUTHORIZED",
  CONFLICT: "CONFLICT",
  RULE_VIOLATION: "BAD_REQUEST",
  TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
};

/**
 * The one place where service errors become transport errors, and where invalid input gets the
 * field messages a person can read instead of zod's JSON dump. Anything else stays as it was.
 */
export function toTRPCError(error: unknown): TRPCError | null {
  if (error instanceof TRPCError) {
    if (error.cause instanceof DomainError) return toTRPCError(error.cause);
    if (error.cause instanceof ZodError && error.code === "BAD_REQUEST") {
      return new TRPCError({ code: "BAD_REQUEST", message: readableIssues(error.cause), cause: error.cause });
    }
    return null;
  }
  if (!(error instanceof DomainError)) return null;
  return new TRPCError({ code: codes[error.code], message: error.message, cause: error });
}

export function readableIssues(error: ZodError): string {
  return error.issues.map((i) => i.message).join("；");
}

export function violationsOf(error: unknown): RuleViolation["violations"] | undefined {
  return error instanceof RuleViolation ? error.violations : undefined;
}

/** Every reason a workflow step was refused, each with its code, kind, Chinese message and field; the message is the first. */
export function refusalsOf(error: unknown): Refusal[] | undefined {
  return error instanceof DomainError && error.refusals.length > 0 ? error.refusals : undefined;
}

import { TRPCClientError } from "@trpc/client";

/** The tRPC error code of a failed call, or null for anything that is not a tRPC error. */
export function errorCode(error: unknown): string | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data: unknown = error.data;
  if (data && typeof data === "object" && "code" in data && typeof data.code === "string") return data.code;
  return null;
}

export function isUnauthorized(error: unknown): boolean {
  return errorCode(error) === "UNAUTHORIZED";
}

// A person's own mistake or a refusal: asking again gives the same answer, so don't retry.
const finalCodes = new Set(["BAD_REQUEST", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "TOO_MANY_REQUESTS"]);

export function isFinal(error: unknown): boolean {
  const code = errorCode(error);
  return code !== null && finalCodes.has(code);
}

/**
 * What to tell a person. The server's messages are already written for people (in Chinese);
 * a network failure is not, so it gets one of ours.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof TRPCClientError) {
    if (errorCode(error) === null) return "无法连接服务器，请检查网络后重试";
    return error.message;
  }
  return "操作失败，请稍后重试";
}

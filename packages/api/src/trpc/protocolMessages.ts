import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";

/**
 * What a person reads when the request itself was wrong (not its content): an address no procedure
 * has, the wrong HTTP method, a body that is not JSON. tRPC and Fastify word these in English for
 * developers; the apps show an error's message as it comes, so it must be Chinese and say what to do.
 */
export const protocolMessages: Partial<Record<TRPC_ERROR_CODE_KEY, string>> = {
  PARSE_ERROR: "请求内容无法解析，请检查格式（应为 JSON）",
  BAD_REQUEST: "请求内容无法解析，请检查格式（应为 JSON），或刷新页面后重试",
  NOT_FOUND: "没有这个接口，请刷新页面后重试（页面可能是旧版本）",
  METHOD_NOT_SUPPORTED: "请求方式不正确：查询用 GET，提交用 POST，请刷新页面后重试",
  UNSUPPORTED_MEDIA_TYPE: "请求内容类型不支持，请以 JSON 发送（Content-Type: application/json）",
  PAYLOAD_TOO_LARGE: "请求内容过大，请减少内容或拆分后重试",
  TIMEOUT: "请求超时，请稍后重试",
  UNPROCESSABLE_CONTENT: "请求内容无法处理，请检查后重试",
  TOO_MANY_REQUESTS: "操作过于频繁，请稍后再试",
  UNAUTHORIZED: "请先登录",
  FORBIDDEN: "无权进行此操作",
  CONFLICT: "该记录已被他人修改，请刷新后重试",
  PRECONDITION_FAILED: "请求条件不满足，请刷新页面后重试",
  CLIENT_CLOSED_REQUEST: "请求已取消",
};

export const internalMessage = "服务器内部错误，请稍后重试";
export const otherClientError = "请求无效，请刷新页面后重试";

const han = /\p{Script=Han}/u;

/** Our own messages are Chinese; one without a Han character came from a library and is replaced. */
export function readableMessage(code: TRPC_ERROR_CODE_KEY, message: string): string {
  if (code === "INTERNAL_SERVER_ERROR") return internalMessage;
  if (han.test(message)) return message;
  return protocolMessages[code] ?? otherClientError;
}

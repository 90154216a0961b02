import type { Action } from "@cppcc/domain";
import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { Context } from "../context";
import { violationsOf } from "./errors";

/** Every procedure names its permission: an action of the policy, "signedIn" or "public". */
export type Meta = { permission: Action | "signedIn" | "public" };

const internalMessage = "服务器内部错误，请稍后重试";
const parseMessage = "请求内容无法解析，请检查格式（应为 JSON）";

export const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error }) {
      const zod = error.cause instanceof ZodError ? error.cause : null;
      const issues = zod?.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
      // Never leak internals to a person; the server logs the real error.
      return {
        message:
          error.code === "INTERNAL_SERVER_ERROR"
            ? internalMessage
            : error.code === "PARSE_ERROR" || error.cause instanceof SyntaxError
              ? parseMessage
              : shape.message,
        code: shape.code,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          ...(issues && { issues }),
          ...(violationsOf(error.cause) && { violations: violationsOf(error.cause) }),
        },
      };
    },
  });

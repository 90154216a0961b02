import type { Action } from "@cppcc/domain";
import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { Context } from "../context";
import { refusalsOf, violationsOf } from "./errors";
import { protocolMessages, readableMessage } from "./protocolMessages";

/** Every procedure names its permission: an action of the policy, "signedIn" or "public". */
export type Meta = { permission: Action | "signedIn" | "public" };

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
          error.cause instanceof SyntaxError && error.code !== "INTERNAL_SERVER_ERROR"
            ? protocolMessages.PARSE_ERROR!
            : readableMessage(error.code, shape.message),
        code: shape.code,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          ...(issues && { issues }),
          ...(violationsOf(error.cause) && { violations: violationsOf(error.cause) }),
          ...(refusalsOf(error.cause) && { refusals: refusalsOf(error.cause) }),
        },
      };
    },
  });

import { actorOf, type Context, type SignedInContext } from "../context";
import { can, Forbidden, mustChangePasswordMessage, Unauthorized, type Action } from "@cppcc/domain";
import { t } from "./init";
import { toTRPCError } from "./errors";

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = toTRPCError(result.error);
    if (mapped) throw mapped;
  }
  return result;
});

export const publicProcedure = t.procedure.meta({ permission: "public" }).use(mapDomainErrors);

// auth.me and auth.logout are public procedures, so they never reach requireSession.
const allowedBeforePasswordChange = new Set(["auth.changePassword"]);

const requireSession = t.middleware(({ ctx, path, next }) => next({ ctx: signedIn(ctx, path) }));

/**
 * The request's context as a signed-in person's, or the error to answer: no session, or a password
 * still to change (then only `auth.changePassword`). The server's file routes use it too.
 */
export function signedIn(ctx: Context, path: string): SignedInContext {
  if (!ctx.session) throw toTRPCError(new Unauthorized("登录已过期，请重新登录"))!;
  if (ctx.session.account.mustChangePassword && !allowedBeforePasswordChange.has(path)) {
    throw toTRPCError(new Forbidden(mustChangePasswordMessage))!;
  }
  const { session, scope } = ctx;
  if (!scope) throw new Error("createContext resolved a session without its council scope");
  return { ...ctx, session, scope, actor: actorOf(session) };
}

/** Any signed-in account, whatever its role. */
export const signedInProcedure = publicProcedure.meta({ permission: "signedIn" }).use(requireSession);

/** Signed in and holding `action` in the policy; services still check the scope of each row. */
export function procedureFor(action: Action) {
  return signedInProcedure.meta({ permission: action }).use(({ ctx, next }) => {
    if (!can(ctx.actor, action)) throw toTRPCError(new Forbidden())!;
    return next();
  });
}

import { actorOf, type SignedInContext } from "../context";
import { can, Forbidden, Unauthorized, type Action } from "@cppcc/domain";
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

const requireSession = t.middleware(({ ctx, next }) => {
  if (!ctx.session) throw toTRPCError(new Unauthorized("登录已过期，请重新登录"))!;
  const session = ctx.session;
  return next({ ctx: { ...ctx, session, actor: actorOf(session) } satisfies SignedInContext });
});

/** Any signed-in account, whatever its role. */
export const signedInProcedure = publicProcedure.meta({ permission: "signedIn" }).use(requireSession);

/** Signed in and holding `action` in the policy; services still check the scope of each row. */
export function procedureFor(action: Action) {
  return signedInProcedure.meta({ permission: action }).use(({ ctx, next }) => {
    if (!can(ctx.actor, action)) throw toTRPCError(new Forbidden())!;
    return next();
  });
}

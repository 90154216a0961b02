import { loginInput } from "@cppcc/domain";
import { login } from "../services/auth/login";
import { logout } from "../services/auth/logout";
import { publicProcedure, router } from "../trpc/procedures";
import type { Session } from "../context";

const me = (s: Session) => ({ account: s.account, council: s.council });

export const authRouter = router({
  login: publicProcedure.input(loginInput).mutation(async ({ ctx, input }) => me(await login({ ctx, input }))),
  logout: publicProcedure.mutation(async ({ ctx }) => {
    await logout({ ctx });
    return { ok: true as const };
  }),
  /** null when nobody is signed in: the apps use it to decide between login and the app. */
  me: publicProcedure.query(({ ctx }) => (ctx.session ? me(ctx.session) : null)),
});

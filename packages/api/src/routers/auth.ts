import { changePasswordInput, loginInput, requestSmsCodeInput, smsLoginInput } from "@cppcc/domain";
import { changePassword } from "../services/auth/changePassword";
import { login } from "../services/auth/login";
import { logout } from "../services/auth/logout";
import { loginWithSmsCode } from "../services/auth/smsCode/login";
import { requestSmsCode } from "../services/auth/smsCode/request";
import { publicProcedure, router, signedInProcedure } from "../trpc/procedures";
import type { Session } from "../context";

const me = (s: Session) => ({ account: s.account, council: s.council });

export const authRouter = router({
  login: publicProcedure.input(loginInput).mutation(async ({ ctx, input }) => me(await login({ ctx, input }))),
  /** Whether the login page offers 短信验证码登录: only where SMS is configured, so no screen offers a text that cannot go. */
  smsLoginOffered: publicProcedure.query(({ ctx }) => ({ offered: ctx.sms !== null })),
  /** Answers alike whether the phone is on file or not; throttled per phone and per address. */
  requestSmsCode: publicProcedure.input(requestSmsCodeInput).mutation(({ ctx, input }) => requestSmsCode({ ctx, input })),
  loginWithSmsCode: publicProcedure.input(smsLoginInput).mutation(async ({ ctx, input }) => me(await loginWithSmsCode({ ctx, input }))),
  logout: publicProcedure.mutation(async ({ ctx }) => {
    await logout({ ctx });
    return { ok: true as const };
  }),
  /** Any role changes its own password; the one procedure besides me and logout open while a change is required. */
  changePassword: signedInProcedure.input(changePasswordInput).mutation(({ ctx, input }) => changePassword({ ctx, input })),
  /** null when nobody is signed in: the apps use it to decide between login and the app. */
  me: publicProcedure.query(({ ctx }) => (ctx.session ? me(ctx.session) : null)),
});

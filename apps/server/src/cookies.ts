import type { CookieJar } from "@cppcc/api";
import type { FastifyReply, FastifyRequest } from "fastify";

/** Session cookies: httpOnly (no script can read them), SameSite=Lax, whole site. */
export function cookieJar(req: FastifyRequest, res: FastifyReply, secure: boolean): CookieJar {
  return {
    get: (name) => req.cookies[name],
    set: (name, value, { maxAgeSeconds }) =>
      void res.setCookie(name, value, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: maxAgeSeconds }),
    clear: (name) => void res.clearCookie(name, { httpOnly: true, sameSite: "lax", path: "/", secure }),
  };
}

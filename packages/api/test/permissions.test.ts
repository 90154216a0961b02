import { actions, can, roles } from "@cppcc/domain";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../src/root";
import { createTestApi, type Caller, type TestApi } from "../src/testing";
import type { Meta } from "../src/trpc/init";

/**
 * Walks every procedure × every role (and anonymous): a role without the procedure's action
 * gets FORBIDDEN, anonymous gets UNAUTHORIZED, and a role with it gets past the policy.
 */
let api: TestApi;
const callers = new Map<string, Caller>();
beforeAll(async () => {
  api = await createTestApi();
  for (const role of roles) callers.set(role, (await api.loginAs(role)).caller);
  callers.set("anonymous", api.caller());
});
afterAll(() => api?.close());

const procedures = Object.entries(appRouter._def.procedures as Record<string, { _def: { meta?: Meta; type: string } }>);

function call(caller: Caller, path: string): Promise<unknown> {
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (input?: unknown) => Promise<unknown>)(undefined);
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "OK";
  } catch (e) {
    if (e instanceof TRPCError) return e.code;
    throw e;
  }
}

describe("every procedure × every role", () => {
  it("declares a known permission on every procedure", () => {
    expect(procedures.length).toBeGreaterThan(0);
    for (const [path, proc] of procedures) {
      const permission = proc._def.meta?.permission;
      expect(permission, path).toBeDefined();
      if (permission !== "public" && permission !== "signedIn") expect(actions, path).toContain(permission);
    }
  });

  for (const [path, proc] of procedures) {
    const permission = proc._def.meta!.permission;
    if (permission === "public" || path === "auth.logout") continue;
    it(`${path} (${permission})`, async () => {
      expect(await codeOf(call(callers.get("anonymous")!, path))).toBe("UNAUTHORIZED");
      for (const role of roles) {
        const allowed = permission === "signedIn" || can({ role, councilId: api.councilId }, permission);
        const code = await codeOf(call(callers.get(role)!, path));
        if (allowed) expect(["OK", "BAD_REQUEST", "NOT_FOUND"], `${path} as ${role}`).toContain(code);
        else expect(code, `${path} as ${role}`).toBe("FORBIDDEN");
      }
    });
  }
});

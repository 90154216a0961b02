import { committee as committeeTable, township } from "@cppcc/db";
import { can, invalidCursorMessage, roles, textCursor } from "@cppcc/domain";
import { TRPCError } from "@trpc/server";
import { asc } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { appRouter } from "../src/root";
import { createTestApi, type Caller, type TestApi } from "../src/testing";
import type { Meta } from "../src/trpc/init";

/**
 * Every keyset list, found by walking the router for inputs that take a `cursor` (so a list added
 * later is covered without touching this file), answers a forged cursor with BAD_REQUEST and the
 * one Chinese message — never a 500 from SQL choking on a bad uuid or date.
 */
let api: TestApi;
const callers = new Map<string, Caller>();
const required: Record<string, string> = {};
beforeAll(async () => {
  api = await createTestApi();
  for (const role of roles) callers.set(role, (await api.loginAs(role)).caller);
  callers.set("anonymous", api.caller());
  const [committee] = await api.db.db.select({ id: committeeTable.id }).from(committeeTable).limit(1);
  const c = await callers.get("admin")!.consultation.create({
    title: "分页参数校验",
    formatCode: "topicalConsultation",
    year: new Date().getFullYear(),
    leadCommitteeId: committee!.id,
  });
  const [t] = await api.db.db.select({ id: township.id }).from(township).orderBy(asc(township.name)).limit(1);
  required.consultationId = c.id;
  required.townshipId = t!.id;
});
afterAll(() => api?.close());

type Procedure = { _def: { meta?: Meta; inputs?: z.ZodType[] } };

/** The object shape behind .default()/.prefault()/.optional() wrappers, if the input is an object. */
function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | null {
  let s = schema as unknown as { _zod: { def: { innerType?: unknown; shape?: Record<string, z.ZodType> } } };
  while (s._zod.def.innerType) s = s._zod.def.innerType as typeof s;
  return s._zod.def.shape ?? null;
}

const lists = Object.entries(appRouter._def.procedures as Record<string, Procedure>).flatMap(([path, proc]) => {
  const shape = (proc._def.inputs ?? []).map(shapeOf).find((s) => s && "cursor" in s);
  if (!shape) return [];
  const needs = Object.entries(shape)
    .filter(([, field]) => !field.safeParse(undefined).success)
    .map(([key]) => key);
  return [{ path, permission: proc._def.meta!.permission, needs }];
});

const id = "0b7c2a51-6c2e-4a4e-9a57-5f2d1b3c4d5e";
const b64 = (text: string) => Buffer.from(text).toString("base64url");
const forged = {
  "not base64": "这不是分页参数!",
  "not JSON": b64("{not json"),
  "not a tuple": b64(JSON.stringify({ at: "2024-01-01", id })),
  "wrong types": b64(JSON.stringify([1, 2, 3])),
  "a date that is not a date": b64(JSON.stringify(["2024-02-30 25:61:00+08", id])),
  "an id that is not a uuid": b64(JSON.stringify(["2024-01-01 00:00:00+08", "1 or 1=1"])),
  "text Postgres cannot store": b64(JSON.stringify(["zhang\u0000", "x"])),
  huge: "A".repeat(100_000),
};

function call(caller: Caller, path: string, input: unknown): Promise<unknown> {
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (input?: unknown) => Promise<unknown>)(input);
}

describe("forged page cursors", () => {
  it("finds the keyset lists, public ones included", () => {
    const paths = lists.map((l) => l.path);
    for (const expected of [
      "consultation.publicTopic.topics",
      "consultation.publicTopic.summaries",
      "consultation.list",
      "consultation.invitation.mine",
      "consultation.speech.list",
      "consultation.suggestion.list",
      "consultation.residentTopic.list",
      "proposal.list",
      "roster.members.list",
      "roster.members.directory",
      "account.list",
    ]) {
      expect(paths).toContain(expected);
    }
  });

  for (const { path, permission, needs } of lists) {
    it(`${path} answers BAD_REQUEST in Chinese`, async () => {
      const role = permission === "public" ? "anonymous" : roles.find((r) => permission === "signedIn" || can({ role: r, councilId: api.councilId }, permission));
      expect(role, `no role may call ${path}`).toBeDefined();
      const missing = needs.filter((key) => !(key in required));
      expect(missing, `${path} needs inputs this test cannot supply yet`).toEqual([]);
      const base = Object.fromEntries(needs.map((key) => [key, required[key]]));
      // The real first page works, so the failures below are the cursor's alone.
      await call(callers.get(role!)!, path, base);
      const attempt = (cursor: string) =>
        call(callers.get(role!)!, path, { ...base, cursor }).then(
          () => null,
          (e: unknown) => e,
        );
      // A list keyed by text (pinyin, a name) rightly takes any storable text, a date-like one included.
      const keyedByText = (await attempt(textCursor.encode(["zhang", id]))) === null;
      for (const [what, cursor] of Object.entries(forged)) {
        if (keyedByText && what === "a date that is not a date") continue;
        const error = await attempt(cursor);
        expect(error, `${path} accepted a cursor that is ${what}`).toBeInstanceOf(TRPCError);
        expect((error as TRPCError).code, `${path}, ${what}: ${(error as TRPCError).message}`).toBe("BAD_REQUEST");
        expect((error as TRPCError).message, `${path}, ${what}`).toBe(invalidCursorMessage);
      }
    });
  }
});

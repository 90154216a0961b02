import { proposalAssignment } from "@cppcc/db";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { demoMemberId, extraLogin, filed, refusal, sessionIds, unitId } from "./fixtures";

/** 重新交办 by the office after the return window, when a unit can no longer send it back itself. */
let api: TestApi;
let admin: Caller;
let handler: Caller;
let me: string;
let sessionId: string;
let zjj: string;
let jtj: string;
beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
  handler = (await api.loginAs("handler")).caller;
  me = await demoMemberId(api);
  sessionId = (await sessionIds(api)).get(5)!;
  [zjj, jtj] = await Promise.all([unitId(api, "市住建局"), unitId(api, "市交通运输局")]);
});
afterAll(() => api?.close());

describe("reassignment after the return window", () => {
  it("refuses the unit's late return, then the office reassigns directly, audited and on the timeline", async () => {
    api.clock.set("2025-03-03T10:00:00+08:00");
    const f = await filed(admin, sessionId, me);
    const a = await admin.proposal.assign({ id: f.id, version: f.version, assignment: { mode: "joint", leadUnitId: zjj, coUnitIds: [] } });
    api.clock.set("2025-03-20T10:00:00+08:00");
    expect((await refusal(handler.proposal.returnAssignment({ id: a.id, version: a.version, reason: "属于交通部门职责" }))).message).toBe(
      "交办已超过 10 天（退回期限至 2025-03-13），不能再退回；如确属交办不当，请联系办公室直接重新交办",
    );
    expect((await refusal(admin.proposal.reassign({ id: a.id, version: a.version, assignment: { mode: "joint", leadUnitId: jtj, coUnitIds: [] }, reason: "" }))).code).toBe("BAD_REQUEST");
    const r = await admin.proposal.reassign({ id: a.id, version: a.version, assignment: { mode: "joint", leadUnitId: jtj, coUnitIds: [] }, reason: "市住建局反映该事项属于交通部门职责" });
    expect(r.status).toBe("assigned");

    const view = await admin.proposal.get({ id: r.id });
    expect(view.assignment).toMatchObject({ assignedOn: "2025-03-20", units: [{ name: "市交通运输局", role: "lead" }] });
    expect(view.deadlines.dueOn).toBe("2025-06-20");
    const rows = await api.db.db.select().from(proposalAssignment).where(eq(proposalAssignment.proposalId, r.id)).orderBy(asc(proposalAssignment.round));
    expect(rows.map((x) => [x.round, x.handlingUnitId, x.active])).toEqual([
      [1, zjj, false],
      [2, jtj, true],
    ]);
    // The old unit no longer sees it; the new one does.
    expect((await refusal(handler.proposal.get({ id: r.id }))).code).toBe("NOT_FOUND");
    const newUnit = await extraLogin(api, "handler", jtj);
    expect((await newUnit.proposal.get({ id: r.id })).my.unitRole).toBe("lead");
    const last = (await admin.proposal.timeline({ id: r.id })).at(-1)!;
    expect(last).toMatchObject({ type: "reassign", label: "重新交办", detail: { reason: "市住建局反映该事项属于交通部门职责", dueOn: "2025-06-20" } });
    api.clock.reset();
  });
});

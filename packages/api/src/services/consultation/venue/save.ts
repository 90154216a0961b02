import { member, township, venue, type DbOrTx } from "@cppcc/db";
import { Conflict, RuleViolation, venueProblems, type VenueInput, type Violation } from "@cppcc/domain";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { assertCan } from "../shared/access";
import { eventActor } from "../../events/actor";
import { recordEvent } from "../../events/record";
import { consultationRules } from "../shared/rules";
import { assertVersion } from "../shared/version";
import type { VenueUpdateInput } from "./inputs";
import { lockById } from "../../shared/lockRow";

async function assertValidVenue(tx: DbOrTx, councilId: string, input: VenueInput) {
  const { receptionHallStars } = await consultationRules(tx, councilId);
  const problems: Violation[] = venueProblems(input, receptionHallStars).map(({ path, message }) => ({ path, message }));
  if (input.townshipId) {
    const [t] = await tx.select({ id: township.id }).from(township).where(and(eq(township.id, input.townshipId), eq(township.councilId, councilId)));
    if (!t) problems.push({ path: "townshipId", message: "所选镇街道不存在，请重新选择" });
  }
  const hosts = [...new Set(input.hostMemberIds)];
  if (hosts.length > 0) {
    const found = await tx.select({ id: member.id }).from(member).where(and(eq(member.councilId, councilId), inArray(member.id, hosts)));
    if (found.length < hosts.length) problems.push({ path: "hostMemberIds", message: "有的牵头委员已不存在，请重新选择" });
  }
  if (problems.length > 0) throw new RuleViolation(problems);
}

/** A name is the council's: two venues called the same would be confused on every list. */
async function assertNameFree(tx: DbOrTx, councilId: string, name: string, id?: string) {
  const [same] = await tx.select({ id: venue.id }).from(venue).where(and(eq(venue.councilId, councilId), eq(venue.name, name)));
  if (same && same.id !== id) throw new Conflict(`已有名为「${name}」的阵地，请换一个名称`);
}

export async function createVenue({ ctx, input }: { ctx: SignedInContext; input: VenueInput }) {
  const councilId = ctx.session.council.id;
  return ctx.db.db.transaction(async (tx) => {
    assertCan(ctx, "venue.manage", { townshipId: input.townshipId }, "登记此阵地");
    await assertValidVenue(tx, councilId, input);
    await assertNameFree(tx, councilId, input.name);
    const [row] = await tx.insert(venue).values({ ...input, hostMemberIds: [...new Set(input.hostMemberIds)], councilId }).returning();
    await recordEvent(tx, eventActor(ctx), { action: "venue.create", entity: "venue", entityId: row!.id, after: row, occurredAt: ctx.clock.now() });
    return row!;
  });
}

/** A liaison may neither edit another township's venue nor move theirs elsewhere. */
export async function updateVenue({ ctx, input }: { ctx: SignedInContext; input: VenueUpdateInput }) {
  const councilId = ctx.session.council.id;
  const { id, version, ...fields } = input;
  return ctx.db.db.transaction(async (tx) => {
    const before = await lockById(tx, venue, councilId, id, "找不到该阵地，请刷新列表");
    assertCan(ctx, "venue.manage", { townshipId: before.townshipId }, "修改此阵地");
    assertCan(ctx, "venue.manage", { townshipId: fields.townshipId }, "把阵地改到其他镇街道");
    assertVersion(before.version, version, "venue");
    await assertValidVenue(tx, councilId, fields);
    await assertNameFree(tx, councilId, fields.name, id);
    const [after] = await tx
      .update(venue)
      .set({ ...fields, hostMemberIds: [...new Set(fields.hostMemberIds)], version: sql`${venue.version} + 1`, updatedAt: ctx.clock.now() })
      .where(eq(venue.id, id))
      .returning();
    await recordEvent(tx, eventActor(ctx), { action: "venue.update", entity: "venue", entityId: id, before, after, occurredAt: ctx.clock.now() });
    return after!;
  });
}

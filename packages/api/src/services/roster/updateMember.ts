import { member, membership } from "@cppcc/db";
import {
  Conflict,
  type memberUpdateInput,
  membershipChanges,
  pinyinFull,
  pinyinInitials,
  postConflict,
  RuleViolation,
  type MembershipKind,
} from "@cppcc/domain";
import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { SignedInContext } from "../../context";
import { eventActor } from "../events/actor";
import { recordEvent } from "../events/record";
import { singlePostHolders } from "./holders";
import { assertPhoneFree, phoneClash } from "./phone";
import { assertRosterReferences } from "./references";
import { today } from "./today";
import { lockById } from "../shared/lockRow";

export type MemberUpdate = z.output<typeof memberUpdateInput>;

/**
 * Changes only the fields sent. A new sector, committee list or group closes the old
 * memberships and opens new ones on `changedOn`, so what was recorded before stays where it was.
 */
export async function updateMember({ ctx, input }: { ctx: SignedInContext; input: MemberUpdate }) {
  const councilId = ctx.session.council.id;
  return ctx.db.db
    .transaction(async (tx) => {
      const before = await lockById(tx, member, councilId, input.id, "找不到该委员");
      if (before.version !== input.version) throw new Conflict("该委员信息已被他人修改，请刷新后再编辑");
      if (before.status === "withdrawn") throw new RuleViolation("该委员已退出，不能再修改其信息");

      const { id, version, changedOn: dateInput, committeeIds, ...fields } = input;
      await assertRosterReferences(tx, councilId, input);
      if (fields.post && fields.post !== before.post) {
        const conflict = postConflict(fields.post, await singlePostHolders(tx, before.termId), id);
        if (conflict) throw new RuleViolation([{ path: "post", message: conflict }]);
      }
      if (fields.phone && fields.phone !== before.phone) await assertPhoneFree(tx, before.termId, fields.phone, id);

      const changedOn = dateInput ?? today(ctx.clock.now());
      const places: [MembershipKind, string[] | undefined][] = [
        ["sector", fields.sectorId ? [fields.sectorId] : undefined],
        ["committee", committeeIds],
        ["townshipGroup", fields.townshipGroupId ? [fields.townshipGroupId] : undefined],
      ];
      const rows = await tx.select().from(membership).where(eq(membership.memberId, id));
      for (const [kind, targets] of places) {
        if (!targets) continue;
        const change = membershipChanges(rows, id, kind, targets, changedOn);
        for (const closed of change.close) {
          await tx.update(membership).set({ endDate: closed.endDate }).where(eq(membership.id, closed.id));
        }
        if (change.open.length > 0) await tx.insert(membership).values(change.open.map((m) => ({ ...m, councilId })));
      }

      const [after] = await tx
        .update(member)
        .set({
          ...fields,
          ...(fields.name && { nameInitials: pinyinInitials(fields.name), namePinyin: pinyinFull(fields.name) }),
          version: sql`${member.version} + 1`,
          updatedAt: ctx.clock.now(),
        })
        .where(and(eq(member.id, id), eq(member.version, version)))
        .returning();
      if (!after) throw new Conflict("该委员信息已被他人修改，请刷新后再编辑");
      await recordEvent(tx, eventActor(ctx), {
        action: "roster.member.update",
        entity: "member",
        entityId: id,
        before: pick(before, Object.keys(fields)),
        after: { ...fields, ...(committeeIds && { committeeIds }), changedOn },
        occurredAt: ctx.clock.now(),
        timeline: { label: "修改委员信息" },
      });
      return { id, version: after.version };
    })
    .catch(phoneClash);
}

function pick(row: Record<string, unknown>, keys: string[]) {
  return Object.fromEntries(keys.map((k) => [k, row[k]]));
}

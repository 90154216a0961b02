import { member, membership, term } from "@cppcc/db";
import {
  type memberCreateInput,
  openMemberships,
  pinyinFull,
  pinyinInitials,
  postConflict,
  RuleViolation,
} from "@cppcc/domain";
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { SignedInContext } from "../../context";
import { eventActor } from "../events/actor";
import { recordEvent } from "../events/record";
import { singlePostHolders } from "./holders";
import { assertPhoneFree, phoneClash } from "./phone";
import { assertRosterReferences } from "./references";

export type MemberCreate = z.output<typeof memberCreateInput>;

/** Adds a member with their sector, committees and group opened from the day they join. */
export async function createMember({ ctx, input }: { ctx: SignedInContext; input: MemberCreate }) {
  const councilId = ctx.session.council.id;
  return ctx.db.db
    .transaction(async (tx) => {
      await assertRosterReferences(tx, councilId, input);
      const [t] = await tx.select().from(term).where(and(eq(term.id, input.termId), eq(term.councilId, councilId)));
      const joinedOn = input.joinedOn ?? t!.startDate;
      if (joinedOn < t!.startDate || joinedOn > t!.endDate) {
        throw new RuleViolation([{ path: "joinedOn", message: `加入日期应在本届任期（${t!.startDate} 至 ${t!.endDate}）内` }]);
      }
      const conflict = postConflict(input.post, await singlePostHolders(tx, input.termId));
      if (conflict) throw new RuleViolation([{ path: "post", message: conflict }]);
      await assertPhoneFree(tx, input.termId, input.phone);

      const { committeeIds, joinedOn: _j, ...fields } = input;
      const [row] = await tx
        .insert(member)
        .values({ ...fields, councilId, nameInitials: pinyinInitials(input.name), namePinyin: pinyinFull(input.name) })
        .returning();
      await tx
        .insert(membership)
        .values(openMemberships(row!.id, { ...input, committeeIds }, joinedOn).map((m) => ({ ...m, councilId })));
      await recordEvent(tx, eventActor(ctx), {
        action: "roster.member.create",
        entity: "member",
        entityId: row!.id,
        after: { ...input },
        occurredAt: ctx.clock.now(),
        timeline: { label: "新增委员" },
      });
      return { id: row!.id, version: row!.version };
    })
    .catch(phoneClash);
}

import { idField, invitationStates, pageInput } from "@cppcc/domain";
import { z } from "zod";
import { reasonText, rowVersion } from "../shared/fields";

const ids = (what: string) => z.array(idField(what)).max(500, `${what}不能超过 500 个`).default([]);

/** Invite by sector, committee, township group or by name (any mix); a member matching several is invited once. */
export const inviteeSelectionInput = z.object({
  everyone: z.boolean().default(false),
  standingMembers: z.boolean().default(false),
  chairs: z.boolean().default(false),
  sectorIds: ids("界别"),
  committeeIds: ids("专委会"),
  townshipGroupIds: ids("委员小组"),
  memberIds: ids("委员"),
});

export const inviteInput = z.object({ consultationId: idField("协商"), selection: inviteeSelectionInput });
export type InviteInput = z.infer<typeof inviteInput>;

/** Finding members to invite or register: by name or pinyin initials, group or sector. */
export const inviteeSearchInput = pageInput.extend({
  consultationId: idField("协商"),
  query: z.string().trim().max(40, "查找内容不能超过 40 个字").nullish(),
  townshipGroupId: idField("委员小组").nullish(),
  sectorId: idField("界别").nullish(),
});
export type InviteeSearchInput = z.infer<typeof inviteeSearchInput>;

export const consultationRefInput = z.object({ consultationId: idField("协商") });

export const invitationListInput = pageInput.extend({
  consultationId: idField("协商"),
  state: z.enum(invitationStates, { error: "邀请状态无效" }).nullish(),
});
export type InvitationListInput = z.infer<typeof invitationListInput>;

export const myInvitationsInput = pageInput
  .extend({
    state: z.enum(invitationStates, { error: "邀请状态无效" }).nullish(),
    /** Only those still to come (planned or scheduled). */
    upcoming: z.boolean().default(false),
  })
  .prefault({});
export type MyInvitationsInput = z.infer<typeof myInvitationsInput>;

/** The member's answer (or the office recording it for them). */
export const invitationReplyInput = z.object({
  id: idField("邀请"),
  version: rowVersion,
  type: z.enum(["accept", "requestLeave"], { error: "请选择报名参加或请假" }),
  reason: reasonText("请假事由").default(""),
});
export type InvitationReplyInput = z.infer<typeof invitationReplyInput>;

/** The organiser's decisions on an invitation. */
export const invitationDecisionInput = z.object({
  id: idField("邀请"),
  version: rowVersion,
  type: z.enum(["approveLeave", "rejectLeave", "withdraw"], { error: "请选择准假、不准假或撤回邀请" }),
  reason: reasonText("理由").default(""),
});
export type InvitationDecisionInput = z.infer<typeof invitationDecisionInput>;

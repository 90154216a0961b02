import type { Role } from "../auth/role";
import { periodOf, quarterLabel, yearOf } from "./dates";
import type { ConsultationDraft } from "./draft";
import { consultationTitleLimits } from "./draft";
import { allowsCity, consultationFormats, consultationModeLabels, isCityOnly } from "./formats";
import { meetsQuorum, quorumBodyLabels, quorumOf } from "./quorum";
import { venueKindLabels, type VenueKind } from "./venue";

export type ConsultationViolationCode =
  | "titleTooShort"
  | "titleTooLong"
  | "leadCommitteeRequired"
  | "sectorRequired"
  | "handlingUnitRequired"
  | "linkedProposalRequired"
  | "townshipRequired"
  | "townshipNotAllowed"
  | "cityLevelByLiaison"
  | "otherTownship"
  | "modeNotAllowed"
  | "venueRequired"
  | "venueKindMismatch"
  | "venueOtherTownship"
  | "belowQuorum"
  | "dateOutsideYear"
  | "dateOutsideQuarter"
  | "replyDeadlineAfterDate"
  /** A field that may no longer change in the consultation's state (see edit.ts). */
  | "frozen";

/** One problem of a draft: where (a field path the form can highlight), what, and what to do. */
export type ConsultationViolation = { path: string; code: ConsultationViolationCode; message: string };

export type ConsultationContext = {
  /** Who is creating or changing the draft. */
  actor: { role: Role; townshipId?: string | null };
  /** For formats with a quorum: how many may attend and how many are expected (accepted invitations). */
  attendance?: { eligible: number; expected: number };
  /** The standing venue named by venueId, as the service found it. */
  venue?: { kind: VenueKind; townshipId: string | null } | null;
};

/**
 * Every rule a consultation draft breaks, not just the first, so the form shows them all at once.
 * Field shapes are the zod schema's job; this judges the draft as a whole against its format.
 */
export function validateConsultation(draft: ConsultationDraft, context: ConsultationContext): ConsultationViolation[] {
  const format = consultationFormats[draft.formatCode];
  const name = `「${format.name}」`;
  const out: ConsultationViolation[] = [];
  const add = (path: string, code: ConsultationViolationCode, message: string) => out.push({ path, code, message });

  const title = draft.title.trim();
  if (title.length < consultationTitleLimits.min) add("title", "titleTooShort", `协商题目至少 ${consultationTitleLimits.min} 个字，请写明协商的事项`);
  if (title.length > consultationTitleLimits.max) add("title", "titleTooLong", `协商题目不能超过 ${consultationTitleLimits.max} 个字，请精简`);

  if (format.requires.leadCommittee && draft.leadCommitteeId == null) {
    add("leadCommitteeId", "leadCommitteeRequired", `${name}须由专委会牵头，请选择牵头专委会`);
  }
  if (format.requires.sectors && draft.sectorIds.length === 0) {
    add("sectorIds", "sectorRequired", `${name}须至少选择一个参加的界别`);
  }
  if (format.requires.handlingUnits && draft.handlingUnitIds.length === 0) {
    add("handlingUnitIds", "handlingUnitRequired", `${name}须至少选择一个对口部门（承办单位）`);
  }
  if (format.requires.linkedProposals && draft.linkedProposalIds.length === 0) {
    add("linkedProposalIds", "linkedProposalRequired", `${name}须关联至少一件要协商办理的提案`);
  }

  // Level: a township's consultation names its township, a city one names none, so the township
  // scope of the policy follows the record without exceptions.
  if (draft.townshipId == null && !allowsCity(format)) {
    add("townshipId", "townshipRequired", `${name}在镇街道组织，请选择所属镇街道`);
  }
  if (draft.townshipId != null && isCityOnly(format)) {
    add("townshipId", "townshipNotAllowed", `${name}是市级协商形式，不能归属镇街道；请清除镇街道，或改选镇街道的协商形式`);
  }
  if (context.actor.role === "liaison") {
    if (draft.townshipId == null) {
      add("townshipId", "cityLevelByLiaison", "市级协商由市政协办公室组织；联络员只能组织本镇街道的协商");
    } else if (draft.townshipId !== context.actor.townshipId) {
      add("townshipId", "otherTownship", "联络员只能为本镇街道组织协商，请选择本镇街道");
    }
  }

  if (!format.modes.includes(draft.mode)) {
    const allowed = format.modes.map((m) => consultationModeLabels[m]).join("、");
    add("mode", "modeNotAllowed", `${name}不能采用「${consultationModeLabels[draft.mode]}」方式，可选：${allowed}`);
  }

  if (format.venue?.required && draft.venueId == null) {
    add("venueId", "venueRequired", `${name}须在${venueKindLabels[format.venue.kind]}举行，请选择阵地`);
  }
  if (draft.venueId != null && context.venue) {
    if (format.venue && context.venue.kind !== format.venue.kind) {
      add("venueId", "venueKindMismatch", `${name}应在${venueKindLabels[format.venue.kind]}举行，所选阵地是${venueKindLabels[context.venue.kind]}`);
    }
    if (context.venue.townshipId != null && context.venue.townshipId !== draft.townshipId) {
      add("venueId", "venueOtherTownship", "所选阵地不属于本次协商的镇街道，请选择本镇街道的阵地");
    }
  }

  if (format.quorum && context.attendance) {
    const { eligible, expected } = context.attendance;
    if (!meetsQuorum(format.quorum, eligible, expected)) {
      const body = quorumBodyLabels[format.quorum.of];
      add(
        "attendance",
        "belowQuorum",
        `${name}须过半数${body}出席：应出席 ${eligible} 人，至少需 ${quorumOf(format.quorum, eligible)} 人，目前预计 ${expected} 人，请督促${body}报名或调整日期`,
      );
    }
  }

  if (draft.plannedDate != null) {
    if (yearOf(draft.plannedDate) !== draft.year) {
      add("plannedDate", "dateOutsideYear", `计划日期 ${draft.plannedDate} 不在 ${draft.year} 年度内，请修改日期或年度`);
    } else if (draft.quarter != null) {
      const { start, end } = periodOf(draft.year, draft.quarter);
      if (draft.plannedDate < start || draft.plannedDate > end) {
        add("plannedDate", "dateOutsideQuarter", `计划日期 ${draft.plannedDate} 不在${quarterLabel(draft.quarter)}（${start} 至 ${end}），请修改日期或季度`);
      }
    }
    if (draft.replyDeadline != null && draft.replyDeadline > draft.plannedDate) {
      add("replyDeadline", "replyDeadlineAfterDate", `报名截止日期 ${draft.replyDeadline} 晚于会议日期 ${draft.plannedDate}，请提前截止`);
    }
  }

  return out;
}

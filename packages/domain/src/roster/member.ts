import type { Gender } from "./gender";
import type { PartyAffiliation } from "./party";
import type { IsoDate } from "./fields";


/** Leadership posts (职务) within a term, highest first. */
export const memberPosts = ["chair", "viceChair", "secretaryGeneral", "standing", "member"] as const;
export type MemberPost = (typeof memberPosts)[number];
export const memberPostLabels: Record<MemberPost, string> = {
  chair: "主席",
  viceChair: "副主席",
  secretaryGeneral: "秘书长",
  standing: "常委",
  member: "委员",
};

/**
 * Who sits on the standing committee (常务委员会). The seeds only name the body (常委会会议,
 * 常委年度述职); the CPPCC charter (章程) says who is on it: a local committee's standing
 * committee consists of its chair, vice-chairs, secretary-general and standing members, elected
 * by the plenary from among the members. So `isStanding` is derived from the post and never
 * stored: a chair is a standing member, and every standing member is first a member of the same
 * term, bound by every member rule (one sector, at least one committee, one group).
 */
export const standingPosts: readonly MemberPost[] = ["chair", "viceChair", "secretaryGeneral", "standing"];

export function isStanding(post: MemberPost): boolean {
  return standingPosts.includes(post);
}

/** Posts a term has exactly one holder of; the others any number. */
export const singleHolderPosts: readonly MemberPost[] = ["chair", "secretaryGeneral"];

export const memberStatuses = ["active", "withdrawn"] as const;
export type MemberStatus = (typeof memberStatuses)[number];
export const memberStatusLabels: Record<MemberStatus, string> = { active: "在册", withdrawn: "已退出" };

/**
 * A member's own row within one term. Sector, committees and township group are not on it:
 * they are dated memberships (see membership.ts), so a move or a withdrawal keeps history.
 */
export type MemberRecord = {
  id: string;
  termId: string;
  name: string;
  gender: Gender;
  /** 出生年月; rosters record the month, so a day of 01 means "day not recorded". */
  birthDate: IsoDate;
  ethnicity: string;
  partyAffiliation: PartyAffiliation;
  /** 工作单位及职务, one text as rosters keep it: splitting 平湖市第一人民医院院长 is guesswork. */
  employerAndTitle: string;
  phone: string;
  post: MemberPost;
  status: MemberStatus;
  withdrawnOn: IsoDate | null;
  withdrawalReason: string | null;
};

/** A member as screens show it: the record plus the memberships current on some day. */
export type Member = MemberRecord & {
  sectorId: string;
  committeeIds: string[];
  townshipGroupId: string;
};

/** Reads the 职务 column; blank means an ordinary member, and 常务委员 is 常委 written out. */
export function parseMemberPost(text: string): MemberPost | null {
  const t = text.replace(/\s/g, "");
  if (t === "") return "member";
  if (t === "常务委员" || t === "政协常委") return "standing";
  if (t === "政协委员") return "member";
  return memberPosts.find((p) => memberPostLabels[p] === t) ?? null;
}

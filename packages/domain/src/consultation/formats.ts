import type { ExpectedOutcome } from "./outcome";
import type { VenueKind } from "./venue";

/**
 * The consultation formats (协商形式) the source documents name, as data: the rules, the forms
 * and the statistics all read this table instead of switching on format names.
 */
export const consultationLevels = ["city", "township", "village"] as const;
export type ConsultationLevel = (typeof consultationLevels)[number];
export const consultationLevelLabels: Record<ConsultationLevel, string> = { city: "市级", township: "镇街道", village: "村（社区）" };

export const convenors = [
  "standingCommittee",
  "chairsMeeting",
  "committee",
  "sectorGroup",
  "office",
  "townshipLiaisonOffice",
  "venueHost",
] as const;
export type Convenor = (typeof convenors)[number];
export const convenorLabels: Record<Convenor, string> = {
  standingCommittee: "政协常务委员会",
  chairsMeeting: "主席会议",
  committee: "牵头专门委员会",
  sectorGroup: "界别活动组",
  office: "市政协办公室",
  townshipLiaisonOffice: "镇街道政协联络室",
  venueHost: "阵地牵头委员",
};

export const participantGroups = [
  "allMembers",
  "standingMembers",
  "chairs",
  "invitedMembers",
  "namedSectors",
  "leadCommittee",
  "handlingUnits",
  "linkedProposers",
  "townshipGroup",
  "pairedSectorGroups",
  "residents",
  "departmentRepresentatives",
  "leaders",
] as const;
export type ParticipantGroup = (typeof participantGroups)[number];
export const participantGroupLabels: Record<ParticipantGroup, string> = {
  allMembers: "全体委员",
  standingMembers: "全体常委",
  chairs: "主席会议成员（主席、副主席、秘书长）",
  invitedMembers: "受邀委员",
  namedSectors: "所选界别的委员",
  leadCommittee: "牵头专委会委员",
  handlingUnits: "对口部门（承办单位）",
  linkedProposers: "相关提案的提案人",
  townshipGroup: "镇街道委员小组成员",
  pairedSectorGroups: "结对界别活动组成员",
  residents: "群众代表",
  departmentRepresentatives: "部门代表",
  leaders: "市委、市政府领导",
};

export const consultationModes = ["offline", "online", "hybrid"] as const;
export type ConsultationMode = (typeof consultationModes)[number];
export const consultationModeLabels: Record<ConsultationMode, string> = { offline: "线下", online: "线上", hybrid: "线上线下结合" };

/** Meetings of a body are valid only with more than half of its members present (过半数出席). */
export type QuorumRule = { of: "allMembers" | "standingMembers"; rule: "moreThanHalf" };

export type ConsultationFormat = {
  code: ConsultationFormatCode;
  name: string;
  /** The levels it may be organised at; the keys of `convenor`. */
  levels: readonly ConsultationLevel[];
  /** Who organises it at each level it may be held. */
  convenor: Partial<Record<ConsultationLevel, Convenor>>;
  participants: { required: readonly ParticipantGroup[]; optional: readonly ParticipantGroup[] };
  quorum: QuorumRule | null;
  expectedOutcome: ExpectedOutcome;
  modes: readonly ConsultationMode[];
  /** What a draft of this format must name; validateConsultation reads this. */
  requires: { leadCommittee: boolean; sectors: boolean; handlingUnits: boolean; linkedProposals: boolean };
  /** The standing venue it is held at: required for a venue's own activities, suggested otherwise. */
  venue: { kind: VenueKind; required: boolean } | null;
  note: string;
};

export const consultationFormatCodes = [
  "plenarySession",
  "standingCommitteeConsultation",
  "chairsMeetingConsultation",
  "topicalConsultation",
  "counterpartConsultation",
  "sectorConsultation",
  "proposalHandlingConsultation",
  "pleaseComeToConsult",
  "leaderFaceToFace",
  "preLegislationConsultation",
  "onlineDeliberation",
  "deliberation",
  "microConsultation",
  "consultationPostActivity",
  "receptionHallActivity",
  "memberStudioActivity",
] as const;
export type ConsultationFormatCode = (typeof consultationFormatCodes)[number];

const none = { leadCommittee: false, sectors: false, handlingUnits: false, linkedProposals: false };
const levelOrder = (levels: ConsultationLevel[]) => consultationLevels.filter((l) => levels.includes(l));

function define(format: Omit<ConsultationFormat, "levels">): ConsultationFormat {
  return { ...format, levels: levelOrder(Object.keys(format.convenor) as ConsultationLevel[]) };
}

export const consultationFormats: Record<ConsultationFormatCode, ConsultationFormat> = {
  plenarySession: define({
    code: "plenarySession",
    name: "全体会议",
    convenor: { city: "standingCommittee" },
    participants: { required: ["allMembers"], optional: ["leaders"] },
    quorum: { of: "allMembers", rule: "moreThanHalf" },
    // Its products (resolutions, 大会发言) are recorded as speeches, not as an outcome to adopt.
    expectedOutcome: "none",
    modes: ["offline", "hybrid"],
    requires: none,
    venue: null,
    note: "每年一次，全体委员出席，大会发言",
  }),
  standingCommitteeConsultation: define({
    code: "standingCommitteeConsultation",
    name: "常委会会议协商",
    convenor: { city: "standingCommittee" },
    participants: { required: ["standingMembers"], optional: ["leaders", "departmentRepresentatives", "invitedMembers"] },
    quorum: { of: "standingMembers", rule: "moreThanHalf" },
    expectedOutcome: "recommendation",
    modes: ["offline", "hybrid"],
    requires: none,
    venue: null,
    note: "议政性常委会会议，形成建议案报送市委、市政府",
  }),
  chairsMeetingConsultation: define({
    code: "chairsMeetingConsultation",
    name: "主席会议专题协商",
    convenor: { city: "chairsMeeting" },
    participants: { required: ["chairs"], optional: ["invitedMembers", "departmentRepresentatives", "leaders"] },
    quorum: null,
    expectedOutcome: "topicalReport",
    modes: ["offline", "hybrid"],
    requires: none,
    venue: null,
    note: "主席会议围绕专题协商，形成专题报告",
  }),
  topicalConsultation: define({
    code: "topicalConsultation",
    name: "专题协商",
    convenor: { city: "committee" },
    participants: { required: ["leadCommittee", "invitedMembers"], optional: ["leaders", "departmentRepresentatives"] },
    quorum: null,
    expectedOutcome: "consultationReport",
    modes: ["offline", "online", "hybrid"],
    requires: { ...none, leadCommittee: true },
    venue: null,
    note: "围绕党政中心工作开展专题协商，可邀请市长等领导出席",
  }),
  counterpartConsultation: define({
    code: "counterpartConsultation",
    name: "对口协商",
    convenor: { city: "committee" },
    participants: { required: ["leadCommittee", "handlingUnits"], optional: ["invitedMembers"] },
    quorum: null,
    expectedOutcome: "consultationReport",
    modes: ["offline", "hybrid"],
    requires: { ...none, leadCommittee: true, handlingUnits: true },
    venue: null,
    note: "专委会与对口政府部门协商",
  }),
  sectorConsultation: define({
    code: "sectorConsultation",
    name: "界别协商",
    convenor: { city: "sectorGroup" },
    participants: { required: ["namedSectors"], optional: ["departmentRepresentatives", "residents"] },
    quorum: null,
    expectedOutcome: "consultationReport",
    modes: ["offline", "online", "hybrid"],
    requires: { ...none, sectors: true },
    venue: null,
    note: "一个或多个界别参加，“圆桌会”形式",
  }),
  proposalHandlingConsultation: define({
    code: "proposalHandlingConsultation",
    name: "提案办理协商",
    convenor: { city: "committee" },
    participants: { required: ["linkedProposers", "handlingUnits"], optional: ["leadCommittee", "invitedMembers"] },
    quorum: null,
    expectedOutcome: "consultationReport",
    modes: ["offline", "online", "hybrid"],
    requires: { ...none, leadCommittee: true, linkedProposals: true },
    venue: null,
    note: "提案人与承办单位就具体提案协商办理",
  }),
  pleaseComeToConsult: define({
    code: "pleaseComeToConsult",
    name: "请你来协商",
    convenor: { city: "committee" },
    participants: { required: ["departmentRepresentatives", "invitedMembers"], optional: ["residents"] },
    quorum: null,
    expectedOutcome: "consultationReport",
    modes: ["offline", "hybrid"],
    requires: { ...none, leadCommittee: true, handlingUnits: true },
    venue: null,
    note: "邀请部门负责人与委员协商，意见建议逐条交办",
  }),
  leaderFaceToFace: define({
    code: "leaderFaceToFace",
    name: "市长（市委书记）与委员面对面",
    convenor: { city: "office" },
    participants: { required: ["leaders", "invitedMembers"], optional: ["departmentRepresentatives"] },
    quorum: null,
    // Leaders answer on the spot and hand each suggestion to a department (当场交办): the
    // suggestions, routed and closed one by one, are the outcome.
    expectedOutcome: "none",
    modes: ["offline", "hybrid"],
    requires: none,
    venue: null,
    note: "每年一次，网络直播，意见建议当场交办",
  }),
  preLegislationConsultation: define({
    code: "preLegislationConsultation",
    name: "立法前协商",
    convenor: { city: "committee" },
    participants: { required: ["leadCommittee", "invitedMembers"], optional: ["departmentRepresentatives", "namedSectors"] },
    quorum: null,
    expectedOutcome: "consultationReport",
    modes: ["offline", "online", "hybrid"],
    requires: { ...none, leadCommittee: true },
    venue: null,
    note: "就法规规章草案协商",
  }),
  onlineDeliberation: define({
    code: "onlineDeliberation",
    name: "网络议政、远程协商",
    convenor: { city: "office", township: "townshipLiaisonOffice" },
    participants: { required: ["invitedMembers"], optional: ["residents", "departmentRepresentatives"] },
    quorum: null,
    expectedOutcome: "consultationReport",
    modes: ["online", "hybrid"],
    requires: none,
    venue: null,
    note: "委员和界别群众在线发言，可在市级或镇街道组织",
  }),
  deliberation: define({
    code: "deliberation",
    name: "民生议事堂",
    convenor: { township: "townshipLiaisonOffice" },
    participants: { required: ["townshipGroup", "pairedSectorGroups", "residents"], optional: ["departmentRepresentatives"] },
    quorum: null,
    // Residents' suggestions, routed to departments and closed one by one (销号), are the outcome;
    // a summary is published, but nothing is submitted for adoption.
    expectedOutcome: "none",
    modes: ["offline", "online", "hybrid"],
    requires: none,
    venue: { kind: "deliberationHall", required: false },
    note: "镇街道联络室组织，委员小组、结对界别组与群众共商身边事",
  }),
  microConsultation: define({
    code: "microConsultation",
    name: "微协商",
    convenor: { township: "townshipLiaisonOffice", village: "townshipLiaisonOffice" },
    participants: { required: ["residents"], optional: ["townshipGroup", "departmentRepresentatives"] },
    quorum: null,
    expectedOutcome: "none",
    modes: ["offline"],
    requires: none,
    venue: null,
    note: "小范围，围绕一件具体的事（如老旧小区路灯改造）",
  }),
  consultationPostActivity: define({
    code: "consultationPostActivity",
    name: "协商驿站活动",
    convenor: { village: "townshipLiaisonOffice" },
    participants: { required: ["residents"], optional: ["townshipGroup", "invitedMembers"] },
    quorum: null,
    expectedOutcome: "none",
    modes: ["offline"],
    requires: none,
    venue: { kind: "consultationPost", required: true },
    note: "村（社区）协商驿站的活动",
  }),
  receptionHallActivity: define({
    code: "receptionHallActivity",
    name: "委员会客厅活动",
    convenor: { city: "venueHost", township: "venueHost" },
    participants: { required: ["invitedMembers"], optional: ["residents", "namedSectors"] },
    quorum: null,
    expectedOutcome: "none",
    modes: ["offline", "hybrid"],
    requires: none,
    venue: { kind: "receptionHall", required: true },
    note: "委员会客厅的主题活动",
  }),
  memberStudioActivity: define({
    code: "memberStudioActivity",
    name: "委员工作室活动",
    convenor: { township: "venueHost", village: "venueHost" },
    participants: { required: ["invitedMembers"], optional: ["residents"] },
    quorum: null,
    expectedOutcome: "none",
    modes: ["offline"],
    requires: none,
    venue: { kind: "memberStudio", required: true },
    note: "委员工作室的活动",
  }),
};

export function consultationFormatOf(code: ConsultationFormatCode): ConsultationFormat {
  return consultationFormats[code];
}

/** City-only formats belong to the city office; the others run inside a township (a village lies in one). */
export function isCityOnly(format: ConsultationFormat): boolean {
  return format.levels.length === 1 && format.levels[0] === "city";
}

export function allowsCity(format: ConsultationFormat): boolean {
  return format.levels.includes("city");
}

/**
 * The level a consultation of this format runs at, given whether it names a township. Villages
 * have no record of their own yet, so a format held in both a township and its villages reads as township.
 */
export function consultationLevelOf(format: ConsultationFormat, townshipId: string | null | undefined): ConsultationLevel {
  if (townshipId == null) return "city";
  return format.levels.includes("township") ? "township" : "village";
}

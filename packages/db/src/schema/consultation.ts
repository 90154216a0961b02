import {
  adoptionResults,
  consultationFormatCodes,
  consultationLevels,
  consultationModes,
  consultationStates,
  deliberationTopicSources,
  invitationStates,
  outcomeKinds,
  participantKinds,
  planStates,
  residentTopicStates,
  speechKinds,
  suggestionAuthorKinds,
  suggestionResults,
  suggestionStates,
  venueKinds,
} from "@cppcc/domain";
import { sql } from "drizzle-orm";
import { date, index, integer, type PgColumn, pgTable, text, time, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { councilKey, createdAt, id, rowId, sameCouncil, updatedAt, version } from "./_columns";
import { account } from "./auth";
import { councilId, township } from "./council";
import { committee, handlingUnit, member } from "./roster";

const accountRef = (name: string) => uuid(name);
const uuids = (name: string) =>
  uuid(name)
    .array()
    .notNull()
    .default(sql`'{}'::uuid[]`);

/** A row of one consultation: keyed in its council, and pointing at the consultation through it. */
const ofMeeting = (t: { councilId: PgColumn; id: PgColumn; consultationId: PgColumn }) => [
  councilKey(t),
  sameCouncil(t, t.consultationId, consultation),
];

/** 年度协商计划: one per council and year; approved, it is locked. */
export const consultationPlan = pgTable(
  "consultation_plan",
  {
    id: rowId(),
    councilId: councilId(),
    year: integer("year").notNull(),
    state: text("state", { enum: planStates }).notNull().default("draft"),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    approvedBy: accountRef("approved_by"),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [councilKey(t), sameCouncil(t, t.approvedBy, account), unique("consultation_plan_council_year_uq").on(t.councilId, t.year)],
);

export const consultationPlanItem = pgTable(
  "consultation_plan_item",
  {
    id: rowId(),
    councilId: councilId(),
    planId: uuid("plan_id").notNull(),
    formatCode: text("format_code", { enum: consultationFormatCodes }).notNull(),
    topic: text("topic").notNull(),
    quarter: integer("quarter"),
    leadCommitteeId: uuid("lead_committee_id"),
    note: text("note").notNull().default(""),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [
    councilKey(t),
    sameCouncil(t, t.planId, consultationPlan),
    sameCouncil(t, t.leadCommitteeId, committee),
    index("consultation_plan_item_plan_idx").on(t.planId, t.sortOrder),
  ],
);

/** 协商 standing venues (议事堂、会客厅、工作室、驿站); their activities are consultations naming them. */
export const venue = pgTable(
  "venue",
  {
    id: rowId(),
    councilId: councilId(),
    kind: text("kind", { enum: venueKinds }).notNull(),
    /** null: a city-wide reception hall, kept by the city office. */
    townshipId: uuid("township_id"),
    name: text("name").notNull(),
    address: text("address").notNull().default(""),
    /** Reception halls only (委员会客厅星级). */
    stars: integer("stars"),
    hostMemberIds: uuids("host_member_ids"),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    councilKey(t),
    sameCouncil(t, t.townshipId, township),
    unique("venue_council_name_uq").on(t.councilId, t.name),
    index("venue_list_idx").on(t.councilId, t.name, t.id),
    index("venue_township_idx").on(t.councilId, t.townshipId, t.name, t.id),
    index("venue_kind_idx").on(t.councilId, t.kind, t.name, t.id),
  ],
);

/**
 * 协商: one consultation event of any format, city or township, from draft to closing. Arrays hold
 * the sectors, units and proposals it names (a handful each); linked proposals have no table yet.
 */
export const consultation = pgTable(
  "consultation",
  {
    id: rowId(),
    councilId: councilId(),
    formatCode: text("format_code", { enum: consultationFormatCodes }).notNull(),
    title: text("title").notNull(),
    year: integer("year").notNull(),
    quarter: integer("quarter"),
    level: text("level", { enum: consultationLevels }).notNull(),
    /** null for a city consultation: then no liaison's scope covers it. */
    townshipId: uuid("township_id"),
    leadCommitteeId: uuid("lead_committee_id"),
    sectorIds: uuids("sector_ids"),
    handlingUnitIds: uuids("handling_unit_ids"),
    linkedProposalIds: uuids("linked_proposal_ids"),
    planItemId: uuid("plan_item_id"),
    plannedDate: date("planned_date"),
    /** When the meeting starts on its day (Asia/Shanghai wall time); check-in opens around it. */
    startTime: time("start_time"),
    /** Whom invited people call about the meeting (the organiser's office or officer). */
    contactName: text("contact_name"),
    contactPhone: text("contact_phone"),
    replyDeadline: date("reply_deadline"),
    mode: text("mode", { enum: consultationModes }).notNull(),
    venue: text("venue"),
    venueId: uuid("venue_id"),
    description: text("description").notNull().default(""),
    /** A township deliberation's topic: raised by residents (then linked from resident_topic), a member, the township, or assigned by the council. */
    topicSource: text("topic_source", { enum: deliberationTopicSources }),
    state: text("state", { enum: consultationStates }).notNull().default("draft"),
    /** The day it was recorded as held; kept when cancelled afterwards, so it still counts as taken place. */
    heldOn: date("held_on"),
    postponeReason: text("postpone_reason"),
    cancelReason: text("cancel_reason"),
    outcomeKind: text("outcome_kind", { enum: outcomeKinds }),
    outcomeTitle: text("outcome_title"),
    outcomeDocument: text("outcome_document"),
    outcomeSubmittedOn: date("outcome_submitted_on"),
    adoption: text("adoption", { enum: adoptionResults }),
    feedback: text("feedback"),
    followUpDate: date("follow_up_date"),
    /** A township deliberation's public summary (议事结果公示). */
    summary: text("summary"),
    summaryPublishedAt: timestamp("summary_published_at", { withTimezone: true }),
    createdBy: accountRef("created_by"),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    councilKey(t),
    sameCouncil(t, t.townshipId, township),
    sameCouncil(t, t.leadCommitteeId, committee),
    sameCouncil(t, t.planItemId, consultationPlanItem),
    sameCouncil(t, t.venueId, venue),
    sameCouncil(t, t.createdBy, account),
    index("consultation_list_idx").on(t.councilId, t.createdAt, t.id),
    index("consultation_township_idx").on(t.councilId, t.townshipId, t.createdAt, t.id),
    index("consultation_state_idx").on(t.councilId, t.state, t.createdAt, t.id),
    index("consultation_format_idx").on(t.councilId, t.formatCode, t.createdAt, t.id),
    // Statistics group by year, format and state.
    index("consultation_year_idx").on(t.councilId, t.year, t.formatCode, t.state),
    index("consultation_plan_item_idx").on(t.planItemId),
    // The office's search across modules finds a consultation by words of its title.
    index("consultation_title_trgm_idx").using("gin", t.title.op("gin_trgm_ops")),
    index("consultation_venue_idx").on(t.venueId, t.createdAt),
    // 本周会议: the meetings whose day falls in a given week.
    index("consultation_planned_date_idx").on(t.councilId, t.plannedDate),
    index("consultation_summary_idx")
      .on(t.townshipId, t.summaryPublishedAt)
      .where(sql`${t.summaryPublishedAt} is not null`),
  ],
);

/** A member invited to a consultation; the reply and the leave asked for live here. */
export const consultationInvitation = pgTable(
  "consultation_invitation",
  {
    id: rowId(),
    councilId: councilId(),
    consultationId: uuid("consultation_id").notNull(),
    memberId: uuid("member_id").notNull(),
    state: text("state", { enum: invitationStates }).notNull().default("invited"),
    leaveReason: text("leave_reason"),
    rejectReason: text("reject_reason"),
    repliedAt: timestamp("replied_at", { withTimezone: true }),
    invitedBy: accountRef("invited_by"),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    ...ofMeeting(t),
    sameCouncil(t, t.memberId, member),
    sameCouncil(t, t.invitedBy, account),
    unique("consultation_invitation_uq").on(t.consultationId, t.memberId, t.councilId),
    index("consultation_invitation_member_idx").on(t.councilId, t.memberId, t.createdAt, t.id),
    // The office's queue of leave requests awaiting a decision, across meetings (待审批请假).
    index("consultation_invitation_state_idx").on(t.councilId, t.state, t.createdAt, t.id),
  ],
);

/** Present at a consultation, once per member however often they scan. */
export const consultationAttendance = pgTable(
  "consultation_attendance",
  {
    id: rowId(),
    councilId: councilId(),
    consultationId: uuid("consultation_id").notNull(),
    memberId: uuid("member_id").notNull(),
    /** scan: the QR code · code: the typed 6-digit code · manual: marked by the organiser. */
    source: text("source", { enum: ["scan", "code", "manual"] }).notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    markedBy: accountRef("marked_by"),
  },
  (t) => [
    ...ofMeeting(t),
    sameCouncil(t, t.memberId, member),
    sameCouncil(t, t.markedBy, account),
    unique("consultation_attendance_uq").on(t.consultationId, t.memberId, t.councilId),
    index("consultation_attendance_member_idx").on(t.councilId, t.memberId),
  ],
);

/**
 * QR check-in codes, in Postgres so any server can check a code another issued. Only the token's
 * SHA-256 is kept: the table cannot be read to check in for someone.
 */
export const consultationCheckInCode = pgTable(
  "consultation_check_in_code",
  {
    id: rowId(),
    councilId: councilId(),
    consultationId: uuid("consultation_id").notNull(),
    tokenHash: text("token_hash").notNull(),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    issuedBy: accountRef("issued_by"),
  },
  (t) => [
    ...ofMeeting(t),
    sameCouncil(t, t.issuedBy, account),
    // The scanned token names no council; a token is 32 random bytes, so one per council is one.
    unique("consultation_check_in_code_token_uq").on(t.tokenHash, t.councilId),
    index("consultation_check_in_code_expiry_idx").on(t.consultationId, t.expiresAt),
  ],
);

/**
 * The meeting's typed check-in code (6 digits), one per consultation: issuing again replaces it,
 * so the old one stops working. Only a digest salted with the consultation id is kept. Six digits
 * are a small space, so the digest keeps the code off a casual read of the table, not from someone
 * who can already write to it; what protects the code is the window, the invitation list and the
 * throttle (`check_in_failure`).
 */
export const consultationCheckInPin = pgTable(
  "consultation_check_in_pin",
  {
    consultationId: uuid("consultation_id").notNull(),
    councilId: councilId(),
    pinHash: text("pin_hash").notNull(),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull(),
    issuedBy: accountRef("issued_by"),
  },
  (t) => [
    councilKey(t, t.consultationId),
    sameCouncil(t, t.consultationId, consultation),
    sameCouncil(t, t.issuedBy, account),
  ],
);

/** Wrong typed check-in codes, per account and per address (keys like login_failure's), for the throttle. */
export const checkInFailure = pgTable(
  "check_in_failure",
  {
    id: id(),
    key: text("key").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (t) => [index("check_in_failure_key_at_idx").on(t.key, t.at), index("check_in_failure_at_idx").on(t.at)],
);

/** 发言: each one is a duty event of its own. */
export const consultationSpeech = pgTable(
  "consultation_speech",
  {
    id: rowId(),
    councilId: councilId(),
    consultationId: uuid("consultation_id").notNull(),
    memberId: uuid("member_id").notNull(),
    kind: text("kind", { enum: speechKinds }).notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    recordedBy: accountRef("recorded_by"),
    createdAt: createdAt(),
  },
  (t) => [
    ...ofMeeting(t),
    sameCouncil(t, t.memberId, member),
    sameCouncil(t, t.recordedBy, account),
    index("consultation_speech_consultation_idx").on(t.consultationId, t.createdAt, t.id),
    index("consultation_speech_member_idx").on(t.councilId, t.memberId),
  ],
);

/** People at a consultation who are not members (部门代表、群众、领导、专家); the phone is for the office only. */
export const consultationParticipant = pgTable(
  "consultation_participant",
  {
    id: rowId(),
    councilId: councilId(),
    consultationId: uuid("consultation_id").notNull(),
    name: text("name").notNull(),
    kind: text("kind", { enum: participantKinds }).notNull(),
    unit: text("unit").notNull().default(""),
    phone: text("phone"),
    recordedBy: accountRef("recorded_by"),
    createdAt: createdAt(),
  },
  (t) => [
    ...ofMeeting(t),
    sameCouncil(t, t.recordedBy, account),
    index("consultation_participant_consultation_idx").on(t.consultationId, t.createdAt, t.id),
  ],
);

/**
 * 意见建议 from recording to closing (销号). The consultation's township is copied here because
 * every scope check and the township's open-items list filter on it.
 */
export const consultationSuggestion = pgTable(
  "consultation_suggestion",
  {
    id: rowId(),
    councilId: councilId(),
    consultationId: uuid("consultation_id").notNull(),
    townshipId: uuid("township_id"),
    authorKind: text("author_kind", { enum: suggestionAuthorKinds }).notNull(),
    authorMemberId: uuid("author_member_id"),
    authorName: text("author_name"),
    authorUnitId: uuid("author_unit_id"),
    category: text("category").notNull(),
    content: text("content").notNull(),
    state: text("state", { enum: suggestionStates }).notNull().default("recorded"),
    handlingUnitId: uuid("handling_unit_id"),
    deadline: date("deadline"),
    routedOn: date("routed_on"),
    /** Why it came back unrouted (退回 by the unit, or 撤回 by the organiser), for the next routing. */
    returnReason: text("return_reason"),
    answer: text("answer"),
    answeredOn: date("answered_on"),
    answeredBy: accountRef("answered_by"),
    result: text("result", { enum: suggestionResults }),
    resultReason: text("result_reason"),
    closedOn: date("closed_on"),
    closedBy: accountRef("closed_by"),
    createdBy: accountRef("created_by"),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    ...ofMeeting(t),
    sameCouncil(t, t.townshipId, township),
    sameCouncil(t, t.authorMemberId, member),
    sameCouncil(t, t.authorUnitId, handlingUnit),
    sameCouncil(t, t.handlingUnitId, handlingUnit),
    sameCouncil(t, t.answeredBy, account),
    sameCouncil(t, t.closedBy, account),
    sameCouncil(t, t.createdBy, account),
    index("consultation_suggestion_consultation_idx").on(t.consultationId, t.createdAt, t.id),
    index("consultation_suggestion_list_idx").on(t.councilId, t.createdAt, t.id),
    index("consultation_suggestion_township_idx").on(t.councilId, t.townshipId, t.state, t.createdAt, t.id),
    index("consultation_suggestion_unit_idx").on(t.councilId, t.handlingUnitId, t.createdAt, t.id),
    index("consultation_suggestion_author_idx").on(t.councilId, t.authorMemberId, t.createdAt, t.id),
    index("consultation_suggestion_state_idx").on(t.councilId, t.state, t.createdAt, t.id),
  ],
);

/**
 * A resident's topic from the public page. The dedupe key (a digest of the normalised text) is
 * unique per township, so a double tap or a retry stores one topic.
 */
export const residentTopic = pgTable(
  "resident_topic",
  {
    id: rowId(),
    councilId: councilId(),
    townshipId: uuid("township_id").notNull(),
    topic: text("topic").notNull(),
    description: text("description").notNull(),
    name: text("name"),
    phone: text("phone"),
    state: text("state", { enum: residentTopicStates }).notNull().default("pending"),
    rejectReason: text("reject_reason"),
    /**
     * What the public page shows once accepted, edited or redacted by the officer; null before
     * acceptance. topic/description stay as the resident wrote them, for the office.
     */
    publishedTopic: text("published_topic"),
    publishedDescription: text("published_description"),
    /** 回执号 given at submission (null for topics raised before receipts existed). */
    receiptNo: text("receipt_no"),
    /** 查询码: the phone's last four digits, or four random ones given with the receipt. */
    lookupCode: text("lookup_code"),
    dedupeKey: text("dedupe_key").notNull(),
    /** The deliberation scheduled on it. */
    consultationId: uuid("consultation_id"),
    moderatedBy: accountRef("moderated_by"),
    moderatedAt: timestamp("moderated_at", { withTimezone: true }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    councilKey(t),
    sameCouncil(t, t.townshipId, township),
    sameCouncil(t, t.consultationId, consultation),
    sameCouncil(t, t.moderatedBy, account),
    unique("resident_topic_dedupe_uq").on(t.townshipId, t.dedupeKey, t.councilId),
    unique("resident_topic_receipt_uq").on(t.councilId, t.receiptNo),
    index("resident_topic_list_idx").on(t.councilId, t.townshipId, t.state, t.createdAt, t.id),
    index("resident_topic_state_idx").on(t.councilId, t.state, t.createdAt, t.id),
    index("resident_topic_consultation_idx").on(t.consultationId),
    // The office's search across modules finds a topic by words of what the resident wrote.
    index("resident_topic_topic_trgm_idx").using("gin", t.topic.op("gin_trgm_ops")),
  ],
);

/** Requests through a public (account-less) channel, per client address, for a sliding-window limit shared by all servers. */
export const publicRateLimit = pgTable(
  "public_rate_limit",
  {
    id: rowId(),
    councilId: councilId(),
    key: text("key").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    councilKey(t),
    index("public_rate_limit_key_at_idx").on(t.key, t.at),
    // Each accepted request trims a batch of expired rows by age: without this it read the whole table.
    index("public_rate_limit_at_idx").on(t.at),
  ],
);

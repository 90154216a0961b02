import {
  assignmentModes,
  cosignerStatuses,
  handlingRoles,
  notFiledConversions,
  proposalCategories,
  proposalStatuses,
  proposerKinds,
  textSimilarityPairsSql,
  titleSimilarityKeySql,
  type ProposalState,
} from "@cppcc/domain";
import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
  type PgColumn,
} from "drizzle-orm/pg-core";
import { councilKey, createdAt, rowId, sameCouncil, updatedAt, version } from "./_columns";
import { account } from "./auth";
import { councilId } from "./council";
import { handlingUnit, member, termSession } from "./roster";

const proposalId = () => uuid("proposal_id").notNull();
const accountId = (name = "account_id") => uuid(name);
type ProposalPart = { councilId: PgColumn; proposalId: PgColumn };
/** A row that belongs to a proposal goes with it. */
const ofProposal = (t: ProposalPart) => sameCouncil(t, t.proposalId, proposal).onDelete("cascade");

/**
 * 提案. The workflow state the domain's state machine reads and writes is kept whole in `state`
 * (so a transition is one read and one write), and the parts lists filter on are copied into
 * columns by the same write. The text, the proposers and the letters live in their own columns
 * and tables.
 */
export const proposal = pgTable(
  "proposal",
  {
    id: rowId(),
    councilId: councilId(),
    sessionId: uuid("session_id").notNull(),
    proposerKind: text("proposer_kind", { enum: proposerKinds }).notNull(),
    /** The first proposer (个人、联名) or the member writing for a collective proposer; null for staff-entered paper. */
    leadMemberId: uuid("lead_member_id"),
    /** The collective proposer: a participating unit, sector, township group or committee, by kind. */
    proposerBodyId: uuid("proposer_body_id"),
    /** Who the proposal counts for in statistics and in a liaison's township, fixed when it is drafted. */
    sectorId: uuid("sector_id"),
    committeeId: uuid("committee_id"),
    townshipGroupId: uuid("township_group_id"),
    title: text("title").notNull().default(""),
    situation: text("situation").notNull().default(""),
    suggestions: text("suggestions").notNull().default(""),
    category: text("category", { enum: proposalCategories }),
    isLivelihood: boolean("is_livelihood"),
    /**
     * What the similarity search compares: the title's subject (pg_trgm) and the start of the
     * text as a set of character pairs, without the words every proposal uses (see the domain's
     * `titleSimilarityKey`). Generated, so they can never drift from the text.
     */
    titleKey: text("title_key")
      .notNull()
      .generatedAlwaysAs(sql.raw(titleSimilarityKeySql("title"))),
    textPairs: text("text_pairs")
      .array()
      .notNull()
      .generatedAlwaysAs(sql.raw(textSimilarityPairsSql("situation || suggestions"))),
    status: text("status", { enum: proposalStatuses }).notNull().default("draft"),
    /** 届-次-序号, given at filing; unique per council and never handed out twice (see proposal_serial). */
    number: text("number"),
    serial: integer("serial"),
    submittedOn: date("submitted_on"),
    filedOn: date("filed_on"),
    /** The current handling period's last day, while units are handling it (overdue list). */
    dueOn: date("due_on"),
    mergeGroupId: uuid("merge_group_id"),
    isKey: boolean("is_key").notNull().default(false),
    state: jsonb("state").$type<ProposalState>().notNull(),
    createdByAccountId: accountId("created_by_account_id"),
    /** The client's id for the create request, so a repeated "new proposal" makes one draft. */
    requestId: text("request_id"),
    /**
     * Where lists place it: when it was created, until its first submission, then that moment, so
     * the review queue runs in the order proposals arrived and paging stays stable afterwards.
     */
    listedAt: timestamp("listed_at", { withTimezone: true }).notNull().defaultNow(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    councilKey(t),
    sameCouncil(t, t.sessionId, termSession),
    sameCouncil(t, t.leadMemberId, member),
    sameCouncil(t, t.createdByAccountId, account),
    unique("proposal_council_number_uq").on(t.councilId, t.number),
    unique("proposal_session_serial_uq").on(t.councilId, t.sessionId, t.serial),
    uniqueIndex("proposal_request_uq").on(t.councilId, t.requestId).where(sql`${t.requestId} is not null`),
    // Lists page by (listed_at, id) inside the council, optionally a session and a status.
    index("proposal_list_idx").on(t.councilId, t.listedAt, t.id),
    // A session's list without a status filter: walks the session's rows in order instead of
    // filtering the council's whole list (every council keeps several sessions).
    index("proposal_session_list_idx").on(t.councilId, t.sessionId, t.listedAt, t.id),
    index("proposal_session_status_idx").on(t.councilId, t.sessionId, t.status, t.listedAt, t.id),
    index("proposal_status_idx").on(t.councilId, t.status, t.listedAt, t.id),
    index("proposal_lead_member_idx").on(t.leadMemberId, t.listedAt),
    index("proposal_township_group_idx").on(t.councilId, t.townshipGroupId, t.listedAt),
    index("proposal_merge_group_idx").on(t.mergeGroupId),
    index("proposal_due_idx")
      .on(t.councilId, t.dueOn)
      .where(sql`${t.status} in ('assigned', 'rehandling')`),
    index("proposal_key_idx").on(t.councilId, t.listedAt).where(sql`${t.isKey}`),
    index("proposal_title_key_trgm_idx").using("gin", t.titleKey.op("gin_trgm_ops")),
    index("proposal_text_pairs_idx").using("gin", t.textPairs),
    index("proposal_title_trgm_idx").using("gin", t.title.op("gin_trgm_ops")),
  ],
);

/**
 * The highest serial ever handed out per session. Filing takes the next one with
 * `insert … on conflict do update … returning` inside its transaction: the row lock serialises
 * concurrent filings, and a filing that rolls back gives its serial back, so numbers stay gapless.
 */
export const proposalSerial = pgTable(
  "proposal_serial",
  {
    councilId: councilId(),
    sessionId: uuid("session_id").notNull(),
    lastSerial: integer("last_serial").notNull(),
  },
  (t) => [councilKey(t, t.sessionId), sameCouncil(t, t.sessionId, termSession)],
);

/** 联名: the members a first proposer invited, and whether each confirmed in their own portal. */
export const proposalCosigner = pgTable(
  "proposal_cosigner",
  {
    id: rowId(),
    councilId: councilId(),
    proposalId: proposalId(),
    memberId: uuid("member_id").notNull(),
    status: text("status", { enum: cosignerStatuses }).notNull().default("invited"),
    invitedAt: timestamp("invited_at", { withTimezone: true }).notNull().defaultNow(),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
    /** Confirmed by the office from the signed paper sheet (纸质签名), not by the member online. */
    confirmedOnPaper: boolean("confirmed_on_paper").notNull().default(false),
  },
  (t) => [
    councilKey(t),
    ofProposal(t),
    sameCouncil(t, t.memberId, member),
    unique("proposal_cosigner_uq").on(t.proposalId, t.memberId, t.councilId),
    index("proposal_cosigner_member_idx").on(t.memberId, t.status),
  ],
);

/** Each review decision (三审一退): returned for revision with reasons, filed with its number, or not filed with a ground. */
export const proposalReview = pgTable(
  "proposal_review",
  {
    id: rowId(),
    councilId: councilId(),
    proposalId: proposalId(),
    /** 1 for the first review, counting returns before it. */
    round: integer("round").notNull(),
    decision: text("decision", { enum: ["returned", "filed", "notFiled"] }).notNull(),
    reasons: jsonb("reasons").$type<string[]>().notNull().default([]),
    number: text("number"),
    groundCode: text("ground_code"),
    conversion: text("conversion", { enum: notFiledConversions }),
    accountId: accountId(),
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    councilKey(t),
    ofProposal(t),
    sameCouncil(t, t.accountId, account),
    index("proposal_review_proposal_idx").on(t.proposalId, t.round),
  ],
);

/**
 * 交办: one row per unit per assignment. Assigning again after a unit returned it starts a new
 * round; the rows of the old one stay, inactive, as history. A handler sees a proposal while its
 * unit has an active row.
 */
export const proposalAssignment = pgTable(
  "proposal_assignment",
  {
    id: rowId(),
    councilId: councilId(),
    proposalId: proposalId(),
    round: integer("round").notNull(),
    mode: text("mode", { enum: assignmentModes }).notNull(),
    handlingUnitId: uuid("handling_unit_id").notNull(),
    role: text("role", { enum: handlingRoles }).notNull(),
    assignedOn: date("assigned_on").notNull(),
    dueOn: date("due_on").notNull(),
    active: boolean("active").notNull().default(true),
    returnedOn: date("returned_on"),
    returnReason: text("return_reason"),
    accountId: accountId(),
    createdAt: createdAt(),
  },
  (t) => [
    councilKey(t),
    ofProposal(t),
    sameCouncil(t, t.handlingUnitId, handlingUnit),
    sameCouncil(t, t.accountId, account),
    unique("proposal_assignment_uq").on(t.proposalId, t.round, t.handlingUnitId, t.councilId),
    index("proposal_assignment_unit_idx").on(t.handlingUnitId, t.proposalId).where(sql`${t.active}`),
  ],
);

/** Letters a unit drafts and then sends: a draft is saved as the unit writes it; sending is the transition. */
const letterColumns = () => ({
  id: rowId(),
  councilId: councilId(),
  proposalId: proposalId(),
  /** The assignment round the letter belongs to (a unit assigned again writes afresh). */
  assignmentRound: integer("assignment_round").notNull(),
  handlingUnitId: uuid("handling_unit_id").notNull(),
  text: text("text").notNull().default(""),
  sentAt: timestamp("sent_at", { withTimezone: true }),
  accountId: accountId(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

type Letter = ProposalPart & { handlingUnitId: PgColumn; accountId: PgColumn };
const letterKeys = (t: Letter) => [
  councilKey(t),
  ofProposal(t),
  sameCouncil(t, t.handlingUnitId, handlingUnit),
  sameCouncil(t, t.accountId, account),
];

/** 会办意见: a co-unit's opinion to the lead unit. */
export const proposalCoOpinion = pgTable("proposal_co_opinion", letterColumns(), (t) => [
  ...letterKeys(t),
  unique("proposal_co_opinion_uq").on(t.proposalId, t.assignmentRound, t.handlingUnitId, t.councilId),
]);

/** 答复: the written reply of the lead unit (or of each unit of a split), per handling round. */
export const proposalReply = pgTable(
  "proposal_reply",
  {
    ...letterColumns(),
    /** 0 for the first reply, 1 after re-handling. */
    round: integer("round").notNull(),
    /** A category of the council's rule set; may be empty while drafting. */
    categoryCode: text("category_code"),
    /** 签发人 and 联系人及电话, as the paper reply letter prints them. */
    signer: text("signer"),
    contact: text("contact"),
  },
  (t) => [
    ...letterKeys(t),
    unique("proposal_reply_uq").on(t.proposalId, t.assignmentRound, t.round, t.handlingUnitId, t.councilId),
    index("proposal_reply_unit_idx").on(t.handlingUnitId, t.sentAt),
  ],
);

/** 测评: the proposer's rating of each round's reply, overall and per dimension of the rule set. */
export const proposalEvaluation = pgTable(
  "proposal_evaluation",
  {
    id: rowId(),
    councilId: councilId(),
    proposalId: proposalId(),
    round: integer("round").notNull(),
    overall: text("overall").notNull(),
    dimensions: jsonb("dimensions").$type<Record<string, string>>().notNull().default({}),
    comment: text("comment"),
    evaluatedOn: date("evaluated_on").notNull(),
    accountId: accountId(),
    createdAt: createdAt(),
  },
  (t) => [
    councilKey(t),
    ofProposal(t),
    sameCouncil(t, t.accountId, account),
    unique("proposal_evaluation_uq").on(t.proposalId, t.round, t.councilId),
  ],
);

/** 并案: proposals handled together; each keeps its number, proposers and evaluation. */
export const proposalMergeGroup = pgTable(
  "proposal_merge_group",
  {
    id: rowId(),
    councilId: councilId(),
    sessionId: uuid("session_id").notNull(),
    /** The earliest-numbered proposal, under which offices cite the group. */
    primaryProposalId: uuid("primary_proposal_id").notNull(),
    note: text("note"),
    accountId: accountId(),
    createdAt: createdAt(),
  },
  (t) => [
    councilKey(t),
    sameCouncil(t, t.sessionId, termSession),
    sameCouncil(t, t.primaryProposalId, proposal),
    sameCouncil(t, t.accountId, account),
    index("proposal_merge_group_session_idx").on(t.councilId, t.sessionId),
  ],
);

/** 重点提案: the sponsoring leader (领办) and the follow-up review (回头看). */
export const proposalKey = pgTable(
  "proposal_key",
  {
    proposalId: proposalId(),
    councilId: councilId(),
    sponsorName: text("sponsor_name").notNull(),
    sponsorTitle: text("sponsor_title").notNull(),
    followUpOn: date("follow_up_on"),
    followUpHeldOn: date("follow_up_held_on"),
    followUpNote: text("follow_up_note"),
    markedOn: date("marked_on").notNull(),
    accountId: accountId(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    councilKey(t, t.proposalId),
    ofProposal(t),
    sameCouncil(t, t.accountId, account),
    index("proposal_key_council_idx").on(t.councilId, t.followUpOn),
  ],
);

/**
 * Everything that happened to a proposal, for the member's timeline: each transition, each
 * co-signer's answer, each letter sent. `request_id` makes a repeated request (a double click,
 * a retry) find that it was already done instead of doing it twice.
 */
export const proposalEvent = pgTable(
  "proposal_event",
  {
    id: bigserial("id", { mode: "number" }).notNull(),
    councilId: councilId(),
    proposalId: proposalId(),
    type: text("type").notNull(),
    accountId: accountId(),
    actorRole: text("actor_role"),
    actorName: text("actor_name"),
    handlingUnitId: uuid("handling_unit_id"),
    detail: jsonb("detail").$type<Record<string, unknown>>().notNull().default({}),
    requestId: text("request_id"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    councilKey(t),
    ofProposal(t),
    sameCouncil(t, t.accountId, account),
    index("proposal_event_proposal_idx").on(t.proposalId, t.id),
    uniqueIndex("proposal_event_request_uq").on(t.proposalId, t.requestId, t.councilId).where(sql`${t.requestId} is not null`),
  ],
);

export type ProposalRow = typeof proposal.$inferSelect;

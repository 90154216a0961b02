import {
  genders,
  memberPosts,
  memberStatuses,
  membershipKinds,
  participatingUnitKinds,
  partyAffiliations,
} from "@cppcc/domain";
import { sql } from "drizzle-orm";
import { boolean, date, index, integer, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { councilKey, createdAt, rowId, sameCouncil, updatedAt, version } from "./_columns";
import { councilId, township } from "./council";

/** 届: a five-year term. */
export const term = pgTable(
  "term",
  {
    id: rowId(),
    councilId: councilId(),
    number: integer("number").notNull(),
    startDate: date("start_date").notNull(),
    endDate: date("end_date").notNull(),
    createdAt: createdAt(),
  },
  (t) => [councilKey(t), unique("term_council_number_uq").on(t.councilId, t.number)],
);

/** 次会议: a plenary session of a term. ("session" is the login table's name.) */
export const termSession = pgTable(
  "term_session",
  {
    id: rowId(),
    councilId: councilId(),
    termId: uuid("term_id").notNull(),
    number: integer("number").notNull(),
    startDate: date("start_date").notNull(),
    endDate: date("end_date").notNull(),
  },
  (t) => [
    councilKey(t),
    sameCouncil(t, t.termId, term),
    unique("term_session_term_number_uq").on(t.termId, t.number, t.councilId),
  ],
);

/** 界别, with its activity group (界别活动组). */
export const sector = pgTable(
  "sector",
  {
    id: rowId(),
    councilId: councilId(),
    name: text("name").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
    groupNumber: integer("group_number").notNull(),
    groupName: text("group_name").notNull(),
  },
  (t) => [councilKey(t), unique("sector_council_name_uq").on(t.councilId, t.name)],
);

/** 专门委员会. */
export const committee = pgTable(
  "committee",
  {
    id: rowId(),
    councilId: councilId(),
    name: text("name").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [councilKey(t), unique("committee_council_name_uq").on(t.councilId, t.name)],
);

/** 镇街道委员小组: members grouped where they live or work. */
export const townshipGroup = pgTable(
  "township_group",
  {
    id: rowId(),
    councilId: councilId(),
    townshipId: uuid("township_id").notNull(),
    name: text("name").notNull(),
  },
  (t) => [
    councilKey(t),
    sameCouncil(t, t.townshipId, township),
    unique("township_group_council_name_uq").on(t.councilId, t.name),
    index("township_group_township_idx").on(t.townshipId),
  ],
);

/** 结对联系: a sector group paired with a township group for joint work. */
export const sectorPairing = pgTable(
  "sector_pairing",
  {
    councilId: councilId(),
    sectorId: uuid("sector_id").notNull(),
    townshipGroupId: uuid("township_group_id").notNull(),
  },
  (t) => [
    councilKey(t, t.sectorId, t.townshipGroupId),
    sameCouncil(t, t.sectorId, sector),
    sameCouncil(t, t.townshipGroupId, townshipGroup),
    index("sector_pairing_group_idx").on(t.townshipGroupId),
  ],
);

/** 参加单位: parties and people's organisations (they file collective proposals). */
export const participatingUnit = pgTable(
  "participating_unit",
  {
    id: rowId(),
    councilId: councilId(),
    name: text("name").notNull(),
    kind: text("kind", { enum: participatingUnitKinds }).notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [councilKey(t), unique("participating_unit_council_name_uq").on(t.councilId, t.name)],
);

/** 承办单位: government departments that answer proposals and suggestions. */
export const handlingUnit = pgTable(
  "handling_unit",
  {
    id: rowId(),
    councilId: councilId(),
    name: text("name").notNull(),
    /** 简称 as reply letters and lists write it (市住建局). */
    shortName: text("short_name").notNull(),
    /** Departments merge and dissolve (机构改革); a retired unit keeps its history but gets no new work. */
    active: boolean("active").notNull().default(true),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [councilKey(t), unique("handling_unit_council_name_uq").on(t.councilId, t.name)],
);

/**
 * 委员, one row per member per term. The current sector and township group are kept on the row
 * (maintained with the dated memberships) because every list filters on them; history lives in
 * `membership`, which is never rewritten.
 */
export const member = pgTable(
  "member",
  {
    id: rowId(),
    councilId: councilId(),
    termId: uuid("term_id").notNull(),
    name: text("name").notNull(),
    /** Pinyin initials ("zsf" for 张三丰) and full pinyin, for search by either. */
    nameInitials: text("name_initials").notNull(),
    namePinyin: text("name_pinyin").notNull(),
    gender: text("gender", { enum: genders }).notNull(),
    birthDate: date("birth_date").notNull(),
    ethnicity: text("ethnicity").notNull(),
    partyAffiliation: text("party_affiliation", { enum: partyAffiliations }).notNull(),
    employerAndTitle: text("employer_and_title").notNull(),
    phone: text("phone").notNull(),
    post: text("post", { enum: memberPosts }).notNull(),
    status: text("status", { enum: memberStatuses }).notNull().default("active"),
    withdrawnOn: date("withdrawn_on"),
    withdrawalReason: text("withdrawal_reason"),
    sectorId: uuid("sector_id").notNull(),
    townshipGroupId: uuid("township_group_id").notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    councilKey(t),
    sameCouncil(t, t.termId, term),
    sameCouncil(t, t.sectorId, sector),
    sameCouncil(t, t.townshipGroupId, townshipGroup),
    unique("member_term_phone_uq").on(t.termId, t.phone, t.councilId),
    // Lists order by pinyin then id (keyset); each filter leads with the council.
    index("member_list_idx").on(t.councilId, t.termId, t.namePinyin, t.id),
    index("member_sector_idx").on(t.councilId, t.sectorId, t.namePinyin, t.id),
    index("member_group_idx").on(t.councilId, t.townshipGroupId, t.namePinyin, t.id),
    index("member_initials_idx").on(t.councilId, t.nameInitials.op("text_pattern_ops")),
    index("member_name_trgm_idx").using("gin", t.name.op("gin_trgm_ops")),
    // Staff search by employer (住建局) and by any run of phone digits (1381234): LIKE '%…%' needs trigrams.
    index("member_employer_trgm_idx").using("gin", t.employerAndTitle.op("gin_trgm_ops")),
    index("member_phone_trgm_idx").using("gin", t.phone.op("gin_trgm_ops")),
  ],
);

/** Dated places of a member in a sector, committee or township group; closed, never deleted. */
export const membership = pgTable(
  "membership",
  {
    id: rowId(),
    councilId: councilId(),
    memberId: uuid("member_id").notNull(),
    kind: text("kind", { enum: membershipKinds }).notNull(),
    targetId: uuid("target_id").notNull(),
    startDate: date("start_date").notNull(),
    /** Exclusive: the first day it no longer holds. */
    endDate: date("end_date"),
  },
  (t) => [
    councilKey(t),
    sameCouncil(t, t.memberId, member),
    index("membership_member_idx").on(t.memberId),
    index("membership_current_target_idx").on(t.councilId, t.kind, t.targetId, t.memberId).where(sql`${t.endDate} is null`),
  ],
);

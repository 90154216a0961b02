import type { AnnualReportSections, PledgeItem, PledgeJudgement, ReportFigure } from "@cppcc/domain";
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { councilKey, createdAt, rowId, sameCouncil, updatedAt, version } from "./_columns";
import { account } from "./auth";
import { council } from "./council";
import { member } from "./roster";

/**
 * 履职承诺: a member's pledge items for one year, one row per member and year. The check against
 * the record is computed on read from the ledger, so only what was pledged is kept, and the office's
 * judgements of free-text items by position (items stop changing at the pledge deadline).
 */
export const dutyPledge = pgTable(
  "duty_pledge",
  {
    councilId: uuid("council_id")
      .notNull()
      .references(() => council.id),
    id: rowId(),
    memberId: uuid("member_id").notNull(),
    year: integer("year").notNull(),
    items: jsonb("items").$type<PledgeItem[]>().notNull(),
    judgements: jsonb("judgements").$type<Record<number, PledgeJudgement>>().notNull().default({}),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    councilKey(t),
    sameCouncil(t, t.memberId, member),
    uniqueIndex("duty_pledge_member_year_uq").on(t.councilId, t.memberId, t.year),
    index("duty_pledge_year_idx").on(t.councilId, t.year),
  ],
);

/**
 * 常委年度述职: a standing member's report for one year. The opening figures are kept as submitted
 * (`figures`), so the paper the office prints says what the member handed in even if the record
 * later gains an entry of that year.
 */
export const annualReport = pgTable(
  "annual_report",
  {
    councilId: uuid("council_id")
      .notNull()
      .references(() => council.id),
    id: rowId(),
    memberId: uuid("member_id").notNull(),
    year: integer("year").notNull(),
    status: text("status", { enum: ["draft", "submitted", "returned"] }).notNull(),
    sections: jsonb("sections").$type<AnnualReportSections>().notNull(),
    figures: jsonb("figures").$type<ReportFigure[]>(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    late: boolean("late").notNull().default(false),
    returnReason: text("return_reason"),
    returnedAt: timestamp("returned_at", { withTimezone: true }),
    returnedBy: uuid("returned_by"),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    councilKey(t),
    sameCouncil(t, t.memberId, member),
    sameCouncil(t, t.returnedBy, account),
    uniqueIndex("annual_report_member_year_uq").on(t.councilId, t.memberId, t.year),
    index("annual_report_year_idx").on(t.councilId, t.year, t.status),
  ],
);

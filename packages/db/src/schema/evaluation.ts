import type { EvaluationTable } from "@cppcc/domain";
import { doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { councilKey, createdAt, sameCouncil, updatedAt, version } from "./_columns";
import { account } from "./auth";
import { council } from "./council";

/**
 * A council's evaluation table (量化考评表) for one year: the domain's JSON document, validated by
 * `evaluationTableSchema` before it is written. `status` repeats the document's so a published year
 * can be refused by the row alone; once published the row is never written again.
 */
export const evaluationTable = pgTable(
  "evaluation_table",
  {
    councilId: uuid("council_id")
      .notNull()
      .references(() => council.id),
    year: integer("year").notNull(),
    status: text("status", { enum: ["draft", "published"] }).notNull(),
    document: jsonb("document").$type<EvaluationTable>().notNull(),
    version: version(),
    updatedBy: uuid("updated_by"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
  },
  (t) => [councilKey(t, t.year), sameCouncil(t, t.updatedBy, account)],
);

/**
 * A member's stored score for a year (the ranking's figures), kept current in the transaction that
 * changes it: an entry added or reversed rescores that member, a draft table saved or published
 * rescores the council's year. Derived, never edited: the same domain scoring as the record, from
 * the member's live entries counted alike (`scoreMemberGroups`). `tableVersion` is the table it was
 * scored under, so a reader can tell a row from before a table change. No foreign key to `member`,
 * like the ledger it derives from: a row exists only for members with a ledger entry in the year.
 */
export const dutyScore = pgTable(
  "duty_score",
  {
    councilId: uuid("council_id")
      .notNull()
      .references(() => council.id),
    year: integer("year").notNull(),
    memberId: uuid("member_id").notNull(),
    tableVersion: integer("table_version").notNull(),
    total: doublePrecision("total").notNull(),
    band: text("band").notNull(),
    categories: jsonb("categories").$type<{ code: string; subtotal: number }[]>().notNull(),
    unmetMinimums: jsonb("unmet_minimums").$type<string[]>().notNull(),
    entries: integer("entries").notNull(),
    scoredAt: timestamp("scored_at", { withTimezone: true }).notNull(),
  },
  (t) => [councilKey(t, t.year, t.memberId), index("duty_score_rank_idx").on(t.councilId, t.year, t.total)],
);

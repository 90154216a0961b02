import type { EvaluationTable } from "@cppcc/domain";
import { integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
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

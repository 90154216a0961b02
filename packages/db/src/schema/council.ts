import { councilLevels, townshipKinds, type RuleSet } from "@cppcc/domain";
import { type AnyPgColumn, index, integer, jsonb, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { councilKey, createdAt, id, rowId, updatedAt } from "./_columns";

/** The tenant: a CPPCC committee at some level. Every other row carries its council_id. */
export const council = pgTable(
  "council",
  {
    id: id(),
    name: text("name").notNull(),
    level: text("level", { enum: councilLevels }).notNull(),
    parentId: uuid("parent_id").references((): AnyPgColumn => council.id),
    ruleSet: jsonb("rule_set").$type<RuleSet>().notNull(),
    ruleSetVersion: integer("rule_set_version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("council_parent_idx").on(t.parentId)],
);

/** The owning council of a council-owned row; the column a sharded Postgres distributes by. */
export const councilId = () =>
  uuid("council_id")
    .notNull()
    .references(() => council.id);

/** 镇 / 街道: where liaison officers work and township deliberations happen. */
export const township = pgTable(
  "township",
  {
    id: rowId(),
    councilId: councilId(),
    name: text("name").notNull(),
    kind: text("kind", { enum: townshipKinds }).notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [councilKey(t), unique("township_council_name_uq").on(t.councilId, t.name)],
);

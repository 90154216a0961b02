CREATE TABLE "duty_ledger" (
	"council_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"source_table" text NOT NULL,
	"source_id" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"reverses_id" uuid,
	CONSTRAINT "duty_ledger_pk" PRIMARY KEY("council_id","id")
);
--> statement-breakpoint
CREATE TABLE "timeline_entry" (
	"council_id" uuid NOT NULL,
	"id" bigserial NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_account_id" uuid,
	"actor_name" text,
	"label" text NOT NULL,
	"note" text,
	CONSTRAINT "timeline_entry_pk" PRIMARY KEY("council_id","id")
);
--> statement-breakpoint
-- Hand-edited: rows written before the seam happened when they were written.
ALTER TABLE "audit_log" ADD COLUMN "occurred_at" timestamp with time zone;--> statement-breakpoint
UPDATE "audit_log" SET "occurred_at" = "at";--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "occurred_at" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "duty_ledger" ADD CONSTRAINT "duty_ledger_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_ledger" ADD CONSTRAINT "duty_ledger_reverses_fk" FOREIGN KEY ("council_id","reverses_id") REFERENCES "public"."duty_ledger"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_entry" ADD CONSTRAINT "timeline_entry_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_entry" ADD CONSTRAINT "timeline_entry_actor_account_id_account_id_fk" FOREIGN KEY ("actor_account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Hand-edited: every duty event recorded so far becomes a live ledger entry (same id, so nothing
-- that cited it is lost) before the old table goes.
INSERT INTO "duty_ledger" ("council_id", "id", "member_id", "kind", "occurred_at", "source_table", "source_id", "recorded_at", "reverses_id")
  SELECT "council_id", "id", "member_id", "kind", "occurred_at", "source_table", "source_id", "created_at", NULL FROM "duty_event";--> statement-breakpoint
DROP TABLE "duty_event" CASCADE;--> statement-breakpoint
CREATE UNIQUE INDEX "duty_ledger_reverses_uq" ON "duty_ledger" USING btree ("council_id","reverses_id");--> statement-breakpoint
CREATE INDEX "duty_ledger_member_source_idx" ON "duty_ledger" USING btree ("council_id","member_id","source_table","source_id");--> statement-breakpoint
CREATE INDEX "duty_ledger_member_at_idx" ON "duty_ledger" USING btree ("council_id","member_id","occurred_at");--> statement-breakpoint
CREATE INDEX "timeline_entry_entity_idx" ON "timeline_entry" USING btree ("council_id","entity","entity_id","at");--> statement-breakpoint
CREATE VIEW "public"."duty_ledger_live" AS (select "council_id", "id", "member_id", "kind", "occurred_at", "source_table", "source_id", "recorded_at" from "duty_ledger" where ("duty_ledger"."reverses_id" is null and not exists (select 1 from "duty_ledger" "reversal" where ("reversal"."council_id" = "duty_ledger"."council_id" and "reversal"."reverses_id" = "duty_ledger"."id"))));
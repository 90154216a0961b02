CREATE TABLE "duty_manual_entry" (
	"council_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"occurred_on" date NOT NULL,
	"description" text NOT NULL,
	"evidence" text NOT NULL,
	"level" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	"revoke_reason" text,
	CONSTRAINT "duty_manual_entry_pk" PRIMARY KEY("id","council_id")
);
--> statement-breakpoint
CREATE TABLE "evaluation_table" (
	"council_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"status" text NOT NULL,
	"document" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "evaluation_table_pk" PRIMARY KEY("year","council_id")
);
--> statement-breakpoint
DROP VIEW "public"."duty_ledger_live";--> statement-breakpoint
ALTER TABLE "duty_ledger" ADD COLUMN "role" text;--> statement-breakpoint
ALTER TABLE "duty_ledger" ADD COLUMN "signers" integer;--> statement-breakpoint
ALTER TABLE "duty_ledger" ADD COLUMN "level" text;--> statement-breakpoint
ALTER TABLE "duty_manual_entry" ADD CONSTRAINT "duty_manual_entry_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_manual_entry" ADD CONSTRAINT "duty_manual_entry_member_id_fk" FOREIGN KEY ("council_id","member_id") REFERENCES "public"."member"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_manual_entry" ADD CONSTRAINT "duty_manual_entry_created_by_fk" FOREIGN KEY ("council_id","created_by") REFERENCES "public"."account"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_manual_entry" ADD CONSTRAINT "duty_manual_entry_revoked_by_fk" FOREIGN KEY ("council_id","revoked_by") REFERENCES "public"."account"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_table" ADD CONSTRAINT "evaluation_table_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_table" ADD CONSTRAINT "evaluation_table_updated_by_fk" FOREIGN KEY ("council_id","updated_by") REFERENCES "public"."account"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "duty_manual_entry_member_idx" ON "duty_manual_entry" USING btree ("council_id","member_id","occurred_on");--> statement-breakpoint
CREATE VIEW "public"."duty_ledger_live" AS (select "council_id", "id", "member_id", "kind", "occurred_at", "source_table", "source_id", "recorded_at", "role", "signers", "level" from "duty_ledger" where ("duty_ledger"."reverses_id" is null and not exists (select 1 from "duty_ledger" "reversal" where ("reversal"."council_id" = "duty_ledger"."council_id" and "reversal"."reverses_id" = "duty_ledger"."id"))));
CREATE TABLE "deadline_extension" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"period" text NOT NULL,
	"handling_unit_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"requested_due_on" date NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"granted_due_on" date,
	"decision_note" text,
	"requested_by" uuid,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "proposal_cosigner" ADD COLUMN "confirmed_on_paper" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "deadline_extension" ADD CONSTRAINT "deadline_extension_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deadline_extension" ADD CONSTRAINT "deadline_extension_handling_unit_id_handling_unit_id_fk" FOREIGN KEY ("handling_unit_id") REFERENCES "public"."handling_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deadline_extension" ADD CONSTRAINT "deadline_extension_requested_by_account_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deadline_extension" ADD CONSTRAINT "deadline_extension_decided_by_account_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deadline_extension_subject_idx" ON "deadline_extension" USING btree ("subject_kind","subject_id","created_at");--> statement-breakpoint
CREATE INDEX "deadline_extension_pending_idx" ON "deadline_extension" USING btree ("council_id","created_at","id") WHERE "deadline_extension"."status" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "deadline_extension_pending_uq" ON "deadline_extension" USING btree ("subject_kind","subject_id") WHERE "deadline_extension"."status" = 'pending';--> statement-breakpoint
-- hand-written below
-- Councils created before extensions existed get the default rule (one extension of up to 31 days per period).
UPDATE "council" SET "rule_set" = jsonb_set("rule_set", '{deadlineExtension}', '{"maxCount": 1, "maxDays": 31}'::jsonb) WHERE NOT ("rule_set" ? 'deadlineExtension');

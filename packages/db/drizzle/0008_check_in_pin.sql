CREATE TABLE "check_in_failure" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_check_in_pin" (
	"consultation_id" uuid PRIMARY KEY NOT NULL,
	"council_id" uuid NOT NULL,
	"pin_hash" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"issued_by" uuid
);
--> statement-breakpoint
ALTER TABLE "consultation_check_in_pin" ADD CONSTRAINT "consultation_check_in_pin_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_check_in_pin" ADD CONSTRAINT "consultation_check_in_pin_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_check_in_pin" ADD CONSTRAINT "consultation_check_in_pin_issued_by_account_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "check_in_failure_key_at_idx" ON "check_in_failure" USING btree ("key","at");--> statement-breakpoint
CREATE INDEX "check_in_failure_at_idx" ON "check_in_failure" USING btree ("at");--> statement-breakpoint
-- hand-written below
-- Rule sets stored before check-in had a window get the preset's half hour.
UPDATE "council" SET "rule_set" = jsonb_set("rule_set", '{consultation,checkInOpensMinutesBefore}', '30'::jsonb)
WHERE ("rule_set"->'consultation'->'checkInOpensMinutesBefore') IS NULL;

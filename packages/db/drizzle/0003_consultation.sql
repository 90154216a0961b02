CREATE TABLE "consultation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"format_code" text NOT NULL,
	"title" text NOT NULL,
	"year" integer NOT NULL,
	"quarter" integer,
	"level" text NOT NULL,
	"township_id" uuid,
	"lead_committee_id" uuid,
	"sector_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"handling_unit_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"linked_proposal_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"plan_item_id" uuid,
	"planned_date" date,
	"reply_deadline" date,
	"mode" text NOT NULL,
	"venue" text,
	"venue_id" uuid,
	"description" text DEFAULT '' NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"held_on" date,
	"postpone_reason" text,
	"cancel_reason" text,
	"outcome_kind" text,
	"outcome_title" text,
	"outcome_document" text,
	"outcome_submitted_on" date,
	"adoption" text,
	"feedback" text,
	"follow_up_date" date,
	"summary" text,
	"summary_published_at" timestamp with time zone,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_attendance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"consultation_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"source" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"marked_by" uuid,
	CONSTRAINT "consultation_attendance_uq" UNIQUE("consultation_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "consultation_check_in_code" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"consultation_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"issued_by" uuid,
	CONSTRAINT "consultation_check_in_code_token_uq" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "consultation_invitation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"consultation_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"state" text DEFAULT 'invited' NOT NULL,
	"leave_reason" text,
	"reject_reason" text,
	"replied_at" timestamp with time zone,
	"invited_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultation_invitation_uq" UNIQUE("consultation_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "consultation_plan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"approved_at" timestamp with time zone,
	"approved_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultation_plan_council_year_uq" UNIQUE("council_id","year")
);
--> statement-breakpoint
CREATE TABLE "consultation_plan_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"format_code" text NOT NULL,
	"topic" text NOT NULL,
	"quarter" integer,
	"lead_committee_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_speech" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"consultation_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_suggestion" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"consultation_id" uuid NOT NULL,
	"township_id" uuid,
	"author_kind" text NOT NULL,
	"author_member_id" uuid,
	"author_name" text,
	"author_unit_id" uuid,
	"category" text NOT NULL,
	"content" text NOT NULL,
	"state" text DEFAULT 'recorded' NOT NULL,
	"handling_unit_id" uuid,
	"deadline" date,
	"routed_on" date,
	"return_reason" text,
	"answer" text,
	"answered_on" date,
	"answered_by" uuid,
	"result" text,
	"result_reason" text,
	"closed_on" date,
	"closed_by" uuid,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "public_rate_limit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"key" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resident_topic" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"topic" text NOT NULL,
	"description" text NOT NULL,
	"name" text,
	"phone" text,
	"state" text DEFAULT 'pending' NOT NULL,
	"reject_reason" text,
	"dedupe_key" text NOT NULL,
	"consultation_id" uuid,
	"moderated_by" uuid,
	"moderated_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resident_topic_dedupe_uq" UNIQUE("township_id","dedupe_key")
);
--> statement-breakpoint
CREATE TABLE "venue" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"township_id" uuid,
	"name" text NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"stars" integer,
	"host_member_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "venue_council_name_uq" UNIQUE("council_id","name")
);
--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_township_id_township_id_fk" FOREIGN KEY ("township_id") REFERENCES "public"."township"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_lead_committee_id_committee_id_fk" FOREIGN KEY ("lead_committee_id") REFERENCES "public"."committee"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_plan_item_id_consultation_plan_item_id_fk" FOREIGN KEY ("plan_item_id") REFERENCES "public"."consultation_plan_item"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_venue_id_venue_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."venue"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_created_by_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_attendance" ADD CONSTRAINT "consultation_attendance_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_attendance" ADD CONSTRAINT "consultation_attendance_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_attendance" ADD CONSTRAINT "consultation_attendance_member_id_member_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_attendance" ADD CONSTRAINT "consultation_attendance_marked_by_account_id_fk" FOREIGN KEY ("marked_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_check_in_code" ADD CONSTRAINT "consultation_check_in_code_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_check_in_code" ADD CONSTRAINT "consultation_check_in_code_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_check_in_code" ADD CONSTRAINT "consultation_check_in_code_issued_by_account_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_invitation" ADD CONSTRAINT "consultation_invitation_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_invitation" ADD CONSTRAINT "consultation_invitation_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_invitation" ADD CONSTRAINT "consultation_invitation_member_id_member_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_invitation" ADD CONSTRAINT "consultation_invitation_invited_by_account_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_plan" ADD CONSTRAINT "consultation_plan_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_plan" ADD CONSTRAINT "consultation_plan_approved_by_account_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_plan_item" ADD CONSTRAINT "consultation_plan_item_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_plan_item" ADD CONSTRAINT "consultation_plan_item_plan_id_consultation_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."consultation_plan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_plan_item" ADD CONSTRAINT "consultation_plan_item_lead_committee_id_committee_id_fk" FOREIGN KEY ("lead_committee_id") REFERENCES "public"."committee"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_speech" ADD CONSTRAINT "consultation_speech_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_speech" ADD CONSTRAINT "consultation_speech_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_speech" ADD CONSTRAINT "consultation_speech_member_id_member_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_speech" ADD CONSTRAINT "consultation_speech_recorded_by_account_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_suggestion" ADD CONSTRAINT "consultation_suggestion_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_suggestion" ADD CONSTRAINT "consultation_suggestion_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_suggestion" ADD CONSTRAINT "consultation_suggestion_township_id_township_id_fk" FOREIGN KEY ("township_id") REFERENCES "public"."township"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_suggestion" ADD CONSTRAINT "consultation_suggestion_author_member_id_member_id_fk" FOREIGN KEY ("author_member_id") REFERENCES "public"."member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_suggestion" ADD CONSTRAINT "consultation_suggestion_author_unit_id_handling_unit_id_fk" FOREIGN KEY ("author_unit_id") REFERENCES "public"."handling_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_suggestion" ADD CONSTRAINT "consultation_suggestion_handling_unit_id_handling_unit_id_fk" FOREIGN KEY ("handling_unit_id") REFERENCES "public"."handling_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_suggestion" ADD CONSTRAINT "consultation_suggestion_answered_by_account_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_suggestion" ADD CONSTRAINT "consultation_suggestion_closed_by_account_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_suggestion" ADD CONSTRAINT "consultation_suggestion_created_by_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_rate_limit" ADD CONSTRAINT "public_rate_limit_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_topic" ADD CONSTRAINT "resident_topic_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_topic" ADD CONSTRAINT "resident_topic_township_id_township_id_fk" FOREIGN KEY ("township_id") REFERENCES "public"."township"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_topic" ADD CONSTRAINT "resident_topic_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_topic" ADD CONSTRAINT "resident_topic_moderated_by_account_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venue" ADD CONSTRAINT "venue_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venue" ADD CONSTRAINT "venue_township_id_township_id_fk" FOREIGN KEY ("township_id") REFERENCES "public"."township"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultation_list_idx" ON "consultation" USING btree ("council_id","created_at","id");--> statement-breakpoint
CREATE INDEX "consultation_township_idx" ON "consultation" USING btree ("council_id","township_id","created_at","id");--> statement-breakpoint
CREATE INDEX "consultation_state_idx" ON "consultation" USING btree ("council_id","state","created_at","id");--> statement-breakpoint
CREATE INDEX "consultation_format_idx" ON "consultation" USING btree ("council_id","format_code","created_at","id");--> statement-breakpoint
CREATE INDEX "consultation_year_idx" ON "consultation" USING btree ("council_id","year","format_code","state");--> statement-breakpoint
CREATE INDEX "consultation_plan_item_idx" ON "consultation" USING btree ("plan_item_id");--> statement-breakpoint
CREATE INDEX "consultation_venue_idx" ON "consultation" USING btree ("venue_id","created_at");--> statement-breakpoint
CREATE INDEX "consultation_summary_idx" ON "consultation" USING btree ("township_id","summary_published_at") WHERE "consultation"."summary_published_at" is not null;--> statement-breakpoint
CREATE INDEX "consultation_attendance_member_idx" ON "consultation_attendance" USING btree ("council_id","member_id");--> statement-breakpoint
CREATE INDEX "consultation_check_in_code_expiry_idx" ON "consultation_check_in_code" USING btree ("consultation_id","expires_at");--> statement-breakpoint
CREATE INDEX "consultation_invitation_member_idx" ON "consultation_invitation" USING btree ("council_id","member_id","created_at","id");--> statement-breakpoint
CREATE INDEX "consultation_plan_item_plan_idx" ON "consultation_plan_item" USING btree ("plan_id","sort_order");--> statement-breakpoint
CREATE INDEX "consultation_speech_consultation_idx" ON "consultation_speech" USING btree ("consultation_id","created_at","id");--> statement-breakpoint
CREATE INDEX "consultation_speech_member_idx" ON "consultation_speech" USING btree ("council_id","member_id");--> statement-breakpoint
CREATE INDEX "consultation_suggestion_consultation_idx" ON "consultation_suggestion" USING btree ("consultation_id","created_at","id");--> statement-breakpoint
CREATE INDEX "consultation_suggestion_list_idx" ON "consultation_suggestion" USING btree ("council_id","created_at","id");--> statement-breakpoint
CREATE INDEX "consultation_suggestion_township_idx" ON "consultation_suggestion" USING btree ("council_id","township_id","state","created_at","id");--> statement-breakpoint
CREATE INDEX "consultation_suggestion_unit_idx" ON "consultation_suggestion" USING btree ("council_id","handling_unit_id","created_at","id");--> statement-breakpoint
CREATE INDEX "consultation_suggestion_author_idx" ON "consultation_suggestion" USING btree ("council_id","author_member_id","created_at","id");--> statement-breakpoint
CREATE INDEX "consultation_suggestion_state_idx" ON "consultation_suggestion" USING btree ("council_id","state","created_at","id");--> statement-breakpoint
CREATE INDEX "public_rate_limit_key_at_idx" ON "public_rate_limit" USING btree ("key","at");--> statement-breakpoint
CREATE INDEX "resident_topic_list_idx" ON "resident_topic" USING btree ("council_id","township_id","state","created_at","id");--> statement-breakpoint
CREATE INDEX "resident_topic_state_idx" ON "resident_topic" USING btree ("council_id","state","created_at","id");--> statement-breakpoint
CREATE INDEX "resident_topic_consultation_idx" ON "resident_topic" USING btree ("consultation_id");--> statement-breakpoint
CREATE INDEX "venue_list_idx" ON "venue" USING btree ("council_id","name","id");--> statement-breakpoint
CREATE INDEX "venue_township_idx" ON "venue" USING btree ("council_id","township_id","name","id");--> statement-breakpoint
CREATE INDEX "venue_kind_idx" ON "venue" USING btree ("council_id","kind","name","id");
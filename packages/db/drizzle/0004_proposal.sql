CREATE TABLE "proposal" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"proposer_kind" text NOT NULL,
	"lead_member_id" uuid,
	"proposer_body_id" uuid,
	"sector_id" uuid,
	"committee_id" uuid,
	"township_group_id" uuid,
	"title" text DEFAULT '' NOT NULL,
	"situation" text DEFAULT '' NOT NULL,
	"suggestions" text DEFAULT '' NOT NULL,
	"category" text,
	"is_livelihood" boolean,
	"search_text" text GENERATED ALWAYS AS (title || ' ' || situation || ' ' || suggestions) STORED NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"number" text,
	"serial" integer,
	"submitted_on" date,
	"filed_on" date,
	"due_on" date,
	"merge_group_id" uuid,
	"is_key" boolean DEFAULT false NOT NULL,
	"state" jsonb NOT NULL,
	"created_by_account_id" uuid,
	"request_id" text,
	"listed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposal_council_number_uq" UNIQUE("council_id","number"),
	CONSTRAINT "proposal_session_serial_uq" UNIQUE("council_id","session_id","serial")
);
--> statement-breakpoint
CREATE TABLE "proposal_assignment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"mode" text NOT NULL,
	"handling_unit_id" uuid NOT NULL,
	"role" text NOT NULL,
	"assigned_on" date NOT NULL,
	"due_on" date NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"returned_on" date,
	"return_reason" text,
	"account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposal_assignment_uq" UNIQUE("proposal_id","round","handling_unit_id")
);
--> statement-breakpoint
CREATE TABLE "proposal_co_opinion" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"assignment_round" integer NOT NULL,
	"handling_unit_id" uuid NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"sent_at" timestamp with time zone,
	"account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposal_co_opinion_uq" UNIQUE("proposal_id","assignment_round","handling_unit_id")
);
--> statement-breakpoint
CREATE TABLE "proposal_cosigner" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"status" text DEFAULT 'invited' NOT NULL,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"responded_at" timestamp with time zone,
	CONSTRAINT "proposal_cosigner_uq" UNIQUE("proposal_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "proposal_evaluation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"overall" text NOT NULL,
	"dimensions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"comment" text,
	"evaluated_on" date NOT NULL,
	"account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposal_evaluation_uq" UNIQUE("proposal_id","round")
);
--> statement-breakpoint
CREATE TABLE "proposal_event" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"council_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"type" text NOT NULL,
	"account_id" uuid,
	"actor_role" text,
	"actor_name" text,
	"handling_unit_id" uuid,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"request_id" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proposal_key" (
	"proposal_id" uuid PRIMARY KEY NOT NULL,
	"council_id" uuid NOT NULL,
	"sponsor_name" text NOT NULL,
	"sponsor_title" text NOT NULL,
	"follow_up_on" date,
	"follow_up_held_on" date,
	"follow_up_note" text,
	"marked_on" date NOT NULL,
	"account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proposal_merge_group" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"primary_proposal_id" uuid NOT NULL,
	"note" text,
	"account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proposal_reply" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"assignment_round" integer NOT NULL,
	"handling_unit_id" uuid NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"sent_at" timestamp with time zone,
	"account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"round" integer NOT NULL,
	"category_code" text,
	"signer" text,
	"contact" text,
	CONSTRAINT "proposal_reply_uq" UNIQUE("proposal_id","assignment_round","round","handling_unit_id")
);
--> statement-breakpoint
CREATE TABLE "proposal_review" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"decision" text NOT NULL,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"number" text,
	"ground_code" text,
	"conversion" text,
	"account_id" uuid,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proposal_serial" (
	"council_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"last_serial" integer NOT NULL,
	CONSTRAINT "proposal_serial_pk" PRIMARY KEY("council_id","session_id")
);
--> statement-breakpoint
ALTER TABLE "proposal" ADD CONSTRAINT "proposal_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal" ADD CONSTRAINT "proposal_session_id_term_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."term_session"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal" ADD CONSTRAINT "proposal_lead_member_id_member_id_fk" FOREIGN KEY ("lead_member_id") REFERENCES "public"."member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal" ADD CONSTRAINT "proposal_created_by_account_id_account_id_fk" FOREIGN KEY ("created_by_account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_assignment" ADD CONSTRAINT "proposal_assignment_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_assignment" ADD CONSTRAINT "proposal_assignment_proposal_id_proposal_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposal"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_assignment" ADD CONSTRAINT "proposal_assignment_handling_unit_id_handling_unit_id_fk" FOREIGN KEY ("handling_unit_id") REFERENCES "public"."handling_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_assignment" ADD CONSTRAINT "proposal_assignment_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_co_opinion" ADD CONSTRAINT "proposal_co_opinion_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_co_opinion" ADD CONSTRAINT "proposal_co_opinion_proposal_id_proposal_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposal"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_co_opinion" ADD CONSTRAINT "proposal_co_opinion_handling_unit_id_handling_unit_id_fk" FOREIGN KEY ("handling_unit_id") REFERENCES "public"."handling_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_co_opinion" ADD CONSTRAINT "proposal_co_opinion_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_cosigner" ADD CONSTRAINT "proposal_cosigner_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_cosigner" ADD CONSTRAINT "proposal_cosigner_proposal_id_proposal_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposal"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_cosigner" ADD CONSTRAINT "proposal_cosigner_member_id_member_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_evaluation" ADD CONSTRAINT "proposal_evaluation_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_evaluation" ADD CONSTRAINT "proposal_evaluation_proposal_id_proposal_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposal"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_evaluation" ADD CONSTRAINT "proposal_evaluation_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_event" ADD CONSTRAINT "proposal_event_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_event" ADD CONSTRAINT "proposal_event_proposal_id_proposal_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposal"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_event" ADD CONSTRAINT "proposal_event_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_key" ADD CONSTRAINT "proposal_key_proposal_id_proposal_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposal"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_key" ADD CONSTRAINT "proposal_key_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_key" ADD CONSTRAINT "proposal_key_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_merge_group" ADD CONSTRAINT "proposal_merge_group_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_merge_group" ADD CONSTRAINT "proposal_merge_group_session_id_term_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."term_session"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_merge_group" ADD CONSTRAINT "proposal_merge_group_primary_proposal_id_proposal_id_fk" FOREIGN KEY ("primary_proposal_id") REFERENCES "public"."proposal"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_merge_group" ADD CONSTRAINT "proposal_merge_group_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_reply" ADD CONSTRAINT "proposal_reply_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_reply" ADD CONSTRAINT "proposal_reply_proposal_id_proposal_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposal"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_reply" ADD CONSTRAINT "proposal_reply_handling_unit_id_handling_unit_id_fk" FOREIGN KEY ("handling_unit_id") REFERENCES "public"."handling_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_reply" ADD CONSTRAINT "proposal_reply_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_review" ADD CONSTRAINT "proposal_review_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_review" ADD CONSTRAINT "proposal_review_proposal_id_proposal_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposal"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_review" ADD CONSTRAINT "proposal_review_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_serial" ADD CONSTRAINT "proposal_serial_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_serial" ADD CONSTRAINT "proposal_serial_session_id_term_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."term_session"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "proposal_request_uq" ON "proposal" USING btree ("council_id","request_id") WHERE "proposal"."request_id" is not null;--> statement-breakpoint
CREATE INDEX "proposal_list_idx" ON "proposal" USING btree ("council_id","listed_at","id");--> statement-breakpoint
CREATE INDEX "proposal_session_status_idx" ON "proposal" USING btree ("council_id","session_id","status","listed_at","id");--> statement-breakpoint
CREATE INDEX "proposal_status_idx" ON "proposal" USING btree ("council_id","status","listed_at","id");--> statement-breakpoint
CREATE INDEX "proposal_lead_member_idx" ON "proposal" USING btree ("lead_member_id","listed_at");--> statement-breakpoint
CREATE INDEX "proposal_township_group_idx" ON "proposal" USING btree ("council_id","township_group_id","listed_at");--> statement-breakpoint
CREATE INDEX "proposal_merge_group_idx" ON "proposal" USING btree ("merge_group_id");--> statement-breakpoint
CREATE INDEX "proposal_due_idx" ON "proposal" USING btree ("council_id","due_on") WHERE "proposal"."status" in ('assigned', 'rehandling');--> statement-breakpoint
CREATE INDEX "proposal_key_idx" ON "proposal" USING btree ("council_id","listed_at") WHERE "proposal"."is_key";--> statement-breakpoint
CREATE INDEX "proposal_search_trgm_idx" ON "proposal" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "proposal_title_trgm_idx" ON "proposal" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "proposal_assignment_unit_idx" ON "proposal_assignment" USING btree ("handling_unit_id","proposal_id") WHERE "proposal_assignment"."active";--> statement-breakpoint
CREATE INDEX "proposal_cosigner_member_idx" ON "proposal_cosigner" USING btree ("member_id","status");--> statement-breakpoint
CREATE INDEX "proposal_event_proposal_idx" ON "proposal_event" USING btree ("proposal_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "proposal_event_request_uq" ON "proposal_event" USING btree ("proposal_id","request_id") WHERE "proposal_event"."request_id" is not null;--> statement-breakpoint
CREATE INDEX "proposal_key_council_idx" ON "proposal_key" USING btree ("council_id","follow_up_on");--> statement-breakpoint
CREATE INDEX "proposal_merge_group_session_idx" ON "proposal_merge_group" USING btree ("council_id","session_id");--> statement-breakpoint
CREATE INDEX "proposal_reply_unit_idx" ON "proposal_reply" USING btree ("handling_unit_id","sent_at");--> statement-breakpoint
CREATE INDEX "proposal_review_proposal_idx" ON "proposal_review" USING btree ("proposal_id","round");
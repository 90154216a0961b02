CREATE TABLE "committee" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"name" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "committee_council_name_uq" UNIQUE("council_id","name")
);
--> statement-breakpoint
CREATE TABLE "handling_unit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "handling_unit_council_name_uq" UNIQUE("council_id","name")
);
--> statement-breakpoint
CREATE TABLE "member" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"term_id" uuid NOT NULL,
	"name" text NOT NULL,
	"name_initials" text NOT NULL,
	"name_pinyin" text NOT NULL,
	"gender" text NOT NULL,
	"birth_date" date NOT NULL,
	"ethnicity" text NOT NULL,
	"party_affiliation" text NOT NULL,
	"employer_and_title" text NOT NULL,
	"phone" text NOT NULL,
	"post" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"withdrawn_on" date,
	"withdrawal_reason" text,
	"sector_id" uuid NOT NULL,
	"township_group_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "member_term_phone_uq" UNIQUE("term_id","phone")
);
--> statement-breakpoint
CREATE TABLE "membership" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"target_id" uuid NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date
);
--> statement-breakpoint
CREATE TABLE "participating_unit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "participating_unit_council_name_uq" UNIQUE("council_id","name")
);
--> statement-breakpoint
CREATE TABLE "sector" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"name" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"group_number" integer NOT NULL,
	"group_name" text NOT NULL,
	CONSTRAINT "sector_council_name_uq" UNIQUE("council_id","name")
);
--> statement-breakpoint
CREATE TABLE "sector_pairing" (
	"council_id" uuid NOT NULL,
	"sector_id" uuid NOT NULL,
	"township_group_id" uuid NOT NULL,
	CONSTRAINT "sector_pairing_uq" UNIQUE("sector_id","township_group_id")
);
--> statement-breakpoint
CREATE TABLE "term" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "term_council_number_uq" UNIQUE("council_id","number")
);
--> statement-breakpoint
CREATE TABLE "term_session" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"term_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	CONSTRAINT "term_session_term_number_uq" UNIQUE("term_id","number")
);
--> statement-breakpoint
CREATE TABLE "township_group" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"township_id" uuid NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "township_group_council_name_uq" UNIQUE("council_id","name")
);
--> statement-breakpoint
ALTER TABLE "committee" ADD CONSTRAINT "committee_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handling_unit" ADD CONSTRAINT "handling_unit_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member" ADD CONSTRAINT "member_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member" ADD CONSTRAINT "member_term_id_term_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."term"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member" ADD CONSTRAINT "member_sector_id_sector_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sector"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member" ADD CONSTRAINT "member_township_group_id_township_group_id_fk" FOREIGN KEY ("township_group_id") REFERENCES "public"."township_group"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership" ADD CONSTRAINT "membership_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership" ADD CONSTRAINT "membership_member_id_member_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participating_unit" ADD CONSTRAINT "participating_unit_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sector" ADD CONSTRAINT "sector_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sector_pairing" ADD CONSTRAINT "sector_pairing_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sector_pairing" ADD CONSTRAINT "sector_pairing_sector_id_sector_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sector"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sector_pairing" ADD CONSTRAINT "sector_pairing_township_group_id_township_group_id_fk" FOREIGN KEY ("township_group_id") REFERENCES "public"."township_group"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "term" ADD CONSTRAINT "term_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "term_session" ADD CONSTRAINT "term_session_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "term_session" ADD CONSTRAINT "term_session_term_id_term_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."term"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "township_group" ADD CONSTRAINT "township_group_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "township_group" ADD CONSTRAINT "township_group_township_id_township_id_fk" FOREIGN KEY ("township_id") REFERENCES "public"."township"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "member_list_idx" ON "member" USING btree ("council_id","term_id","name_pinyin","id");--> statement-breakpoint
CREATE INDEX "member_sector_idx" ON "member" USING btree ("council_id","sector_id","name_pinyin","id");--> statement-breakpoint
CREATE INDEX "member_group_idx" ON "member" USING btree ("council_id","township_group_id","name_pinyin","id");--> statement-breakpoint
CREATE INDEX "member_initials_idx" ON "member" USING btree ("council_id","name_initials" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "member_name_trgm_idx" ON "member" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "membership_member_idx" ON "membership" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "membership_current_target_idx" ON "membership" USING btree ("council_id","kind","target_id","member_id") WHERE "membership"."end_date" is null;--> statement-breakpoint
CREATE INDEX "sector_pairing_group_idx" ON "sector_pairing" USING btree ("township_group_id");--> statement-breakpoint
CREATE INDEX "township_group_township_idx" ON "township_group" USING btree ("township_id");--> statement-breakpoint
ALTER TABLE "account" ADD CONSTRAINT "account_handling_unit_id_handling_unit_id_fk" FOREIGN KEY ("handling_unit_id") REFERENCES "public"."handling_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account" ADD CONSTRAINT "account_member_id_member_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_member_idx" ON "account" USING btree ("member_id");
CREATE TABLE "consultation_participant" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"consultation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"phone" text,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "resident_topic" ADD COLUMN "published_topic" text;--> statement-breakpoint
ALTER TABLE "resident_topic" ADD COLUMN "published_description" text;--> statement-breakpoint
ALTER TABLE "resident_topic" ADD COLUMN "receipt_no" text;--> statement-breakpoint
ALTER TABLE "resident_topic" ADD COLUMN "lookup_code" text;--> statement-breakpoint
ALTER TABLE "consultation_participant" ADD CONSTRAINT "consultation_participant_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_participant" ADD CONSTRAINT "consultation_participant_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_participant" ADD CONSTRAINT "consultation_participant_recorded_by_account_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultation_participant_consultation_idx" ON "consultation_participant" USING btree ("consultation_id","created_at","id");--> statement-breakpoint
ALTER TABLE "resident_topic" ADD CONSTRAINT "resident_topic_receipt_uq" UNIQUE("council_id","receipt_no");--> statement-breakpoint
-- hand-written below
-- Topics accepted before this migration were published as written.
UPDATE "resident_topic" SET "published_topic" = "topic", "published_description" = "description" WHERE "state" = 'accepted' AND "published_topic" IS NULL;

CREATE TABLE "notification" (
	"council_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"body" text,
	"link" jsonb,
	"subject_entity" text,
	"subject_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	"done_at" timestamp with time zone,
	CONSTRAINT "notification_pk" PRIMARY KEY("id","council_id")
);
--> statement-breakpoint
CREATE TABLE "notification_preference" (
	"council_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"delivery" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_preference_pk" PRIMARY KEY("council_id","account_id","kind")
);
--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_account_id_fk" FOREIGN KEY ("council_id","account_id") REFERENCES "public"."account"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preference" ADD CONSTRAINT "notification_preference_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preference" ADD CONSTRAINT "notification_preference_account_id_fk" FOREIGN KEY ("council_id","account_id") REFERENCES "public"."account"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "notification_key_uq" ON "notification" USING btree ("council_id","key");--> statement-breakpoint
CREATE INDEX "notification_account_idx" ON "notification" USING btree ("council_id","account_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "notification_unread_idx" ON "notification" USING btree ("council_id","account_id") WHERE "notification"."read_at" is null;--> statement-breakpoint
CREATE INDEX "notification_subject_idx" ON "notification" USING btree ("council_id","subject_entity","subject_id") WHERE "notification"."done_at" is null;
CREATE TABLE "notification_digest" (
	"council_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"day" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_digest_pk" PRIMARY KEY("id","council_id")
);
--> statement-breakpoint
ALTER TABLE "notification" ADD COLUMN "delivery" text DEFAULT 'immediate' NOT NULL;--> statement-breakpoint
ALTER TABLE "notification" ADD COLUMN "digest_id" uuid;--> statement-breakpoint
ALTER TABLE "notification_digest" ADD CONSTRAINT "notification_digest_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_digest" ADD CONSTRAINT "notification_digest_account_id_fk" FOREIGN KEY ("council_id","account_id") REFERENCES "public"."account"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "notification_digest_day_uq" ON "notification_digest" USING btree ("council_id","account_id","day");--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_digest_id_fk" FOREIGN KEY ("council_id","digest_id") REFERENCES "public"."notification_digest"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notification_digest_due_idx" ON "notification" USING btree ("council_id","created_at") WHERE "notification"."delivery" = 'digest' and "notification"."digest_id" is null;
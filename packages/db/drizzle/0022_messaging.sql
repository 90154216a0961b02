CREATE TABLE "message_delivery" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"key" text NOT NULL,
	"channel" text NOT NULL,
	"recipient" text NOT NULL,
	"account_id" uuid,
	"template" text NOT NULL,
	"params" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"provider_message_id" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"attempted_at" timestamp with time zone,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "message_delivery_pk" PRIMARY KEY("id","council_id")
);
--> statement-breakpoint
CREATE TABLE "sms_code_request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sms_login_code" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"phone" text NOT NULL,
	"code_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sms_login_code_pk" PRIMARY KEY("id","council_id")
);
--> statement-breakpoint
ALTER TABLE "session" ADD COLUMN "via" text DEFAULT 'password' NOT NULL;--> statement-breakpoint
ALTER TABLE "message_delivery" ADD CONSTRAINT "message_delivery_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_delivery" ADD CONSTRAINT "message_delivery_account_id_fk" FOREIGN KEY ("council_id","account_id") REFERENCES "public"."account"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sms_login_code" ADD CONSTRAINT "sms_login_code_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sms_login_code" ADD CONSTRAINT "sms_login_code_account_id_fk" FOREIGN KEY ("council_id","account_id") REFERENCES "public"."account"("council_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "message_delivery_key_uq" ON "message_delivery" USING btree ("key","council_id");--> statement-breakpoint
CREATE INDEX "message_delivery_recipient_idx" ON "message_delivery" USING btree ("channel","recipient","created_at");--> statement-breakpoint
CREATE INDEX "sms_code_request_key_at_idx" ON "sms_code_request" USING btree ("key","at");--> statement-breakpoint
CREATE INDEX "sms_login_code_phone_idx" ON "sms_login_code" USING btree ("phone","created_at");
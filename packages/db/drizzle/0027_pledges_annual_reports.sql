CREATE TABLE "annual_report" (
	"council_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"status" text NOT NULL,
	"sections" jsonb NOT NULL,
	"figures" jsonb,
	"submitted_at" timestamp with time zone,
	"late" boolean DEFAULT false NOT NULL,
	"return_reason" text,
	"returned_at" timestamp with time zone,
	"returned_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "annual_report_pk" PRIMARY KEY("id","council_id")
);
--> statement-breakpoint
CREATE TABLE "duty_pledge" (
	"council_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"items" jsonb NOT NULL,
	"judgements" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "duty_pledge_pk" PRIMARY KEY("id","council_id")
);
--> statement-breakpoint
ALTER TABLE "annual_report" ADD CONSTRAINT "annual_report_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_report" ADD CONSTRAINT "annual_report_member_id_fk" FOREIGN KEY ("council_id","member_id") REFERENCES "public"."member"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_report" ADD CONSTRAINT "annual_report_returned_by_fk" FOREIGN KEY ("council_id","returned_by") REFERENCES "public"."account"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_pledge" ADD CONSTRAINT "duty_pledge_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_pledge" ADD CONSTRAINT "duty_pledge_member_id_fk" FOREIGN KEY ("council_id","member_id") REFERENCES "public"."member"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "annual_report_member_year_uq" ON "annual_report" USING btree ("council_id","member_id","year");--> statement-breakpoint
CREATE INDEX "annual_report_year_idx" ON "annual_report" USING btree ("council_id","year","status");--> statement-breakpoint
CREATE UNIQUE INDEX "duty_pledge_member_year_uq" ON "duty_pledge" USING btree ("council_id","member_id","year");--> statement-breakpoint
CREATE INDEX "duty_pledge_year_idx" ON "duty_pledge" USING btree ("council_id","year");
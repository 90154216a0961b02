CREATE TABLE "duty_warning_action" (
	"council_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"action" text NOT NULL,
	"acted_on" date NOT NULL,
	"note" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "duty_warning_action_pk" PRIMARY KEY("id","council_id")
);
--> statement-breakpoint
ALTER TABLE "duty_warning_action" ADD CONSTRAINT "duty_warning_action_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_warning_action" ADD CONSTRAINT "duty_warning_action_member_id_fk" FOREIGN KEY ("council_id","member_id") REFERENCES "public"."member"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_warning_action" ADD CONSTRAINT "duty_warning_action_created_by_fk" FOREIGN KEY ("council_id","created_by") REFERENCES "public"."account"("council_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "duty_warning_action_year_idx" ON "duty_warning_action" USING btree ("council_id","year","member_id","created_at");
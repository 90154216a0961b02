CREATE TABLE "duty_score" (
	"council_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"member_id" uuid NOT NULL,
	"table_version" integer NOT NULL,
	"total" double precision NOT NULL,
	"band" text NOT NULL,
	"categories" jsonb NOT NULL,
	"unmet_minimums" jsonb NOT NULL,
	"entries" integer NOT NULL,
	"scored_at" timestamp with time zone NOT NULL,
	CONSTRAINT "duty_score_pk" PRIMARY KEY("year","member_id","council_id")
);
--> statement-breakpoint
ALTER TABLE "duty_score" ADD CONSTRAINT "duty_score_council_id_council_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."council"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "duty_score_rank_idx" ON "duty_score" USING btree ("council_id","year","total");
CREATE INDEX "proposal_session_list_idx" ON "proposal" USING btree ("council_id","session_id","listed_at","id");--> statement-breakpoint
-- The planner estimates pg_trgm's % and <% by running them over each column's most common values
-- and histogram: with the default 100 entries of long Chinese text that took 9–15 ms per similarity
-- query at five million proposals, longer than the query itself. Ten entries plan in under 1 ms
-- and give the same plans (the GIN indexes are used either way).
ALTER TABLE "proposal" ALTER COLUMN "search_text" SET STATISTICS 10;--> statement-breakpoint
ALTER TABLE "proposal" ALTER COLUMN "title" SET STATISTICS 10;

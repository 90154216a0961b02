DROP INDEX "account_member_idx";--> statement-breakpoint
ALTER TABLE "account" ADD COLUMN "open_request_id" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "account_member_uq" ON "account" USING btree ("member_id","council_id");--> statement-breakpoint
CREATE INDEX "account_open_request_idx" ON "account" USING btree ("council_id","open_request_id");
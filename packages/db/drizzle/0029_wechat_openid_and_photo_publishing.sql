ALTER TABLE "account" ADD COLUMN "wechat_openid" text;--> statement-breakpoint
ALTER TABLE "account" ADD COLUMN "wechat_bound_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "attachment" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "account_wechat_openid_uq" ON "account" USING btree ("wechat_openid","council_id");
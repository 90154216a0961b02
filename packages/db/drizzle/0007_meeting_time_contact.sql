ALTER TABLE "consultation" ADD COLUMN "start_time" time;--> statement-breakpoint
ALTER TABLE "consultation" ADD COLUMN "contact_name" text;--> statement-breakpoint
ALTER TABLE "consultation" ADD COLUMN "contact_phone" text;
ALTER TABLE "progress"."alerts" ADD COLUMN "details" jsonb;--> statement-breakpoint
ALTER TABLE "progress"."alerts" ADD COLUMN "resolution" text;
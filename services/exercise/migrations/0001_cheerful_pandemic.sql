ALTER TABLE "exercise"."quiz_attempts" ALTER COLUMN "answers" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "exercise"."quiz_attempts" ALTER COLUMN "score" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "exercise"."quiz_attempts" ALTER COLUMN "correct" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "exercise"."custom_exercises" ADD COLUMN "status" text DEFAULT 'published' NOT NULL;--> statement-breakpoint
ALTER TABLE "exercise"."custom_exercises" ADD COLUMN "visibility" text DEFAULT 'classes' NOT NULL;--> statement-breakpoint
ALTER TABLE "exercise"."quiz_attempts" ADD COLUMN "question_ids" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "exercise"."quiz_attempts" ADD COLUMN "results" jsonb;--> statement-breakpoint
ALTER TABLE "exercise"."quiz_attempts" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
-- hand-added: attempts stored before draws existed were submitted when created; generated practice
-- was visible to everyone and is now private to the student who asked for it
UPDATE "exercise"."quiz_attempts" SET "submitted_at" = "created_at" WHERE "submitted_at" IS NULL;--> statement-breakpoint
UPDATE "exercise"."custom_exercises" SET "visibility" = 'private' WHERE "origin" = 'generated';--> statement-breakpoint
CREATE UNIQUE INDEX "quiz_attempts_one_open_index" ON "exercise"."quiz_attempts" USING btree ("student_id","quiz_id") WHERE submitted_at is null;
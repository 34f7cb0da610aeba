ALTER TABLE "exercise"."custom_exercises" ADD COLUMN "module_name" text DEFAULT 'student' NOT NULL;--> statement-breakpoint
ALTER TABLE "exercise"."custom_exercises" ADD COLUMN "test_module" text;--> statement-breakpoint
ALTER TABLE "exercise"."custom_exercises" ADD COLUMN "helpers" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "exercise"."custom_exercises" ADD COLUMN "files" jsonb DEFAULT '[]'::jsonb NOT NULL;
CREATE TABLE "triage"."conversations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"student_id" text NOT NULL,
	"state" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "conversations_student_id_updated_at_index" ON "triage"."conversations" USING btree ("student_id","updated_at");
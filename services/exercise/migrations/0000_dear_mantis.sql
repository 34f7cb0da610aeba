CREATE SCHEMA "exercise";
--> statement-breakpoint
CREATE TABLE "exercise"."assignments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"class_id" text NOT NULL,
	"exercise_id" text NOT NULL,
	"assigned_by" text NOT NULL,
	"due_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exercise"."custom_exercises" (
	"id" text PRIMARY KEY NOT NULL,
	"author_id" text NOT NULL,
	"origin" text NOT NULL,
	"module" text NOT NULL,
	"title" text NOT NULL,
	"difficulty" text NOT NULL,
	"tags" jsonb NOT NULL,
	"prompt" text NOT NULL,
	"starter" text NOT NULL,
	"solution" text NOT NULL,
	"tests" text NOT NULL,
	"hints" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exercise"."inbox" (
	"consumer_group" text NOT NULL,
	"event_id" text NOT NULL,
	"handled_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inbox_consumer_group_event_id_pk" PRIMARY KEY("consumer_group","event_id")
);
--> statement-breakpoint
CREATE TABLE "exercise"."outbox" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"id" uuid NOT NULL,
	"topic" text NOT NULL,
	"key" text NOT NULL,
	"event" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "outbox_id_unique" UNIQUE("id")
);
--> statement-breakpoint
CREATE TABLE "exercise"."quiz_attempts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"student_id" text NOT NULL,
	"quiz_id" text NOT NULL,
	"answers" jsonb NOT NULL,
	"score" integer NOT NULL,
	"correct" integer NOT NULL,
	"total" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exercise"."submissions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"student_id" text NOT NULL,
	"exercise_id" text NOT NULL,
	"variant" text NOT NULL,
	"code" text NOT NULL,
	"status" text NOT NULL,
	"score" integer NOT NULL,
	"passed" boolean NOT NULL,
	"results" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "assignments_class_id_exercise_id_index" ON "exercise"."assignments" USING btree ("class_id","exercise_id");--> statement-breakpoint
CREATE INDEX "outbox_published_at_seq_index" ON "exercise"."outbox" USING btree ("published_at","seq");--> statement-breakpoint
CREATE INDEX "quiz_attempts_student_id_quiz_id_index" ON "exercise"."quiz_attempts" USING btree ("student_id","quiz_id");--> statement-breakpoint
CREATE INDEX "submissions_student_id_exercise_id_created_at_index" ON "exercise"."submissions" USING btree ("student_id","exercise_id","created_at");
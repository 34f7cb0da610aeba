CREATE SCHEMA "progress";
--> statement-breakpoint
CREATE TABLE "progress"."activities" (
	"event_id" text PRIMARY KEY NOT NULL,
	"student_id" text NOT NULL,
	"module_id" text,
	"kind" text NOT NULL,
	"time" timestamp with time zone NOT NULL,
	"data" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "progress"."alerts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"student_id" text NOT NULL,
	"trigger" text NOT NULL,
	"module_id" text,
	"summary" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" text
);
--> statement-breakpoint
CREATE TABLE "progress"."inbox" (
	"consumer_group" text NOT NULL,
	"event_id" text NOT NULL,
	"handled_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inbox_consumer_group_event_id_pk" PRIMARY KEY("consumer_group","event_id")
);
--> statement-breakpoint
CREATE TABLE "progress"."outbox" (
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
CREATE TABLE "progress"."students" (
	"student_id" text PRIMARY KEY NOT NULL,
	"time_zone" text DEFAULT 'UTC' NOT NULL
);
--> statement-breakpoint
CREATE INDEX "activities_student_id_time_index" ON "progress"."activities" USING btree ("student_id","time");--> statement-breakpoint
CREATE UNIQUE INDEX "alerts_one_open_per_trigger" ON "progress"."alerts" USING btree ("student_id","trigger") WHERE status = 'open';--> statement-breakpoint
CREATE INDEX "alerts_student_id_created_at_index" ON "progress"."alerts" USING btree ("student_id","created_at");--> statement-breakpoint
CREATE INDEX "outbox_published_at_seq_index" ON "progress"."outbox" USING btree ("published_at","seq");
CREATE SCHEMA "triage";
--> statement-breakpoint
CREATE TABLE "triage"."inbox" (
	"consumer_group" text NOT NULL,
	"event_id" text NOT NULL,
	"handled_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inbox_consumer_group_event_id_pk" PRIMARY KEY("consumer_group","event_id")
);
--> statement-breakpoint
CREATE TABLE "triage"."messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"conversation_id" uuid NOT NULL,
	"student_id" text NOT NULL,
	"role" text NOT NULL,
	"agent" text,
	"confidence" real,
	"source" text,
	"content" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "triage"."outbox" (
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
CREATE TABLE "triage"."token_usage" (
	"student_id" text NOT NULL,
	"day" text NOT NULL,
	"tokens" integer NOT NULL,
	CONSTRAINT "token_usage_student_id_day_pk" PRIMARY KEY("student_id","day")
);
--> statement-breakpoint
CREATE INDEX "messages_student_id_created_at_index" ON "triage"."messages" USING btree ("student_id","created_at");--> statement-breakpoint
CREATE INDEX "messages_conversation_id_created_at_index" ON "triage"."messages" USING btree ("conversation_id","created_at");--> statement-breakpoint
CREATE INDEX "outbox_published_at_seq_index" ON "triage"."outbox" USING btree ("published_at","seq");
CREATE TABLE "progress"."drafts" (
	"student_id" text NOT NULL,
	"page" text NOT NULL,
	"code" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "drafts_student_id_page_pk" PRIMARY KEY("student_id","page")
);

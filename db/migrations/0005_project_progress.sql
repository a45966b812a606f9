CREATE TABLE "project_progress" (
	"user_id" text NOT NULL,
	"roadmap_id" text NOT NULL,
	"project_id" text NOT NULL,
	"status" text NOT NULL,
	"url" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_progress_user_id_roadmap_id_project_id_pk" PRIMARY KEY("user_id","roadmap_id","project_id"),
	CONSTRAINT "project_progress_status_check" CHECK (status in ('not_started', 'in_progress', 'done')),
	CONSTRAINT "project_progress_url_check" CHECK (url is null or (url like 'https://%' and char_length(url) <= 2048))
);
--> statement-breakpoint
ALTER TABLE "project_progress" ADD CONSTRAINT "project_progress_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
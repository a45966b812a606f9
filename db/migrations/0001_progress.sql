CREATE TABLE "progress" (
	"user_id" text NOT NULL,
	"roadmap_id" text NOT NULL,
	"topic_id" text NOT NULL,
	"status" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "progress_user_id_roadmap_id_topic_id_pk" PRIMARY KEY("user_id","roadmap_id","topic_id"),
	CONSTRAINT "progress_status_check" CHECK (status in ('not_started', 'in_progress', 'done', 'skipped'))
);
--> statement-breakpoint
CREATE TABLE "progress_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "progress_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" text NOT NULL,
	"roadmap_id" text NOT NULL,
	"topic_id" text NOT NULL,
	"status" text NOT NULL,
	"source" text NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "progress_events_status_check" CHECK (status in ('not_started', 'in_progress', 'done', 'skipped'))
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "time_zone" text;--> statement-breakpoint
ALTER TABLE "progress" ADD CONSTRAINT "progress_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_events" ADD CONSTRAINT "progress_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "progress_events_user_changed_idx" ON "progress_events" USING btree ("user_id","changed_at");
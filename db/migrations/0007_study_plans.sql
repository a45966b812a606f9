CREATE TABLE "calendar_feeds" (
	"user_id" text PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_feeds_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "study_plan_versions" (
	"user_id" text NOT NULL,
	"roadmap_id" text NOT NULL,
	"starts_on" date NOT NULL,
	"minutes_per_week" integer NOT NULL,
	"study_days" integer NOT NULL,
	"target_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "study_plan_versions_user_id_roadmap_id_starts_on_pk" PRIMARY KEY("user_id","roadmap_id","starts_on"),
	CONSTRAINT "study_plan_versions_minutes_check" CHECK (minutes_per_week between 30 and 3600),
	CONSTRAINT "study_plan_versions_days_check" CHECK (study_days between 1 and 127)
);
--> statement-breakpoint
CREATE TABLE "time_log" (
	"user_id" text NOT NULL,
	"roadmap_id" text NOT NULL,
	"topic_id" text NOT NULL,
	"day" date NOT NULL,
	"minutes" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "time_log_user_id_roadmap_id_topic_id_day_pk" PRIMARY KEY("user_id","roadmap_id","topic_id","day"),
	CONSTRAINT "time_log_minutes_check" CHECK (minutes between 1 and 1440)
);
--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "study_plan_versions" ADD CONSTRAINT "study_plan_versions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_log" ADD CONSTRAINT "time_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "time_log_user_day_idx" ON "time_log" USING btree ("user_id","day");
CREATE TABLE "notes" (
	"user_id" text NOT NULL,
	"roadmap_id" text NOT NULL,
	"topic_id" text NOT NULL,
	"body" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notes_user_id_roadmap_id_topic_id_pk" PRIMARY KEY("user_id","roadmap_id","topic_id"),
	CONSTRAINT "notes_body_length_check" CHECK (char_length(body) between 1 and 10000)
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "profile_public" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "display_name" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "show_notes" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "users_login_idx" ON "users" USING btree (lower("login"));
CREATE TABLE "project_checklists" (
	"user_id" text NOT NULL,
	"roadmap_id" text NOT NULL,
	"project_id" text NOT NULL,
	"ticked" text[] NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_checklists_user_id_roadmap_id_project_id_pk" PRIMARY KEY("user_id","roadmap_id","project_id"),
	CONSTRAINT "project_checklists_ticked_check" CHECK (cardinality(ticked) <= 17)
);
--> statement-breakpoint
ALTER TABLE "project_checklists" ADD CONSTRAINT "project_checklists_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
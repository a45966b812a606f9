CREATE TABLE "review_cards" (
	"user_id" text NOT NULL,
	"roadmap_id" text NOT NULL,
	"topic_id" text NOT NULL,
	"due_on" date NOT NULL,
	"last_review_on" date NOT NULL,
	"last_answered_at" timestamp with time zone NOT NULL,
	"stability" double precision NOT NULL,
	"difficulty" double precision NOT NULL,
	"scheduled_days" integer NOT NULL,
	"learning_steps" integer NOT NULL,
	"reps" integer NOT NULL,
	"lapses" integer NOT NULL,
	"state" smallint NOT NULL,
	CONSTRAINT "review_cards_user_id_roadmap_id_topic_id_pk" PRIMARY KEY("user_id","roadmap_id","topic_id"),
	CONSTRAINT "review_cards_state_check" CHECK ("review_cards"."state" between 0 and 3)
);
--> statement-breakpoint
ALTER TABLE "review_cards" ADD CONSTRAINT "review_cards_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
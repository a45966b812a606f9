CREATE TABLE "check_answers" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "check_answers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" text NOT NULL,
	"attempt_id" text NOT NULL,
	"roadmap_id" text NOT NULL,
	"topic_id" text NOT NULL,
	"question_id" text NOT NULL,
	"chosen_option_ids" text[] NOT NULL,
	"correct" boolean NOT NULL,
	"answered_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "check_answers" ADD CONSTRAINT "check_answers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "check_answers_attempt_question_idx" ON "check_answers" USING btree ("user_id","attempt_id","question_id");--> statement-breakpoint
CREATE INDEX "check_answers_user_topic_idx" ON "check_answers" USING btree ("user_id","roadmap_id","topic_id","answered_at");
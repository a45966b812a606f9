ALTER TABLE "cohorts" ADD COLUMN "starts_on" date;--> statement-breakpoint
ALTER TABLE "cohorts" ADD COLUMN "minutes_per_week" integer;--> statement-breakpoint
ALTER TABLE "cohorts" ADD COLUMN "ends_on" date;--> statement-breakpoint
ALTER TABLE "cohorts" ADD COLUMN "counts_optional" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "cohorts" ADD CONSTRAINT "cohorts_schedule_check" CHECK ((starts_on is null and minutes_per_week is null and ends_on is null) or (starts_on is not null and (minutes_per_week is null) <> (ends_on is null) and (minutes_per_week is null or minutes_per_week between 30 and 3600) and (ends_on is null or ends_on > starts_on)));
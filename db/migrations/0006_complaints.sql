CREATE TABLE "complaints" (
	"id" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"category" text NOT NULL,
	"channel" text NOT NULL,
	"status" text NOT NULL,
	"district" char(5),
	"dong" text,
	"address" text,
	"lon" double precision,
	"lat" double precision,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"department" jsonb NOT NULL,
	"reporter" jsonb NOT NULL,
	"synthetic" boolean NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"reopened" integer NOT NULL,
	"history" jsonb NOT NULL
);
--> statement-breakpoint
CREATE INDEX "complaints_requested_idx" ON "complaints" USING btree ("requested_at");--> statement-breakpoint
CREATE INDEX "complaints_district_requested_idx" ON "complaints" USING btree ("district","requested_at");--> statement-breakpoint
CREATE INDEX "complaints_status_idx" ON "complaints" USING btree ("status");--> statement-breakpoint
CREATE INDEX "complaints_category_requested_idx" ON "complaints" USING btree ("category","requested_at");
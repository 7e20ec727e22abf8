CREATE TABLE "incidents" (
	"id" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"agency" text NOT NULL,
	"type" text NOT NULL,
	"stage" text NOT NULL,
	"district_code" char(5) NOT NULL,
	"lon" double precision NOT NULL,
	"lat" double precision NOT NULL,
	"reported_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"travel_s" double precision,
	"state" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cameras" (
	"id" text PRIMARY KEY NOT NULL,
	"name_ko" text NOT NULL,
	"name_en" text NOT NULL,
	"district_code" char(5) NOT NULL,
	"lon" double precision NOT NULL,
	"lat" double precision NOT NULL,
	"agency" text NOT NULL,
	"purpose" text NOT NULL,
	"viewers" text[] NOT NULL,
	"synthetic" boolean NOT NULL,
	"installed_year" integer,
	"stream_url" text
);
--> statement-breakpoint
CREATE INDEX "incidents_reported_idx" ON "incidents" USING btree ("reported_at");--> statement-breakpoint
CREATE INDEX "incidents_district_reported_idx" ON "incidents" USING btree ("district_code","reported_at");--> statement-breakpoint
CREATE INDEX "incidents_open_idx" ON "incidents" USING btree ("stage","reported_at");--> statement-breakpoint
CREATE INDEX "cameras_district_idx" ON "cameras" USING btree ("district_code");
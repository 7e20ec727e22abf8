CREATE TABLE "sources" (
	"id" text PRIMARY KEY NOT NULL,
	"title_ko" text NOT NULL,
	"title_en" text NOT NULL,
	"department_ko" text NOT NULL,
	"department_en" text NOT NULL,
	"protocol" text NOT NULL,
	"cadence" text NOT NULL,
	"stale_after_s" integer NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"attribution" text NOT NULL,
	"status" text DEFAULT 'unknown' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "districts" (
	"code" char(5) PRIMARY KEY NOT NULL,
	"name_ko" text NOT NULL,
	"name_en" text NOT NULL,
	"geometry" jsonb NOT NULL,
	"centroid_lon" double precision NOT NULL,
	"centroid_lat" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "neighborhoods" (
	"code" char(10) PRIMARY KEY NOT NULL,
	"kostat_code" text NOT NULL,
	"district_code" char(5) NOT NULL,
	"name_ko" text NOT NULL,
	"name_en" text,
	"geometry" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stations" (
	"code" text PRIMARY KEY NOT NULL,
	"name_ko" text NOT NULL,
	"name_en" text NOT NULL,
	"kind" text NOT NULL,
	"district_code" char(5) NOT NULL,
	"lon" double precision NOT NULL,
	"lat" double precision NOT NULL,
	"source_id" text NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "connector_runs" (
	"run_id" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone NOT NULL,
	"outcome" text NOT NULL,
	"fetched" integer NOT NULL,
	"parsed" integer NOT NULL,
	"emitted" integer NOT NULL,
	"dropped" integer NOT NULL,
	"newest_observed_at" timestamp with time zone,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "quarantine" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"subject" text NOT NULL,
	"reason" text NOT NULL,
	"raw" "bytea" NOT NULL,
	"received_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "live_snapshots" (
	"channel" text PRIMARY KEY NOT NULL,
	"data" jsonb NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "neighborhoods" ADD CONSTRAINT "neighborhoods_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stations" ADD CONSTRAINT "stations_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "neighborhoods_district_idx" ON "neighborhoods" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "stations_district_idx" ON "stations" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "connector_runs_source_started_idx" ON "connector_runs" USING btree ("source","started_at");--> statement-breakpoint
CREATE INDEX "quarantine_source_received_idx" ON "quarantine" USING btree ("source","received_at");
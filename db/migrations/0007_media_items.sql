CREATE TABLE "media_items" (
	"id" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"kind" text NOT NULL,
	"outlet" text,
	"title" text,
	"text" text NOT NULL,
	"url" text,
	"author" text,
	"published_at" timestamp with time zone NOT NULL,
	"language" text NOT NULL,
	"districts" text[] NOT NULL,
	"synthetic" boolean NOT NULL,
	"terms" text[] NOT NULL
);
--> statement-breakpoint
CREATE INDEX "media_items_published_idx" ON "media_items" USING btree ("published_at");--> statement-breakpoint
CREATE INDEX "media_items_terms_idx" ON "media_items" USING gin ("terms");
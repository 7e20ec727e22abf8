CREATE TABLE "layouts" (
	"scope" text NOT NULL,
	"owner" text NOT NULL,
	"document" jsonb NOT NULL,
	"revision" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "layouts_scope_owner_pk" PRIMARY KEY("scope","owner")
);

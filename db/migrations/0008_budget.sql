CREATE TABLE "budget_execution" (
	"program" text NOT NULL,
	"month" char(7) NOT NULL,
	"as_of" date NOT NULL,
	"department" jsonb NOT NULL,
	"account" text NOT NULL,
	"budget" bigint NOT NULL,
	"allocated" bigint NOT NULL,
	"executed" bigint NOT NULL,
	"rate" double precision NOT NULL,
	"synthetic" boolean NOT NULL,
	CONSTRAINT "budget_execution_program_month_pk" PRIMARY KEY("program","month")
);
--> statement-breakpoint
CREATE TABLE "budget_programs" (
	"id" text NOT NULL,
	"year" integer NOT NULL,
	"name" jsonb NOT NULL,
	"department" jsonb NOT NULL,
	"account" text NOT NULL,
	"budget" bigint NOT NULL,
	"synthetic" boolean NOT NULL,
	CONSTRAINT "budget_programs_id_year_pk" PRIMARY KEY("id","year")
);
--> statement-breakpoint
CREATE INDEX "budget_execution_month_idx" ON "budget_execution" USING btree ("month");
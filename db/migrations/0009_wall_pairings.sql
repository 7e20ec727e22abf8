CREATE TABLE "wall_pairings" (
	"code" text PRIMARY KEY NOT NULL,
	"wall" text NOT NULL,
	"offered_by" text NOT NULL,
	"offered_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"login" text,
	"paired_at" timestamp with time zone,
	"until" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "wall_pairings_login_idx" ON "wall_pairings" USING btree ("login","wall");
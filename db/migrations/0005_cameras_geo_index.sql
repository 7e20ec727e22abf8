-- Nearest-camera queries: great-circle order via earthdistance's ll_to_earth (a point of the
-- earth's surface as a 3-D cube) and GiST's k-nearest-neighbour scan of cube's `<->` (chord
-- distance, which orders exactly as great-circle distance does).
CREATE EXTENSION IF NOT EXISTS cube;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS earthdistance;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "cameras_earth_gist" ON "cameras" USING gist (ll_to_earth("lat", "lon"));

-- The audit log is append-only: UPDATE, DELETE and TRUNCATE of audit_log are refused.
-- Someone able to drop this trigger (the table owner) can still edit rows, but the hash chain
-- (server/audit/chain.ts) then reports the first changed, removed or moved entry.
CREATE OR REPLACE FUNCTION "audit_log_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege', HINT = 'audit entries can only be added';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "audit_log_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_refuse_change"();

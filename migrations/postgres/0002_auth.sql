-- Needlepoint schema v2 (PostgreSQL): login sessions, login throttling, clinic protocol
-- versions, and the reason recorded when a provider shortens a plan's interval.

CREATE TABLE auth_sessions (
  clinic_id    BIGINT NOT NULL,
  token_hash   TEXT NOT NULL,
  user_id      BIGINT NOT NULL,
  created_us   BIGINT NOT NULL,
  last_seen_us BIGINT NOT NULL,
  expires_us   BIGINT NOT NULL,
  PRIMARY KEY (clinic_id, token_hash),
  FOREIGN KEY (clinic_id, user_id) REFERENCES users (clinic_id, id)
);
CREATE INDEX auth_sessions_by_user ON auth_sessions (clinic_id, user_id);

CREATE TABLE login_attempts (
  clinic_id       BIGINT NOT NULL REFERENCES clinics (clinic_id),
  email           TEXT NOT NULL,
  failures        INTEGER NOT NULL,
  locked_until_us BIGINT NOT NULL,
  PRIMARY KEY (clinic_id, email)
);

CREATE TABLE clinic_protocols (
  clinic_id   BIGINT NOT NULL,
  seq         BIGINT NOT NULL,
  name        TEXT NOT NULL,
  version     TEXT NOT NULL,
  toml        TEXT NOT NULL,
  uploaded_by BIGINT NOT NULL,
  created_us  BIGINT NOT NULL,
  PRIMARY KEY (clinic_id, seq),
  UNIQUE (clinic_id, name, version),
  FOREIGN KEY (clinic_id, uploaded_by) REFERENCES users (clinic_id, id)
);

ALTER TABLE treatment_plans ADD COLUMN interval_override_reason TEXT NOT NULL DEFAULT '';

DO $$
DECLARE
  t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY['auth_sessions', 'login_attempts', 'clinic_protocols']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I '
                   'USING (clinic_id = nullif(current_setting(''app.clinic_id'', true), '''')::bigint) '
                   'WITH CHECK (clinic_id = nullif(current_setting(''app.clinic_id'', true), '''')::bigint)',
                   t);
  END LOOP;
END
$$;

GRANT SELECT, INSERT, UPDATE, DELETE ON auth_sessions, login_attempts TO needlepoint_app;
GRANT SELECT, INSERT ON clinic_protocols TO needlepoint_app;

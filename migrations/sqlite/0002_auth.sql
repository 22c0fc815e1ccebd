-- Needlepoint schema v2 (SQLite): login sessions, login throttling, clinic protocol versions,
-- and the reason recorded when a provider shortens a plan's interval below the protocol's.

-- Only the SHA-256 of a session token is stored.
CREATE TABLE auth_sessions (
  clinic_id    INTEGER NOT NULL,
  token_hash   TEXT NOT NULL,
  user_id      INTEGER NOT NULL,
  created_us   INTEGER NOT NULL,
  last_seen_us INTEGER NOT NULL,
  expires_us   INTEGER NOT NULL,
  PRIMARY KEY (clinic_id, token_hash),
  FOREIGN KEY (clinic_id, user_id) REFERENCES users (clinic_id, id)
) WITHOUT ROWID;
CREATE INDEX auth_sessions_by_user ON auth_sessions (clinic_id, user_id);

-- Consecutive failed logins per account, for backoff (never a permanent lockout).
CREATE TABLE login_attempts (
  clinic_id       INTEGER NOT NULL REFERENCES clinics (clinic_id),
  email           TEXT NOT NULL,
  failures        INTEGER NOT NULL,
  locked_until_us INTEGER NOT NULL,
  PRIMARY KEY (clinic_id, email)
) WITHOUT ROWID;

-- Protocol versions uploaded by the clinic; the newest is active. Versions are immutable.
CREATE TABLE clinic_protocols (
  clinic_id   INTEGER NOT NULL,
  seq         INTEGER NOT NULL,
  name        TEXT NOT NULL,
  version     TEXT NOT NULL,
  toml        TEXT NOT NULL,
  uploaded_by INTEGER NOT NULL,
  created_us  INTEGER NOT NULL,
  PRIMARY KEY (clinic_id, seq),
  UNIQUE (clinic_id, name, version),
  FOREIGN KEY (clinic_id, uploaded_by) REFERENCES users (clinic_id, id)
) WITHOUT ROWID;

ALTER TABLE treatment_plans ADD COLUMN interval_override_reason TEXT NOT NULL DEFAULT '';

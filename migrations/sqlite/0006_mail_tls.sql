-- Needlepoint schema 6 (SQLite): a relay may use STARTTLS when it offers it ('opportunistic'),
-- besides none, STARTTLS required and TLS from the first byte. SQLite cannot change a CHECK
-- constraint, so the (one row per clinic) table is rebuilt.

CREATE TABLE mail_settings_new (
  clinic_id       INTEGER NOT NULL PRIMARY KEY REFERENCES clinics (clinic_id),
  host            TEXT NOT NULL,
  port            INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),
  tls             TEXT NOT NULL CHECK (tls IN ('none', 'starttls', 'tls', 'opportunistic')),
  username        TEXT NOT NULL,
  password_sealed TEXT NOT NULL,
  from_address    TEXT NOT NULL,
  from_name       TEXT NOT NULL,
  portal_url      TEXT NOT NULL,
  timeout_s       INTEGER NOT NULL CHECK (timeout_s BETWEEN 1 AND 300),
  enabled         INTEGER NOT NULL CHECK (enabled IN (0, 1)),
  updated_us      INTEGER NOT NULL
);
INSERT INTO mail_settings_new SELECT clinic_id, host, port, tls, username, password_sealed,
  from_address, from_name, portal_url, timeout_s, enabled, updated_us FROM mail_settings;
DROP TABLE mail_settings;
ALTER TABLE mail_settings_new RENAME TO mail_settings;

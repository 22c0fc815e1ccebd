-- Needlepoint schema 9 (SQLite): the session day's record. A treatment session of a plan
-- (check-in and gate, confirmations, the draft chart, sign-off, the dated aftercare), its
-- signed chart versions (append-only: the original and each amendment), and the needle
-- cartridges charted for it, which the database refuses to chart twice in the clinic.
-- Times are microseconds since the Unix epoch (UTC); dates are 'YYYY-MM-DD'.

CREATE TABLE treatment_sessions (
  clinic_id        INTEGER NOT NULL,
  id               INTEGER NOT NULL,
  patient_id       INTEGER NOT NULL,
  plan_id          INTEGER NOT NULL,
  appointment_id   INTEGER,
  number           INTEGER NOT NULL CHECK (number >= 1),
  session_date     TEXT NOT NULL CHECK (length(session_date) = 10),
  status           TEXT NOT NULL CHECK (status IN ('open', 'checked_in', 'in_progress',
                                                   'signed_off')),
  protocol_name    TEXT NOT NULL,
  protocol_version TEXT NOT NULL,
  check_in         TEXT,                        -- the stored check-in (contract/session_json.h)
  confirmations    TEXT NOT NULL DEFAULT '[]',
  started_by       INTEGER,
  started_us       INTEGER,
  consent_id       INTEGER,
  draft            TEXT NOT NULL DEFAULT '{}',  -- the chart until sign-off
  chart_version    INTEGER NOT NULL DEFAULT 0 CHECK (chart_version >= 0),
  signed_off_by    INTEGER,
  signed_off_us    INTEGER,
  aftercare        TEXT NOT NULL DEFAULT '[]',  -- dated at sign-off
  created_by       INTEGER NOT NULL,
  created_us       INTEGER NOT NULL,
  updated_us       INTEGER NOT NULL,
  version          INTEGER NOT NULL CHECK (version >= 1),
  PRIMARY KEY (clinic_id, id),
  UNIQUE (clinic_id, appointment_id, session_date),
  CHECK ((status = 'signed_off') = (chart_version >= 1)),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id),
  FOREIGN KEY (clinic_id, plan_id) REFERENCES treatment_plans (clinic_id, id),
  FOREIGN KEY (clinic_id, appointment_id) REFERENCES appointments (clinic_id, id),
  FOREIGN KEY (clinic_id, consent_id) REFERENCES consent_signatures (clinic_id, id),
  FOREIGN KEY (clinic_id, created_by) REFERENCES users (clinic_id, id),
  FOREIGN KEY (clinic_id, started_by) REFERENCES users (clinic_id, id),
  FOREIGN KEY (clinic_id, signed_off_by) REFERENCES users (clinic_id, id)
) WITHOUT ROWID;
CREATE INDEX treatment_sessions_by_date ON treatment_sessions (clinic_id, session_date);
CREATE INDEX treatment_sessions_by_patient
  ON treatment_sessions (clinic_id, patient_id, session_date);

-- A signed chart: version 1 at sign-off, each amendment the next with its reason. Never
-- changed or removed.
CREATE TABLE chart_versions (
  clinic_id   INTEGER NOT NULL,
  session_id  INTEGER NOT NULL,
  version     INTEGER NOT NULL CHECK (version >= 1),
  chart       TEXT NOT NULL,
  reason      TEXT NOT NULL,
  recorded_by INTEGER NOT NULL,
  recorded_us INTEGER NOT NULL,
  PRIMARY KEY (clinic_id, session_id, version),
  CHECK ((version = 1) = (reason = '')),
  FOREIGN KEY (clinic_id, session_id) REFERENCES treatment_sessions (clinic_id, id),
  FOREIGN KEY (clinic_id, recorded_by) REFERENCES users (clinic_id, id)
) WITHOUT ROWID;
CREATE TRIGGER chart_versions_no_update BEFORE UPDATE ON chart_versions
BEGIN
  SELECT RAISE(ABORT, 'append-only: a signed chart version cannot be changed');
END;
CREATE TRIGGER chart_versions_no_delete BEFORE DELETE ON chart_versions
BEGIN
  SELECT RAISE(ABORT, 'append-only: a signed chart version cannot be removed');
END;

-- A needle cartridge charted for a session, from its GS1 barcode. Single use: one
-- (GTIN, lot, serial) per clinic, whatever the session or patient, under any concurrency.
-- A cartridge without a serial cannot be proven unused and needs its sealed pack confirmed.
CREATE TABLE session_cartridges (
  clinic_id             INTEGER NOT NULL,
  id                    INTEGER NOT NULL,
  session_id            INTEGER NOT NULL,
  gtin                  TEXT NOT NULL CHECK (length(gtin) = 14),
  lot                   TEXT NOT NULL CHECK (lot <> ''),
  serial                TEXT CHECK (serial IS NULL OR serial <> ''),
  expiry                TEXT NOT NULL CHECK (length(expiry) = 10),
  production_date       TEXT CHECK (production_date IS NULL OR length(production_date) = 10),
  sealed_pack_confirmed INTEGER NOT NULL CHECK (sealed_pack_confirmed IN (0, 1)),
  recorded_by           INTEGER NOT NULL,
  recorded_us           INTEGER NOT NULL,
  PRIMARY KEY (clinic_id, id),
  CONSTRAINT session_cartridges_single_use UNIQUE (clinic_id, gtin, lot, serial),
  CHECK (serial IS NOT NULL OR sealed_pack_confirmed = 1),
  FOREIGN KEY (clinic_id, session_id) REFERENCES treatment_sessions (clinic_id, id),
  FOREIGN KEY (clinic_id, recorded_by) REFERENCES users (clinic_id, id)
) WITHOUT ROWID;
CREATE INDEX session_cartridges_by_lot ON session_cartridges (clinic_id, lot, gtin, session_id);
CREATE INDEX session_cartridges_by_session ON session_cartridges (clinic_id, session_id);
CREATE TRIGGER session_cartridges_no_update BEFORE UPDATE ON session_cartridges
BEGIN
  SELECT RAISE(ABORT, 'append-only: a charted cartridge cannot be changed');
END;
CREATE TRIGGER session_cartridges_no_delete BEFORE DELETE ON session_cartridges
BEGIN
  SELECT RAISE(ABORT, 'append-only: a charted cartridge cannot be removed');
END;

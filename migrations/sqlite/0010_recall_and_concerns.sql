-- Needlepoint schema 10 (SQLite): what a recall and a worried patient need. The clinic's
-- phone number (the number an urgent report tells the patient to call), the products each
-- chart recorded with their lots (the recall index: the draft as version 0, and every signed
-- version), the concerns patients report after a session with their triage, and the adverse
-- events providers record, linked to the session's cartridge and product lots.
-- Times are microseconds since the Unix epoch (UTC); dates are 'YYYY-MM-DD'.

ALTER TABLE clinics ADD COLUMN phone TEXT NOT NULL DEFAULT '';

-- The recall reads a lot's cartridges with their serials: the lot index covers them, so that a
-- search never walks the clinic's other cartridges (schema 9's index lacked the serial).
DROP INDEX session_cartridges_by_lot;
CREATE INDEX session_cartridges_by_lot
  ON session_cartridges (clinic_id, lot, gtin, serial, session_id);

CREATE TABLE session_products (
  clinic_id     INTEGER NOT NULL,
  session_id    INTEGER NOT NULL,
  chart_version INTEGER NOT NULL CHECK (chart_version >= 0),  -- 0: the draft
  position      INTEGER NOT NULL CHECK (position >= 0),
  code          TEXT NOT NULL CHECK (code IN ('hyaluronic_acid', 'prp', 'growth_factors',
                                              'led_red')),
  lot           TEXT NOT NULL CHECK (lot <> ''),
  PRIMARY KEY (clinic_id, session_id, chart_version, position),
  FOREIGN KEY (clinic_id, session_id) REFERENCES treatment_sessions (clinic_id, id)
) WITHOUT ROWID;
CREATE INDEX session_products_by_lot ON session_products (clinic_id, lot, code, session_id);

CREATE TABLE adverse_reports (
  clinic_id       INTEGER NOT NULL,
  id              INTEGER NOT NULL,
  patient_id      INTEGER NOT NULL,
  session_id      INTEGER NOT NULL,
  symptoms        TEXT NOT NULL,                -- JSON array of symptom codes
  started_on      TEXT CHECK (started_on IS NULL OR length(started_on) = 10),
  note            TEXT NOT NULL,
  urgency         TEXT NOT NULL CHECK (urgency IN ('urgent', 'review', 'expected')),
  triage          TEXT NOT NULL,                -- contract/session_json.h TriageToJson
  photo_sha256    TEXT,
  reported_by     INTEGER NOT NULL,
  reported_us     INTEGER NOT NULL,
  acknowledged_by INTEGER,
  acknowledged_us INTEGER,
  version         INTEGER NOT NULL CHECK (version >= 1),
  PRIMARY KEY (clinic_id, id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id),
  FOREIGN KEY (clinic_id, session_id) REFERENCES treatment_sessions (clinic_id, id),
  FOREIGN KEY (clinic_id, reported_by) REFERENCES users (clinic_id, id),
  FOREIGN KEY (clinic_id, acknowledged_by) REFERENCES users (clinic_id, id)
) WITHOUT ROWID;
CREATE INDEX adverse_reports_by_session ON adverse_reports (clinic_id, session_id);
CREATE INDEX adverse_reports_by_time ON adverse_reports (clinic_id, reported_us);

CREATE TABLE adverse_events (
  clinic_id   INTEGER NOT NULL,
  id          INTEGER NOT NULL,
  patient_id  INTEGER NOT NULL,
  session_id  INTEGER NOT NULL,
  report_id   INTEGER,
  description TEXT NOT NULL CHECK (description <> ''),
  onset       TEXT NOT NULL CHECK (length(onset) = 10),
  severity    TEXT NOT NULL CHECK (severity IN ('mild', 'moderate', 'severe')),
  serious     INTEGER NOT NULL CHECK (serious IN (0, 1)),
  outcome     TEXT NOT NULL CHECK (outcome IN ('resolved', 'recovering', 'ongoing',
                                               'resolved_with_sequelae', 'fatal', 'unknown')),
  follow_up   TEXT NOT NULL,
  cause       TEXT NOT NULL CHECK (cause IN ('procedure', 'cartridge', 'product', 'anaesthetic',
                                             'aftercare', 'unrelated', 'unknown')),
  causality   TEXT NOT NULL CHECK (causality IN ('certain', 'probable', 'possible', 'unlikely',
                                                 'unassessable')),
  suspects    TEXT NOT NULL,                    -- SuspectsToJson
  recorded_by INTEGER NOT NULL,
  recorded_us INTEGER NOT NULL,
  updated_us  INTEGER NOT NULL,
  version     INTEGER NOT NULL CHECK (version >= 1),
  PRIMARY KEY (clinic_id, id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id),
  FOREIGN KEY (clinic_id, session_id) REFERENCES treatment_sessions (clinic_id, id),
  FOREIGN KEY (clinic_id, report_id) REFERENCES adverse_reports (clinic_id, id),
  FOREIGN KEY (clinic_id, recorded_by) REFERENCES users (clinic_id, id)
) WITHOUT ROWID;
CREATE INDEX adverse_events_by_session ON adverse_events (clinic_id, session_id);
CREATE TRIGGER adverse_events_no_delete BEFORE DELETE ON adverse_events
BEGIN
  SELECT RAISE(ABORT, 'an adverse event is never removed');
END;
CREATE TRIGGER adverse_reports_no_delete BEFORE DELETE ON adverse_reports
BEGIN
  SELECT RAISE(ABORT, 'a reported concern is never removed');
END;

-- Needlepoint schema v1 (SQLite): clinics, staff, patients, consultations, plans, resources,
-- appointments and the append-only audit log. Every table carries clinic_id and every key
-- starts with it. Times are microseconds since the Unix epoch (UTC); civil dates are
-- 'YYYY-MM-DD' text; depths are whole micrometres.

CREATE TABLE id_sequence (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  value     INTEGER NOT NULL
);
INSERT INTO id_sequence (singleton, value) VALUES (1, 0);

-- Login names of clinics: the only lookup that happens before the clinic is known.
CREATE TABLE clinic_directory (
  slug      TEXT NOT NULL PRIMARY KEY,
  clinic_id INTEGER NOT NULL UNIQUE
) WITHOUT ROWID;

CREATE TABLE clinics (
  clinic_id  INTEGER NOT NULL PRIMARY KEY,
  slug       TEXT NOT NULL UNIQUE REFERENCES clinic_directory (slug),
  name       TEXT NOT NULL,
  time_zone  TEXT NOT NULL,
  created_us INTEGER NOT NULL
);

CREATE TABLE patients (
  clinic_id   INTEGER NOT NULL REFERENCES clinics (clinic_id),
  id          INTEGER NOT NULL,
  given_name  TEXT NOT NULL,
  family_name TEXT NOT NULL,
  birth_date  TEXT NOT NULL,
  email       TEXT NOT NULL DEFAULT '',
  phone       TEXT NOT NULL DEFAULT '',
  fitzpatrick INTEGER CHECK (fitzpatrick BETWEEN 1 AND 6),
  search_key  TEXT NOT NULL,
  created_us  INTEGER NOT NULL,
  updated_us  INTEGER NOT NULL,
  version     INTEGER NOT NULL,
  PRIMARY KEY (clinic_id, id)
) WITHOUT ROWID;
CREATE INDEX patients_by_name ON patients (clinic_id, family_name, given_name, id);

CREATE TABLE users (
  clinic_id     INTEGER NOT NULL REFERENCES clinics (clinic_id),
  id            INTEGER NOT NULL,
  email         TEXT NOT NULL,
  display_name  TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('owner', 'provider', 'front_desk', 'patient')),
  title         TEXT NOT NULL DEFAULT '',
  patient_id    INTEGER,
  password_hash TEXT NOT NULL,
  active        INTEGER NOT NULL DEFAULT 1,
  created_us    INTEGER NOT NULL,
  PRIMARY KEY (clinic_id, id),
  UNIQUE (clinic_id, email),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id),
  CHECK ((role = 'patient') = (patient_id IS NOT NULL))
) WITHOUT ROWID;

CREATE TABLE resources (
  clinic_id INTEGER NOT NULL REFERENCES clinics (clinic_id),
  id        INTEGER NOT NULL,
  kind      TEXT NOT NULL CHECK (kind IN ('room', 'device')),
  name      TEXT NOT NULL,
  active    INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (clinic_id, id)
) WITHOUT ROWID;

CREATE TABLE consultations (
  clinic_id        INTEGER NOT NULL,
  id               INTEGER NOT NULL,
  patient_id       INTEGER NOT NULL,
  recorded_by      INTEGER NOT NULL,
  intake_json      TEXT NOT NULL,
  screening_json   TEXT NOT NULL,
  verdict          TEXT NOT NULL
                   CHECK (verdict IN ('eligible', 'eligible_with_precautions', 'defer',
                                      'not_eligible')),
  earliest_date    TEXT,
  protocol_name    TEXT NOT NULL,
  protocol_version TEXT NOT NULL,
  created_us       INTEGER NOT NULL,
  PRIMARY KEY (clinic_id, id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id),
  FOREIGN KEY (clinic_id, recorded_by) REFERENCES users (clinic_id, id)
) WITHOUT ROWID;
CREATE INDEX consultations_by_patient ON consultations (clinic_id, patient_id, created_us);

CREATE TABLE treatment_plans (
  clinic_id         INTEGER NOT NULL,
  id                INTEGER NOT NULL,
  patient_id        INTEGER NOT NULL,
  consultation_id   INTEGER NOT NULL,
  status            TEXT NOT NULL CHECK (status IN ('proposed', 'active', 'completed',
                                                    'cancelled')),
  sessions          INTEGER NOT NULL CHECK (sessions BETWEEN 1 AND 12),
  interval_min_days INTEGER NOT NULL CHECK (interval_min_days >= 1),
  interval_max_days INTEGER NOT NULL CHECK (interval_max_days >= interval_min_days),
  plan_json         TEXT NOT NULL,
  protocol_name     TEXT NOT NULL,
  protocol_version  TEXT NOT NULL,
  created_by        INTEGER NOT NULL,
  created_us        INTEGER NOT NULL,
  updated_us        INTEGER NOT NULL,
  version           INTEGER NOT NULL,
  PRIMARY KEY (clinic_id, id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id),
  FOREIGN KEY (clinic_id, consultation_id) REFERENCES consultations (clinic_id, id),
  FOREIGN KEY (clinic_id, created_by) REFERENCES users (clinic_id, id)
) WITHOUT ROWID;
CREATE INDEX plans_by_patient ON treatment_plans (clinic_id, patient_id, created_us);

-- No depth is ever stored above 2.5 mm, the deepest zone ceiling, whatever the application.
CREATE TABLE plan_zones (
  clinic_id       INTEGER NOT NULL,
  plan_id         INTEGER NOT NULL,
  zone            TEXT NOT NULL,
  depth_min_um    INTEGER NOT NULL CHECK (depth_min_um > 0),
  depth_max_um    INTEGER NOT NULL CHECK (depth_max_um BETWEEN depth_min_um AND 2500),
  protocol_min_um INTEGER NOT NULL,
  protocol_max_um INTEGER NOT NULL,
  override_reason TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (clinic_id, plan_id, zone),
  FOREIGN KEY (clinic_id, plan_id) REFERENCES treatment_plans (clinic_id, id)
) WITHOUT ROWID;

CREATE TABLE appointments (
  clinic_id      INTEGER NOT NULL,
  id             INTEGER NOT NULL,
  patient_id     INTEGER NOT NULL,
  provider_id    INTEGER NOT NULL,
  room_id        INTEGER,
  device_id      INTEGER,
  start_us       INTEGER NOT NULL,
  end_us         INTEGER NOT NULL,
  kind           TEXT NOT NULL CHECK (kind IN ('consultation', 'treatment', 'follow_up')),
  plan_id        INTEGER,
  session_number INTEGER NOT NULL DEFAULT 0,
  session_count  INTEGER NOT NULL DEFAULT 0,
  status         TEXT NOT NULL CHECK (status IN ('booked', 'confirmed', 'checked_in',
                                                 'completed', 'cancelled', 'no_show')),
  created_us     INTEGER NOT NULL,
  updated_us     INTEGER NOT NULL,
  version        INTEGER NOT NULL,
  PRIMARY KEY (clinic_id, id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id),
  FOREIGN KEY (clinic_id, provider_id) REFERENCES users (clinic_id, id),
  FOREIGN KEY (clinic_id, room_id) REFERENCES resources (clinic_id, id),
  FOREIGN KEY (clinic_id, device_id) REFERENCES resources (clinic_id, id),
  FOREIGN KEY (clinic_id, plan_id) REFERENCES treatment_plans (clinic_id, id),
  CHECK (end_us > start_us AND end_us - start_us <= 43200000000)
) WITHOUT ROWID;
CREATE INDEX appointments_by_provider ON appointments (clinic_id, provider_id, start_us);
CREATE INDEX appointments_by_room ON appointments (clinic_id, room_id, start_us)
  WHERE room_id IS NOT NULL;
CREATE INDEX appointments_by_device ON appointments (clinic_id, device_id, start_us)
  WHERE device_id IS NOT NULL;
CREATE INDEX appointments_by_patient ON appointments (clinic_id, patient_id, start_us);

-- No double booking, whatever the application does: every write runs inside BEGIN IMMEDIATE
-- (one writer at a time), and these triggers refuse an active appointment that overlaps
-- another active one of the same provider, room or device. 43200000000 us = 12 hours, the
-- longest appointment, bounds the index scan.
CREATE TRIGGER appointments_no_overlap_insert
BEFORE INSERT ON appointments
WHEN NEW.status IN ('booked', 'confirmed', 'checked_in', 'completed')
BEGIN
  SELECT RAISE(ABORT, 'conflict: overlapping appointment')
  WHERE EXISTS (SELECT 1 FROM appointments a
                WHERE a.clinic_id = NEW.clinic_id AND a.provider_id = NEW.provider_id
                  AND a.status IN ('booked', 'confirmed', 'checked_in', 'completed')
                  AND a.start_us < NEW.end_us AND a.end_us > NEW.start_us
                  AND a.start_us > NEW.start_us - 43200000000)
     OR EXISTS (SELECT 1 FROM appointments a
                WHERE a.clinic_id = NEW.clinic_id AND a.room_id = NEW.room_id
                  AND a.status IN ('booked', 'confirmed', 'checked_in', 'completed')
                  AND a.start_us < NEW.end_us AND a.end_us > NEW.start_us
                  AND a.start_us > NEW.start_us - 43200000000)
     OR EXISTS (SELECT 1 FROM appointments a
                WHERE a.clinic_id = NEW.clinic_id AND a.device_id = NEW.device_id
                  AND a.status IN ('booked', 'confirmed', 'checked_in', 'completed')
                  AND a.start_us < NEW.end_us AND a.end_us > NEW.start_us
                  AND a.start_us > NEW.start_us - 43200000000);
END;

CREATE TRIGGER appointments_no_overlap_update
BEFORE UPDATE OF start_us, end_us, status, provider_id, room_id, device_id ON appointments
WHEN NEW.status IN ('booked', 'confirmed', 'checked_in', 'completed')
BEGIN
  SELECT RAISE(ABORT, 'conflict: overlapping appointment')
  WHERE EXISTS (SELECT 1 FROM appointments a
                WHERE a.clinic_id = NEW.clinic_id AND a.id <> NEW.id
                  AND a.provider_id = NEW.provider_id
                  AND a.status IN ('booked', 'confirmed', 'checked_in', 'completed')
                  AND a.start_us < NEW.end_us AND a.end_us > NEW.start_us
                  AND a.start_us > NEW.start_us - 43200000000)
     OR EXISTS (SELECT 1 FROM appointments a
                WHERE a.clinic_id = NEW.clinic_id AND a.id <> NEW.id
                  AND a.room_id = NEW.room_id
                  AND a.status IN ('booked', 'confirmed', 'checked_in', 'completed')
                  AND a.start_us < NEW.end_us AND a.end_us > NEW.start_us
                  AND a.start_us > NEW.start_us - 43200000000)
     OR EXISTS (SELECT 1 FROM appointments a
                WHERE a.clinic_id = NEW.clinic_id AND a.id <> NEW.id
                  AND a.device_id = NEW.device_id
                  AND a.status IN ('booked', 'confirmed', 'checked_in', 'completed')
                  AND a.start_us < NEW.end_us AND a.end_us > NEW.start_us
                  AND a.start_us > NEW.start_us - 43200000000);
END;

-- The audit log is append-only: rows can be inserted, never changed or removed.
CREATE TABLE audit_log (
  clinic_id   INTEGER NOT NULL REFERENCES clinics (clinic_id),
  seq         INTEGER NOT NULL,
  at_us       INTEGER NOT NULL,
  user_id     INTEGER,
  role        TEXT,
  action      TEXT NOT NULL,
  object_type TEXT NOT NULL,
  object_id   TEXT NOT NULL,
  patient_id  INTEGER,
  request_id  TEXT NOT NULL,
  outcome     TEXT NOT NULL CHECK (outcome IN ('success', 'denied', 'failed')),
  detail      TEXT NOT NULL,
  prev_hash   TEXT NOT NULL,
  hash        TEXT NOT NULL,
  PRIMARY KEY (clinic_id, seq)
) WITHOUT ROWID;
CREATE INDEX audit_by_patient ON audit_log (clinic_id, patient_id, seq)
  WHERE patient_id IS NOT NULL;
CREATE INDEX audit_by_time ON audit_log (clinic_id, at_us);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'append-only: audit rows cannot be changed');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'append-only: audit rows cannot be removed');
END;

-- The end of each clinic's chain: the last sequence number and hash.
CREATE TABLE audit_heads (
  clinic_id INTEGER NOT NULL PRIMARY KEY REFERENCES clinics (clinic_id),
  seq       INTEGER NOT NULL,
  hash      TEXT NOT NULL
);

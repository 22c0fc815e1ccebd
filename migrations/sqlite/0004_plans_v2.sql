-- Needlepoint schema 4 (SQLite): protocol contract v2. Every assessment of a patient's
-- Fitzpatrick skin type is kept (who, when, from which consultation); a plan records the
-- deferrals a provider overrode for it; plan_json now holds the plan as it stands (re-dated
-- by edits), so it is rewritten on every update.

CREATE TABLE skin_type_assessments (
  clinic_id       INTEGER NOT NULL,
  patient_id      INTEGER NOT NULL,
  seq             INTEGER NOT NULL,
  fitzpatrick     INTEGER NOT NULL CHECK (fitzpatrick BETWEEN 1 AND 6),
  previous        INTEGER CHECK (previous BETWEEN 1 AND 6),
  consultation_id INTEGER,
  assessed_by     INTEGER NOT NULL,
  assessed_us     INTEGER NOT NULL,
  PRIMARY KEY (clinic_id, patient_id, seq),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id),
  FOREIGN KEY (clinic_id, consultation_id) REFERENCES consultations (clinic_id, id),
  FOREIGN KEY (clinic_id, assessed_by) REFERENCES users (clinic_id, id)
) WITHOUT ROWID;

CREATE TABLE plan_overrides (
  clinic_id     INTEGER NOT NULL,
  plan_id       INTEGER NOT NULL,
  finding       TEXT NOT NULL,
  reason        TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  overridden_by INTEGER NOT NULL,
  overridden_us INTEGER NOT NULL,
  PRIMARY KEY (clinic_id, plan_id, finding),
  FOREIGN KEY (clinic_id, plan_id) REFERENCES treatment_plans (clinic_id, id),
  FOREIGN KEY (clinic_id, overridden_by) REFERENCES users (clinic_id, id)
) WITHOUT ROWID;

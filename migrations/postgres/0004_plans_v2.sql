-- Needlepoint schema 4 (PostgreSQL): protocol contract v2. Every assessment of a patient's
-- Fitzpatrick skin type is kept (who, when, from which consultation); a plan records the
-- deferrals a provider overrode for it; plan_json now holds the plan as it stands (re-dated
-- by edits), so it is rewritten on every update.

CREATE TABLE skin_type_assessments (
  clinic_id       BIGINT NOT NULL,
  patient_id      BIGINT NOT NULL,
  seq             BIGINT NOT NULL,
  fitzpatrick     INTEGER NOT NULL CHECK (fitzpatrick BETWEEN 1 AND 6),
  previous        INTEGER CHECK (previous BETWEEN 1 AND 6),
  consultation_id BIGINT,
  assessed_by     BIGINT NOT NULL,
  assessed_us     BIGINT NOT NULL,
  PRIMARY KEY (clinic_id, patient_id, seq),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id),
  FOREIGN KEY (clinic_id, consultation_id) REFERENCES consultations (clinic_id, id),
  FOREIGN KEY (clinic_id, assessed_by) REFERENCES users (clinic_id, id)
);

CREATE TABLE plan_overrides (
  clinic_id     BIGINT NOT NULL,
  plan_id       BIGINT NOT NULL,
  finding       TEXT NOT NULL,
  reason        TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  overridden_by BIGINT NOT NULL,
  overridden_us BIGINT NOT NULL,
  PRIMARY KEY (clinic_id, plan_id, finding),
  FOREIGN KEY (clinic_id, plan_id) REFERENCES treatment_plans (clinic_id, id),
  FOREIGN KEY (clinic_id, overridden_by) REFERENCES users (clinic_id, id)
);

DO $$
DECLARE
  t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY['skin_type_assessments', 'plan_overrides']
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

-- Assessments are history: added, never changed. Overrides are replaced with a new reason.
GRANT SELECT, INSERT, UPDATE ON skin_type_assessments TO needlepoint_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON plan_overrides TO needlepoint_app;

-- Needlepoint schema v1 (PostgreSQL): the same tables as the SQLite schema, with tenancy
-- enforced by row-level security and double booking prevented by exclusion constraints.
-- Every table carries clinic_id and every key starts with it, so a chain can distribute the
-- tables by clinic_id (Citus) without changing a query. Times are microseconds since the Unix
-- epoch (UTC) in BIGINT; civil dates are DATE; depths are whole micrometres.
--
-- The application connects as a login role that is a member of needlepoint_app and switches
-- to it (SET ROLE): a non-owner, so row-level security always applies, and it may only
-- append to the audit log.

CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Roles belong to the cluster, not the database: another database may be creating it at
-- this very moment.
DO $$
BEGIN
  CREATE ROLE needlepoint_app NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END
$$;

CREATE SEQUENCE np_ids;

-- Login names of clinics: the only lookup that happens before the clinic is known. Holds no
-- patient data, so it is readable without a tenant.
CREATE TABLE clinic_directory (
  slug      TEXT PRIMARY KEY,
  clinic_id BIGINT NOT NULL UNIQUE
);

CREATE TABLE clinics (
  clinic_id  BIGINT PRIMARY KEY,
  slug       TEXT NOT NULL UNIQUE REFERENCES clinic_directory (slug),
  name       TEXT NOT NULL,
  time_zone  TEXT NOT NULL,
  created_us BIGINT NOT NULL
);

CREATE TABLE patients (
  clinic_id   BIGINT NOT NULL REFERENCES clinics (clinic_id),
  id          BIGINT NOT NULL,
  given_name  TEXT NOT NULL,
  family_name TEXT NOT NULL,
  birth_date  DATE NOT NULL,
  email       TEXT NOT NULL DEFAULT '',
  phone       TEXT NOT NULL DEFAULT '',
  fitzpatrick SMALLINT CHECK (fitzpatrick BETWEEN 1 AND 6),
  search_key  TEXT NOT NULL,
  created_us  BIGINT NOT NULL,
  updated_us  BIGINT NOT NULL,
  version     BIGINT NOT NULL,
  PRIMARY KEY (clinic_id, id)
);
CREATE INDEX patients_by_name ON patients (clinic_id, family_name, given_name, id);

CREATE TABLE users (
  clinic_id     BIGINT NOT NULL REFERENCES clinics (clinic_id),
  id            BIGINT NOT NULL,
  email         TEXT NOT NULL,
  display_name  TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('owner', 'provider', 'front_desk', 'patient')),
  title         TEXT NOT NULL DEFAULT '',
  patient_id    BIGINT,
  password_hash TEXT NOT NULL,
  active        SMALLINT NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_us    BIGINT NOT NULL,
  PRIMARY KEY (clinic_id, id),
  UNIQUE (clinic_id, email),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id),
  CHECK ((role = 'patient') = (patient_id IS NOT NULL))
);

CREATE TABLE resources (
  clinic_id BIGINT NOT NULL REFERENCES clinics (clinic_id),
  id        BIGINT NOT NULL,
  kind      TEXT NOT NULL CHECK (kind IN ('room', 'device')),
  name      TEXT NOT NULL,
  active    SMALLINT NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  PRIMARY KEY (clinic_id, id)
);

CREATE TABLE consultations (
  clinic_id        BIGINT NOT NULL,
  id               BIGINT NOT NULL,
  patient_id       BIGINT NOT NULL,
  recorded_by      BIGINT NOT NULL,
  intake_json      TEXT NOT NULL,
  screening_json   TEXT NOT NULL,
  verdict          TEXT NOT NULL
                   CHECK (verdict IN ('eligible', 'eligible_with_precautions', 'defer',
                                      'not_eligible')),
  earliest_date    DATE,
  protocol_name    TEXT NOT NULL,
  protocol_version TEXT NOT NULL,
  created_us       BIGINT NOT NULL,
  PRIMARY KEY (clinic_id, id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id),
  FOREIGN KEY (clinic_id, recorded_by) REFERENCES users (clinic_id, id)
);
CREATE INDEX consultations_by_patient ON consultations (clinic_id, patient_id, created_us);

CREATE TABLE treatment_plans (
  clinic_id         BIGINT NOT NULL,
  id                BIGINT NOT NULL,
  patient_id        BIGINT NOT NULL,
  consultation_id   BIGINT NOT NULL,
  status            TEXT NOT NULL CHECK (status IN ('proposed', 'active', 'completed',
                                                    'cancelled')),
  sessions          INTEGER NOT NULL CHECK (sessions BETWEEN 1 AND 12),
  interval_min_days INTEGER NOT NULL CHECK (interval_min_days >= 1),
  interval_max_days INTEGER NOT NULL CHECK (interval_max_days >= interval_min_days),
  plan_json         TEXT NOT NULL,
  protocol_name     TEXT NOT NULL,
  protocol_version  TEXT NOT NULL,
  created_by        BIGINT NOT NULL,
  created_us        BIGINT NOT NULL,
  updated_us        BIGINT NOT NULL,
  version           BIGINT NOT NULL,
  PRIMARY KEY (clinic_id, id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id),
  FOREIGN KEY (clinic_id, consultation_id) REFERENCES consultations (clinic_id, id),
  FOREIGN KEY (clinic_id, created_by) REFERENCES users (clinic_id, id)
);
CREATE INDEX plans_by_patient ON treatment_plans (clinic_id, patient_id, created_us);

-- No depth is ever stored above 2.5 mm, the deepest zone ceiling, whatever the application.
CREATE TABLE plan_zones (
  clinic_id       BIGINT NOT NULL,
  plan_id         BIGINT NOT NULL,
  zone            TEXT NOT NULL,
  depth_min_um    INTEGER NOT NULL CHECK (depth_min_um > 0),
  depth_max_um    INTEGER NOT NULL CHECK (depth_max_um BETWEEN depth_min_um AND 2500),
  protocol_min_um INTEGER NOT NULL,
  protocol_max_um INTEGER NOT NULL,
  override_reason TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (clinic_id, plan_id, zone),
  FOREIGN KEY (clinic_id, plan_id) REFERENCES treatment_plans (clinic_id, id)
);

CREATE TABLE appointments (
  clinic_id      BIGINT NOT NULL,
  id             BIGINT NOT NULL,
  patient_id     BIGINT NOT NULL,
  provider_id    BIGINT NOT NULL,
  room_id        BIGINT,
  device_id      BIGINT,
  start_us       BIGINT NOT NULL,
  end_us         BIGINT NOT NULL,
  kind           TEXT NOT NULL CHECK (kind IN ('consultation', 'treatment', 'follow_up')),
  plan_id        BIGINT,
  session_number INTEGER NOT NULL DEFAULT 0,
  session_count  INTEGER NOT NULL DEFAULT 0,
  status         TEXT NOT NULL CHECK (status IN ('booked', 'confirmed', 'checked_in',
                                                 'completed', 'cancelled', 'no_show')),
  created_us     BIGINT NOT NULL,
  updated_us     BIGINT NOT NULL,
  version        BIGINT NOT NULL,
  PRIMARY KEY (clinic_id, id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id),
  FOREIGN KEY (clinic_id, provider_id) REFERENCES users (clinic_id, id),
  FOREIGN KEY (clinic_id, room_id) REFERENCES resources (clinic_id, id),
  FOREIGN KEY (clinic_id, device_id) REFERENCES resources (clinic_id, id),
  FOREIGN KEY (clinic_id, plan_id) REFERENCES treatment_plans (clinic_id, id),
  CHECK (end_us > start_us AND end_us - start_us <= 43200000000),
  -- No double booking by construction: no two active appointments of one provider, room or
  -- device overlap. NULL rooms and devices never conflict.
  CONSTRAINT appointments_provider_free EXCLUDE USING gist
    (clinic_id WITH =, provider_id WITH =, int8range(start_us, end_us) WITH &&)
    WHERE (status IN ('booked', 'confirmed', 'checked_in', 'completed')),
  CONSTRAINT appointments_room_free EXCLUDE USING gist
    (clinic_id WITH =, room_id WITH =, int8range(start_us, end_us) WITH &&)
    WHERE (status IN ('booked', 'confirmed', 'checked_in', 'completed')),
  CONSTRAINT appointments_device_free EXCLUDE USING gist
    (clinic_id WITH =, device_id WITH =, int8range(start_us, end_us) WITH &&)
    WHERE (status IN ('booked', 'confirmed', 'checked_in', 'completed'))
);
CREATE INDEX appointments_by_provider ON appointments (clinic_id, provider_id, start_us);
CREATE INDEX appointments_by_room ON appointments (clinic_id, room_id, start_us)
  WHERE room_id IS NOT NULL;
CREATE INDEX appointments_by_device ON appointments (clinic_id, device_id, start_us)
  WHERE device_id IS NOT NULL;
CREATE INDEX appointments_by_patient ON appointments (clinic_id, patient_id, start_us);

CREATE TABLE audit_log (
  clinic_id   BIGINT NOT NULL REFERENCES clinics (clinic_id),
  seq         BIGINT NOT NULL,
  at_us       BIGINT NOT NULL,
  user_id     BIGINT,
  role        TEXT,
  action      TEXT NOT NULL,
  object_type TEXT NOT NULL,
  object_id   TEXT NOT NULL,
  patient_id  BIGINT,
  request_id  TEXT NOT NULL,
  outcome     TEXT NOT NULL CHECK (outcome IN ('success', 'denied', 'failed')),
  detail      TEXT NOT NULL,
  prev_hash   TEXT NOT NULL,
  hash        TEXT NOT NULL,
  PRIMARY KEY (clinic_id, seq)
);
CREATE INDEX audit_by_patient ON audit_log (clinic_id, patient_id, seq)
  WHERE patient_id IS NOT NULL;
CREATE INDEX audit_by_time ON audit_log (clinic_id, at_us);

-- Append-only even for the owner: changes and removals raise.
CREATE FUNCTION np_audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'append-only: audit rows cannot be changed or removed';
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION np_audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION np_audit_log_is_append_only();

CREATE TABLE audit_heads (
  clinic_id BIGINT PRIMARY KEY REFERENCES clinics (clinic_id),
  seq       BIGINT NOT NULL,
  hash      TEXT NOT NULL
);

-- Tenancy: every tenant table admits only the rows of the clinic named by the
-- transaction-local setting app.clinic_id; with the setting absent, nothing at all.
DO $$
DECLARE
  t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY['clinics', 'patients', 'users', 'resources', 'consultations',
                           'treatment_plans', 'plan_zones', 'appointments', 'audit_log',
                           'audit_heads']
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

GRANT SELECT, INSERT, UPDATE, DELETE
  ON clinics, patients, users, resources, consultations, treatment_plans, plan_zones,
     appointments, audit_heads
  TO needlepoint_app;
GRANT SELECT, INSERT ON audit_log TO needlepoint_app;
GRANT SELECT, INSERT ON clinic_directory TO needlepoint_app;
GRANT USAGE ON SEQUENCE np_ids TO needlepoint_app;

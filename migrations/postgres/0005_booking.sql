-- Needlepoint schema 5 (PostgreSQL): booking. Providers' working hours and time off, device
-- serial numbers, visit lengths per clinic, providers' private calendar feeds, the outbox of
-- reminders and invitations with the clinic's mail relay and templates, and booking requests
-- from the public form. Times are microseconds since the Unix epoch (UTC); working hours are
-- local wall-clock minutes in the clinic's zone.

ALTER TABLE resources ADD COLUMN serial TEXT NOT NULL DEFAULT '';

-- Weekly working hours: weekday 0 = Monday … 6 = Sunday, [from_minute, to_minute).
CREATE TABLE working_hours (
  clinic_id   BIGINT NOT NULL,
  provider_id BIGINT NOT NULL,
  weekday     INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
  from_minute INTEGER NOT NULL CHECK (from_minute BETWEEN 0 AND 1439),
  to_minute   INTEGER NOT NULL CHECK (to_minute > from_minute AND to_minute <= 1440),
  PRIMARY KEY (clinic_id, provider_id, weekday, from_minute),
  FOREIGN KEY (clinic_id, provider_id) REFERENCES users (clinic_id, id)
);

CREATE TABLE time_off (
  clinic_id   BIGINT NOT NULL,
  id          BIGINT NOT NULL,
  provider_id BIGINT NOT NULL,
  from_us     BIGINT NOT NULL,
  to_us       BIGINT NOT NULL,
  note        TEXT NOT NULL DEFAULT '',
  created_us  BIGINT NOT NULL,
  PRIMARY KEY (clinic_id, id),
  FOREIGN KEY (clinic_id, provider_id) REFERENCES users (clinic_id, id),
  CHECK (to_us > from_us)
);
CREATE INDEX time_off_by_end ON time_off (clinic_id, to_us);

-- How long each kind of visit takes (a treatment session includes numbing); kinds without a
-- row use the built-in lengths.
CREATE TABLE service_types (
  clinic_id    BIGINT NOT NULL REFERENCES clinics (clinic_id),
  kind         TEXT NOT NULL CHECK (kind IN ('consultation', 'treatment', 'follow_up')),
  name         TEXT NOT NULL,
  minutes      INTEGER NOT NULL CHECK (minutes BETWEEN 15 AND 480),
  needs_room   SMALLINT NOT NULL CHECK (needs_room IN (0, 1)),
  needs_device SMALLINT NOT NULL CHECK (needs_device IN (0, 1)),
  PRIMARY KEY (clinic_id, kind)
);

-- Calendar searches read every slot-holding appointment of a window from this index alone.
CREATE INDEX appointments_by_start ON appointments (clinic_id, start_us)
  INCLUDE (end_us, status, provider_id, room_id, device_id, id);
CREATE INDEX appointments_by_plan ON appointments (clinic_id, plan_id, session_number)
  WHERE plan_id IS NOT NULL;

-- A provider's private calendar feed: only the SHA-256 of its token is stored.
CREATE TABLE calendar_feeds (
  clinic_id   BIGINT NOT NULL,
  provider_id BIGINT NOT NULL,
  token_hash  TEXT NOT NULL,
  created_by  BIGINT NOT NULL,
  created_us  BIGINT NOT NULL,
  PRIMARY KEY (clinic_id, provider_id),
  UNIQUE (clinic_id, token_hash),
  FOREIGN KEY (clinic_id, provider_id) REFERENCES users (clinic_id, id),
  FOREIGN KEY (clinic_id, created_by) REFERENCES users (clinic_id, id)
);

-- The clinic's SMTP relay. The password is sealed with a key kept outside the database.
CREATE TABLE mail_settings (
  clinic_id       BIGINT NOT NULL PRIMARY KEY REFERENCES clinics (clinic_id),
  host            TEXT NOT NULL,
  port            INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),
  tls             TEXT NOT NULL CHECK (tls IN ('none', 'starttls', 'tls')),
  username        TEXT NOT NULL,
  password_sealed TEXT NOT NULL,
  from_address    TEXT NOT NULL,
  from_name       TEXT NOT NULL,
  portal_url      TEXT NOT NULL,
  timeout_s       INTEGER NOT NULL CHECK (timeout_s BETWEEN 1 AND 300),
  enabled         SMALLINT NOT NULL CHECK (enabled IN (0, 1)),
  updated_us      BIGINT NOT NULL
);

CREATE TABLE message_templates (
  clinic_id BIGINT NOT NULL REFERENCES clinics (clinic_id),
  kind      TEXT NOT NULL,
  subject   TEXT NOT NULL,
  body      TEXT NOT NULL,
  PRIMARY KEY (clinic_id, kind)
);

-- Reminders and invitations. dedup_key names what a message is about and its kind, so each is
-- created and sent at most once whatever retries and reschedules happen.
CREATE TABLE outbox (
  clinic_id       BIGINT NOT NULL,
  id              BIGINT NOT NULL,
  dedup_key       TEXT NOT NULL,
  kind            TEXT NOT NULL,
  appointment_id  BIGINT,
  plan_id         BIGINT,
  patient_id      BIGINT,
  user_id         BIGINT,
  status          TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'void', 'failed')),
  due_us          BIGINT NOT NULL,
  next_attempt_us BIGINT NOT NULL,
  attempts        INTEGER NOT NULL DEFAULT 0,
  last_error      TEXT NOT NULL DEFAULT '',
  created_us      BIGINT NOT NULL,
  updated_us      BIGINT NOT NULL,
  sent_us         BIGINT,
  PRIMARY KEY (clinic_id, id),
  UNIQUE (clinic_id, dedup_key),
  FOREIGN KEY (clinic_id, appointment_id) REFERENCES appointments (clinic_id, id),
  FOREIGN KEY (clinic_id, plan_id) REFERENCES treatment_plans (clinic_id, id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id),
  FOREIGN KEY (clinic_id, user_id) REFERENCES users (clinic_id, id)
);
CREATE INDEX outbox_due ON outbox (clinic_id, status, next_attempt_us);
CREATE INDEX outbox_by_appointment ON outbox (clinic_id, appointment_id)
  WHERE appointment_id IS NOT NULL;
CREATE INDEX outbox_by_patient ON outbox (clinic_id, patient_id) WHERE patient_id IS NOT NULL;

-- Requests from the public booking form.
CREATE TABLE booking_requests (
  clinic_id       BIGINT NOT NULL REFERENCES clinics (clinic_id),
  id              BIGINT NOT NULL,
  name            TEXT NOT NULL,
  email           TEXT NOT NULL,
  phone           TEXT NOT NULL,
  preferred_times TEXT NOT NULL,
  interest        TEXT NOT NULL,
  consented_us    BIGINT NOT NULL,
  status          TEXT NOT NULL CHECK (status IN ('new', 'contacted', 'consultation_booked',
                                                  'closed')),
  patient_id      BIGINT,
  appointment_id  BIGINT,
  created_us      BIGINT NOT NULL,
  updated_us      BIGINT NOT NULL,
  version         BIGINT NOT NULL,
  PRIMARY KEY (clinic_id, id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id),
  FOREIGN KEY (clinic_id, appointment_id) REFERENCES appointments (clinic_id, id),
  CHECK (email <> '' OR phone <> '')
);
CREATE INDEX booking_requests_by_status ON booking_requests (clinic_id, status, id);
CREATE INDEX booking_requests_by_patient ON booking_requests (clinic_id, patient_id)
  WHERE patient_id IS NOT NULL;

DO $$
DECLARE
  t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY['working_hours', 'time_off', 'service_types', 'calendar_feeds',
                           'mail_settings', 'message_templates', 'outbox', 'booking_requests']
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
  ON working_hours, time_off, service_types, calendar_feeds, mail_settings, message_templates,
     outbox, booking_requests
  TO needlepoint_app;

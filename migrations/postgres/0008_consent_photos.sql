-- Needlepoint schema 8 (PostgreSQL): consent and photos. The clinic's versioned consent texts
-- (treatment, photography) and patients' signatures on them; before/after photos with their
-- stored analyses. Times are microseconds since the Unix epoch (UTC).

-- One version of a consent text; the highest version of a kind is current.
CREATE TABLE consent_texts (
  clinic_id  BIGINT NOT NULL,
  id         BIGINT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('treatment', 'photography')),
  version    BIGINT NOT NULL CHECK (version >= 1),
  title      TEXT NOT NULL,
  body       TEXT NOT NULL CHECK (body <> ''),
  sha256     TEXT NOT NULL CHECK (length(sha256) = 64),
  created_by BIGINT NOT NULL,
  created_us BIGINT NOT NULL,
  PRIMARY KEY (clinic_id, id),
  UNIQUE (clinic_id, kind, version),
  FOREIGN KEY (clinic_id, created_by) REFERENCES users (clinic_id, id)
);

-- A signature: the hash of the exact text signed, the typed name, who recorded it and when.
CREATE TABLE consent_signatures (
  clinic_id      BIGINT NOT NULL,
  id             BIGINT NOT NULL,
  patient_id     BIGINT NOT NULL,
  text_id        BIGINT NOT NULL,
  kind           TEXT NOT NULL CHECK (kind IN ('treatment', 'photography')),
  text_version   BIGINT NOT NULL,
  text_sha256    TEXT NOT NULL CHECK (length(text_sha256) = 64),
  typed_name     TEXT NOT NULL CHECK (typed_name <> ''),
  appointment_id BIGINT,
  recorded_by    BIGINT NOT NULL,
  by_patient     SMALLINT NOT NULL CHECK (by_patient IN (0, 1)),
  signed_us      BIGINT NOT NULL,
  PRIMARY KEY (clinic_id, id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id),
  FOREIGN KEY (clinic_id, text_id) REFERENCES consent_texts (clinic_id, id),
  FOREIGN KEY (clinic_id, appointment_id) REFERENCES appointments (clinic_id, id),
  FOREIGN KEY (clinic_id, recorded_by) REFERENCES users (clinic_id, id)
);
CREATE INDEX consent_signatures_by_patient ON consent_signatures (clinic_id, patient_id, signed_us);

-- A photo's metadata; the sanitized file and its thumbnail are in the photo directory,
-- named by their SHA-256. `analysis` is the photo contract's JSON once it was run.
CREATE TABLE photos (
  clinic_id        BIGINT NOT NULL,
  id               BIGINT NOT NULL,
  patient_id       BIGINT NOT NULL,
  appointment_id   BIGINT,
  timepoint        TEXT NOT NULL CHECK (timepoint <> ''),
  photo_view       TEXT NOT NULL CHECK (photo_view IN ('front', 'left_45', 'right_45', 'left_90',
                                                 'right_90', 'close_up')),
  notes            TEXT NOT NULL DEFAULT '',
  width            BIGINT NOT NULL CHECK (width > 0),
  height           BIGINT NOT NULL CHECK (height > 0),
  format           TEXT NOT NULL CHECK (format IN ('jpeg', 'png')),
  sha256           TEXT NOT NULL CHECK (length(sha256) = 64),
  thumbnail_sha256 TEXT NOT NULL CHECK (length(thumbnail_sha256) = 64),
  uploaded_by      BIGINT NOT NULL,
  patient_taken    SMALLINT NOT NULL CHECK (patient_taken IN (0, 1)),
  analysis         TEXT,
  analysed_us      BIGINT,
  created_us       BIGINT NOT NULL,
  PRIMARY KEY (clinic_id, id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id),
  FOREIGN KEY (clinic_id, appointment_id) REFERENCES appointments (clinic_id, id),
  FOREIGN KEY (clinic_id, uploaded_by) REFERENCES users (clinic_id, id)
);
CREATE INDEX photos_by_patient ON photos (clinic_id, patient_id, created_us);

-- Images a comparison derived from two photos (side by side, wipe, feature overlays).
CREATE TABLE photo_overlays (
  clinic_id  BIGINT NOT NULL,
  id         BIGINT NOT NULL,
  patient_id BIGINT NOT NULL,
  before_id  BIGINT NOT NULL,
  after_id   BIGINT NOT NULL,
  name       TEXT NOT NULL CHECK (name IN ('side_by_side', 'wipe', 'features_before',
                                           'features_after')),
  format     TEXT NOT NULL CHECK (format IN ('jpeg', 'png')),
  sha256     TEXT NOT NULL CHECK (length(sha256) = 64),
  created_by BIGINT NOT NULL,
  created_us BIGINT NOT NULL,
  PRIMARY KEY (clinic_id, id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id),
  FOREIGN KEY (clinic_id, before_id) REFERENCES photos (clinic_id, id),
  FOREIGN KEY (clinic_id, after_id) REFERENCES photos (clinic_id, id),
  FOREIGN KEY (clinic_id, created_by) REFERENCES users (clinic_id, id)
);

DO $$
DECLARE
  t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY['consent_texts', 'consent_signatures', 'photos', 'photo_overlays']
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

GRANT SELECT, INSERT ON consent_texts TO needlepoint_app;
GRANT SELECT, INSERT, UPDATE ON consent_signatures, photos, photo_overlays TO needlepoint_app;

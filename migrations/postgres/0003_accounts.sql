-- Needlepoint schema v3 (PostgreSQL): set-password links (staff and portal invitations,
-- password resets), at most one portal account per patient, archived and merged patient
-- records, and clinic login names that can be renamed.

-- One-time set-password links. Only the SHA-256 of a link's secret is stored. An account has
-- at most one live link: issuing a new one replaces (voids) the old one, and using a link
-- deletes it.
CREATE TABLE password_tokens (
  clinic_id  BIGINT NOT NULL,
  user_id    BIGINT NOT NULL,
  token_hash TEXT NOT NULL,
  purpose    TEXT NOT NULL CHECK (purpose IN ('invitation', 'reset')),
  created_by BIGINT,
  created_us BIGINT NOT NULL,
  expires_us BIGINT NOT NULL,
  PRIMARY KEY (clinic_id, user_id),
  UNIQUE (clinic_id, token_hash),
  FOREIGN KEY (clinic_id, user_id) REFERENCES users (clinic_id, id),
  FOREIGN KEY (clinic_id, created_by) REFERENCES users (clinic_id, id)
);

-- A patient has at most one portal account (active or revoked). A database in which some
-- patient already has two stops here: keep one of them (docs/OPERATIONS.md).
CREATE UNIQUE INDEX users_one_portal_account ON users (clinic_id, patient_id)
  WHERE patient_id IS NOT NULL;

-- Archived records are hidden from search, never deleted. A merged duplicate is kept and names
-- the record it was merged into.
ALTER TABLE patients ADD COLUMN archived SMALLINT NOT NULL DEFAULT 0 CHECK (archived IN (0, 1));
ALTER TABLE patients ADD COLUMN merged_into BIGINT;
ALTER TABLE patients ADD CONSTRAINT patients_merged_into_fkey
  FOREIGN KEY (clinic_id, merged_into) REFERENCES patients (clinic_id, id);
CREATE INDEX patients_by_birth_date ON patients (clinic_id, birth_date);
CREATE INDEX patients_by_email ON patients (clinic_id, lower(email)) WHERE email <> '';
CREATE INDEX patients_merged ON patients (clinic_id, merged_into) WHERE merged_into IS NOT NULL;

-- Renaming a clinic's login name changes its directory row and the clinic's copy in one
-- transaction; the link between them is checked at commit.
ALTER TABLE clinics ALTER CONSTRAINT clinics_slug_fkey DEFERRABLE INITIALLY DEFERRED;
-- The directory stays readable without a tenant (logins look clinics up by name before they
-- know the clinic), but a clinic may add and rename only its own entry.
ALTER TABLE clinic_directory ENABLE ROW LEVEL SECURITY;
CREATE POLICY directory_lookup ON clinic_directory FOR SELECT USING (true);
CREATE POLICY directory_add ON clinic_directory FOR INSERT
  WITH CHECK (clinic_id = nullif(current_setting('app.clinic_id', true), '')::bigint);
CREATE POLICY directory_rename ON clinic_directory FOR UPDATE
  USING (clinic_id = nullif(current_setting('app.clinic_id', true), '')::bigint)
  WITH CHECK (clinic_id = nullif(current_setting('app.clinic_id', true), '')::bigint);
GRANT UPDATE (slug) ON clinic_directory TO needlepoint_app;

ALTER TABLE password_tokens ENABLE ROW LEVEL SECURITY;
ALTER TABLE password_tokens FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON password_tokens
  USING (clinic_id = nullif(current_setting('app.clinic_id', true), '')::bigint)
  WITH CHECK (clinic_id = nullif(current_setting('app.clinic_id', true), '')::bigint);
GRANT SELECT, INSERT, UPDATE, DELETE ON password_tokens TO needlepoint_app;

-- Needlepoint schema v3 (SQLite): set-password links (staff and portal invitations, password
-- resets), at most one portal account per patient, archived and merged patient records, and
-- clinic login names that can be renamed.

-- One-time set-password links. Only the SHA-256 of a link's secret is stored. An account has
-- at most one live link: issuing a new one replaces (voids) the old one, and using a link
-- deletes it.
CREATE TABLE password_tokens (
  clinic_id  INTEGER NOT NULL,
  user_id    INTEGER NOT NULL,
  token_hash TEXT NOT NULL,
  purpose    TEXT NOT NULL CHECK (purpose IN ('invitation', 'reset')),
  created_by INTEGER,
  created_us INTEGER NOT NULL,
  expires_us INTEGER NOT NULL,
  PRIMARY KEY (clinic_id, user_id),
  UNIQUE (clinic_id, token_hash),
  FOREIGN KEY (clinic_id, user_id) REFERENCES users (clinic_id, id),
  FOREIGN KEY (clinic_id, created_by) REFERENCES users (clinic_id, id)
) WITHOUT ROWID;

-- A patient has at most one portal account (active or revoked). A database in which some
-- patient already has two stops here: keep one of them (docs/OPERATIONS.md).
CREATE UNIQUE INDEX users_one_portal_account ON users (clinic_id, patient_id)
  WHERE patient_id IS NOT NULL;

-- Archived records are hidden from search, never deleted. A merged duplicate is kept and names
-- the record it was merged into. (SQLite cannot add a two-column foreign key to an existing
-- table; the PostgreSQL schema has it, and only the merge use case writes the column.)
ALTER TABLE patients ADD COLUMN archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1));
ALTER TABLE patients ADD COLUMN merged_into INTEGER;
CREATE INDEX patients_by_birth_date ON patients (clinic_id, birth_date);
CREATE INDEX patients_by_email ON patients (clinic_id, lower(email)) WHERE email <> '';
CREATE INDEX patients_merged ON patients (clinic_id, merged_into) WHERE merged_into IS NOT NULL;

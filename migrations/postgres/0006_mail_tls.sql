-- Needlepoint schema 6 (PostgreSQL): a relay may use STARTTLS when it offers it
-- ('opportunistic'), besides none, STARTTLS required and TLS from the first byte.

ALTER TABLE mail_settings DROP CONSTRAINT mail_settings_tls_check;
ALTER TABLE mail_settings ADD CONSTRAINT mail_settings_tls_check
  CHECK (tls IN ('none', 'starttls', 'tls', 'opportunistic'));

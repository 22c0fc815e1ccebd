-- Needlepoint schema 7 (PostgreSQL): a booking request from the public form keeps the
-- free-text message the person wrote ("anything else you would like us to know").

ALTER TABLE booking_requests ADD COLUMN message TEXT NOT NULL DEFAULT '';

-- Token renewal with a grace period (auth). A renewed token keeps working until renewed_at + the
-- grace (its expires_at is cut to that), and renewing it again in that time answers the same
-- successor: successor_sealed is the successor token encrypted under a key derived from the old
-- token itself, which the server does not store, so only the old token's holder can open it.
ALTER TABLE user_session ADD COLUMN renewed_at BIGINT;
ALTER TABLE user_session ADD COLUMN successor_hash TEXT;
ALTER TABLE user_session ADD COLUMN successor_sealed TEXT;

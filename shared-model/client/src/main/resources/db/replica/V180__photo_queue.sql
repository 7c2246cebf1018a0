-- Photo bytes on the device (issue 14 item 4): a photo taken offline waits here until the uploader
-- has sent it (WAITING -> SENT); the server may refuse one for good (REFUSED, with its reason), and
-- a photo fetched from the server to show it is kept as CACHED. The AddAttachment mutation that names
-- the photo's hash sits in the outbox apart; both survive a restart.
CREATE TABLE photo_file (
  sha256        TEXT    PRIMARY KEY,
  content_type  TEXT    NOT NULL,
  size_bytes    INTEGER NOT NULL,
  bytes         BLOB    NOT NULL,
  state         TEXT    NOT NULL,
  work_order_id TEXT,
  attachment_id TEXT,
  reason        TEXT,
  attempts      INTEGER NOT NULL DEFAULT 0,
  queued_at     TEXT    NOT NULL
) WITHOUT ROWID;

CREATE INDEX photo_file_waiting ON photo_file (state, attempts, queued_at);

-- Photo bytes, apart from their Attachment record (which names the SHA-256): in the database so every
-- instance serves them and a backup holds them. One row per distinct content: the same bytes twice are
-- stored once.
CREATE TABLE photo (
  sha256        TEXT    PRIMARY KEY,
  content_type  TEXT    NOT NULL,
  size_bytes    INTEGER NOT NULL,
  bytes         BLOB    NOT NULL,
  uploaded_by   TEXT    NOT NULL,
  stored_at     INTEGER NOT NULL
);

-- An upload under way: the bytes received so far, so a phone that lost its connection continues from
-- there instead of starting again. Removed when the photo is complete.
CREATE TABLE photo_upload (
  sha256        TEXT    PRIMARY KEY,
  total_bytes   INTEGER NOT NULL,
  received      BLOB    NOT NULL,
  uploaded_by   TEXT    NOT NULL,
  updated_at    INTEGER NOT NULL
);

-- The records a first sign-in took from the server's working set (docs/decisions/0031), held until
-- the pull of the whole scope from cursor 0 has reached the working set's log position: change-log
-- rows up to there are already reflected in them and are skipped, so a record the working set
-- showed never disappears or goes back while the background pull replays its older history.
CREATE TABLE working_set_doc (
  type TEXT NOT NULL,
  id   TEXT NOT NULL,
  PRIMARY KEY (type, id)
) WITHOUT ROWID;

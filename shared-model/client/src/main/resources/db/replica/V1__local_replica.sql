-- The local replica of one user on one device.

-- The local view: server state with this user's pending mutations replayed on top.
-- Queries read only this table.
CREATE TABLE view_doc (
  type    TEXT    NOT NULL,
  id      TEXT    NOT NULL,
  version INTEGER NOT NULL,
  data    TEXT    NOT NULL,
  pending INTEGER NOT NULL DEFAULT 0,
  -- work orders: the next SLA due instant (ISO-8601 UTC, sorts as text), computed when written
  sla_due TEXT,
  PRIMARY KEY (type, id)
) WITHOUT ROWID;

-- The server's state of every entity the local view currently overlays with a pending mutation
-- (data NULL = the server does not have it). Restoring these rows undoes every local effect.
CREATE TABLE server_shadow (
  type    TEXT    NOT NULL,
  id      TEXT    NOT NULL,
  version INTEGER NOT NULL,
  data    TEXT,
  PRIMARY KEY (type, id)
) WITHOUT ROWID;

-- The durable outbox, in the order the user acted.
-- state: PENDING (not yet confirmed), APPLIED (confirmed; kept until the pull that brings its
-- effect completes), REJECTED (kept until the user dismisses or retries it).
CREATE TABLE outbox (
  seq          INTEGER PRIMARY KEY AUTOINCREMENT,
  mutation_id  TEXT    NOT NULL UNIQUE,
  type         TEXT    NOT NULL,
  entity_id    TEXT,
  base_version INTEGER,
  device_id    TEXT    NOT NULL,
  recorded_at  TEXT    NOT NULL,
  payload      TEXT    NOT NULL,
  state        TEXT    NOT NULL DEFAULT 'PENDING',
  code         TEXT,
  reason       TEXT,
  field        TEXT,
  attempts     INTEGER NOT NULL DEFAULT 0
);

-- Small settings: pull cursor, device id, session, user.
CREATE TABLE sync_state (
  key   TEXT PRIMARY KEY,
  value TEXT
) WITHOUT ROWID;

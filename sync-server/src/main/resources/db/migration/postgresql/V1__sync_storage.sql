-- PostgreSQL twin of the SQLite schema. JSON stays TEXT: the server never queries inside it, and
-- jsonb parsing on every write would cost ingest speed for nothing.
-- Entities are JSON documents; the columns beside them are what scope and queries need.
CREATE TABLE entity (
  entity_type    TEXT    NOT NULL,
  id             TEXT    NOT NULL,
  version        BIGINT NOT NULL,
  data           TEXT    NOT NULL,
  region         TEXT,
  technician_id  TEXT,
  status         TEXT,
  number         TEXT,
  customer_id    TEXT,
  site_id        TEXT,
  work_order_id  TEXT,
  updated_at     BIGINT NOT NULL,
  PRIMARY KEY (entity_type, id)
);
CREATE INDEX entity_by_technician ON entity (technician_id, entity_type);
CREATE INDEX entity_by_region ON entity (region, entity_type);
CREATE INDEX entity_by_site ON entity (site_id);
CREATE INDEX entity_by_customer ON entity (customer_id);
CREATE INDEX entity_by_work_order ON entity (work_order_id);
CREATE UNIQUE INDEX entity_by_number ON entity (number) WHERE number IS NOT NULL;

-- One row: the last change-log number handed out. Taken inside the writing transaction.
CREATE TABLE change_counter (
  id        INTEGER PRIMARY KEY CHECK (id = 1),
  last_seq  BIGINT NOT NULL
);
INSERT INTO change_counter (id, last_seq) VALUES (1, 0);

-- Append-only; seq is gap-free and in commit order. The audience columns say who may pull a row:
-- region office, one technician, or everyone; a directed row is only for the named audience
-- (e.g. a REMOVE for the technician a job was taken from).
CREATE TABLE change_log (
  seq            BIGINT PRIMARY KEY,
  entity_type    TEXT    NOT NULL,
  entity_id      TEXT    NOT NULL,
  version        BIGINT NOT NULL,
  op             TEXT    NOT NULL,
  data           TEXT,
  region         TEXT,
  technician_id  TEXT,
  everyone       BOOLEAN NOT NULL DEFAULT FALSE,
  directed       BOOLEAN NOT NULL DEFAULT FALSE,
  mutation_id    TEXT,
  committed_at   BIGINT NOT NULL
);
CREATE INDEX change_log_by_region ON change_log (region, seq);
CREATE INDEX change_log_by_technician ON change_log (technician_id, seq);
CREATE INDEX change_log_by_everyone ON change_log (everyone, seq);

-- Every applied mutation: the idempotency record and the audit trail in one row.
CREATE TABLE applied_mutation (
  id           TEXT    PRIMARY KEY,
  type         TEXT    NOT NULL,
  entity_id    TEXT,
  user_id      TEXT    NOT NULL,
  device_id    TEXT    NOT NULL,
  recorded_at  BIGINT NOT NULL,
  received_at  BIGINT NOT NULL,
  result       TEXT    NOT NULL,
  payload      TEXT
);
CREATE INDEX applied_mutation_by_received ON applied_mutation (received_at);
CREATE INDEX applied_mutation_by_user ON applied_mutation (user_id, received_at);
CREATE INDEX applied_mutation_by_entity ON applied_mutation (entity_id);

CREATE TABLE app_user (
  id             TEXT    PRIMARY KEY,
  username       TEXT    NOT NULL UNIQUE,
  display_name   TEXT    NOT NULL,
  role           TEXT    NOT NULL,
  region         TEXT,
  technician_id  TEXT,
  password_hash  TEXT    NOT NULL,
  disabled       BOOLEAN NOT NULL DEFAULT FALSE,
  created_at     BIGINT NOT NULL
);

CREATE TABLE user_session (
  token_hash    TEXT    PRIMARY KEY,
  user_id       TEXT    NOT NULL REFERENCES app_user (id),
  device_id     TEXT,
  created_at    BIGINT NOT NULL,
  expires_at    BIGINT NOT NULL,
  revoked       BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX user_session_by_user ON user_session (user_id);

-- Failed sign-ins per user name and address: repeated failures are slowed down.
CREATE TABLE sign_in_failure (
  username         TEXT    NOT NULL,
  address          TEXT    NOT NULL,
  failures         INTEGER NOT NULL,
  last_failure_at  BIGINT NOT NULL,
  PRIMARY KEY (username, address)
);

-- Security events that are not mutations (sign-in, sign-out, user administration).
CREATE TABLE security_event (
  id          TEXT    PRIMARY KEY,
  at          BIGINT NOT NULL,
  kind        TEXT    NOT NULL,
  username    TEXT,
  user_id     TEXT,
  device_id   TEXT,
  address     TEXT
);
CREATE INDEX security_event_by_at ON security_event (at);

CREATE TABLE work_order_number (
  year         INTEGER PRIMARY KEY,
  last_number  BIGINT NOT NULL
);

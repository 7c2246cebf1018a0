-- SLA scheduler (escalation engineer). One row per work order the scheduler knows. next_due_at is
-- the next instant anything can happen to it (a level falls due, or "now" after it changed and
-- must be recomputed); a tick reads only rows with next_due_at <= now, through the index, so its
-- cost follows the number of due clocks, not the number of open work orders.
CREATE TABLE sla_clock (
  work_order_id  TEXT    PRIMARY KEY,
  policy_id      TEXT,
  open           INTEGER NOT NULL DEFAULT 1,
  next_due_at    INTEGER,
  computed_at    INTEGER NOT NULL
);
CREATE INDEX sla_clock_due ON sla_clock (next_due_at) WHERE next_due_at IS NOT NULL;
CREATE INDEX sla_clock_by_policy ON sla_clock (policy_id, open);

-- Each escalation level fires once per work order: the primary key is the guarantee.
CREATE TABLE sla_fired (
  work_order_id        TEXT    NOT NULL,
  level_key            TEXT    NOT NULL,
  level_at             INTEGER NOT NULL,
  fired_at             INTEGER NOT NULL,
  event_id             TEXT    NOT NULL,
  withdrawn_at         INTEGER,
  withdrawal_event_id  TEXT,
  PRIMARY KEY (work_order_id, level_key)
);

-- How far the scheduler has read the change log (work orders, history, policies).
CREATE TABLE sla_follower (
  id        INTEGER PRIMARY KEY CHECK (id = 1),
  last_seq  INTEGER NOT NULL
);
INSERT INTO sla_follower (id, last_seq) VALUES (1, 0);

-- Who hears about escalations besides the assignee and the customer's contact: office mailboxes
-- and webhooks, per target and region (null region = every region; target ANY = every escalation).
CREATE TABLE notify_recipient (
  id          TEXT    PRIMARY KEY,
  target      TEXT    NOT NULL,
  region      TEXT,
  channel     TEXT    NOT NULL,
  address     TEXT    NOT NULL,
  locale      TEXT    NOT NULL,
  secret      TEXT,
  created_at  INTEGER NOT NULL
);

-- The durable outbox: written in the same transaction as the history event it reports.
CREATE TABLE notification (
  id               TEXT    PRIMARY KEY,
  kind             TEXT    NOT NULL,
  work_order_id    TEXT,
  level_key        TEXT,
  event_id         TEXT,
  channel          TEXT    NOT NULL,
  address          TEXT    NOT NULL,
  locale           TEXT    NOT NULL,
  recipient_id     TEXT,
  subject          TEXT    NOT NULL,
  body             TEXT    NOT NULL,
  payload          TEXT,
  state            TEXT    NOT NULL,
  attempts         INTEGER NOT NULL DEFAULT 0,
  next_attempt_at  INTEGER NOT NULL,
  last_error       TEXT,
  created_at       INTEGER NOT NULL,
  sent_at          INTEGER
);
CREATE INDEX notification_due ON notification (next_attempt_at) WHERE state = 'PENDING';
CREATE INDEX notification_by_state ON notification (state, created_at);
CREATE INDEX notification_by_level ON notification (work_order_id, level_key);

-- Finished jobs (CLOSED, CANCELLED) leave their technician's replica some time after they
-- finished: the technician keeps "open and recent" work. A row here means the REMOVEs were written.
CREATE TABLE scope_retired (
  work_order_id  TEXT    PRIMARY KEY,
  technician_id  TEXT    NOT NULL,
  retired_at     INTEGER NOT NULL
);

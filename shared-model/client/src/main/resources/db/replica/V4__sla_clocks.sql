-- App version 4: each open work order's SLA clocks, computed by the app with the shared SLA rule
-- (com.fieldops.sla.WorkOrderSla) whenever the work order, its history, its site, its contracts or
-- a policy change; and an index for "work orders completed since".
ALTER TABLE view_doc ADD COLUMN sla TEXT;
CREATE INDEX view_completions ON view_doc (json_extract(data, '$.occurredAt'))
  WHERE type = 'WorkOrderEvent' AND json_extract(data, '$.to') = 'COMPLETED';
INSERT INTO sync_state (key, value) VALUES ('index.sla', 'stale')
  ON CONFLICT (key) DO UPDATE SET value = 'stale';

-- App version 3: one sort key for "open work orders, most urgent first": '0' + zero-padded SLA
-- due millis, or '1' + creation millis when no clock runs; NULL when not an open work order.
-- Filled in by the app on first open after the upgrade (it needs the app's reading of the data).
ALTER TABLE view_doc ADD COLUMN due_order TEXT;
CREATE INDEX view_wo_due_order ON view_doc (due_order) WHERE due_order IS NOT NULL;
DROP INDEX view_wo_open_due;
INSERT INTO sync_state (key, value) VALUES ('index.dueOrder', 'stale')
  ON CONFLICT (key) DO UPDATE SET value = 'stale';

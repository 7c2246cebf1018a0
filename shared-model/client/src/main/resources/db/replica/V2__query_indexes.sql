-- App version 2: the action text shown for a rejection, and indexes for the list queries.
ALTER TABLE outbox ADD COLUMN action TEXT;
CREATE INDEX outbox_state ON outbox (state, seq);

CREATE INDEX view_wo_open_due ON view_doc (sla_due)
  WHERE type = 'WorkOrder' AND json_extract(data, '$.status') NOT IN ('COMPLETED', 'CLOSED', 'CANCELLED');
CREATE INDEX view_wo_assignee ON view_doc (json_extract(data, '$.assigneeId'))
  WHERE type = 'WorkOrder';
CREATE INDEX view_by_customer ON view_doc (type, json_extract(data, '$.customerId'));
CREATE INDEX view_by_work_order ON view_doc (type, json_extract(data, '$.workOrderId'));
CREATE INDEX view_by_equipment ON view_doc (type, json_extract(data, '$.equipmentId'));
CREATE INDEX view_by_location ON view_doc (type, json_extract(data, '$.locationId'));

-- Push ingest: most rows a push writes are history records (notes, events, time entries) whose
-- region, technician, site and customer columns are empty. Indexing only the rows that have a
-- value saves four index inserts per history record; every query on these columns compares with
-- a value (col = ?), which implies IS NOT NULL, so the partial indexes still serve them.
DROP INDEX entity_by_technician;
CREATE INDEX entity_by_technician ON entity (technician_id, entity_type) WHERE technician_id IS NOT NULL;
DROP INDEX entity_by_region;
CREATE INDEX entity_by_region ON entity (region, entity_type) WHERE region IS NOT NULL;
DROP INDEX entity_by_site;
CREATE INDEX entity_by_site ON entity (site_id) WHERE site_id IS NOT NULL;
DROP INDEX entity_by_customer;
CREATE INDEX entity_by_customer ON entity (customer_id) WHERE customer_id IS NOT NULL;
-- Pull by technician compares technician_id = ?; rows for offices and everyone leave it empty.
DROP INDEX change_log_by_technician;
CREATE INDEX change_log_by_technician ON change_log (technician_id, seq) WHERE technician_id IS NOT NULL;
-- Pull asks only for rows for everyone (everyone = TRUE, written as a literal so the planner
-- can match it); the far more numerous other rows need no entry.
DROP INDEX change_log_by_everyone;
CREATE INDEX change_log_by_everyone ON change_log (seq) WHERE everyone = TRUE;

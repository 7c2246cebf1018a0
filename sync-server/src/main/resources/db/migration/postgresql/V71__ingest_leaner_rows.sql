-- Push ingest writes fewer index entries per mutation (docs/benchmarks.md, "storage floor").
-- History records always carry a work order; the rest need no entry in its index.
DROP INDEX entity_by_work_order;
CREATE INDEX entity_by_work_order ON entity (work_order_id) WHERE work_order_id IS NOT NULL;
-- applied_mutation: a plain APPLIED result is not stored (NULL; a replay rebuilds it from the id);
-- the audit query walks the received-at index newest first, filtering by user or entity, instead
-- of keeping two more indexes whose entries land at random places on every push.
ALTER TABLE applied_mutation ALTER COLUMN result DROP NOT NULL;
DROP INDEX applied_mutation_by_user;
DROP INDEX applied_mutation_by_entity;

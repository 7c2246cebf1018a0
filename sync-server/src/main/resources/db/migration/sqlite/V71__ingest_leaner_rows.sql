-- Push ingest writes fewer index entries per mutation (docs/benchmarks.md, "storage floor").
--
-- entity: the table is its primary-key index (WITHOUT ROWID), so a record costs one b-tree insert
-- for (entity_type, id) instead of two (the rowid table and its key index).
CREATE TABLE entity_clustered (
  entity_type    TEXT    NOT NULL,
  id             TEXT    NOT NULL,
  version        INTEGER NOT NULL,
  data           TEXT    NOT NULL,
  region         TEXT,
  technician_id  TEXT,
  status         TEXT,
  number         TEXT,
  customer_id    TEXT,
  site_id        TEXT,
  work_order_id  TEXT,
  updated_at     INTEGER NOT NULL,
  PRIMARY KEY (entity_type, id)
) WITHOUT ROWID;
INSERT INTO entity_clustered SELECT entity_type, id, version, data, region, technician_id, status, number,
    customer_id, site_id, work_order_id, updated_at FROM entity ORDER BY entity_type, id;
DROP TABLE entity;
ALTER TABLE entity_clustered RENAME TO entity;
CREATE INDEX entity_by_id ON entity (id);
CREATE INDEX entity_by_technician ON entity (technician_id, entity_type) WHERE technician_id IS NOT NULL;
CREATE INDEX entity_by_region ON entity (region, entity_type) WHERE region IS NOT NULL;
CREATE INDEX entity_by_site ON entity (site_id) WHERE site_id IS NOT NULL;
CREATE INDEX entity_by_customer ON entity (customer_id) WHERE customer_id IS NOT NULL;
CREATE INDEX entity_by_work_order ON entity (work_order_id) WHERE work_order_id IS NOT NULL;
CREATE UNIQUE INDEX entity_by_number ON entity (number) WHERE number IS NOT NULL;

-- applied_mutation: a plain APPLIED result is not stored (NULL; a replay rebuilds it from the id),
-- and the audit query walks the received-at index newest first, filtering by user or entity,
-- instead of keeping two more indexes whose entries land at random places on every push.
CREATE TABLE applied_mutation_lean (
  id           TEXT    PRIMARY KEY,
  type         TEXT    NOT NULL,
  entity_id    TEXT,
  user_id      TEXT    NOT NULL,
  device_id    TEXT    NOT NULL,
  recorded_at  INTEGER NOT NULL,
  received_at  INTEGER NOT NULL,
  result       TEXT,
  payload      TEXT
);
INSERT INTO applied_mutation_lean SELECT id, type, entity_id, user_id, device_id, recorded_at, received_at,
    result, payload FROM applied_mutation ORDER BY received_at, id;
DROP TABLE applied_mutation;
ALTER TABLE applied_mutation_lean RENAME TO applied_mutation;
CREATE INDEX applied_mutation_by_received ON applied_mutation (received_at);

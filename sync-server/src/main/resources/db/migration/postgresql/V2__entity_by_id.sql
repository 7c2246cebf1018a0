-- A push prefetches every record its mutations may touch in one query by id (ids are UUIDs,
-- unique across entity types).
CREATE INDEX entity_by_id ON entity (id);

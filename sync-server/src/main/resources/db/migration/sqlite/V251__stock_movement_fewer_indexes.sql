-- A part used (ConsumePart) writes a movement; each index on the movements' documents costs that
-- write a parse of the document. V140's covering indexes (entity_type, from/to location, part,
-- quantity) answer everything V120's single-field indexes did: the lookups of the movements into and
-- out of a location (EntityStore.findByReference, same json_extract expressions, entity_type = literal)
-- read the first two columns of V140's. So V120's two movement indexes go (its reservation index
-- stays); PostgreSQL keeps its V120 indexes, whose json expressions its lookups spell (docs/decisions/0022).
DROP INDEX entity_stock_movement_from;
DROP INDEX entity_stock_movement_to;

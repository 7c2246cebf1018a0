-- On-hand of a stock location is summed from its movements (docs/decisions/0015). These partial
-- indexes hold, for every stock movement, the location at each end with the part and the quantity, so
-- the sum for one location reads two index ranges and no document (server.stock.LedgerOnHand). Without
-- them the sum parses every movement in the system: docs/benchmarks.md, StockBenchmark. entity_type leads
-- although the index is partial: otherwise the planner prefers the primary key's (entity_type, id) range.
CREATE INDEX entity_movement_to ON entity (entity_type, json_extract(data, '$.toLocationId'), json_extract(data, '$.partId'),
    json_extract(data, '$.quantity')) WHERE entity_type = 'StockMovement';
CREATE INDEX entity_movement_from ON entity (entity_type, json_extract(data, '$.fromLocationId'), json_extract(data, '$.partId'),
    json_extract(data, '$.quantity')) WHERE entity_type = 'StockMovement';

-- On-hand of a stock location is summed from its movements (docs/decisions/0015). These partial
-- expression indexes find, for one location, the movements into and out of it (server.stock.LedgerOnHand);
-- without them the sum parses every movement in the system: docs/benchmarks.md, StockBenchmark.
CREATE INDEX entity_movement_to ON entity (entity_type, (data::jsonb ->> 'toLocationId'), (data::jsonb ->> 'partId'),
    ((data::jsonb ->> 'quantity')::integer)) WHERE entity_type = 'StockMovement';
CREATE INDEX entity_movement_from ON entity (entity_type, (data::jsonb ->> 'fromLocationId'), (data::jsonb ->> 'partId'),
    ((data::jsonb ->> 'quantity')::integer)) WHERE entity_type = 'StockMovement';

-- On-hand per warehouse or van and part, kept by the database beside the ledger (docs/decisions/0022).
-- It is a cache of the sum of the movements (docs/decisions/0015), never edited by anyone: the
-- triggers below change it in the same statement, hence the same transaction, as every movement
-- written, rewritten or removed, whatever writes it (push, demo loader, import). Reading a van's
-- on-hand is then one key range of its part numbers instead of a sum over all its movements
-- (server.stock.LedgerOnHand; docs/benchmarks.md, StockBenchmark).
-- The fixed locations of VirtualLocations (in transit, supplier, customer site, inventory loss) are
-- left out: every van's consumption reaches the customer site, so one row there would be written by
-- every push; their on-hand is still summed from the movements when someone asks.
CREATE TABLE stock_on_hand (
  location_id  TEXT    NOT NULL,
  part_id      TEXT    NOT NULL,
  quantity     INTEGER NOT NULL,
  PRIMARY KEY (location_id, part_id)
) WITHOUT ROWID;

INSERT INTO stock_on_hand (location_id, part_id, quantity)
SELECT location_id, part_id, SUM(q) FROM (
  SELECT json_extract(data, '$.toLocationId') AS location_id, json_extract(data, '$.partId') AS part_id,
         json_extract(data, '$.quantity') AS q
    FROM entity WHERE entity_type = 'StockMovement'
  UNION ALL
  SELECT json_extract(data, '$.fromLocationId'), json_extract(data, '$.partId'), -json_extract(data, '$.quantity')
    FROM entity WHERE entity_type = 'StockMovement'
) m
WHERE location_id IS NOT NULL AND part_id IS NOT NULL AND location_id NOT IN (
  '00000000-0000-7000-8000-00000000a001', '00000000-0000-7000-8000-00000000a002',
  '00000000-0000-7000-8000-00000000a003', '00000000-0000-7000-8000-00000000a004')
GROUP BY location_id, part_id;

CREATE TRIGGER stock_on_hand_insert AFTER INSERT ON entity WHEN NEW.entity_type = 'StockMovement'
BEGIN
  INSERT INTO stock_on_hand (location_id, part_id, quantity)
  SELECT json_extract(NEW.data, '$.toLocationId'), json_extract(NEW.data, '$.partId'), json_extract(NEW.data, '$.quantity')
   WHERE json_extract(NEW.data, '$.toLocationId') IS NOT NULL AND json_extract(NEW.data, '$.toLocationId') NOT IN (
     '00000000-0000-7000-8000-00000000a001', '00000000-0000-7000-8000-00000000a002',
     '00000000-0000-7000-8000-00000000a003', '00000000-0000-7000-8000-00000000a004')
  ON CONFLICT (location_id, part_id) DO UPDATE SET quantity = quantity + excluded.quantity;
  INSERT INTO stock_on_hand (location_id, part_id, quantity)
  SELECT json_extract(NEW.data, '$.fromLocationId'), json_extract(NEW.data, '$.partId'), -json_extract(NEW.data, '$.quantity')
   WHERE json_extract(NEW.data, '$.fromLocationId') IS NOT NULL AND json_extract(NEW.data, '$.fromLocationId') NOT IN (
     '00000000-0000-7000-8000-00000000a001', '00000000-0000-7000-8000-00000000a002',
     '00000000-0000-7000-8000-00000000a003', '00000000-0000-7000-8000-00000000a004')
  ON CONFLICT (location_id, part_id) DO UPDATE SET quantity = quantity + excluded.quantity;
END;

-- Movements are append-only; a rewrite (an import run twice, a repaired document) still keeps the
-- cache equal to the sum: the old document's share goes, the new one's comes.
CREATE TRIGGER stock_on_hand_update AFTER UPDATE OF data, entity_type ON entity
  WHEN (OLD.entity_type = 'StockMovement' OR NEW.entity_type = 'StockMovement') AND OLD.data IS NOT NEW.data
BEGIN
  INSERT INTO stock_on_hand (location_id, part_id, quantity)
  SELECT json_extract(OLD.data, '$.toLocationId'), json_extract(OLD.data, '$.partId'), -json_extract(OLD.data, '$.quantity')
   WHERE OLD.entity_type = 'StockMovement' AND json_extract(OLD.data, '$.toLocationId') IS NOT NULL
     AND json_extract(OLD.data, '$.toLocationId') NOT IN (
     '00000000-0000-7000-8000-00000000a001', '00000000-0000-7000-8000-00000000a002',
     '00000000-0000-7000-8000-00000000a003', '00000000-0000-7000-8000-00000000a004')
  ON CONFLICT (location_id, part_id) DO UPDATE SET quantity = quantity + excluded.quantity;
  INSERT INTO stock_on_hand (location_id, part_id, quantity)
  SELECT json_extract(OLD.data, '$.fromLocationId'), json_extract(OLD.data, '$.partId'), json_extract(OLD.data, '$.quantity')
   WHERE OLD.entity_type = 'StockMovement' AND json_extract(OLD.data, '$.fromLocationId') IS NOT NULL
     AND json_extract(OLD.data, '$.fromLocationId') NOT IN (
     '00000000-0000-7000-8000-00000000a001', '00000000-0000-7000-8000-00000000a002',
     '00000000-0000-7000-8000-00000000a003', '00000000-0000-7000-8000-00000000a004')
  ON CONFLICT (location_id, part_id) DO UPDATE SET quantity = quantity + excluded.quantity;
  INSERT INTO stock_on_hand (location_id, part_id, quantity)
  SELECT json_extract(NEW.data, '$.toLocationId'), json_extract(NEW.data, '$.partId'), json_extract(NEW.data, '$.quantity')
   WHERE NEW.entity_type = 'StockMovement' AND json_extract(NEW.data, '$.toLocationId') IS NOT NULL
     AND json_extract(NEW.data, '$.toLocationId') NOT IN (
     '00000000-0000-7000-8000-00000000a001', '00000000-0000-7000-8000-00000000a002',
     '00000000-0000-7000-8000-00000000a003', '00000000-0000-7000-8000-00000000a004')
  ON CONFLICT (location_id, part_id) DO UPDATE SET quantity = quantity + excluded.quantity;
  INSERT INTO stock_on_hand (location_id, part_id, quantity)
  SELECT json_extract(NEW.data, '$.fromLocationId'), json_extract(NEW.data, '$.partId'), -json_extract(NEW.data, '$.quantity')
   WHERE NEW.entity_type = 'StockMovement' AND json_extract(NEW.data, '$.fromLocationId') IS NOT NULL
     AND json_extract(NEW.data, '$.fromLocationId') NOT IN (
     '00000000-0000-7000-8000-00000000a001', '00000000-0000-7000-8000-00000000a002',
     '00000000-0000-7000-8000-00000000a003', '00000000-0000-7000-8000-00000000a004')
  ON CONFLICT (location_id, part_id) DO UPDATE SET quantity = quantity + excluded.quantity;
END;

CREATE TRIGGER stock_on_hand_delete AFTER DELETE ON entity WHEN OLD.entity_type = 'StockMovement'
BEGIN
  INSERT INTO stock_on_hand (location_id, part_id, quantity)
  SELECT json_extract(OLD.data, '$.toLocationId'), json_extract(OLD.data, '$.partId'), -json_extract(OLD.data, '$.quantity')
   WHERE json_extract(OLD.data, '$.toLocationId') IS NOT NULL AND json_extract(OLD.data, '$.toLocationId') NOT IN (
     '00000000-0000-7000-8000-00000000a001', '00000000-0000-7000-8000-00000000a002',
     '00000000-0000-7000-8000-00000000a003', '00000000-0000-7000-8000-00000000a004')
  ON CONFLICT (location_id, part_id) DO UPDATE SET quantity = quantity + excluded.quantity;
  INSERT INTO stock_on_hand (location_id, part_id, quantity)
  SELECT json_extract(OLD.data, '$.fromLocationId'), json_extract(OLD.data, '$.partId'), json_extract(OLD.data, '$.quantity')
   WHERE json_extract(OLD.data, '$.fromLocationId') IS NOT NULL AND json_extract(OLD.data, '$.fromLocationId') NOT IN (
     '00000000-0000-7000-8000-00000000a001', '00000000-0000-7000-8000-00000000a002',
     '00000000-0000-7000-8000-00000000a003', '00000000-0000-7000-8000-00000000a004')
  ON CONFLICT (location_id, part_id) DO UPDATE SET quantity = quantity + excluded.quantity;
END;

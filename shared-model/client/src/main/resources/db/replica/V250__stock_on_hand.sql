-- App version 250 (numbered in the stock range of the server's migrations): on-hand per location and
-- part as a running balance of the local view's movements (server state + this device's pending ones),
-- kept by triggers in the same transaction as every movement written, replaced on a rebase or removed,
-- so a van's on-hand reads its part numbers instead of summing every movement it ever had
-- (stock.replica.StockReplica#onHand; docs/decisions/0022, docs/benchmarks.md StockBenchmark).
-- movements: how many movements touch the slot (the row goes when none does, as a sum over no movement
-- lists nothing); pending: how many of them are this device's, not yet confirmed by the server.
CREATE TABLE view_stock_on_hand (
  location_id  TEXT    NOT NULL,
  part_id      TEXT    NOT NULL,
  quantity     INTEGER NOT NULL,
  movements    INTEGER NOT NULL,
  pending      INTEGER NOT NULL,
  PRIMARY KEY (location_id, part_id)
) WITHOUT ROWID;

INSERT INTO view_stock_on_hand (location_id, part_id, quantity, movements, pending)
SELECT location_id, part_id, SUM(q), COUNT(*), SUM(pending <> 0) FROM (
  SELECT json_extract(data, '$.toLocationId') AS location_id, json_extract(data, '$.partId') AS part_id,
         json_extract(data, '$.quantity') AS q, pending FROM view_doc WHERE type = 'StockMovement'
  UNION ALL
  SELECT json_extract(data, '$.fromLocationId'), json_extract(data, '$.partId'), -json_extract(data, '$.quantity'),
         pending FROM view_doc WHERE type = 'StockMovement'
) m WHERE location_id IS NOT NULL AND part_id IS NOT NULL
GROUP BY location_id, part_id;

CREATE TRIGGER view_stock_on_hand_insert AFTER INSERT ON view_doc WHEN NEW.type = 'StockMovement'
BEGIN
  INSERT INTO view_stock_on_hand (location_id, part_id, quantity, movements, pending)
  SELECT json_extract(NEW.data, '$.toLocationId'), json_extract(NEW.data, '$.partId'), json_extract(NEW.data, '$.quantity'), 1, (NEW.pending <> 0)
   WHERE NEW.type = 'StockMovement' AND json_extract(NEW.data, '$.toLocationId') IS NOT NULL AND json_extract(NEW.data, '$.partId') IS NOT NULL
  ON CONFLICT (location_id, part_id) DO UPDATE SET quantity = quantity + excluded.quantity,
    movements = movements + excluded.movements, pending = pending + excluded.pending;
  INSERT INTO view_stock_on_hand (location_id, part_id, quantity, movements, pending)
  SELECT json_extract(NEW.data, '$.fromLocationId'), json_extract(NEW.data, '$.partId'), -json_extract(NEW.data, '$.quantity'), 1, (NEW.pending <> 0)
   WHERE NEW.type = 'StockMovement' AND json_extract(NEW.data, '$.fromLocationId') IS NOT NULL AND json_extract(NEW.data, '$.partId') IS NOT NULL
  ON CONFLICT (location_id, part_id) DO UPDATE SET quantity = quantity + excluded.quantity,
    movements = movements + excluded.movements, pending = pending + excluded.pending;
END;

CREATE TRIGGER view_stock_on_hand_update AFTER UPDATE OF type, data, pending ON view_doc
  WHEN (OLD.type = 'StockMovement' OR NEW.type = 'StockMovement')
    AND (OLD.data IS NOT NEW.data OR OLD.pending IS NOT NEW.pending OR OLD.type IS NOT NEW.type)
BEGIN
  INSERT INTO view_stock_on_hand (location_id, part_id, quantity, movements, pending)
  SELECT json_extract(OLD.data, '$.toLocationId'), json_extract(OLD.data, '$.partId'), -json_extract(OLD.data, '$.quantity'), -1, -(OLD.pending <> 0)
   WHERE OLD.type = 'StockMovement' AND json_extract(OLD.data, '$.toLocationId') IS NOT NULL AND json_extract(OLD.data, '$.partId') IS NOT NULL
  ON CONFLICT (location_id, part_id) DO UPDATE SET quantity = quantity + excluded.quantity,
    movements = movements + excluded.movements, pending = pending + excluded.pending;
  INSERT INTO view_stock_on_hand (location_id, part_id, quantity, movements, pending)
  SELECT json_extract(OLD.data, '$.fromLocationId'), json_extract(OLD.data, '$.partId'), json_extract(OLD.data, '$.quantity'), -1, -(OLD.pending <> 0)
   WHERE OLD.type = 'StockMovement' AND json_extract(OLD.data, '$.fromLocationId') IS NOT NULL AND json_extract(OLD.data, '$.partId') IS NOT NULL
  ON CONFLICT (location_id, part_id) DO UPDATE SET quantity = quantity + excluded.quantity,
    movements = movements + excluded.movements, pending = pending + excluded.pending;
  DELETE FROM view_stock_on_hand WHERE movements = 0
   AND location_id = json_extract(OLD.data, '$.toLocationId') AND part_id = json_extract(OLD.data, '$.partId');
  DELETE FROM view_stock_on_hand WHERE movements = 0
   AND location_id = json_extract(OLD.data, '$.fromLocationId') AND part_id = json_extract(OLD.data, '$.partId');
  INSERT INTO view_stock_on_hand (location_id, part_id, quantity, movements, pending)
  SELECT json_extract(NEW.data, '$.toLocationId'), json_extract(NEW.data, '$.partId'), json_extract(NEW.data, '$.quantity'), 1, (NEW.pending <> 0)
   WHERE NEW.type = 'StockMovement' AND json_extract(NEW.data, '$.toLocationId') IS NOT NULL AND json_extract(NEW.data, '$.partId') IS NOT NULL
  ON CONFLICT (location_id, part_id) DO UPDATE SET quantity = quantity + excluded.quantity,
    movements = movements + excluded.movements, pending = pending + excluded.pending;
  INSERT INTO view_stock_on_hand (location_id, part_id, quantity, movements, pending)
  SELECT json_extract(NEW.data, '$.fromLocationId'), json_extract(NEW.data, '$.partId'), -json_extract(NEW.data, '$.quantity'), 1, (NEW.pending <> 0)
   WHERE NEW.type = 'StockMovement' AND json_extract(NEW.data, '$.fromLocationId') IS NOT NULL AND json_extract(NEW.data, '$.partId') IS NOT NULL
  ON CONFLICT (location_id, part_id) DO UPDATE SET quantity = quantity + excluded.quantity,
    movements = movements + excluded.movements, pending = pending + excluded.pending;
END;

CREATE TRIGGER view_stock_on_hand_delete AFTER DELETE ON view_doc WHEN OLD.type = 'StockMovement'
BEGIN
  INSERT INTO view_stock_on_hand (location_id, part_id, quantity, movements, pending)
  SELECT json_extract(OLD.data, '$.toLocationId'), json_extract(OLD.data, '$.partId'), -json_extract(OLD.data, '$.quantity'), -1, -(OLD.pending <> 0)
   WHERE OLD.type = 'StockMovement' AND json_extract(OLD.data, '$.toLocationId') IS NOT NULL AND json_extract(OLD.data, '$.partId') IS NOT NULL
  ON CONFLICT (location_id, part_id) DO UPDATE SET quantity = quantity + excluded.quantity,
    movements = movements + excluded.movements, pending = pending + excluded.pending;
  INSERT INTO view_stock_on_hand (location_id, part_id, quantity, movements, pending)
  SELECT json_extract(OLD.data, '$.fromLocationId'), json_extract(OLD.data, '$.partId'), json_extract(OLD.data, '$.quantity'), -1, -(OLD.pending <> 0)
   WHERE OLD.type = 'StockMovement' AND json_extract(OLD.data, '$.fromLocationId') IS NOT NULL AND json_extract(OLD.data, '$.partId') IS NOT NULL
  ON CONFLICT (location_id, part_id) DO UPDATE SET quantity = quantity + excluded.quantity,
    movements = movements + excluded.movements, pending = pending + excluded.pending;
  DELETE FROM view_stock_on_hand WHERE movements = 0
   AND location_id = json_extract(OLD.data, '$.toLocationId') AND part_id = json_extract(OLD.data, '$.partId');
  DELETE FROM view_stock_on_hand WHERE movements = 0
   AND location_id = json_extract(OLD.data, '$.fromLocationId') AND part_id = json_extract(OLD.data, '$.partId');
END;

-- What is on its way to a location: the transfers addressed to it and their receipts (StockReplica#stockAt).
CREATE INDEX view_movement_by_destination ON view_doc (json_extract(data, '$.destinationId'))
  WHERE type = 'StockMovement';
CREATE INDEX view_movement_by_transfer ON view_doc (json_extract(data, '$.transferId'))
  WHERE type = 'StockMovement';

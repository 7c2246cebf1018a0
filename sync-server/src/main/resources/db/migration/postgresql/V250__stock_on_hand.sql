-- On-hand per warehouse or van and part, kept by the database beside the ledger (docs/decisions/0022).
-- It is a cache of the sum of the movements (docs/decisions/0015), never edited by anyone: the
-- triggers below change it in the same statement, hence the same transaction, as every movement
-- written, rewritten or removed, whatever writes it (push, demo loader, import). Reading a van's
-- on-hand is then one key range of its part numbers instead of a sum over all its movements
-- (server.stock.LedgerOnHand; docs/benchmarks.md, StockBenchmark).
-- The fixed locations of VirtualLocations (in transit, supplier, customer site, inventory loss) are
-- left out: every van's consumption reaches the customer site, so one row there would be locked by
-- every push of every instance; their on-hand is still summed from the movements when someone asks.
-- So each movement changes at most one row here, and two transactions lock theirs in the order
-- ApplyingTransaction writes them (by location and part): no deadlock between pushes.
CREATE TABLE stock_on_hand (
  location_id  TEXT    NOT NULL,
  part_id      TEXT    NOT NULL,
  quantity     BIGINT  NOT NULL,
  PRIMARY KEY (location_id, part_id)
);

CREATE FUNCTION stock_on_hand_add(document TEXT, sign INTEGER) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  m jsonb := document::jsonb;
  loc TEXT;
  q BIGINT := (m ->> 'quantity')::bigint * sign;
BEGIN
  FOREACH loc IN ARRAY ARRAY[m ->> 'toLocationId', m ->> 'fromLocationId'] LOOP
    IF loc IS NOT NULL AND loc NOT IN ('00000000-0000-7000-8000-00000000a001', '00000000-0000-7000-8000-00000000a002',
        '00000000-0000-7000-8000-00000000a003', '00000000-0000-7000-8000-00000000a004') THEN
      INSERT INTO stock_on_hand (location_id, part_id, quantity) VALUES (loc, m ->> 'partId', q)
        ON CONFLICT (location_id, part_id) DO UPDATE SET quantity = stock_on_hand.quantity + EXCLUDED.quantity;
    END IF;
    q := -q; -- the second end is the "from" end
  END LOOP;
END $$;

CREATE FUNCTION stock_on_hand_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.entity_type = 'StockMovement' THEN
    PERFORM stock_on_hand_add(OLD.data, -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.entity_type = 'StockMovement' THEN
    PERFORM stock_on_hand_add(NEW.data, 1);
  END IF;
  RETURN NULL;
END $$;

-- the WHEN conditions keep every other record's write free of the function call
CREATE TRIGGER stock_on_hand_insert AFTER INSERT ON entity FOR EACH ROW
  WHEN (NEW.entity_type = 'StockMovement') EXECUTE FUNCTION stock_on_hand_follow();
CREATE TRIGGER stock_on_hand_update AFTER UPDATE ON entity FOR EACH ROW
  WHEN ((OLD.entity_type = 'StockMovement' OR NEW.entity_type = 'StockMovement')
    AND (OLD.data IS DISTINCT FROM NEW.data OR OLD.entity_type IS DISTINCT FROM NEW.entity_type))
  EXECUTE FUNCTION stock_on_hand_follow();
CREATE TRIGGER stock_on_hand_delete AFTER DELETE ON entity FOR EACH ROW
  WHEN (OLD.entity_type = 'StockMovement') EXECUTE FUNCTION stock_on_hand_follow();

INSERT INTO stock_on_hand (location_id, part_id, quantity)
SELECT location_id, part_id, SUM(q) FROM (
  SELECT data::jsonb ->> 'toLocationId' AS location_id, data::jsonb ->> 'partId' AS part_id,
         (data::jsonb ->> 'quantity')::bigint AS q
    FROM entity WHERE entity_type = 'StockMovement'
  UNION ALL
  SELECT data::jsonb ->> 'fromLocationId', data::jsonb ->> 'partId', -(data::jsonb ->> 'quantity')::bigint
    FROM entity WHERE entity_type = 'StockMovement'
) m
WHERE location_id IS NOT NULL AND part_id IS NOT NULL AND location_id NOT IN (
  '00000000-0000-7000-8000-00000000a001', '00000000-0000-7000-8000-00000000a002',
  '00000000-0000-7000-8000-00000000a003', '00000000-0000-7000-8000-00000000a004')
GROUP BY location_id, part_id;

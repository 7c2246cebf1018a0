-- The latest visit per (plan, machine), kept by the database beside the visits (docs/decisions/0033).
-- A generator tick needs only the last visit each plan made on each machine, not all of them: with
-- this table it reads one row per (plan, machine) instead of every visit ever made (120,000 a year
-- for 10,000 monthly plans, and growing every year). Like stock_on_hand (0022) it is a cache of the
-- documents, never edited by anyone: the trigger below changes it in the same transaction as every
-- visit written, rewritten or removed, whatever writes it (push, import, demo loader).
-- "Latest" is the generator's order: due date, then meter threshold (none counts as 0); a tie keeps
-- the row there (the same visit: its id derives from those fields, decision 0020).
-- Two instances generating the same visit: the second one's insert of the same entity row waits for
-- the first one's commit (unique key) and its mutation is then answered from the idempotency record,
-- so the upsert here runs once per visit; different visits of one (plan, machine) in two transactions
-- take this row's lock one after the other, in the order they are written.
CREATE TABLE planned_visit_latest (
  plan_id          TEXT    NOT NULL,
  equipment_id     TEXT    NOT NULL,
  visit_id         TEXT    NOT NULL,
  due_on           TEXT    NOT NULL,
  meter_threshold  NUMERIC,
  data             TEXT    NOT NULL,
  PRIMARY KEY (plan_id, equipment_id)
);

-- Upserts one visit document if it is later than the row there.
CREATE FUNCTION planned_visit_latest_offer(p_visit TEXT, p_document TEXT) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  v jsonb := p_document::jsonb;
BEGIN
  IF v ->> 'planId' IS NULL OR v ->> 'equipmentId' IS NULL OR v ->> 'dueOn' IS NULL THEN
    RETURN;
  END IF;
  INSERT INTO planned_visit_latest AS l (plan_id, equipment_id, visit_id, due_on, meter_threshold, data)
  VALUES (v ->> 'planId', v ->> 'equipmentId', p_visit, v ->> 'dueOn', (v ->> 'meterThreshold')::numeric, p_document)
  ON CONFLICT (plan_id, equipment_id) DO UPDATE SET visit_id = EXCLUDED.visit_id, due_on = EXCLUDED.due_on,
     meter_threshold = EXCLUDED.meter_threshold, data = EXCLUDED.data
   WHERE EXCLUDED.due_on > l.due_on
      OR (EXCLUDED.due_on = l.due_on AND COALESCE(EXCLUDED.meter_threshold, 0) > COALESCE(l.meter_threshold, 0));
END $$;

-- Looks the (plan, machine) of a visit rewritten or removed up again among the visits, if its row went.
CREATE FUNCTION planned_visit_latest_recompute(p_plan TEXT, p_machine TEXT) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  r RECORD;
BEGIN
  IF EXISTS (SELECT 1 FROM planned_visit_latest WHERE plan_id = p_plan AND equipment_id = p_machine) THEN
    RETURN;
  END IF;
  FOR r IN SELECT id, data FROM entity WHERE entity_type = 'PlannedVisit' AND data::jsonb ->> 'planId' = p_plan
      AND data::jsonb ->> 'equipmentId' = p_machine LOOP
    PERFORM planned_visit_latest_offer(r.id, r.data);
  END LOOP;
END $$;

CREATE FUNCTION planned_visit_latest_follow() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  o jsonb;
  n jsonb;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.entity_type = 'PlannedVisit' THEN
    o := OLD.data::jsonb;
    IF TG_OP = 'UPDATE' AND NEW.entity_type = 'PlannedVisit' THEN
      n := NEW.data::jsonb;
    END IF;
    IF n IS NOT NULL AND n -> 'planId' IS NOT DISTINCT FROM o -> 'planId'
        AND n -> 'equipmentId' IS NOT DISTINCT FROM o -> 'equipmentId' AND n -> 'dueOn' IS NOT DISTINCT FROM o -> 'dueOn'
        AND n -> 'meterThreshold' IS NOT DISTINCT FROM o -> 'meterThreshold' THEN
      -- the same visit rewritten as it was: only its document changes
      UPDATE planned_visit_latest SET data = NEW.data
       WHERE plan_id = o ->> 'planId' AND equipment_id = o ->> 'equipmentId' AND visit_id = OLD.id;
      RETURN NULL;
    END IF;
    DELETE FROM planned_visit_latest
     WHERE plan_id = o ->> 'planId' AND equipment_id = o ->> 'equipmentId' AND visit_id = OLD.id;
    PERFORM planned_visit_latest_recompute(o ->> 'planId', o ->> 'equipmentId');
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.entity_type = 'PlannedVisit' THEN
    PERFORM planned_visit_latest_offer(NEW.id, NEW.data);
  END IF;
  RETURN NULL;
END $$;

-- the WHEN conditions keep every other record's write free of the function call
CREATE TRIGGER planned_visit_latest_insert AFTER INSERT ON entity FOR EACH ROW
  WHEN (NEW.entity_type = 'PlannedVisit') EXECUTE FUNCTION planned_visit_latest_follow();
CREATE TRIGGER planned_visit_latest_update AFTER UPDATE ON entity FOR EACH ROW
  WHEN ((OLD.entity_type = 'PlannedVisit' OR NEW.entity_type = 'PlannedVisit')
    AND (OLD.data IS DISTINCT FROM NEW.data OR OLD.entity_type IS DISTINCT FROM NEW.entity_type))
  EXECUTE FUNCTION planned_visit_latest_follow();
CREATE TRIGGER planned_visit_latest_delete AFTER DELETE ON entity FOR EACH ROW
  WHEN (OLD.entity_type = 'PlannedVisit') EXECUTE FUNCTION planned_visit_latest_follow();

INSERT INTO planned_visit_latest (plan_id, equipment_id, visit_id, due_on, meter_threshold, data)
SELECT DISTINCT ON (data::jsonb ->> 'planId', data::jsonb ->> 'equipmentId')
       data::jsonb ->> 'planId', data::jsonb ->> 'equipmentId', id, data::jsonb ->> 'dueOn',
       (data::jsonb ->> 'meterThreshold')::numeric, data
  FROM entity
 WHERE entity_type = 'PlannedVisit' AND data::jsonb ->> 'planId' IS NOT NULL
   AND data::jsonb ->> 'equipmentId' IS NOT NULL AND data::jsonb ->> 'dueOn' IS NOT NULL
 ORDER BY data::jsonb ->> 'planId', data::jsonb ->> 'equipmentId', data::jsonb ->> 'dueOn' DESC,
          COALESCE((data::jsonb ->> 'meterThreshold')::numeric, 0) DESC;

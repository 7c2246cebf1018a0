-- The latest visit per (plan, machine), kept by the database beside the visits (docs/decisions/0033).
-- A generator tick needs only the last visit each plan made on each machine, not all of them: with
-- this table it reads one row per (plan, machine) instead of every visit ever made (120,000 a year
-- for 10,000 monthly plans, and growing every year). Like stock_on_hand (0022) it is a cache of the
-- documents, never edited by anyone: the triggers below change it in the same transaction as every
-- visit written, rewritten or removed, whatever writes it (push, import, demo loader).
-- "Latest" is the generator's order: due date, then meter threshold (none counts as 0); a tie keeps
-- the row there (the same visit: its id derives from those fields, decision 0020).
CREATE TABLE planned_visit_latest (
  plan_id          TEXT    NOT NULL,
  equipment_id     TEXT    NOT NULL,
  visit_id         TEXT    NOT NULL,
  due_on           TEXT    NOT NULL,
  meter_threshold  NUMERIC,
  data             TEXT    NOT NULL,
  PRIMARY KEY (plan_id, equipment_id)
) WITHOUT ROWID;

INSERT INTO planned_visit_latest (plan_id, equipment_id, visit_id, due_on, meter_threshold, data)
SELECT plan_id, equipment_id, visit_id, due_on, meter_threshold, data FROM (
  SELECT json_extract(data, '$.planId') AS plan_id, json_extract(data, '$.equipmentId') AS equipment_id,
         id AS visit_id, json_extract(data, '$.dueOn') AS due_on,
         json_extract(data, '$.meterThreshold') AS meter_threshold, data,
         ROW_NUMBER() OVER (PARTITION BY json_extract(data, '$.planId'), json_extract(data, '$.equipmentId')
           ORDER BY json_extract(data, '$.dueOn') DESC, COALESCE(json_extract(data, '$.meterThreshold'), 0) DESC) AS n
    FROM entity WHERE entity_type = 'PlannedVisit')
WHERE n = 1 AND plan_id IS NOT NULL AND equipment_id IS NOT NULL AND due_on IS NOT NULL;

CREATE TRIGGER planned_visit_latest_insert AFTER INSERT ON entity WHEN NEW.entity_type = 'PlannedVisit'
BEGIN
  INSERT INTO planned_visit_latest (plan_id, equipment_id, visit_id, due_on, meter_threshold, data)
  SELECT json_extract(NEW.data, '$.planId'), json_extract(NEW.data, '$.equipmentId'), NEW.id,
         json_extract(NEW.data, '$.dueOn'), json_extract(NEW.data, '$.meterThreshold'), NEW.data
   WHERE json_extract(NEW.data, '$.planId') IS NOT NULL AND json_extract(NEW.data, '$.equipmentId') IS NOT NULL
     AND json_extract(NEW.data, '$.dueOn') IS NOT NULL
  ON CONFLICT (plan_id, equipment_id) DO UPDATE SET visit_id = excluded.visit_id, due_on = excluded.due_on,
     meter_threshold = excluded.meter_threshold, data = excluded.data
   WHERE excluded.due_on > planned_visit_latest.due_on
      OR (excluded.due_on = planned_visit_latest.due_on
          AND COALESCE(excluded.meter_threshold, 0) > COALESCE(planned_visit_latest.meter_threshold, 0));
END;

-- Visits are append-only; a rewrite (an import run twice) or a removal still keeps the table right.
-- The row of the visit rewritten or removed goes unless the rewrite left its (plan, machine, due date,
-- threshold) as they were (then only its document is replaced); a (plan, machine) left without a row
-- is looked up again among the remaining visits (a scan of the visits: rare, never on the push path).
CREATE TRIGGER planned_visit_latest_update AFTER UPDATE OF data, entity_type ON entity
  WHEN (OLD.entity_type = 'PlannedVisit' OR NEW.entity_type = 'PlannedVisit') AND OLD.data IS NOT NEW.data
BEGIN
  DELETE FROM planned_visit_latest
   WHERE OLD.entity_type = 'PlannedVisit' AND visit_id = OLD.id
     AND plan_id = json_extract(OLD.data, '$.planId') AND equipment_id = json_extract(OLD.data, '$.equipmentId')
     AND NOT (NEW.entity_type = 'PlannedVisit'
       AND json_extract(NEW.data, '$.planId') IS json_extract(OLD.data, '$.planId')
       AND json_extract(NEW.data, '$.equipmentId') IS json_extract(OLD.data, '$.equipmentId')
       AND json_extract(NEW.data, '$.dueOn') IS json_extract(OLD.data, '$.dueOn')
       AND json_extract(NEW.data, '$.meterThreshold') IS json_extract(OLD.data, '$.meterThreshold'));
  INSERT INTO planned_visit_latest (plan_id, equipment_id, visit_id, due_on, meter_threshold, data)
  SELECT json_extract(data, '$.planId'), json_extract(data, '$.equipmentId'), id, json_extract(data, '$.dueOn'),
         json_extract(data, '$.meterThreshold'), data
    FROM entity
   WHERE OLD.entity_type = 'PlannedVisit'
     AND NOT EXISTS (SELECT 1 FROM planned_visit_latest
       WHERE plan_id = json_extract(OLD.data, '$.planId') AND equipment_id = json_extract(OLD.data, '$.equipmentId'))
     AND entity_type = 'PlannedVisit' AND json_extract(data, '$.planId') = json_extract(OLD.data, '$.planId')
     AND json_extract(data, '$.equipmentId') = json_extract(OLD.data, '$.equipmentId')
     AND json_extract(data, '$.dueOn') IS NOT NULL
   ORDER BY json_extract(data, '$.dueOn') DESC, COALESCE(json_extract(data, '$.meterThreshold'), 0) DESC
   LIMIT 1;
  UPDATE planned_visit_latest SET data = NEW.data
   WHERE NEW.entity_type = 'PlannedVisit' AND visit_id = NEW.id
     AND plan_id = json_extract(NEW.data, '$.planId') AND equipment_id = json_extract(NEW.data, '$.equipmentId');
  INSERT INTO planned_visit_latest (plan_id, equipment_id, visit_id, due_on, meter_threshold, data)
  SELECT json_extract(NEW.data, '$.planId'), json_extract(NEW.data, '$.equipmentId'), NEW.id,
         json_extract(NEW.data, '$.dueOn'), json_extract(NEW.data, '$.meterThreshold'), NEW.data
   WHERE NEW.entity_type = 'PlannedVisit'
     AND json_extract(NEW.data, '$.planId') IS NOT NULL AND json_extract(NEW.data, '$.equipmentId') IS NOT NULL
     AND json_extract(NEW.data, '$.dueOn') IS NOT NULL
  ON CONFLICT (plan_id, equipment_id) DO UPDATE SET visit_id = excluded.visit_id, due_on = excluded.due_on,
     meter_threshold = excluded.meter_threshold, data = excluded.data
   WHERE excluded.due_on > planned_visit_latest.due_on
      OR (excluded.due_on = planned_visit_latest.due_on
          AND COALESCE(excluded.meter_threshold, 0) > COALESCE(planned_visit_latest.meter_threshold, 0));
END;

CREATE TRIGGER planned_visit_latest_delete AFTER DELETE ON entity WHEN OLD.entity_type = 'PlannedVisit'
BEGIN
  DELETE FROM planned_visit_latest
   WHERE visit_id = OLD.id AND plan_id = json_extract(OLD.data, '$.planId')
     AND equipment_id = json_extract(OLD.data, '$.equipmentId');
  INSERT INTO planned_visit_latest (plan_id, equipment_id, visit_id, due_on, meter_threshold, data)
  SELECT json_extract(data, '$.planId'), json_extract(data, '$.equipmentId'), id, json_extract(data, '$.dueOn'),
         json_extract(data, '$.meterThreshold'), data
    FROM entity
   WHERE NOT EXISTS (SELECT 1 FROM planned_visit_latest
       WHERE plan_id = json_extract(OLD.data, '$.planId') AND equipment_id = json_extract(OLD.data, '$.equipmentId'))
     AND entity_type = 'PlannedVisit' AND json_extract(data, '$.planId') = json_extract(OLD.data, '$.planId')
     AND json_extract(data, '$.equipmentId') = json_extract(OLD.data, '$.equipmentId')
     AND json_extract(data, '$.dueOn') IS NOT NULL
   ORDER BY json_extract(data, '$.dueOn') DESC, COALESCE(json_extract(data, '$.meterThreshold'), 0) DESC
   LIMIT 1;
END;

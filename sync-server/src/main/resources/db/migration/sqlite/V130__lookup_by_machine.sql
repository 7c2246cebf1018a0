-- The rules ask "the jobs on this machine" and "this machine's history" (EntityLookup.findAllBy):
-- index the document's equipmentId for those two kinds only, so other writes pay nothing.
CREATE INDEX entity_work_order_by_equipment ON entity (json_extract(data, '$.equipmentId'))
  WHERE entity_type = 'WorkOrder';
CREATE INDEX entity_equipment_event_by_equipment ON entity (json_extract(data, '$.equipmentId'))
  WHERE entity_type = 'EquipmentEvent';

-- Approving a part request checks what the source has available (EntityLookup.findAllBy): the
-- movements into and out of a location and the reservations held there. Index those document fields
-- for those kinds only, so other writes pay nothing.
CREATE INDEX entity_stock_movement_from ON entity (json_extract(data, '$.fromLocationId'))
  WHERE entity_type = 'StockMovement';
CREATE INDEX entity_stock_movement_to ON entity (json_extract(data, '$.toLocationId'))
  WHERE entity_type = 'StockMovement';
CREATE INDEX entity_reservation_by_location ON entity (json_extract(data, '$.locationId'))
  WHERE entity_type = 'Reservation';

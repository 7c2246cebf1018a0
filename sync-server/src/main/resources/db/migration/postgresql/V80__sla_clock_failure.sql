-- A clock the scheduler could not compute (e.g. a work order with an absurd stored instant) is
-- marked failed, so an administrator sees it and the scheduler carries on with the others.
ALTER TABLE sla_clock ADD COLUMN failed_at BIGINT;
ALTER TABLE sla_clock ADD COLUMN failure TEXT;

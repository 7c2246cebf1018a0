-- The SLA scheduler's idle tick reads the earliest next_due_at from the front of sla_clock_due.
-- Every clock rewrite leaves a dead index entry exactly there; with the default autovacuum
-- threshold (20% of the table) 200k open work orders meant up to 40k dead entries walked per tick.
-- A fixed threshold keeps the front clean whatever the number of open work orders.
ALTER TABLE sla_clock SET (autovacuum_vacuum_scale_factor = 0.0, autovacuum_vacuum_threshold = 2000);

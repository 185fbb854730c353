-- The service's own uptime (FlowSight's overview, docs/reports.md): every instance notes each minute in
-- which it answers its health check, one row per minute however many instances note it. The rows are
-- about the service, not about any business: no customer_id, so no row level security. The service's
-- role may add minutes and read them, never change or remove one. About 44,640 rows in a 31-day month.
CREATE TABLE service_heartbeats (
    minute timestamptz PRIMARY KEY
);

GRANT SELECT, INSERT ON service_heartbeats TO opsfabric_app;

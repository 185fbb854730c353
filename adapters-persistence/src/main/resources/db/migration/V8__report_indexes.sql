-- The monthly report counts a tenant's events by type and month (review clicks) and looks up each
-- ticket's first status change; without these, both scan every tenant's events (seen at 3,000,000
-- events: 205 ms and 102 ms of a report's time, bench/staff-queries.sh).
CREATE INDEX ticket_events_by_customer_type ON ticket_events (customer_id, event_type, created_at);
CREATE INDEX ticket_events_status_changes ON ticket_events (ticket_id, created_at) WHERE event_type = 'status_changed';

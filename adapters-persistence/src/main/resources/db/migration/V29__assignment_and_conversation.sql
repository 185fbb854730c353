-- Assignment, the conversation with the customer and the SLA warning (docs/domain-rules.md,
-- Assignment and SLA warning). Notes and messages are ticket_events (note_added, message_sent,
-- message_received), so they need no table of their own.

-- off | least_open; and how many minutes of counted SLA time before the deadline a still unanswered
-- ticket warns its assignee (0: never).
ALTER TABLE customers
    ADD COLUMN assignment text NOT NULL DEFAULT 'off' CHECK (assignment IN ('off', 'least_open')),
    ADD COLUMN sla_warning_minutes integer NOT NULL DEFAULT 30 CHECK (sla_warning_minutes BETWEEN 0 AND 10080);

-- The tie-break of assignment by load: among the least loaded, the one assigned longest ago.
ALTER TABLE staff_members ADD COLUMN last_assigned_at timestamptz;

-- Set once, by the one claim that warns (UPDATE … WHERE sla_warned_at IS NULL).
ALTER TABLE tickets ADD COLUMN sla_warned_at timestamptz;
CREATE INDEX tickets_awaiting_sla_warning ON tickets (customer_id, sla_deadline)
    WHERE status = 'NEW' AND sla_warned_at IS NULL;
-- The list's sort=sla: open tickets, earliest deadline first.
CREATE INDEX tickets_open_by_deadline ON tickets (customer_id, sla_deadline, id)
    WHERE status IN ('NEW', 'NEEDS_CALLBACK', 'SCHEDULED', 'IN_PROGRESS');
-- The conversation: did this ticket get a staff message lately?
CREATE INDEX ticket_events_messages_sent ON ticket_events (ticket_id, created_at) WHERE event_type = 'message_sent';

CREATE OR REPLACE VIEW current_tenant_tickets AS
    SELECT * FROM tickets WHERE customer_id = current_tenant();

-- Which tenants have tickets that may be due for a warning, found before the tenant is known.
CREATE VIEW unwarned_ticket_owners AS
    SELECT customer_id, sla_deadline FROM tickets WHERE status = 'NEW' AND sla_warned_at IS NULL;
GRANT SELECT ON unwarned_ticket_owners TO opsfabric_app;

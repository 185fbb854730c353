-- The realtime stream (docs/http-api.md, Realtime stream; docs/scale-out.md, The stream across instances).
-- The ticket events the service already writes are copied, in the committing transaction, into
-- stream_events with a per-business sequence, and a NOTIFY tells every instance's listener which business
-- has news. Clients resume after the sequence they saw last (Last-Event-ID).

-- Which audit-log entries the stream shows, and as what. A later event type joins the stream with a row here.
CREATE TABLE stream_event_kinds (
    event_type     text PRIMARY KEY,
    stream_type    text NOT NULL CHECK (stream_type IN ('ticket.created', 'ticket.updated', 'ticket.sla_warning',
                                                        'message.received', 'message.status')),
    -- for message.status: what became of the message
    message_status text
);
INSERT INTO stream_event_kinds (event_type, stream_type, message_status) VALUES
    ('created', 'ticket.created', NULL),
    ('status_changed', 'ticket.updated', NULL),
    -- a same-day repeat joined the ticket: its urgency may have risen, its summary grown
    ('dedupe_merged', 'ticket.updated', NULL),
    ('contact_changed', 'ticket.updated', NULL),
    ('summary_changed', 'ticket.updated', NULL),
    ('appointment_changed', 'ticket.updated', NULL),
    ('sla_warning', 'ticket.sla_warning', NULL),
    ('sms_received', 'message.received', NULL),
    ('message_received', 'message.received', NULL),
    ('sms_sent', 'message.status', 'sent'),
    ('sms_failed', 'message.status', 'failed');

-- The last sequence given to each business's events. The row is locked from the moment a transaction
-- appends a stream event until it commits, so a business's sequence follows its commit order: an event
-- with a higher sequence is never visible before one with a lower sequence, and a client that resumes
-- after an id misses nothing. The triggers below append only at commit (deferred), so the lock is held
-- for the commit alone.
CREATE TABLE stream_sequences (
    customer_id   uuid PRIMARY KEY REFERENCES customers (id),
    last_sequence bigint NOT NULL
);

-- A stream event: what happened, and the ticket as the committing transaction left it. No personal data.
-- Kept at least 24 hours (the stream's retention job deletes older rows).
CREATE TABLE stream_events (
    customer_id    uuid        NOT NULL REFERENCES customers (id),
    sequence       bigint      NOT NULL,
    type           text        NOT NULL,
    -- the audit-log event type behind it, or 'delivery_report'
    change         text        NOT NULL,
    message_status text,
    ticket_id      uuid        NOT NULL,
    status         text        NOT NULL,
    urgency        text        NOT NULL,
    assigned_to    uuid,
    sla_deadline   timestamptz,
    at             timestamptz NOT NULL,
    PRIMARY KEY (customer_id, sequence)
);
CREATE INDEX stream_events_by_time ON stream_events (at);

ALTER TABLE stream_sequences ENABLE ROW LEVEL SECURITY;
CREATE POLICY only_current_tenant ON stream_sequences USING (customer_id = current_tenant());
ALTER TABLE stream_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY only_current_tenant ON stream_events USING (customer_id = current_tenant());
GRANT SELECT, INSERT, UPDATE ON stream_sequences TO opsfabric_app;
GRANT SELECT, INSERT, DELETE ON stream_events TO opsfabric_app;
GRANT SELECT ON stream_event_kinds TO opsfabric_app;

-- The retention job looks for the businesses with expired events, then deletes each one's in its transaction.
CREATE VIEW stream_event_times AS
    SELECT customer_id, at FROM stream_events;
GRANT SELECT ON stream_event_times TO opsfabric_app;

-- Runs as the writing transaction's role, under its tenant's policy: it reads only that tenant's ticket.
CREATE FUNCTION stream_append(business uuid, ticket uuid, stream_type text, change text, message_status text,
                              happened timestamptz) RETURNS void
    LANGUAGE plpgsql AS $$
DECLARE
    next_sequence bigint;
BEGIN
    INSERT INTO stream_sequences AS counter (customer_id, last_sequence) VALUES (business, 1)
    ON CONFLICT (customer_id) DO UPDATE SET last_sequence = counter.last_sequence + 1
    RETURNING last_sequence INTO next_sequence;
    INSERT INTO stream_events (customer_id, sequence, type, change, message_status, ticket_id, status, urgency,
                               assigned_to, sla_deadline, at)
    SELECT business, next_sequence, stream_type, change, message_status, t.id, t.status, t.urgency, t.assigned_to,
           t.sla_deadline, happened
    FROM tickets t WHERE t.id = ticket;
    -- One notification per business and transaction (PostgreSQL folds identical ones), sent at commit.
    PERFORM pg_notify('stream_events', business::text);
END
$$;

CREATE FUNCTION stream_ticket_event() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    kind stream_event_kinds%ROWTYPE;
BEGIN
    SELECT * INTO kind FROM stream_event_kinds WHERE event_type = NEW.event_type;
    IF FOUND THEN
        PERFORM stream_append(NEW.customer_id, NEW.ticket_id, kind.stream_type, NEW.event_type, kind.message_status,
                              NEW.created_at);
    END IF;
    RETURN NULL;
END
$$;

-- Deferred to the commit: the event then carries the ticket as the transaction leaves it, whatever the order
-- of the transaction's own statements, and the business's sequence row stays locked only while it commits.
CREATE CONSTRAINT TRIGGER ticket_events_to_stream AFTER INSERT ON ticket_events
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION stream_ticket_event();

-- A delivery report writes no ticket event when the message arrived (a failure writes sms_failed).
CREATE FUNCTION stream_delivery_report() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM stream_append(NEW.customer_id, NEW.ticket_id, 'message.status', 'delivery_report', NEW.delivery_status,
                          now());
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER delivered_sms_to_stream AFTER UPDATE OF delivery_status ON sms_log
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW
    WHEN (OLD.delivery_status IS NULL AND NEW.delivery_status = 'delivered' AND NEW.ticket_id IS NOT NULL)
    EXECUTE FUNCTION stream_delivery_report();

-- E-mails to the business (routing, overdue reminders, SMS fallbacks) go through a durable queue
-- like SMS; a ticket remembers its one overdue reminder; SMS delivery reports land in sms_log.

CREATE TABLE outbound_email (
    id          uuid PRIMARY KEY,
    customer_id uuid        NOT NULL REFERENCES customers (id),
    ticket_id   uuid REFERENCES tickets (id),
    purpose     text        NOT NULL,
    to_address  text        NOT NULL,
    subject     text        NOT NULL,
    body        text        NOT NULL,
    created_at  timestamptz NOT NULL,
    due_at      timestamptz NOT NULL,
    status      text        NOT NULL DEFAULT 'pending'
                            CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
    attempts    integer     NOT NULL DEFAULT 0,
    claimed_at  timestamptz,
    sent_at     timestamptz,
    failed_at   timestamptz,
    last_error  text
);
CREATE INDEX outbound_email_waiting ON outbound_email (due_at) WHERE status IN ('pending', 'sending');

ALTER TABLE tickets ADD COLUMN escalated_at timestamptz;
CREATE INDEX tickets_awaiting_escalation ON tickets (sla_deadline) WHERE status = 'NEW' AND escalated_at IS NULL;

ALTER TABLE sms_log ADD COLUMN delivery_status text
    CHECK (delivery_status IN ('delivered', 'undelivered', 'failed'));
ALTER TABLE sms_log ADD COLUMN delivery_error text;
CREATE INDEX sms_log_by_provider_id ON sms_log (provider_id) WHERE provider_id IS NOT NULL;

-- E-mail intake (docs/domain-rules.md, E-mail intake).

-- Each inbound e-mail once: the provider's message id, recorded in the transaction that takes the
-- e-mail in, so a delivery the provider repeats (it retries until it gets a 200) changes nothing.
-- Nothing personal is kept here; the text lives on the ticket.
CREATE TABLE inbound_emails (
    customer_id uuid        NOT NULL REFERENCES customers (id),
    message_id  text        NOT NULL,
    ticket_id   uuid REFERENCES tickets (id),
    received_at timestamptz NOT NULL,
    PRIMARY KEY (customer_id, message_id)
);
CREATE INDEX inbound_emails_by_ticket ON inbound_emails (ticket_id) WHERE ticket_id IS NOT NULL;

-- A tenant table like the others (V10).
ALTER TABLE inbound_emails ENABLE ROW LEVEL SECURITY;
CREATE POLICY only_current_tenant ON inbound_emails USING (customer_id = current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON inbound_emails TO opsfabric_app;

-- E-mails to customers (their confirmation) ask for the answer at the business's inbound address,
-- which names the ticket, so the reply threads into it.
ALTER TABLE outbound_email ADD COLUMN reply_to text;

-- Privacy (issue 15 §4): rows that belong to no ticket (calls, SMS log, queued SMS and e-mails) lose
-- their personal data after 24 months of their own time, like idle tickets.

-- Some monthly counts join rows by the customer's number (a reply answers the missed-call SMS sent to
-- its number; a missed call is captured when its number opened a ticket; a wizard ticket followed the
-- wizard link sent to its number). Before those numbers are erased, each such row keeps the answer
-- here; NULL means not yet settled, and the report then computes it as before.
ALTER TABLE calls ADD COLUMN captured boolean;
ALTER TABLE sms_log ADD COLUMN counts_as_reply boolean;
ALTER TABLE tickets ADD COLUMN via_missed_call boolean;
CREATE OR REPLACE VIEW current_tenant_tickets AS
    SELECT * FROM tickets WHERE customer_id = current_tenant();

-- What is still to be erased, oldest first; erased rows leave these indexes, so the daily run reads
-- only what is due.
CREATE INDEX calls_identifiable ON calls (customer_id, created_at)
    WHERE from_number <> '' OR caller_e164 IS NOT NULL;
CREATE INDEX sms_log_identifiable_without_ticket ON sms_log (customer_id, created_at)
    WHERE ticket_id IS NULL AND (body IS NOT NULL OR delivery_error IS NOT NULL
        OR (direction = 'inbound' AND from_number IS NOT NULL)
        OR (direction = 'outbound' AND to_number IS NOT NULL));
CREATE INDEX outbound_sms_identifiable_without_ticket ON outbound_sms (customer_id, created_at)
    WHERE ticket_id IS NULL AND (to_number <> '' OR body <> '');
CREATE INDEX outbound_email_identifiable_without_ticket ON outbound_email (customer_id, created_at)
    WHERE ticket_id IS NULL AND (to_address <> '' OR subject <> '' OR body <> '');

-- The anonymisation looks for the tenants with such rows before it knows a tenant, like
-- identified_ticket_owners; only the owner and the time are shown.
CREATE VIEW identifiable_activity_owners AS
    SELECT customer_id, created_at FROM calls WHERE from_number <> '' OR caller_e164 IS NOT NULL
    UNION ALL
    SELECT customer_id, created_at FROM sms_log
    WHERE ticket_id IS NULL AND (body IS NOT NULL OR delivery_error IS NOT NULL
        OR (direction = 'inbound' AND from_number IS NOT NULL)
        OR (direction = 'outbound' AND to_number IS NOT NULL))
    UNION ALL
    SELECT customer_id, created_at FROM outbound_sms
    WHERE ticket_id IS NULL AND (to_number <> '' OR body <> '') AND status NOT IN ('pending', 'sending')
    UNION ALL
    SELECT customer_id, created_at FROM outbound_email
    WHERE ticket_id IS NULL AND (to_address <> '' OR subject <> '' OR body <> '')
      AND status NOT IN ('pending', 'sending');
GRANT SELECT ON identifiable_activity_owners TO opsfabric_app;

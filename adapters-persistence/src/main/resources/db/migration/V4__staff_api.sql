-- Staff API: the appointment agreed with the customer, a stable order for a ticket's events,
-- and an index for the phone search.

ALTER TABLE tickets ADD COLUMN scheduled_at timestamptz;

-- One staff change writes several events in one transaction, all with the same timestamp;
-- the sequence keeps them in the order they were written.
ALTER TABLE ticket_events ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;

-- Staff look callers up by number (the search normalises any spelling to E.164).
CREATE INDEX tickets_by_customer_phone ON tickets (customer_id, contact_phone);

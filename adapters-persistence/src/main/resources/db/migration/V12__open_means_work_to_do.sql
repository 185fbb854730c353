-- Open means work still to do: a DONE job is finished, so a new request of the same contact and
-- day opens a ticket of its own instead of joining the finished one.
DROP INDEX tickets_one_open_per_dedupe_key;
CREATE UNIQUE INDEX tickets_one_open_per_dedupe_key ON tickets (dedupe_key)
    WHERE status IN ('NEW', 'NEEDS_CALLBACK', 'SCHEDULED', 'IN_PROGRESS');

-- The key follows the contact. Keys written before a phone correction moved them are moved now,
-- unless the move would collide with another open ticket of that contact and day (then the old
-- key stays, as before, and staff see two tickets).
UPDATE tickets ticket
SET dedupe_key = ticket.customer_id || ':' || ticket.contact_phone || ':'
                 || (ticket.created_at AT TIME ZONE business.timezone)::date
FROM customers business
WHERE business.id = ticket.customer_id
  AND ticket.contact_phone IS NOT NULL AND ticket.dedupe_key IS NOT NULL
  AND ticket.dedupe_key <> ticket.customer_id || ':' || ticket.contact_phone || ':'
                           || (ticket.created_at AT TIME ZONE business.timezone)::date
  AND NOT EXISTS (
      SELECT 1 FROM tickets other
      WHERE other.dedupe_key = ticket.customer_id || ':' || ticket.contact_phone || ':'
                               || (ticket.created_at AT TIME ZONE business.timezone)::date
        AND other.status IN ('NEW', 'NEEDS_CALLBACK', 'SCHEDULED', 'IN_PROGRESS'));

-- A queued SMS that no longer holds when it falls due is dropped as superseded, with the reason.
ALTER TABLE outbound_sms DROP CONSTRAINT outbound_sms_status_check;
ALTER TABLE outbound_sms ADD CONSTRAINT outbound_sms_status_check
    CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'cancelled', 'superseded'));
ALTER TABLE outbound_sms ADD COLUMN superseded_at timestamptz, ADD COLUMN superseded_reason text;

-- Whether a missed-call SMS's caller has written since: the claim looks up the caller's inbound SMS.
CREATE INDEX sms_log_inbound_by_sender ON sms_log (customer_id, from_number, created_at) WHERE direction = 'inbound';

-- Privacy (SPEC §4.11): the consent a wizard ticket was submitted with, and the anonymisation of idle tickets.

-- Which consent text the customer agreed to, and when; null for channels that need none (manual, SMS reply).
ALTER TABLE tickets ADD COLUMN consent_version text;
ALTER TABLE tickets ADD COLUMN consented_at timestamptz;

-- Set once the ticket's personal data is gone; the row stays so that counts and reports keep their totals.
ALTER TABLE tickets ADD COLUMN anonymised_at timestamptz;

-- The anonymisation job looks for idle tickets oldest first and then for recent activity per ticket.
CREATE INDEX tickets_awaiting_anonymisation ON tickets (updated_at) WHERE anonymised_at IS NULL;
CREATE INDEX sms_log_by_ticket ON sms_log (ticket_id, created_at) WHERE ticket_id IS NOT NULL;
CREATE INDEX outbound_email_by_ticket ON outbound_email (ticket_id) WHERE ticket_id IS NOT NULL;

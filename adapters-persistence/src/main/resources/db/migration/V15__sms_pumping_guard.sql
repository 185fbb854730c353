-- SMS pumping guard (docs/domain-rules.md, SMS pumping guard).
-- A queued SMS to a country outside SMS_ALLOWED_COUNTRIES is refused when it falls due, with the reason.
ALTER TABLE outbound_sms DROP CONSTRAINT outbound_sms_status_check;
ALTER TABLE outbound_sms ADD CONSTRAINT outbound_sms_status_check
    CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'cancelled', 'superseded', 'refused'));
ALTER TABLE outbound_sms ADD COLUMN refused_at timestamptz, ADD COLUMN refused_reason text;

-- At most daily_sms_cap SMS per business and local day; further ones wait. The business and the
-- operator are told once a day: sms_cap_noticed_on is the last local day they were.
ALTER TABLE customers ADD COLUMN daily_sms_cap integer NOT NULL DEFAULT 300 CHECK (daily_sms_cap >= 0),
    ADD COLUMN sms_cap_noticed_on date;

-- Each claim counts the business's SMS sent since the start of its day: a range of this index, where
-- V6's (customer_id, purpose, sent_at) would read every SMS the business ever sent.
CREATE INDEX outbound_sms_sent_today ON outbound_sms (customer_id, sent_at) WHERE status = 'sent';

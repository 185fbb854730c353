-- Call forwarding and urgent alerts (docs/domain-rules.md, Call forwarding and urgent alerts).
-- ring_seconds: how long a call to the SMS number rings at the business's phone (Twilio's Dial timeout).
-- alert_phone: the mobile number told by SMS of every urgent request; none when null.
ALTER TABLE customers
    ADD COLUMN ring_seconds integer NOT NULL DEFAULT 20 CHECK (ring_seconds BETWEEN 5 AND 120),
    ADD COLUMN alert_phone text;

-- One urgent alert per ticket, whichever instance or path (intake, reply, staff) raised it first:
-- the alert is queued with ON CONFLICT DO NOTHING against this index.
CREATE UNIQUE INDEX outbound_sms_one_urgent_alert_per_ticket ON outbound_sms (ticket_id)
    WHERE purpose = 'urgent_alert';

-- Whether a queued SMS may go out during the tenant's quiet hours (SPEC §4.4): decided when it is
-- queued (a HIGH ticket's confirmation or appointment notice), and needed again when a transient
-- failure is retried, so a non-urgent retry waits for the end of the quiet hours too.
ALTER TABLE outbound_sms ADD COLUMN urgent boolean NOT NULL DEFAULT false;

-- Messages still waiting were queued by the same rule: a HIGH ticket's SMS about that ticket.
UPDATE outbound_sms queued SET urgent = true
FROM tickets ticket
WHERE ticket.id = queued.ticket_id AND ticket.urgency = 'HIGH'
  AND queued.purpose IN ('confirmation', 'appointment') AND queued.status IN ('pending', 'sending');

-- Reports (issue 6 §1–2): wizard visits for the captured rate, how each inbound SMS was read for
-- "replies by option", and when a tenant was deactivated for the churn rate.

-- One row per opened wizard; only the business and the time, nothing about the visitor.
CREATE TABLE wizard_visits (
    id          uuid PRIMARY KEY,
    customer_id uuid        NOT NULL REFERENCES customers (id),
    visited_at  timestamptz NOT NULL
);
CREATE INDEX wizard_visits_by_customer ON wizard_visits (customer_id, visited_at);

-- Kept apart from the body, so the counts survive the anonymisation of SMS bodies.
ALTER TABLE sms_log ADD COLUMN reply_kind text
    CHECK (reply_kind IN ('option_1', 'option_2', 'option_3', 'free_text', 'opt_out', 'opt_in'));

-- Set when active goes from true to false, cleared when the tenant comes back; tenants already
-- inactive get their last change as the best estimate there is.
ALTER TABLE customers ADD COLUMN deactivated_at timestamptz;
UPDATE customers SET deactivated_at = updated_at WHERE NOT active;

CREATE INDEX outbound_sms_sent_by_customer ON outbound_sms (customer_id, purpose, sent_at) WHERE status = 'sent';

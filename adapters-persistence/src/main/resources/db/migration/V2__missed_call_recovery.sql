-- Missed-call recovery: every inbound call, blocklisted and undeliverable numbers, and
-- idempotent inbound SMS.

CREATE TABLE calls (
    call_sid         text PRIMARY KEY,
    customer_id      uuid        NOT NULL REFERENCES customers (id),
    from_number      text        NOT NULL,
    caller_e164      text,
    to_number        text        NOT NULL,
    call_status      text,
    dial_call_status text,
    outcome          text        NOT NULL CHECK (outcome IN ('missed', 'answered', 'other')),
    -- What missed-call recovery did about it: 'sms_queued' or the reason no SMS went out.
    decision         text,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL
);
CREATE INDEX calls_by_caller ON calls (customer_id, caller_e164, created_at);
CREATE INDEX calls_by_customer ON calls (customer_id, created_at);

CREATE TABLE blocklist (
    customer_id   uuid        NOT NULL REFERENCES customers (id),
    phone         text        NOT NULL,
    blocked_until timestamptz NOT NULL,
    reason        text        NOT NULL,
    PRIMARY KEY (customer_id, phone)
);

-- Numbers the SMS provider called invalid or a landline: never texted again by that tenant.
CREATE TABLE undeliverable_numbers (
    customer_id uuid        NOT NULL REFERENCES customers (id),
    phone       text        NOT NULL,
    reason      text        NOT NULL,
    marked_at   timestamptz NOT NULL,
    PRIMARY KEY (customer_id, phone)
);

-- A provider delivering the same inbound message twice must not create a second reply.
CREATE UNIQUE INDEX sms_log_inbound_once ON sms_log (customer_id, provider_id) WHERE direction = 'inbound';

CREATE INDEX outbound_sms_by_recipient ON outbound_sms (customer_id, to_number, purpose, created_at);

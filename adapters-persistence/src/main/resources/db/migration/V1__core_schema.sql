-- Core schema: tenants, tickets with their audit log, the SMS log and the durable outbound queue.
-- Table and column names follow the user's documents (seeds 02 §2, technical-architecture.md).

CREATE TABLE customers (
    id                              uuid PRIMARY KEY,
    name                            text        NOT NULL,
    slug                            text        NOT NULL UNIQUE,
    phone                           text,
    email                           text        NOT NULL,
    sms_number                      text        UNIQUE,
    -- The seeds name the sending number twice; one stored value keeps them from drifting apart.
    twilio_number                   text GENERATED ALWAYS AS (sms_number) STORED,
    website_domain                  text,
    google_review_link              text,
    timezone                        text        NOT NULL DEFAULT 'Europe/Zurich',
    quiet_hours_start               time        NOT NULL DEFAULT '21:00',
    quiet_hours_end                 time        NOT NULL DEFAULT '07:00',
    sla_response_minutes            integer     NOT NULL DEFAULT 120 CHECK (sla_response_minutes > 0),
    review_delay_hours              integer     NOT NULL DEFAULT 2 CHECK (review_delay_hours >= 0),
    plan                            text        NOT NULL DEFAULT 'pilot'
                                                CHECK (plan IN ('pilot', 'starter', 'pro', 'premium')),
    config                          jsonb       NOT NULL DEFAULT '{}',
    modules                         jsonb       NOT NULL DEFAULT '{}',
    active                          boolean     NOT NULL DEFAULT true,
    onboarded_at                    timestamptz,
    missed_call_delay_seconds       integer     NOT NULL DEFAULT 45 CHECK (missed_call_delay_seconds BETWEEN 0 AND 300),
    missed_call_dedupe_minutes      integer     NOT NULL DEFAULT 15 CHECK (missed_call_dedupe_minutes >= 0),
    missed_call_daily_sms_limit     integer     NOT NULL DEFAULT 3 CHECK (missed_call_daily_sms_limit >= 0),
    missed_call_blocklist_threshold integer     NOT NULL DEFAULT 5 CHECK (missed_call_blocklist_threshold >= 1),
    sla_pause_weekends              boolean     NOT NULL DEFAULT true,
    canton                          text,
    updated_at                      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE staff_tokens (
    token_hash  text PRIMARY KEY,
    customer_id uuid        NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL,
    revoked_at  timestamptz
);

CREATE TABLE tickets (
    id                     uuid PRIMARY KEY,
    customer_id            uuid        NOT NULL REFERENCES customers (id),
    source                 text        NOT NULL
                                       CHECK (source IN ('wizard', 'missed_call', 'sms_reply', 'whatsapp', 'email', 'manual')),
    status                 text        NOT NULL
                                       CHECK (status IN ('NEW', 'NEEDS_CALLBACK', 'SCHEDULED', 'IN_PROGRESS', 'DONE', 'CLOSED')),
    intent                 text,
    urgency                text        NOT NULL CHECK (urgency IN ('LOW', 'MED', 'HIGH')),
    contact_phone          text,
    contact_email          text,
    contact_name           text,
    summary                text        NOT NULL DEFAULT '',
    metadata               jsonb       NOT NULL DEFAULT '{}',
    dedupe_key             text,
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL,
    sla_deadline           timestamptz,
    job_completed_at       timestamptz,
    review_request_sent_at timestamptz,
    review_clicked         boolean     NOT NULL DEFAULT false
);

-- Dedupe lives here, not only in Java: one open ticket per key, whatever the number of writers.
CREATE UNIQUE INDEX tickets_one_open_per_dedupe_key ON tickets (dedupe_key) WHERE status <> 'CLOSED';
CREATE INDEX tickets_by_customer_newest_first ON tickets (customer_id, created_at DESC, id DESC);

CREATE TABLE ticket_events (
    id          uuid PRIMARY KEY,
    customer_id uuid        NOT NULL REFERENCES customers (id),
    ticket_id   uuid        NOT NULL REFERENCES tickets (id),
    event_type  text        NOT NULL,
    old_value   text,
    new_value   text,
    metadata    jsonb       NOT NULL DEFAULT '{}',
    created_at  timestamptz NOT NULL
);
CREATE INDEX ticket_events_by_ticket ON ticket_events (ticket_id, created_at);

CREATE TABLE sms_log (
    id          uuid PRIMARY KEY,
    customer_id uuid        NOT NULL REFERENCES customers (id),
    ticket_id   uuid REFERENCES tickets (id),
    direction   text        NOT NULL CHECK (direction IN ('outbound', 'inbound')),
    from_number text,
    to_number   text,
    body        text,
    provider_id text,
    status      text        NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE INDEX sms_log_by_customer ON sms_log (customer_id, created_at);

-- The durable outbound queue: written in the transaction of the change that causes the SMS,
-- claimed by dispatchers with FOR UPDATE SKIP LOCKED under a lease.
CREATE TABLE outbound_sms (
    id          uuid PRIMARY KEY,
    customer_id uuid        NOT NULL REFERENCES customers (id),
    ticket_id   uuid REFERENCES tickets (id),
    purpose     text        NOT NULL,
    to_number   text        NOT NULL,
    from_number text,
    body        text        NOT NULL,
    created_at  timestamptz NOT NULL,
    due_at      timestamptz NOT NULL,
    status      text        NOT NULL DEFAULT 'pending'
                            CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'cancelled')),
    attempts    integer     NOT NULL DEFAULT 0,
    claimed_at  timestamptz,
    sent_at     timestamptz,
    failed_at   timestamptz,
    provider_id text,
    last_error  text
);
CREATE INDEX outbound_sms_waiting ON outbound_sms (due_at) WHERE status IN ('pending', 'sending');
CREATE INDEX outbound_sms_by_ticket ON outbound_sms (ticket_id, purpose) WHERE ticket_id IS NOT NULL;

CREATE TABLE sms_opt_outs (
    customer_id  uuid        NOT NULL REFERENCES customers (id),
    phone        text        NOT NULL,
    opted_out_at timestamptz NOT NULL,
    PRIMARY KEY (customer_id, phone)
);

-- Stream events are numbered after their transaction commits instead of while it commits
-- (docs/scale-out.md, The realtime stream across instances). V19 locked the business's row in
-- stream_sequences from the commit's trigger to the commit's end, so one business's writes committed
-- one after another, each waiting for the last one's flush to disk (bench/README.md: a single
-- business's intake SQL lost about a third of its rate), and the NOTIFY each of those transactions sent
-- made every writing transaction of every business wait for the others at commit (PostgreSQL orders
-- notifications under one lock held to the end of the commit). Now the committing transaction only adds
-- its events to stream_pending, unnumbered and without a notification, and each instance's stream
-- listener numbers whatever has been committed every 100 ms, in one transaction of its own, and notifies
-- once per business with news. Numbering transactions run one at a time,
-- so a business's sequence still follows the order in which its events became visible: an event with a
-- higher sequence is never visible before one with a lower sequence, and a client that resumes after an
-- id misses nothing.

-- Committed events waiting for their number. Rows live for milliseconds; no personal data.
CREATE TABLE stream_pending (
    position       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id    uuid        NOT NULL,
    type           text        NOT NULL,
    change         text        NOT NULL,
    message_status text,
    ticket_id      uuid        NOT NULL,
    status         text        NOT NULL,
    urgency        text        NOT NULL,
    assigned_to    uuid,
    sla_deadline   timestamptz,
    at             timestamptz NOT NULL
);
ALTER TABLE stream_pending ENABLE ROW LEVEL SECURITY;
CREATE POLICY only_current_tenant ON stream_pending USING (customer_id = current_tenant());
GRANT INSERT ON stream_pending TO opsfabric_app;

-- Still called by the triggers of V19, at commit, with the ticket as the transaction leaves it.
CREATE OR REPLACE FUNCTION stream_append(business uuid, ticket uuid, stream_type text, change text,
                                         message_status text, happened timestamptz) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO stream_pending (customer_id, type, change, message_status, ticket_id, status, urgency, assigned_to,
                                sla_deadline, at)
    SELECT business, stream_type, change, message_status, t.id, t.status, t.urgency, t.assigned_to, t.sla_deadline,
           happened
    FROM tickets t WHERE t.id = ticket;
END
$$;

-- Numbers every committed pending event, per business in the order they were added, and tells the
-- listeners which businesses have news (channel stream_events, as before); returns how many businesses
-- were told. Called by the service's stream listeners, which connect as the owner: it reads and writes
-- every business's rows.
CREATE FUNCTION stream_number_pending() RETURNS integer
    LANGUAGE plpgsql AS $$
DECLARE
    business uuid;
    told integer := 0;
BEGIN
    -- One numbering transaction at a time across all instances; while another instance numbers, this
    -- call leaves what committed meanwhile to either one's next call.
    IF NOT pg_try_advisory_xact_lock(hashtext('stream_number_pending')) THEN
        RETURN 0;
    END IF;
    FOR business IN
        WITH taken AS (
            DELETE FROM stream_pending RETURNING *
        ), counts AS (
            SELECT customer_id, count(*) AS events FROM taken GROUP BY customer_id
        ), advanced AS (
            INSERT INTO stream_sequences AS counter (customer_id, last_sequence)
            SELECT customer_id, events FROM counts
            ON CONFLICT (customer_id) DO UPDATE SET last_sequence = counter.last_sequence + excluded.last_sequence
            RETURNING customer_id, last_sequence
        ), added AS (
            INSERT INTO stream_events (customer_id, sequence, type, change, message_status, ticket_id, status, urgency,
                                       assigned_to, sla_deadline, at)
            SELECT taken.customer_id,
                   advanced.last_sequence - counts.events
                       + row_number() OVER (PARTITION BY taken.customer_id ORDER BY taken.position),
                   taken.type, taken.change, taken.message_status, taken.ticket_id, taken.status, taken.urgency,
                   taken.assigned_to, taken.sla_deadline, taken.at
            FROM taken JOIN counts USING (customer_id) JOIN advanced USING (customer_id)
            RETURNING customer_id
        )
        SELECT customer_id FROM added GROUP BY customer_id
    LOOP
        PERFORM pg_notify('stream_events', business::text);
        told := told + 1;
    END LOOP;
    RETURN told;
END
$$;

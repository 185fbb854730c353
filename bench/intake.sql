-- Exactly the statements one wizard intake sends (SubmitInquiryService → TicketIntake → Confirmations
-- → BusinessInbox and the stores), for pgbench, grouped into round trips as the service groups them:
-- the tenant comes from the service's memory (TenantDirectory), so it is passed in (-D cid=…); the
-- tenant's name goes with the ticket insert (which carries the wizard's consent), the event and routing
-- e-mail go with the opt-out check, the SMS before COMMIT (Sql.updateWithNext; `\;` joins statements into one message). Each
-- run is a new customer; the ticket id, made in Java by the service, is made from two random numbers
-- here, so no extra statement is needed, and the second one ends the dedupe key too (a repeated first
-- number would otherwise join a ticket, and the event of a ticket not inserted fails the run). Run it as the service's role
-- (PGOPTIONS='-c role=opsfabric_app'), so row level security costs pgbench what it costs the service.
\set n random(1, 1000000000)
\set m random(1, 1000000000)
BEGIN;
SELECT coalesce(current_setting('app.customer_id', true), '') AS previous, set_config('app.customer_id', ':cid', true) \;
INSERT INTO tickets (id, customer_id, source, status, intent, urgency, contact_phone, contact_email, contact_name, summary,
                     metadata, dedupe_key, created_at, updated_at, sla_deadline, job_completed_at, consent_version,
                     consented_at)
VALUES (md5(:n || ':' || :m)::uuid, ':cid', 'wizard', 'NEW', 'sanitaer_notfall', 'MED', '+4178:n', 'kundin@example.ch', 'Kundin',
        'Wasserhahn in der Küche tropft seit gestern, bitte um Rückruf am Vormittag.',
        CAST('{"plz":"8001","ort":"Zürich","preferred_time":"vormittags"}' AS jsonb), ':cid:+4178:n:2026-11-22:m',
        now(), now(), now() + interval '2 hours', NULL, '2026-02-10', now())
ON CONFLICT (dedupe_key) WHERE status IN ('NEW', 'NEEDS_CALLBACK', 'SCHEDULED', 'IN_PROGRESS') DO NOTHING;
INSERT INTO ticket_events (id, customer_id, ticket_id, event_type, old_value, new_value, metadata, created_at, actor)
VALUES (gen_random_uuid(), ':cid', md5(:n || ':' || :m)::uuid, 'created', NULL, 'NEW', CAST('{"source":"wizard","urgency":"MED"}' AS jsonb), now(), 'customer') \;
INSERT INTO outbound_email (id, customer_id, ticket_id, purpose, to_address, subject, body, created_at, due_at)
VALUES (gen_random_uuid(), ':cid', md5(:n || ':' || :m)::uuid, 'new_request', 'bench@example.ch', '[OpsFabric] Neue Anfrage: sanitaer_notfall — MED',
        'Kundin | 078 ... Anfrage: Wasserhahn ...', now(), now()) \;
SELECT 1 FROM sms_opt_outs WHERE customer_id = ':cid' AND phone = '+4178:n';
INSERT INTO outbound_sms (id, customer_id, ticket_id, purpose, to_number, from_number, body, created_at, due_at, urgent)
VALUES (gen_random_uuid(), ':cid', md5(:n || ':' || :m)::uuid, 'confirmation', '+4178:n', '+41435550000',
        'Danke Kundin, Ihre Anfrage ist eingegangen. Wir melden uns bis heute 12:00.', now(), now(), false);
COMMIT;

-- Exactly the statements one wizard intake runs (SubmitInquiryService → TicketIntake → Confirmations
-- → BusinessInbox and the stores), for pgbench: the tenant lookup on its own, then one transaction for
-- the tenant, in which a new customer's ticket is inserted at once. Each run is a new customer. Ids the
-- service makes in Java come from one extra SELECT here (\gset); nothing else is added. Run it as the
-- service's role (PGOPTIONS='-c role=opsfabric_app'), so row level security costs pgbench what it
-- costs the service.
\set n random(1, 1000000000)
SELECT gen_random_uuid() AS tid, gen_random_uuid() AS eid, gen_random_uuid() AS sid, gen_random_uuid() AS mid \gset
SELECT id AS cid, name, slug, phone, email, sms_number, website_domain, google_review_link, timezone, quiet_hours_start,
       quiet_hours_end, sla_response_minutes, review_delay_hours, plan, active, modules, missed_call_delay_seconds,
       missed_call_dedupe_minutes, missed_call_daily_sms_limit, missed_call_blocklist_threshold, sla_pause_weekends,
       canton, config
  FROM customers WHERE slug = 'bench-intake' \gset
BEGIN;
SELECT coalesce(current_setting('app.customer_id', true), '') AS previous, set_config('app.customer_id', ':cid', true);
INSERT INTO tickets (id, customer_id, source, status, intent, urgency, contact_phone, contact_email, contact_name, summary,
                     metadata, dedupe_key, created_at, updated_at, sla_deadline, job_completed_at)
VALUES (':tid', ':cid', 'wizard', 'NEW', 'sanitaer_notfall', 'MED', '+4178:n', 'kundin@example.ch', 'Kundin',
        'Wasserhahn in der Küche tropft seit gestern, bitte um Rückruf am Vormittag.',
        CAST('{"plz":"8001","ort":"Zürich","preferred_time":"vormittags"}' AS jsonb), ':cid:+4178:n:2026-11-22',
        now(), now(), now() + interval '2 hours', NULL)
ON CONFLICT (dedupe_key) WHERE status IN ('NEW', 'NEEDS_CALLBACK', 'SCHEDULED', 'IN_PROGRESS') DO NOTHING;
INSERT INTO ticket_events (id, customer_id, ticket_id, event_type, old_value, new_value, metadata, created_at)
VALUES (gen_random_uuid(), ':cid', ':tid', 'created', NULL, 'NEW', CAST('{"source":"wizard","urgency":"MED"}' AS jsonb), now());
INSERT INTO outbound_email (id, customer_id, ticket_id, purpose, to_address, subject, body, created_at, due_at)
VALUES (':eid', ':cid', ':tid', 'new_request', 'bench@example.ch', '[OpsFabric] Neue Anfrage: sanitaer_notfall — MED',
        'Kundin | 078 ... Anfrage: Wasserhahn ...', now(), now());
UPDATE tickets SET consent_version = '2026-02-10', consented_at = now() WHERE id = ':tid' AND customer_id = ':cid';
SELECT 1 FROM sms_opt_outs WHERE customer_id = ':cid' AND phone = '+4178:n';
INSERT INTO outbound_sms (id, customer_id, ticket_id, purpose, to_number, from_number, body, created_at, due_at)
VALUES (':sid', ':cid', ':tid', 'confirmation', '+4178:n', '+41435550000',
        'Danke Kundin, Ihre Anfrage ist eingegangen. Wir melden uns bis heute 12:00.', now(), now());
COMMIT;

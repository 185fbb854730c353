-- Staff-query data set for bench/staff-queries.sh, set-based (INSERT … SELECT generate_series).
-- Needs the tenants provisioned through the API first, slugs staff-000 … staff-099;
-- staff-000 is the big tenant. psql variables: :tickets (total, 1000000), :big (tickets of staff-000, 100000).
-- Ids are time-ordered (the creation's milliseconds in the first 48 bits, then hash bits), as a
-- UUIDv7 would be, so the primary keys are loaded in order; the service itself uses random UUIDs.
\set ON_ERROR_STOP on
SET synchronous_commit = off;
SET maintenance_work_mem = '256MB';

CREATE TEMP TABLE bench_tenants AS
SELECT row_number() OVER (ORDER BY slug) - 1 AS k, id, sms_number FROM customers WHERE slug LIKE 'staff-%';

-- Tickets: created over the 12 months before now, inserted oldest first like a real table fills.
INSERT INTO tickets (id, customer_id, source, status, intent, urgency, contact_phone, contact_email, contact_name,
                     summary, metadata, dedupe_key, created_at, updated_at, sla_deadline, job_completed_at,
                     review_request_sent_at, review_clicked, scheduled_at, consent_version, consented_at)
SELECT (lpad(to_hex((extract(epoch FROM g.created_at) * 1000)::bigint), 12, '0') || '7'
            || substr(md5(g.n::text), 1, 19))::uuid,
       t.id, g.source, g.status, g.intent, g.urgency, g.phone,
       CASE WHEN g.r3 < 0.4 THEN lower(translate(g.last, 'äöüé', 'aoue')) || g.n % 1000 || '@example.ch' END,
       CASE WHEN g.source <> 'missed_call' OR g.r3 < 0.3 THEN g.first || ' ' || g.last END,
       g.summary,
       CASE WHEN g.source = 'wizard' AND g.r3 < 0.2 THEN '{"ref": "missed_call"}'::jsonb ELSE '{}'::jsonb END,
       -- one open ticket per key: the key carries the ticket's number, so it is unique over all tickets
       g.source || ':' || g.phone || ':' || g.n,
       g.created_at,
       g.created_at + interval '2 hours' * g.r3,
       g.created_at + interval '2 hours',
       CASE WHEN g.status IN ('DONE', 'CLOSED') THEN g.created_at + interval '3 days' * g.r2 END,
       CASE WHEN g.status = 'DONE' AND g.r3 < 0.6 THEN g.created_at + interval '3 days' * g.r2 + interval '2 hours' END,
       g.status = 'DONE' AND g.r3 < 0.15,
       CASE WHEN g.status = 'SCHEDULED' THEN g.created_at + interval '5 days' * g.r2 END,
       CASE WHEN g.source = 'wizard' THEN '2026-01' END,
       CASE WHEN g.source = 'wizard' THEN g.created_at END
FROM (
    SELECT n, r1, r2, r3,
           CASE WHEN n <= :big THEN 0 ELSE 1 + n % 99 END AS k,
           now() - interval '365 days' * r1 AS created_at,
           CASE WHEN r2 < 0.40 THEN 'wizard' WHEN r2 < 0.70 THEN 'missed_call' WHEN r2 < 0.80 THEN 'sms_reply'
                WHEN r2 < 0.90 THEN 'email' WHEN r2 < 0.95 THEN 'whatsapp' ELSE 'manual' END AS source,
           CASE WHEN r3 < 0.10 THEN 'NEW' WHEN r3 < 0.20 THEN 'NEEDS_CALLBACK' WHEN r3 < 0.30 THEN 'SCHEDULED'
                WHEN r3 < 0.40 THEN 'IN_PROGRESS' WHEN r3 < 0.80 THEN 'DONE' ELSE 'CLOSED' END AS status,
           CASE WHEN (n * 7) % 100 < 50 THEN 'LOW' WHEN (n * 7) % 100 < 85 THEN 'MED' ELSE 'HIGH' END AS urgency,
           (ARRAY['leak', 'blocked_drain', 'heating', 'boiler', 'installation', 'quote'])[1 + n % 6] AS intent,
           -- Swiss mobiles, 769,231 distinct numbers for 1,000,000 tickets (≈ 1.3 tickets per number)
           '+417' || (ARRAY['5', '6', '7', '8', '9'])[1 + ((n * 7919) % 769231) % 5]
               || lpad(((n * 7919) % 769231)::text, 7, '0') AS phone,
           (ARRAY['Anna', 'Peter', 'Maria', 'Hans', 'Ursula', 'Daniel', 'Ruth', 'Thomas', 'Monika', 'Martin',
                  'Elisabeth', 'Christian', 'Verena', 'Marco', 'Sandra', 'Beat', 'Claudia', 'Stefan', 'Nicole',
                  'Reto', 'Laura', 'Luca', 'Sara', 'Jonas', 'Lea'])[1 + (n / 7) % 25] AS first,
           (ARRAY['Müller', 'Meier', 'Schmid', 'Keller', 'Weber', 'Huber', 'Schneider', 'Meyer', 'Steiner',
                  'Fischer', 'Gerber', 'Brunner', 'Baumann', 'Frei', 'Zimmermann', 'Moser', 'Widmer', 'Wyss',
                  'Graf', 'Roth', 'Suter', 'Baumgartner', 'Bachmann', 'Studer', 'Bucher', 'Berger', 'Kaufmann',
                  'Kunz', 'Hofmann', 'Lüthi', 'Marti', 'Bühler', 'Koch', 'Frey', 'Egli', 'Arnold', 'Sutter',
                  'Favre', 'Bianchi', 'Rossi'])[1 + (n / 3) % 40] AS last,
           (ARRAY['Wasserhahn in der Küche tropft seit gestern', 'Abfluss im Bad verstopft, Wasser läuft nicht ab',
                  'Heizung bleibt kalt, Druck zu tief', 'Boiler macht Geräusche und heizt nicht mehr',
                  'Offerte für neues Badezimmer gewünscht', 'Rohrbruch im Keller, bitte dringend zurückrufen',
                  'WC-Spülung läuft dauernd nach', 'Boilerentkalkung fällig, Termin gewünscht',
                  'Verpasster Anruf, Rückruf erwünscht', 'Geschirrspüler anschliessen',
                  'Radiator im Schlafzimmer wird nicht warm', 'Duschtasse undicht, Wasserfleck an der Decke'])
               [1 + (n / 11) % 12] AS summary
    FROM (SELECT n::bigint AS n, random() AS r1, random() AS r2, random() AS r3 FROM generate_series(1, :tickets) AS n) AS s
) AS g
JOIN bench_tenants t ON t.k = g.k
ORDER BY g.created_at;

-- Three events per ticket: created, a staff status change, an SMS sent (a few review clicks among them).
INSERT INTO ticket_events (id, customer_id, ticket_id, event_type, old_value, new_value, metadata, created_at)
SELECT (lpad(to_hex((extract(epoch FROM t.created_at) * 1000)::bigint + e.k), 12, '0') || '7'
            || substr(md5(t.id::text || e.k), 1, 19))::uuid,
       t.customer_id, t.id,
       CASE e.k WHEN 0 THEN 'created' WHEN 1 THEN 'sms_sent'
                ELSE CASE WHEN t.review_clicked THEN 'review_clicked' ELSE 'status_changed' END END,
       CASE WHEN e.k = 2 AND NOT t.review_clicked THEN 'NEW' END,
       CASE WHEN e.k = 2 AND NOT t.review_clicked THEN t.status END,
       CASE WHEN e.k = 2 THEN '{"by": "staff"}'::jsonb ELSE '{}'::jsonb END,
       t.created_at + CASE e.k WHEN 0 THEN interval '0' WHEN 1 THEN interval '40 seconds'
                               ELSE interval '30 minutes' + interval '20 hours' * ((hashtext(t.id::text) & 1023) / 1023.0) END
FROM tickets t CROSS JOIN generate_series(0, 2) AS e(k)
ORDER BY t.created_at, e.k;

-- One SMS per ticket in the log (the confirmation; one in ten tickets has a reply instead) and the
-- matching sent row of the outbound queue, which the monthly report reads too.
INSERT INTO sms_log (id, customer_id, ticket_id, direction, from_number, to_number, body, provider_id, status,
                     created_at, delivery_status, reply_kind)
SELECT (lpad(to_hex((extract(epoch FROM t.created_at) * 1000)::bigint + 40000), 12, '0') || '7'
            || substr(md5(t.id::text || 'sms'), 1, 19))::uuid,
       t.customer_id, t.id,
       CASE WHEN r.inbound THEN 'inbound' ELSE 'outbound' END,
       CASE WHEN r.inbound THEN t.contact_phone ELSE c.sms_number END,
       CASE WHEN r.inbound THEN c.sms_number ELSE t.contact_phone END,
       CASE WHEN r.inbound THEN '1' ELSE 'Danke für Ihre Anfrage. Wir melden uns innert 2 Stunden. Antworten Sie 1 für Rückruf.' END,
       'SM' || md5(t.id::text), 'sent', t.created_at + interval '40 seconds',
       CASE WHEN NOT r.inbound THEN 'delivered' END,
       CASE WHEN r.inbound THEN 'option_1' END
FROM tickets t
JOIN customers c ON c.id = t.customer_id
CROSS JOIN LATERAL (SELECT (hashtext(t.id::text) % 10) = 0 AS inbound) r
ORDER BY t.created_at;

INSERT INTO outbound_sms (id, customer_id, ticket_id, purpose, to_number, from_number, body, created_at, due_at,
                          status, attempts, sent_at, provider_id)
SELECT (lpad(to_hex((extract(epoch FROM t.created_at) * 1000)::bigint + 1), 12, '0') || '7'
            || substr(md5(t.id::text || 'out'), 1, 19))::uuid,
       t.customer_id, t.id, CASE WHEN t.source = 'missed_call' THEN 'missed_call' ELSE 'confirmation' END,
       t.contact_phone, c.sms_number,
       'Danke für Ihre Anfrage. Wir melden uns innert 2 Stunden.', t.created_at, t.created_at, 'sent', 1,
       t.created_at + interval '40 seconds', 'SM' || md5(t.id::text)
FROM tickets t JOIN customers c ON c.id = t.customer_id
ORDER BY t.created_at;

ANALYZE;

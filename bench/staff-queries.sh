#!/usr/bin/env bash
# Staff queries at scale (issue 7 §1): 100 tenants provisioned through the API, 1,000,000 tickets
# (one tenant holding 100,000) with 3 events, 1 sms_log row and 1 sent outbound_sms each, generated
# set-based (bench/staff-data.sql). Then, one request at a time (bench/staff_queries.py): cursor
# pages of 50 with filters at page 1 and deep pages reached by walking next_cursor, search by phone
# (four spellings) and by name, the monthly report of the big tenant, and its CSV export with the
# service's RSS before, during and after. Prints the table figure | target | measured | met? and the
# plans (EXPLAIN (ANALYZE, BUFFERS)) of the list and search statements of TicketListSql.
# The search and report figures are measured twice in the same run: first without the indexes of
# V9__search_trigram_indexes.sql (dropped before the load), then after building them from that file.
# Usage: bench/staff-queries.sh     (about 8–12 minutes on 2 cores; output also in /tmp/opsfabric-staff.*)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
source bench/lib/postgres.sh
export ADMIN_TOKEN=bench-admin
export OPSFABRIC_JOBS_ENABLED=false OPSFABRIC_REVIEW_REQUESTS_ENABLED=false
PORT=18120
[ -f bootstrap/target/opsfabric.jar ] || ./mvnw -q -DskipTests package
WORK=$(mktemp -d /tmp/opsfabric-staff.XXXXXX)
trap 'kill ${SERVICE_PID:-0} 2>/dev/null || true; stop_postgres' EXIT
T0=$(date +%s)
elapsed() { echo "$(( $(date +%s) - T0 )) s"; }

start_postgres 55437
# Bulk load without a checkpoint every few seconds; the query settings stay PostgreSQL's defaults.
psql "$DB_URL" -qc "ALTER SYSTEM SET max_wal_size = '8GB'" -c "SELECT pg_reload_conf()" >/dev/null
start_service "$PORT" "$WORK/service.log"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%Y-%m-%dT%H:%MZ); PostgreSQL $(psql "$DB_URL" -At -c 'SHOW server_version'); shared_buffers $(psql "$DB_URL" -At -c 'SHOW shared_buffers')"

for k in $(seq 0 99); do
    slug=$(printf 'staff-%03d' "$k")
    curl -sf -X POST "http://localhost:$PORT/api/admin/customers" -H "Authorization: Bearer $ADMIN_TOKEN" \
        -H 'Content-Type: application/json' \
        -d "{\"name\": \"Sanitär $k AG\", \"slug\": \"$slug\", \"email\": \"$slug@example.ch\",
             \"sms_number\": \"+4143555$(printf '%04d' "$k")\"}" \
        | python3 -c "import json, sys; print('$slug', json.load(sys.stdin)['staff_token'])"
done >"$WORK/tokens"
echo "provisioned $(wc -l <"$WORK/tokens") tenants through the API ($(elapsed))"

# The service migrated an empty database; V9's indexes are built after the load, as on a live database.
V9=adapters-persistence/src/main/resources/db/migration/V9__search_trigram_indexes.sql
V9_INDEXES=$(grep -oP '^CREATE INDEX \K\w+' "$V9" | paste -sd,)
psql "$DB_URL" -qc "DROP INDEX $V9_INDEXES"
psql "$DB_URL" -q -v tickets=1000000 -v big=100000 -f bench/staff-data.sql
psql "$DB_URL" -At -F ' ' -c "SELECT 'generated: tickets', (SELECT count(*) FROM tickets),
        'events', (SELECT count(*) FROM ticket_events), 'sms_log', (SELECT count(*) FROM sms_log),
        'outbound_sms', (SELECT count(*) FROM outbound_sms),
        'big tenant', (SELECT count(*) FROM tickets t JOIN customers c ON c.id = t.customer_id WHERE c.slug = 'staff-000'),
        'database', pg_size_pretty(pg_database_size('opsfabric'))"
echo "data generated and analysed ($(elapsed))"

echo "without V9's indexes ($V9_INDEXES):"
python3 bench/staff_queries.py "$PORT" "$SERVICE_PID" "$WORK/tokens" "$DB_URL" search-and-report \
    2>"$WORK/progress-without-v9.log" | tee "$WORK/table-without-v9.md"
V9_STARTED=$(date +%s)
psql "$DB_URL" -q -c "SET maintenance_work_mem = '256MB'" -f "$V9" -c "ANALYZE tickets"
echo "V9's indexes built in $(( $(date +%s) - V9_STARTED )) s; with them:"
python3 bench/staff_queries.py "$PORT" "$SERVICE_PID" "$WORK/tokens" "$DB_URL" 2>"$WORK/progress.log" | tee "$WORK/table.md"
echo "measured ($(elapsed)); progress in $WORK/progress*.log"

# The statements of TicketListSql with the values bound, as the service sends them.
BIG=$(psql "$DB_URL" -At -c "SELECT id FROM customers WHERE slug = 'staff-000'")
IFS='|' read -r AT ID < <(psql "$DB_URL" -At -c "SELECT created_at, id FROM tickets WHERE customer_id = '$BIG'
    ORDER BY created_at DESC, id DESC OFFSET 50000 LIMIT 1")
PHONE=$(psql "$DB_URL" -At -c "SELECT contact_phone FROM tickets WHERE customer_id = '$BIG' LIMIT 1")
COLS="id, customer_id, source, status, intent, urgency, contact_phone, contact_email, contact_name, summary, metadata, dedupe_key, created_at, updated_at, sla_deadline, job_completed_at, scheduled_at, review_request_sent_at, review_clicked"
plan() {
    echo
    echo "-- $1"
    echo '```'
    psql "$DB_URL" -At -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT $COLS FROM tickets WHERE customer_id = '$BIG' $2" \
        | grep -v '^ *Planning:$'
    echo '```'
}
{
    plan "page 1000 (row 50,000), no filter" \
        "AND (created_at, id) < ('$AT', '$ID') ORDER BY created_at DESC, id DESC LIMIT 50"
    plan "page 1, status=NEW & urgency=HIGH" \
        "AND status IN ('NEW') AND urgency IN ('HIGH') ORDER BY created_at DESC, id DESC LIMIT 50"
    plan "search by phone (any spelling becomes E.164)" \
        "AND contact_phone = '$PHONE' ORDER BY created_at DESC, id DESC LIMIT 50"
    plan "search by a name not present" \
        "AND (contact_name ILIKE '%Zwahlen%' ESCAPE '\\' OR summary ILIKE '%Zwahlen%' ESCAPE '\\') ORDER BY created_at DESC, id DESC LIMIT 50"
    plan "search full name 'Reto Bianchi'" \
        "AND (contact_name ILIKE '%Reto Bianchi%' ESCAPE '\\' OR summary ILIKE '%Reto Bianchi%' ESCAPE '\\') ORDER BY created_at DESC, id DESC LIMIT 50"
    plan "search a phrase not present made of common words 'Rohrbruch Keller'" \
        "AND (contact_name ILIKE '%Rohrbruch Keller%' ESCAPE '\\' OR summary ILIKE '%Rohrbruch Keller%' ESCAPE '\\') ORDER BY created_at DESC, id DESC LIMIT 50"
    plan "search common word 'Boiler'" \
        "AND (contact_name ILIKE '%Boiler%' ESCAPE '\\' OR summary ILIKE '%Boiler%' ESCAPE '\\') ORDER BY created_at DESC, id DESC LIMIT 50"
    plan "search by a number fragment '123 45'" \
        "AND (contact_name ILIKE '%123 45%' ESCAPE '\\' OR summary ILIKE '%123 45%' ESCAPE '\\' OR contact_phone LIKE '%12345%') ORDER BY created_at DESC, id DESC LIMIT 50"
    for statement in \
        "SELECT count(*) FROM tickets WHERE customer_id = '$BIG' AND review_request_sent_at >= '2026-10-01' AND review_request_sent_at < '2026-11-01'" \
        "SELECT count(*) FROM ticket_events WHERE customer_id = '$BIG' AND event_type = 'review_clicked' AND created_at >= '2026-10-01' AND created_at < '2026-11-01'" \
        "SELECT avg(extract(epoch FROM s.first_move - t.created_at)) FROM tickets t CROSS JOIN LATERAL (SELECT min(e.created_at) AS first_move FROM ticket_events e WHERE e.ticket_id = t.id AND e.event_type = 'status_changed' AND e.metadata->>'by' IS DISTINCT FROM 'customer_reply') s WHERE t.customer_id = '$BIG' AND t.created_at >= '2026-10-01' AND t.created_at < '2026-11-01' AND s.first_move IS NOT NULL" \
        "SELECT avg(extract(epoch FROM c.first_sent - t.created_at)) FROM tickets t CROSS JOIN LATERAL (SELECT min(o.sent_at) AS first_sent FROM outbound_sms o WHERE o.ticket_id = t.id AND o.purpose = 'confirmation' AND o.status = 'sent') c WHERE t.customer_id = '$BIG' AND t.created_at >= '2026-10-01' AND t.created_at < '2026-11-01' AND c.first_sent IS NOT NULL"; do
        echo; echo "-- monthly report: ${statement:0:90}…"; echo '```'
        psql "$DB_URL" -At -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) $statement"
        echo '```'
    done
} | tee "$WORK/plans.md"
echo "done ($(elapsed)); table in $WORK/table.md, plans in $WORK/plans.md"

#!/usr/bin/env bash
# Staff queries at scale (issue 7 §1): 100 tenants provisioned through the API, 1,000,000 tickets
# (one tenant holding 100,000) with 3 events, 1 sms_log row and 1 sent outbound_sms each, generated
# set-based (bench/staff-data.sql). Then, one request at a time (bench/staff_queries.py): cursor
# pages of 50 with filters at page 1 and deep pages reached by walking next_cursor, search by phone
# (four spellings) and by name, the monthly report of the big tenant, and its CSV export with the
# service's RSS before, during and after. Prints the table figure | target | measured | met? and the
# plans (EXPLAIN (ANALYZE, BUFFERS)) of the list and search statements of TicketListSql.
# The search and report figures are measured twice in the same run: first without the search indexes
# (the trigram indexes of V9 and V13 and V9's review-request index, dropped before the load), then after
# building them again exactly as the migrations defined them.
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

# The service migrated an empty database; the search indexes are built after the load, as on a live
# database, from the definitions the migrations left (pg_indexes), so the bench follows the migrations.
psql "$DB_URL" -At -c "SELECT indexdef || ';' FROM pg_indexes WHERE tablename = 'tickets'
        AND (indexname LIKE '%\_trigrams' OR indexname = 'tickets_review_requests_by_customer') ORDER BY indexname" \
    >"$WORK/search-indexes.sql"
SEARCH_INDEXES=$(grep -oP '^CREATE INDEX \K\w+' "$WORK/search-indexes.sql" | paste -sd,)
psql "$DB_URL" -qc "DROP INDEX $SEARCH_INDEXES"
psql "$DB_URL" -q -v tickets=1000000 -v big=100000 -f bench/staff-data.sql
psql "$DB_URL" -At -F ' ' -c "SELECT 'generated: tickets', (SELECT count(*) FROM tickets),
        'events', (SELECT count(*) FROM ticket_events), 'sms_log', (SELECT count(*) FROM sms_log),
        'outbound_sms', (SELECT count(*) FROM outbound_sms),
        'big tenant', (SELECT count(*) FROM tickets t JOIN customers c ON c.id = t.customer_id WHERE c.slug = 'staff-000'),
        'database', pg_size_pretty(pg_database_size('opsfabric'))"
echo "data generated and analysed ($(elapsed))"

echo "without the search indexes ($SEARCH_INDEXES):"
python3 bench/staff_queries.py "$PORT" "$SERVICE_PID" "$WORK/tokens" "$DB_URL" search-and-report \
    2>"$WORK/progress-without-indexes.log" | tee "$WORK/table-without-indexes.md"
INDEXES_STARTED=$(date +%s)
psql "$DB_URL" -q -c "SET maintenance_work_mem = '256MB'" -f "$WORK/search-indexes.sql" -c "ANALYZE tickets"
echo "search indexes built in $(( $(date +%s) - INDEXES_STARTED )) s; with them:"
psql "$DB_URL" -At -F ' ' -c "SELECT indexname, pg_size_pretty(pg_relation_size(indexname::regclass))
        FROM pg_indexes WHERE tablename = 'tickets' AND indexname LIKE '%\_trigrams' ORDER BY indexname"
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
    # TicketListSql's text condition: the stored folded name and summary (V13) against the folded term
    text() { echo "(contact_name_folded LIKE search_pattern('$1') OR summary_folded LIKE search_pattern('$1')${2:+ OR contact_phone LIKE '%$2%'})"; }
    plan "search by a name not present" "AND $(text Zwahlen) ORDER BY created_at DESC, id DESC LIMIT 50"
    plan "search full name 'Reto Bianchi'" "AND $(text 'Reto Bianchi') ORDER BY created_at DESC, id DESC LIMIT 50"
    plan "search 'mueller' (finds Müller)" "AND $(text mueller) ORDER BY created_at DESC, id DESC LIMIT 50"
    plan "search full name 'reto buehler' (finds Reto Bühler)" \
        "AND $(text 'reto buehler') ORDER BY created_at DESC, id DESC LIMIT 50"
    plan "search a phrase not present made of common words 'Rohrbruch Keller'" \
        "AND $(text 'Rohrbruch Keller') ORDER BY created_at DESC, id DESC LIMIT 50"
    plan "search common word 'Boiler'" "AND $(text Boiler) ORDER BY created_at DESC, id DESC LIMIT 50"
    plan "search by a number fragment '123 45'" "AND $(text '123 45' 12345) ORDER BY created_at DESC, id DESC LIMIT 50"
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

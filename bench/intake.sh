#!/usr/bin/env bash
# Intake against the database's own limit: wrk drives POST /api/ticket (a new customer each time,
# realistic bodies) against the service on the machine's PostgreSQL; in the same run and on the same
# server pgbench runs
#   - the ceiling, bench/limit/intake.sql: the least SQL a new request needs (ticket, event, SMS and
#     e-mail rows in one transaction), the figure the service is judged by (service ÷ ceiling), and
#   - bench/intake.sql: the statements the service itself sends (service ÷ own SQL; this makes heavy SQL
#     look free, so it is only the second figure).
# Also reports, per request during the wrk step, the CPU the service's JVM and PostgreSQL used, the
# bytes the JVM allocated and its write calls (round trips).
# Usage: bench/intake.sh [SECONDS_PER_STEP]     (default 15)
#   INTAKE_CONNECTIONS="2 16"   the wrk connection counts (default 2 4 8 16 32 64)
#   INTAKE_WARMUP=60            seconds of load before the first step, while the JIT compiles (default 60)
#   INTAKE_BREAKDOWN=1          pg_stat_statements on: statements and PostgreSQL execution
#                               time per request, and each statement's share at 16 connections
#   INTAKE_JFR=/tmp/intake.jfr  a flight recording of the service (CPU and allocation samples); read it
#                               with `jfr view hot-methods FILE` and `jfr view allocation-by-site FILE`
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
source bench/lib/postgres.sh
STEP=${1:-15}
STEPS=${INTAKE_CONNECTIONS:-2 4 8 16 32 64}
BREAKDOWN=${INTAKE_BREAKDOWN:-0}
export ADMIN_TOKEN=bench-admin
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
[ -f bootstrap/target/opsfabric.jar ] || ./mvnw -q -DskipTests package
LOG=$(mktemp /tmp/opsfabric-intake.XXXXXX.log)
trap 'kill ${SERVICE_PID:-0} 2>/dev/null || true; stop_postgres' EXIT

[ "$BREAKDOWN" = 1 ] && export POSTGRES_EXTRA_OPTIONS="-c shared_preload_libraries=pg_stat_statements"
[ -n "${INTAKE_JFR:-}" ] && export SERVICE_JAVA_OPTIONS="-XX:StartFlightRecording=filename=$INTAKE_JFR,settings=profile"
start_postgres 55436
LIMIT_URL="${DB_URL%/*}/bench_limit"
psql "$DB_URL" -qc "CREATE DATABASE bench_limit" >/dev/null
# The dispatchers would compete with intake for the two cores; this measures intake alone.
OPSFABRIC_JOBS_ENABLED=false start_service 18110 "$LOG"
curl -sf -X POST "http://localhost:18110/api/admin/customers" -H "Authorization: Bearer $ADMIN_TOKEN" \
    -H 'Content-Type: application/json' -d '{"name": "Bench Sanitär AG", "slug": "bench-intake",
    "email": "bench@example.ch", "sms_number": "+41435550000", "quiet_hours_start": "00:00", "quiet_hours_end": "00:00"}' >/dev/null
[ "$BREAKDOWN" = 1 ] && psql "$DB_URL" -qc "CREATE EXTENSION pg_stat_statements" >/dev/null
TENANT_ID=$(psql "$DB_URL" -At -c "SELECT id FROM customers WHERE slug = 'bench-intake'")
# Warm-up: the JIT compiler is still busy for tens of seconds after the first requests; with only 5 s of
# warm-up its threads took 0.5–0.75 ms of CPU per request of the first steps, a cost of starting, not of
# a request (INTAKE_WARMUP=5 shows it).
wrk -t2 -c16 -d"${INTAKE_WARMUP:-60}s" -s bench/intake.lua http://localhost:18110 -- 0 >/dev/null

# CPU in clock ticks: the service's JVM, and the whole PostgreSQL cluster (pg_ticks, bench/lib/postgres.sh).
TICK_MS=$(( 1000 / $(getconf CLK_TCK) ))
jvm_ticks() { awk '{print $14 + $15}' "/proc/$SERVICE_PID/stat"; }
# The JVM's write calls: one per HTTP answer and one per database round trip (the driver flushes once
# per round trip), so their count per request shows round trips however statements are grouped.
jvm_writes() { awk '/^syscw/ {print $2}' "/proc/$SERVICE_PID/io"; }
# Bytes the JVM allocated (Micrometer's jvm_gc_memory_allocated_bytes_total, counted at each
# collection, so one is asked for first): per request, the figure least disturbed by other load.
allocated() {
    "$JAVA_HOME/bin/jcmd" "$SERVICE_PID" GC.run >/dev/null
    curl -sf http://localhost:18110/prometheus | awk '/^jvm_gc_memory_allocated_bytes_total/ {print $2}'
}
per_request() { python3 -c "print(round($1 / $2, ${3:-2}))"; }
# What the service sent during a step, from pg_stat_statements: statements other than BEGIN (which the
# driver sends together with the first statement of a transaction) and their execution time; the
# statements themselves are kept for the breakdown. Several statements may share a round trip.
STATEMENT_FILTER="dbid = (SELECT oid FROM pg_database WHERE datname = 'opsfabric') AND query <> 'BEGIN'
    AND query NOT LIKE '%pg_stat_statements%'"

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%Y-%m-%dT%H:%MZ); PostgreSQL $(psql "$DB_URL" -At -c 'SHOW server_version'); load average $(cut -d' ' -f1-3 /proc/loadavg)"
HEADER="| connections | service req/s | p50 | p99 | non-2xx | ceiling tps (bench/limit) | **service ÷ ceiling** | pgbench tps, service's own SQL | service ÷ own SQL | JVM CPU ms/req | JVM KiB allocated/req | JVM write calls/req | PostgreSQL CPU ms/req |"
[ "$BREAKDOWN" = 1 ] && HEADER="$HEADER statements/req | PostgreSQL exec ms/req |"
echo "$HEADER"
echo "$HEADER" | sed 's/[^|]\+/---/g'
# Each step starts from a vacuumed and checkpointed database: otherwise autovacuum, woken by the rows the
# step before inserted, competes for the two cores with whichever of the two happens to run next, and the
# checkpoint that the warm-up's or an earlier step's WAL makes due (max_wal_size) flushes its pages during
# the next step, whose commits then wait for the disk (a p99 of 70–180 ms at 2 connections, 2026-12-03).
settle() { psql "$DB_URL" -qc "VACUUM ANALYZE" >/dev/null; psql "$DB_URL" -qc "CHECKPOINT" >/dev/null; }
pgbench_tps() {   # URL CONNECTIONS FILE [PGOPTIONS [pgbench options]]
    local tps
    tps=$(PGOPTIONS="${4:-}" pgbench -n -c "$2" -j 2 -T "$STEP" "${@:5}" -f "$3" "$1" 2>"$LOG.pgbench" | awk '/^tps/ && !seen {print $3; seen = 1}' || true)
    # A statement the schema no longer takes fails every pgbench transaction: say so instead of a ratio.
    [ -n "$tps" ] || { echo "pgbench $3 failed; its errors:" >&2; head -5 "$LOG.pgbench" >&2; exit 1; }
    echo "$tps"
}
RUN=0
SUMMARY=""
for CONNECTIONS in $STEPS; do
    RUN=$((RUN + 1))
    settle
    [ "$BREAKDOWN" = 1 ] && psql "$DB_URL" -qc "SELECT pg_stat_statements_reset()" >/dev/null
    JVM_BEFORE=$(jvm_ticks); PG_BEFORE=$(pg_ticks); ALLOCATED_BEFORE=$(allocated); WRITES_BEFORE=$(jvm_writes)
    OUT=$(wrk -t2 -c"$CONNECTIONS" -d"${STEP}s" --latency -s bench/intake.lua http://localhost:18110 -- "$RUN")
    JVM_CPU=$(( ($(jvm_ticks) - JVM_BEFORE) * TICK_MS )); PG_CPU=$(( ($(pg_ticks) - PG_BEFORE) * TICK_MS ))
    WRITES=$(( $(jvm_writes) - WRITES_BEFORE ))
    ALLOCATED_KB=$(python3 -c "print(($(allocated) - $ALLOCATED_BEFORE) / 1024)")
    REQUESTS=$(echo "$OUT" | awk '/requests in/ {print $1}')
    RPS=$(echo "$OUT" | awk '/Requests\/sec/ {print $2}')
    P50=$(echo "$OUT" | awk '$1 == "50%" {print $2}')
    P99=$(echo "$OUT" | awk '$1 == "99%" {print $2}')
    ERRORS=$(echo "$OUT" | awk '/Non-2xx/ {print $NF}')
    EXTRA=""
    if [ "$BREAKDOWN" = 1 ]; then
        read -r CALLS EXEC_MS < <(psql "$DB_URL" -At -F' ' -c "SELECT sum(calls), round(sum(total_exec_time)::numeric, 1)
            FROM pg_stat_statements WHERE $STATEMENT_FILTER")
        EXTRA=" $(per_request "$CALLS" "$REQUESTS" 1) | $(per_request "$EXEC_MS" "$REQUESTS" 3) |"
        psql "$DB_URL" -At -F' | ' -c "SELECT round(calls::numeric / $REQUESTS, 2), round(mean_exec_time::numeric, 3),
                left(regexp_replace(query, '\s+', ' ', 'g'), 110)
            FROM pg_stat_statements WHERE $STATEMENT_FILTER ORDER BY total_exec_time DESC LIMIT 20" \
            > "$LOG.statements-$CONNECTIONS"
    fi
    POOL=$(( CONNECTIONS < 16 ? CONNECTIONS : 16 ))
    settle
    OWN_TPS=$(pgbench_tps "$DB_URL" "$POOL" bench/intake.sql "-c role=opsfabric_app" -D "cid=$TENANT_ID")
    psql -q "$LIMIT_URL" -f bench/limit/schema.sql >/dev/null 2>&1
    CEILING_TPS=$(pgbench_tps "$LIMIT_URL" "$CONNECTIONS" bench/limit/intake.sql)
    RATIO=$(per_request "$RPS" "$CEILING_TPS")
    echo "| $CONNECTIONS | $RPS | $P50 | $P99 | ${ERRORS:-0} | $CEILING_TPS | **$RATIO** | $OWN_TPS | $(per_request "$RPS" "$OWN_TPS") | $(per_request "$JVM_CPU" "$REQUESTS") | $(per_request "$ALLOCATED_KB" "$REQUESTS" 0) | $(per_request "$WRITES" "$REQUESTS" 1) | $(per_request "$PG_CPU" "$REQUESTS") |$EXTRA"
    [ "$CONNECTIONS" = 16 ] && SUMMARY="$SUMMARY service ÷ ceiling at 16 connections: $RATIO (target ≥ 0.5);"
    [ "$CONNECTIONS" = 2 ] && SUMMARY="$SUMMARY p99 at 2 connections: $P99 (target ≤ 25 ms);"
done
[ -n "$SUMMARY" ] && echo "targets:$SUMMARY"
if [ "$BREAKDOWN" = 1 ] && [ -f "$LOG.statements-16" ]; then
    echo
    echo "statements at 16 connections (calls per request | mean exec ms | statement):"
    cat "$LOG.statements-16"
fi

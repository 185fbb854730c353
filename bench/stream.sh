#!/usr/bin/env bash
# The realtime stream under load: STREAMS open streams on one instance (spread over BUSINESSES
# businesses) while wrk posts wizard requests at about RATE per second for SECONDS, against the
# machine's PostgreSQL. Reports how late each event reached the clients (from the event's "at",
# written just before its commit, to its arrival; p50/p99/max after WARMUP seconds), the instance's
# RSS (max) and its CPU. The clients are bench/StreamClients.java, run by the JDK's source launcher.
# Usage: bench/stream.sh [STREAMS] [RATE] [SECONDS] [BUSINESSES]     (defaults: 1000 100 60 10)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
source bench/lib/postgres.sh
STREAMS=${1:-1000}
RATE=${2:-100}
SECONDS_RUN=${3:-60}
BUSINESSES=${4:-10}
WARMUP=10
PORT=18120
export ADMIN_TOKEN=bench-admin
[ -f bootstrap/target/opsfabric.jar ] || ./mvnw -q -DskipTests package
LOG=$(mktemp /tmp/opsfabric-stream.XXXXXX.log)
TOKENS=$(mktemp /tmp/opsfabric-stream-tokens.XXXXXX)
trap 'kill ${CLIENTS_PID:-0} ${SERVICE_PID:-0} 2>/dev/null || true; stop_postgres; rm -f "$TOKENS"' EXIT

start_postgres 55437
# Intake alone writes the events (the dispatchers' SMS events would add to them unevenly).
# The clients here do not reconnect, so streams stay open for the whole run instead of a minute.
OPSFABRIC_STREAM_REAUTHENTICATE=1h OPSFABRIC_JOBS_ENABLED=false start_service $PORT "$LOG"
for n in $(seq 1 "$BUSINESSES"); do
    curl -sf -X POST "http://localhost:$PORT/api/admin/customers" -H "Authorization: Bearer $ADMIN_TOKEN" \
        -H 'Content-Type: application/json' -d "{\"name\": \"Bench $n AG\", \"slug\": \"bench-stream-$n\",
        \"email\": \"bench$n@example.ch\", \"sms_number\": \"+4143555$(printf %04d "$n")\",
        \"quiet_hours_start\": \"00:00\", \"quiet_hours_end\": \"00:00\"}" \
        | python3 -c 'import json, sys; print(json.load(sys.stdin)["staff_token"])' >>"$TOKENS"
done
wrk -t1 -c2 -d5s -s bench/stream.lua "http://localhost:$PORT" -- "$BUSINESSES" 20 >/dev/null   # warm-up

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%Y-%m-%dT%H:%MZ); PostgreSQL $(psql "$DB_URL" -At -c 'SHOW server_version')"
CLIENT_OUT=$(mktemp /tmp/opsfabric-stream-clients.XXXXXX)
"$JAVA_HOME/bin/java" -Xmx256m bench/StreamClients.java "http://localhost:$PORT" "$TOKENS" "$STREAMS" \
    $((SECONDS_RUN + WARMUP)) "$WARMUP" >"$CLIENT_OUT" 2>&1 &
CLIENTS_PID=$!
until grep -q READY "$CLIENT_OUT" 2>/dev/null; do
    kill -0 $CLIENTS_PID 2>/dev/null || { cat "$CLIENT_OUT"; exit 1; }
    sleep 0.5
done
grep "streams open" "$CLIENT_OUT"
echo "gauge: $(curl -s "http://localhost:$PORT/prometheus" | grep '^opsfabric_streams_open')"

# wrk keeps no rate of its own: CONNECTIONS connections, each pausing after every answer, make
# CONNECTIONS × 1000 / (pause + latency) ≈ RATE requests per second while the latency stays small.
CONNECTIONS=$(( RATE / 5 > 2 ? RATE / 5 : 2 ))
PAUSE=$(( CONNECTIONS * 1000 / RATE ))
ticks() { awk '{print $14 + $15}' "/proc/$SERVICE_PID/stat"; }
CPU_BEFORE=$(ticks)
RSS_MAX=0
( while kill -0 $CLIENTS_PID 2>/dev/null; do
      awk '/VmRSS/ {print $2}' "/proc/$SERVICE_PID/status"; sleep 1
  done ) >"$LOG.rss" &
WRK=$(wrk -t1 -c"$CONNECTIONS" -d"$((SECONDS_RUN + WARMUP))s" --latency -s bench/stream.lua "http://localhost:$PORT" -- "$BUSINESSES" "$PAUSE")
CPU_AFTER=$(ticks)
wait $CLIENTS_PID || true
RSS_MAX=$(sort -n "$LOG.rss" | tail -1)
echo "intake: $(echo "$WRK" | awk '/Requests\/sec/ {print $2}') req/s, p99 $(echo "$WRK" | awk '$1 == "99%" {print $2}'), non-2xx $(echo "$WRK" | awk '/Non-2xx/ {print $NF}' | grep . || echo 0)"
grep -v "streams open\|READY" "$CLIENT_OUT"
echo "instance: RSS max $((RSS_MAX / 1024)) MiB; CPU $(python3 -c "print(round(($CPU_AFTER - $CPU_BEFORE) / $(getconf CLK_TCK) / $((SECONDS_RUN + WARMUP)), 2))") cores on average"

# What the stream costs intake: exactly the SQL one intake commits (bench/intake.sql), as the service's
# role, with and without the trigger that copies its event into the stream. One business takes all of it,
# the worst case for anything a business's writers share. The service keeps running (its listener numbers
# the pending events every 100 ms, as it would), with no streams open and no requests.
CUSTOMER_ID=$(provision "$PORT" bench-intake +41435559999)
pgbench_tps() {
    psql "$DB_URL" -qc "VACUUM ANALYZE" >/dev/null
    PGOPTIONS="-c role=opsfabric_app" pgbench -n -c 8 -j 2 -T 15 -D "cid=$CUSTOMER_ID" -f bench/intake.sql "$DB_URL" \
        2>/dev/null | awk '/^tps/ && !seen {print $3; seen = 1}'
}
WITH_TRIGGER=$(pgbench_tps)
psql "$DB_URL" -qc "ALTER TABLE ticket_events DISABLE TRIGGER ticket_events_to_stream" >/dev/null
WITHOUT_TRIGGER=$(pgbench_tps)
psql "$DB_URL" -qc "ALTER TABLE ticket_events ENABLE TRIGGER ticket_events_to_stream" >/dev/null
WITH_AGAIN=$(pgbench_tps)
echo "intake SQL, 8 connections, one business: $WITH_TRIGGER tps with the stream trigger, $WITHOUT_TRIGGER without, $WITH_AGAIN with again"

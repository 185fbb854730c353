#!/usr/bin/env bash
# Memory and start: time from launch to a healthy /health on an external PostgreSQL (the machine's,
# not the embedded one), resident memory idle, then resident memory each minute of MINUTES of mixed
# load: wizard requests (steady_posts.py, 20/s), missed-call webhooks (missed_calls.py, 10/s), the
# staff list and search in a loop, and the dispatch of every SMS they cause (console provider).
# Growth is judged on the minutes after the first (the JIT and the pools settle in the first).
# Usage: bench/footprint.sh [MINUTES]   (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
source bench/lib/postgres.sh
MINUTES=${1:-10}
PORT=18400
export ADMIN_TOKEN=bench-admin OPSFABRIC_RATE_LIMIT_PUBLIC=1000000/1s OPSFABRIC_ALLOW_UNSIGNED_WEBHOOKS=true
[ -f bootstrap/target/opsfabric.jar ] || ./mvnw -q -DskipTests package
trap 'kill ${LOAD_PIDS:-} ${SERVICE_PID:-} 2>/dev/null || true; stop_postgres' EXIT
rss_mib() { echo $(( $(ps -o rss= -p "$1") / 1024 )); }

start_postgres 55438
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%Y-%m-%dT%H:%MZ); load $(cut -d' ' -f1-3 /proc/loadavg); PostgreSQL $(psql "$DB_URL" -At -c 'SHOW server_version')"
# One start to migrate the empty database, then the start that counts: an instance joining a running system.
start_service "$PORT" "$(mktemp /tmp/opsfabric-footprint.XXXXXX.log)"
kill "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true
LOG=$(mktemp /tmp/opsfabric-footprint.XXXXXX.log)
STARTED=$(date +%s.%N)
MICRONAUT_SERVER_PORT=$PORT "$JAVA_HOME/bin/java" @bootstrap/jvm.options -jar bootstrap/target/opsfabric.jar >"$LOG" 2>&1 &
SERVICE_PID=$!
until curl -sf "http://localhost:$PORT/health" >/dev/null; do sleep 0.05; done
READY=$(python3 -c "print(round($(date +%s.%N) - $STARTED, 2))")
sleep 10
IDLE=$(rss_mib "$SERVICE_PID")
echo "start to healthy: $READY s; RSS idle: $IDLE MiB"

ANSWER=$(curl -sf -X POST "http://localhost:$PORT/api/admin/customers" -H "Authorization: Bearer $ADMIN_TOKEN" \
    -H 'Content-Type: application/json' -d '{"name": "Footprint AG", "slug": "footprint", "email": "ops@example.ch",
    "sms_number": "+41435550000", "quiet_hours_start": "00:00", "quiet_hours_end": "00:00", "daily_sms_cap": 1000000}')
TOKEN=$(echo "$ANSWER" | python3 -c 'import json, sys; print(json.load(sys.stdin)["staff_token"])')
SECONDS_TOTAL=$((MINUTES * 60))
LOAD_PIDS=""
python3 bench/steady_posts.py "http://localhost:$PORT" footprint 20 "$SECONDS_TOTAL" >/tmp/opsfabric-footprint-posts.txt &
LOAD_PIDS="$LOAD_PIDS $!"
python3 bench/missed_calls.py "http://localhost:$PORT" "$ADMIN_TOKEN" "$DB_URL" 10 "$SECONDS_TOTAL" 10 >/tmp/opsfabric-footprint-calls.txt 2>&1 &
LOAD_PIDS="$LOAD_PIDS $!"
( end=$((SECONDS + SECONDS_TOTAL)); while [ $SECONDS -lt $end ]; do
      curl -sf -o /dev/null "http://localhost:$PORT/api/tickets?limit=50" -H "Authorization: Bearer $TOKEN"
      curl -sf -o /dev/null "http://localhost:$PORT/api/tickets?q=heizung&limit=50" -H "Authorization: Bearer $TOKEN"
      sleep 0.2
  done ) &
LOAD_PIDS="$LOAD_PIDS $!"
echo "| minute | RSS MiB | tickets | SMS sent |"
echo "|---|---|---|---|"
for minute in $(seq 1 "$MINUTES"); do
    sleep 60
    echo "| $minute | $(rss_mib "$SERVICE_PID") | $(psql "$DB_URL" -At -c 'SELECT count(*) FROM tickets') | $(psql "$DB_URL" -At -c "SELECT count(*) FROM outbound_sms WHERE status = 'sent'") |"
done
wait $LOAD_PIDS 2>/dev/null || true
LOAD_PIDS=""
echo "wizard posts: $(cat /tmp/opsfabric-footprint-posts.txt)"

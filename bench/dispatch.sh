#!/usr/bin/env bash
# Dispatch benchmark: COUNT SMS fall due at once and are sent through the console provider, first
# by one instance, then by two on the same database. Reports messages per second, lateness
# (sent_at - due_at) p50/p99/max, and the SMS sent more than once (must be 0). Also the footprint:
# time from start to /health ready, and resident memory idle and right after the burst.
# Usage: bench/dispatch.sh [COUNT]     (default 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
source bench/lib/postgres.sh
COUNT=${1:-10000}
export ADMIN_TOKEN=bench-admin
[ -f bootstrap/target/opsfabric.jar ] || ./mvnw -q -DskipTests package
trap 'kill ${PIDS:-} 2>/dev/null || true; stop_postgres' EXIT

rss_mib() { echo $(( $(ps -o rss= -p "$1") / 1024 )); }

start_postgres 55435
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%Y-%m-%dT%H:%MZ); PostgreSQL $(psql "$DB_URL" -At -c 'SHOW server_version')"
echo "| instances | SMS | sent | msgs/s | lateness p50 / p99 / max | sent twice | start to ready (last instance) | RSS idle → after burst |"
echo "|---|---|---|---|---|---|---|---|"
for INSTANCES in 1 2; do
    psql "$DB_URL" -qc "TRUNCATE outbound_sms, sms_log, ticket_events, tickets, staff_tokens, customers CASCADE" 2>/dev/null || true
    PIDS=""
    LOGS=()
    for i in $(seq 1 "$INSTANCES"); do
        LOG=$(mktemp /tmp/opsfabric-dispatch.XXXXXX.log)
        STARTED=$(date +%s.%N)
        start_service $((18100 + i)) "$LOG"
        READY=$(python3 -c "print(round($(date +%s.%N) - $STARTED, 1))")
        PIDS="$PIDS $SERVICE_PID"
        LOGS+=("$LOG")
    done
    FIRST_PID=$(echo $PIDS | cut -d" " -f1)
    sleep 3
    IDLE=$(rss_mib "$FIRST_PID")
    TENANT=$(provision 18101 "dispatch-$INSTANCES")
    queue_sms "$TENANT" "$COUNT" 3
    for _ in $(seq 1 600); do
        [ "$(psql "$DB_URL" -At -c "SELECT count(*) FROM outbound_sms WHERE status = 'sent'")" -ge "$COUNT" ] && break
        sleep 0.2
    done
    BURST=$(rss_mib "$FIRST_PID")
    read -r REACHED SENDS < <(count_sends "${LOGS[@]}")
    STATS=$(psql "$DB_URL" -At -F ' ' -c "
        SELECT count(*),
               round(count(*) / greatest(extract(epoch FROM max(sent_at) - min(due_at)), 0.001)),
               round(1000 * percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM sent_at - due_at))),
               round(1000 * percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM sent_at - due_at))),
               round(1000 * max(extract(epoch FROM sent_at - due_at)))
        FROM outbound_sms WHERE status = 'sent'")
    read -r SENT RATE P50 P99 MAX <<<"$STATS"
    echo "| $INSTANCES | $COUNT | $SENT | $RATE | $P50 / $P99 / $MAX ms | $((SENDS - REACHED)) | $READY s | $IDLE → $BURST MiB |"
    kill $PIDS; wait $PIDS 2>/dev/null || true
    PIDS=""
done

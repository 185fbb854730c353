#!/usr/bin/env bash
# Hostile-input check: starts the service on its embedded PostgreSQL with every secret set (so
# signatures and tokens are checked), sends COUNT generated hostile requests across every endpoint,
# and fails on any 5xx, non-JSON error, row written, or unhealthy service afterwards.
# Usage: bench/reliability/hostile-input.sh [COUNT] [SEED]     (defaults: 10000 2026)
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
COUNT=${1:-10000}
SEED=${2:-2026}
PORT=${BENCH_PORT:-18081}
LOG=$(mktemp /tmp/opsfabric-hostile.XXXXXX.log)

[ -f bootstrap/target/opsfabric.jar ] || ./mvnw -q -DskipTests package
OPSFABRIC_RATE_LIMIT_PUBLIC=100000000/1s ADMIN_TOKEN=hostile-admin CRON_SECRET=hostile-cron TWILIO_AUTH_TOKEN=hostile-twilio ECALL_WEBHOOK_SECRET=hostile-ecall EMAIL_WEBHOOK_SECRET=hostile-email INBOUND_EMAIL_DOMAIN=inbound.example \
    OPSFABRIC_DATA_DIR=throwaway MICRONAUT_SERVER_PORT=$PORT "$JAVA_HOME/bin/java" @bootstrap/jvm.options -jar bootstrap/target/opsfabric.jar >"$LOG" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true; wait $SERVICE 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
    curl -sf "http://localhost:$PORT/health" >/dev/null && break
    sleep 0.5
done
JDBC=$(grep -o 'jdbc:postgresql://[^ ]*' "$LOG" | head -1)
PORT_DB=$(echo "$JDBC" | sed -E 's#jdbc:postgresql://localhost:([0-9]+)/.*#\1#')
python3 bench/reliability/hostile_input.py "http://localhost:$PORT" \
    "postgresql://postgres:postgres@localhost:$PORT_DB/postgres" "$COUNT" "$SEED"

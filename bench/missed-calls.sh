#!/usr/bin/env bash
# Missed-call benchmark: starts the service on its embedded PostgreSQL (or on DATASOURCES_DEFAULT_URL),
# drives RATE missed calls per second for DURATION seconds and reports webhook latency and SMS lateness.
# Usage: bench/missed-calls.sh [RATE] [DURATION] [WARMUP]     (defaults: 100 60 10)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
RATE=${1:-100}
DURATION=${2:-60}
WARMUP=${3:-10}
PORT=${BENCH_PORT:-18080}
LOG=$(mktemp /tmp/opsfabric-bench.XXXXXX.log)

[ -f bootstrap/target/opsfabric.jar ] || ./mvnw -q -DskipTests package
# The benchmark posts unsigned JSON callbacks; on DATASOURCES_DEFAULT_URL they would be refused (503).
OPSFABRIC_ALLOW_UNSIGNED_WEBHOOKS=true ADMIN_TOKEN=bench-admin OPSFABRIC_DATA_DIR=throwaway MICRONAUT_SERVER_PORT=$PORT "$JAVA_HOME/bin/java" @bootstrap/jvm.options -jar bootstrap/target/opsfabric.jar >"$LOG" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true; wait $SERVICE 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
    curl -sf "http://localhost:$PORT/health" >/dev/null && break
    sleep 0.5
done

if [ -n "${DATASOURCES_DEFAULT_URL:-}" ]; then
    PSQL_URL=${BENCH_PSQL_URL:?set BENCH_PSQL_URL to a psql URL for the configured database}
else
    JDBC=$(grep -o 'jdbc:postgresql://[^ ]*' "$LOG" | head -1)
    PORT_DB=$(echo "$JDBC" | sed -E 's#jdbc:postgresql://localhost:([0-9]+)/.*#\1#')
    PSQL_URL="postgresql://postgres:postgres@localhost:$PORT_DB/postgres"
fi
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%Y-%m-%dT%H:%MZ)"
python3 bench/missed_calls.py "http://localhost:$PORT" bench-admin "$PSQL_URL" "$RATE" "$DURATION" "$WARMUP"

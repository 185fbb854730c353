#!/usr/bin/env bash
# Intake against the database's own limit: wrk drives POST /api/ticket (a new customer each time,
# realistic bodies) at rising concurrency against the service on the machine's PostgreSQL; in the
# same run pgbench replays exactly the SQL one intake commits (bench/intake.sql). Reports requests/s,
# latency p50/p99, and the ratio service ÷ pgbench. wrk is installed from Debian when missing.
# Usage: bench/intake.sh [SECONDS_PER_STEP]     (default 15)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
source bench/lib/postgres.sh
STEP=${1:-15}
export ADMIN_TOKEN=bench-admin
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
[ -f bootstrap/target/opsfabric.jar ] || ./mvnw -q -DskipTests package
LOG=$(mktemp /tmp/opsfabric-intake.XXXXXX.log)
trap 'kill ${SERVICE_PID:-0} 2>/dev/null || true; stop_postgres' EXIT

start_postgres 55436
# The dispatchers would compete with intake for the two cores; this measures intake alone.
OPSFABRIC_JOBS_ENABLED=false start_service 18110 "$LOG"
curl -sf -X POST "http://localhost:18110/api/admin/customers" -H "Authorization: Bearer $ADMIN_TOKEN" \
    -H 'Content-Type: application/json' -d '{"name": "Bench Sanitär AG", "slug": "bench-intake",
    "email": "bench@example.ch", "sms_number": "+41435550000", "quiet_hours_start": "00:00", "quiet_hours_end": "00:00"}' >/dev/null
wrk -t2 -c8 -d5s -s bench/intake.lua http://localhost:18110 -- 0 >/dev/null   # warm-up

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%Y-%m-%dT%H:%MZ); PostgreSQL $(psql "$DB_URL" -At -c 'SHOW server_version')"
echo "| connections | service req/s | p50 | p99 | non-2xx | pgbench tps (same SQL, same connections) | service ÷ pgbench |"
echo "|---|---|---|---|---|---|---|"
# Each step starts from a vacuumed database: otherwise autovacuum, woken by the rows the step before
# inserted, competes for the two cores with whichever of the two happens to run next.
settle() { psql "$DB_URL" -qc "VACUUM ANALYZE" >/dev/null; }
RUN=0
for CONNECTIONS in 4 8 16 32 64; do
    RUN=$((RUN + 1))
    settle
    OUT=$(wrk -t2 -c"$CONNECTIONS" -d"${STEP}s" --latency -s bench/intake.lua http://localhost:18110 -- "$RUN")
    RPS=$(echo "$OUT" | awk '/Requests\/sec/ {print $2}')
    P50=$(echo "$OUT" | awk '$1 == "50%" {print $2}')
    P99=$(echo "$OUT" | awk '$1 == "99%" {print $2}')
    ERRORS=$(echo "$OUT" | awk '/Non-2xx/ {print $NF}')
    POOL=$(( CONNECTIONS < 16 ? CONNECTIONS : 16 ))
    settle
    TPS=$(PGOPTIONS="-c role=opsfabric_app" pgbench -n -c "$POOL" -j 2 -T "$STEP" -f bench/intake.sql "$DB_URL" 2>"$LOG.pgbench" | awk '/^tps/ && !seen {print $3; seen = 1}' || true)
    # A statement the schema no longer takes fails every pgbench transaction: say so instead of a ratio.
    [ -n "$TPS" ] || { echo "pgbench failed; its errors:"; head -5 "$LOG.pgbench"; exit 1; }
    RATIO=$(python3 -c "print(round($RPS / $TPS, 2))")
    echo "| $CONNECTIONS | $RPS | $P50 | $P99 | ${ERRORS:-0} | $TPS | $RATIO |"
done

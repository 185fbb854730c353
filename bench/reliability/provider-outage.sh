#!/usr/bin/env bash
# Provider outage: wizard posts at RATE per second (a new phone number each) while the SMS provider,
# a loopback stub of Twilio's Messages API (twilio_stub.py), answers 503 with Retry-After for
# OUTAGE_SECONDS. Intake must not notice (every post 2xx, latency as before the outage), and once
# the provider is back every queued confirmation must reach its recipient exactly once, no retry
# coming sooner than the service's retry delay or the provider's Retry-After.
# Takes 10 s warm-up + 30 s + OUTAGE_SECONDS + 30 s of load, then waits for the retries: about
# 2.5 min (Retry-After 150 s) after the provider's return, at most 8 min.
# Usage: bench/reliability/provider-outage.sh [OUTAGE_SECONDS] [RATE]     (defaults: 120 50)
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
source bench/lib/postgres.sh
OUTAGE_SECONDS=${1:-120}
RATE=${2:-50}
# Longer than the service's first retry delay (2 min), so the run shows Retry-After is honoured.
RETRY_AFTER=150
STUB_PORT=18097
export ADMIN_TOKEN=reliability-admin SMS_PROVIDER=twilio TWILIO_AUTH_TOKEN=outage-stub-token \
    TWILIO_ACCOUNT_SID=AC0123456789abcdef0123456789abcdef TWILIO_BASE_URL=http://127.0.0.1:$STUB_PORT
LOG=$(mktemp /tmp/opsfabric-provider-outage.XXXXXX.log)
[ -f bootstrap/target/opsfabric.jar ] || ./mvnw -q -DskipTests package
trap 'kill ${SERVICE_PID:-0} ${STUB_PID:-0} 2>/dev/null || true; stop_postgres' EXIT

python3 bench/reliability/twilio_stub.py "$STUB_PORT" "$RETRY_AFTER" &
STUB_PID=$!
start_postgres 55438
start_service 18096 "$LOG"
provision 18096 provider-outage >/dev/null
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%Y-%m-%dT%H:%MZ);" \
    "outage ${OUTAGE_SECONDS} s at $RATE posts/s; stub answers 503 with Retry-After: $RETRY_AFTER"
python3 bench/reliability/provider_outage.py http://localhost:18096 "http://127.0.0.1:$STUB_PORT" "$DB_URL" \
    "$OUTAGE_SECONDS" "$RATE" "$RETRY_AFTER" || FAILED=1
# Anything but this script stopping the service would make the counts above meaningless.
kill -0 "$SERVICE_PID" 2>/dev/null || { echo "the service exited during the run; see $LOG"; exit 1; }
exit "${FAILED:-0}"

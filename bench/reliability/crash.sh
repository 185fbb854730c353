#!/usr/bin/env bash
# Crash test: COUNT SMS fall due, the instance sending them is killed with SIGKILL in the middle of
# the dispatch, and a new instance takes over. Every SMS must go out at least once; duplicates are
# at most the messages that were in flight (claimed, not yet recorded) at the kill.
# Usage: bench/reliability/crash.sh [COUNT]     (default 10000)
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
source bench/lib/postgres.sh
COUNT=${1:-10000}
export ADMIN_TOKEN=reliability-admin OPSFABRIC_SMS_CLAIM_LEASE=10s
LOG_A=$(mktemp /tmp/opsfabric-crash-a.XXXXXX.log)
LOG_B=$(mktemp /tmp/opsfabric-crash-b.XXXXXX.log)
[ -f bootstrap/target/opsfabric.jar ] || ./mvnw -q -DskipTests package
trap 'kill -9 ${SERVICE_PID:-0} 2>/dev/null || true; stop_postgres' EXIT

start_postgres 55432
start_service 18090 "$LOG_A"
TENANT=$(provision 18090 crash-test)
queue_sms "$TENANT" "$COUNT" 3
sent() { psql "$DB_URL" -At -c "SELECT count(*) FILTER (WHERE status = 'sent') FROM outbound_sms"; }
until [ "$(sent)" -ge $((COUNT / 4)) ]; do sleep 0.05; done
kill -9 "$SERVICE_PID"
wait "$SERVICE_PID" 2>/dev/null || true
IN_FLIGHT=$(psql "$DB_URL" -At -c "SELECT count(*) FROM outbound_sms WHERE status = 'sending'")
SENT_AT_KILL=$(sent)
echo "killed instance A with SIGKILL: $SENT_AT_KILL sent, $IN_FLIGHT in flight (claimed, not recorded)"

start_service 18091 "$LOG_B"
for _ in $(seq 1 240); do
    [ "$(sent)" -ge "$COUNT" ] && break
    sleep 0.5
done
read -r REACHED SENDS < <(count_sends "$LOG_A" "$LOG_B")
DUPLICATES=$((SENDS - REACHED))
echo "| SMS due | sent at kill | in flight at kill | numbers reached | sends | duplicates |"
echo "|---|---|---|---|---|---|"
echo "| $COUNT | $SENT_AT_KILL | $IN_FLIGHT | $REACHED | $SENDS | $DUPLICATES |"
if [ "$REACHED" -eq "$COUNT" ] && [ "$DUPLICATES" -le "$IN_FLIGHT" ]; then
    echo "1 passed, 0 failed: every SMS sent at least once; duplicates ($DUPLICATES) <= in flight at the kill ($IN_FLIGHT)"
else
    echo "0 passed, 1 failed"
    exit 1
fi

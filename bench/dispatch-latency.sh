#!/usr/bin/env bash
# Dispatch at a real provider's latency: COUNT SMS of BUSINESSES businesses fall due at once and go
# to a Twilio-shaped stub that answers each message after LATENCY_MS (bench/slow_twilio.py), first
# through one instance, then two on the same database. Reports messages per second (first due to
# last accepted), SMS sent twice (must be 0) and, with SMS_SENDER_MPS set in the environment, the
# most messages one sender number handed over in any second. Each instance count first drains rounds of the
# same size, not counted, while the JIT compiler warms up (DISPATCH_WARMUP rounds, default 3).
# Usage: bench/dispatch-latency.sh [COUNT] [LATENCY_MS] [BUSINESSES]   (defaults 10000 150 20)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
source bench/lib/postgres.sh
COUNT=${1:-10000}
LATENCY_MS=${2:-150}
BUSINESSES=${3:-20}
STUB_PORT=18190
export ADMIN_TOKEN=bench-admin SMS_PROVIDER=twilio TWILIO_AUTH_TOKEN=bench-stub-token \
    TWILIO_ACCOUNT_SID=AC0123456789abcdef0123456789abcdef TWILIO_BASE_URL=http://127.0.0.1:$STUB_PORT
[ -f bootstrap/target/opsfabric.jar ] || ./mvnw -q -DskipTests package
trap 'kill ${PIDS:-} ${STUB_PID:-} 2>/dev/null || true; stop_postgres' EXIT

start_postgres 55436
python3 bench/slow_twilio.py "$STUB_PORT" "$LATENCY_MS" &
STUB_PID=$!
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$STUB_PORT/stats" >/dev/null && break; sleep 0.1; done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%Y-%m-%dT%H:%MZ); load $(cut -d' ' -f1-3 /proc/loadavg); PostgreSQL $(psql "$DB_URL" -At -c 'SHOW server_version')"
echo "provider latency ${LATENCY_MS} ms; parallel sends per instance ${OPSFABRIC_SMS_DISPATCH_PARALLEL_SENDS:-default}; SMS_SENDER_MPS ${SMS_SENDER_MPS:-unset}"
# queue_round NAME RECIPIENT_PREFIX SENDER_PREFIX: COUNT SMS of BUSINESSES new businesses, due in 5 s.
queue_round() {
    for b in $(seq 1 "$BUSINESSES"); do
        TENANT=$(provision 18201 "$1-$INSTANCES-$b")
        # Each business its own sender number and its own recipients.
        psql "$DB_URL" -qc "UPDATE customers SET sms_number = '+$3' || lpad('$b', 4, '0') WHERE id = '$TENANT'"
        psql "$DB_URL" -qc "INSERT INTO outbound_sms (id, customer_id, purpose, to_number, from_number, body, created_at, due_at)
            SELECT gen_random_uuid(), '$TENANT', 'confirmation', '+$2' || lpad(($b * 100000 + n)::text, 7, '0'),
                   '+$3' || lpad('$b', 4, '0'), '$1 ' || n, now(), now() + interval '5 seconds'
            FROM generate_series(1, $PER_BUSINESS) AS n" >/dev/null
    done
}
# await_sent NAME: until no SMS of that round waits any more (sent or failed). It asks for the waiting
# ones only, an index's few rows, since its polling counts in PostgreSQL's CPU per SMS.
await_sent() {
    for _ in $(seq 1 1200); do
        [ "$(psql "$DB_URL" -At -c "SELECT count(*) FROM outbound_sms WHERE status IN ('pending', 'sending') AND body LIKE '$1 %'")" -eq 0 ] && break
        sleep 0.25
    done
}
# CPU in clock ticks of the given processes (the cluster's: pg_ticks, bench/lib/postgres.sh).
ticks() { for pid in "$@"; do awk '{print $14 + $15}' "/proc/$pid/stat"; done | awk '{sum += $1} END {print sum + 0}'; }
TICK_MS=$(( 1000 / $(getconf CLK_TCK) ))
echo "| instances | SMS | businesses | accepted | msgs/s | sent twice | most per second by one sender | CPU ms per SMS: instances / PostgreSQL / stub |"
echo "|---|---|---|---|---|---|---|---|"
for INSTANCES in 1 2; do
    psql "$DB_URL" -qc "TRUNCATE outbound_sms, sms_log, ticket_events, tickets, staff_tokens, customers CASCADE" 2>/dev/null || true
    curl -sf -X POST "http://127.0.0.1:$STUB_PORT/reset" >/dev/null
    PIDS=""
    for i in $(seq 1 "$INSTANCES"); do
        start_service $((18200 + i)) "$(mktemp /tmp/opsfabric-dispatch-latency.XXXXXX.log)"
        PIDS="$PIDS $SERVICE_PID"
    done
    PER_BUSINESS=$((COUNT / BUSINESSES))
    TOTAL=$((PER_BUSINESS * BUSINESSES))
    # Rounds of the same size first, not counted: the JIT compiler is busy for tens of seconds after a
    # start, which is a cost of starting, not of sending. After one round its threads still took half the
    # instances' CPU of the measured round, after three a tenth (bench/README.md; DISPATCH_WARMUP=0: none).
    for round in $(seq 1 "${DISPATCH_WARMUP:-3}"); do
        queue_round "warm-up-$round" 4178 "414355$round"
        await_sent "warm-up-$round"
    done
    curl -sf -X POST "http://127.0.0.1:$STUB_PORT/reset" >/dev/null
    SERVICE_BEFORE=$(ticks $PIDS); PG_BEFORE=$(pg_ticks); STUB_BEFORE=$(ticks "$STUB_PID")
    queue_round latency 4179 4143555
    await_sent latency
    CPU="$(( ($(ticks $PIDS) - SERVICE_BEFORE) * TICK_MS )) $(( ($(pg_ticks) - PG_BEFORE) * TICK_MS )) $(( ($(ticks "$STUB_PID") - STUB_BEFORE) * TICK_MS ))"
    DUE=$(psql "$DB_URL" -At -c "SELECT extract(epoch FROM min(due_at)) FROM outbound_sms WHERE body LIKE 'latency %'")
    STATS=$(curl -sf "http://127.0.0.1:$STUB_PORT/stats")
    python3 - "$STATS" "$DUE" "$INSTANCES" "$TOTAL" "$BUSINESSES" $CPU <<'PY'
import json, sys
stats, due, instances, total, businesses, *cpu = json.loads(sys.argv[1]), float(sys.argv[2]), *sys.argv[3:]
rate = stats["sends"] / max(stats["last"] - due, 0.001) if stats["sends"] else 0
most = max(stats["max_per_second_by_sender"].values(), default=0)
per_sms = " / ".join(f"{int(ms) / max(stats['sends'], 1):.2f}" for ms in cpu)
print(f"| {instances} | {total} | {businesses} | {stats['sends']} | {rate:.0f} | {stats['sent_twice']} | {most} | {per_sms} |")
print(f"  first accepted {stats['first'] - due:.2f} s after due; {stats['sends'] / (stats['last'] - stats['first']):.0f}/s from first to last", file=sys.stderr)
PY
    kill $PIDS; wait $PIDS 2>/dev/null || true
    PIDS=""
done

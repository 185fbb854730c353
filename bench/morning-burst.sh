#!/usr/bin/env bash
# The 07:00 burst: quiet hours end for most businesses at once. TOTAL confirmations of BUSINESSES
# businesses, held over night, fall due at the same moment; two instances drain them to a
# Twilio-shaped stub that answers after 150 ms (bench/slow_twilio.py), while new wizard requests
# keep arriving at RATE per second (bench/steady_posts.py). Reports the drain time (first due to last
# sent), SMS sent twice, and the requests' latency during the drain. Both instances first take posts and
# drain a round of the same size, not counted, so the JIT compiler has done its work, as by 07:00 it has.
# Usage: bench/morning-burst.sh [TOTAL] [BUSINESSES] [RATE]   (defaults 20000 200 50)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
source bench/lib/postgres.sh
TOTAL=${1:-20000}
BUSINESSES=${2:-200}
RATE=${3:-50}
STUB_PORT=18191
export ADMIN_TOKEN=bench-admin SMS_PROVIDER=twilio TWILIO_AUTH_TOKEN=bench-stub-token \
    TWILIO_ACCOUNT_SID=AC0123456789abcdef0123456789abcdef TWILIO_BASE_URL=http://127.0.0.1:$STUB_PORT \
    OPSFABRIC_RATE_LIMIT_PUBLIC=1000000/1s
[ -f bootstrap/target/opsfabric.jar ] || ./mvnw -q -DskipTests package
trap 'kill ${PIDS:-} ${STUB_PID:-} 2>/dev/null || true; stop_postgres' EXIT

start_postgres 55437
python3 bench/slow_twilio.py "$STUB_PORT" 150 &
STUB_PID=$!
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$STUB_PORT/stats" >/dev/null && break; sleep 0.1; done
PIDS=""
for i in 1 2; do
    start_service $((18300 + i)) "$(mktemp /tmp/opsfabric-burst.XXXXXX.log)"
    PIDS="$PIDS $SERVICE_PID"
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%Y-%m-%dT%H:%MZ); load $(cut -d' ' -f1-3 /proc/loadavg); PostgreSQL $(psql "$DB_URL" -At -c 'SHOW server_version')"
PER_BUSINESS=$((TOTAL / BUSINESSES))
for b in $(seq 1 "$BUSINESSES"); do
    TENANT=$(provision 18301 "burst-$b")
    psql "$DB_URL" -qc "UPDATE customers SET sms_number = '+4143556' || lpad('$b', 4, '0') WHERE id = '$TENANT'"
done
TENANT=$(provision 18301 "burst-walk-in")
# Warm-up, not counted: at 07:00 the instances have run all night, their JIT compiler long done. Each
# instance takes wizard posts for a business of its own, and both drain a round of the burst's size (after
# a fifth of it the compiler's threads still took a good part of the CPU the drain and the posts needed).
psql "$DB_URL" -qc "INSERT INTO outbound_sms (id, customer_id, purpose, to_number, from_number, body, created_at, due_at)
    SELECT gen_random_uuid(), c.id, 'confirmation', '+4177' || lpad((row_number() OVER ())::text, 7, '0'),
           c.sms_number, 'Warm-up ' || n, now(), now()
    FROM customers c CROSS JOIN generate_series(1, $PER_BUSINESS) AS n WHERE c.slug ~ '^burst-[0-9]+$'" >/dev/null
WARMING=""
for port in 18301 18302; do
    provision "$port" "burst-warm-up-$port" "+414355$port" >/dev/null
    python3 bench/steady_posts.py "http://127.0.0.1:$port" "burst-warm-up-$port" "$RATE" 40 >/dev/null &
    WARMING="$WARMING $!"
done
# shellcheck disable=SC2086  # the ids are words on purpose
wait $WARMING
for _ in $(seq 1 1200); do
    [ "$(psql "$DB_URL" -At -c "SELECT count(*) FROM outbound_sms WHERE status IN ('pending', 'sending')")" -eq 0 ] && break
    sleep 0.25
done
curl -sf -X POST "http://127.0.0.1:$STUB_PORT/reset" >/dev/null
# Every confirmation falls due at the same moment, 20 s from now, as at the end of the quiet hours.
psql "$DB_URL" -qc "INSERT INTO outbound_sms (id, customer_id, purpose, to_number, from_number, body, created_at, due_at)
    SELECT gen_random_uuid(), c.id, 'confirmation', '+4179' || lpad((row_number() OVER ())::text, 7, '0'),
           c.sms_number, 'Guten Morgen ' || n, now() - interval '8 hours', date_trunc('second', now()) + interval '20 seconds'
    FROM customers c CROSS JOIN generate_series(1, $PER_BUSINESS) AS n WHERE c.slug ~ '^burst-[0-9]+$'" >/dev/null
QUEUED=$(psql "$DB_URL" -At -c "SELECT count(*) FROM outbound_sms WHERE body LIKE 'Guten Morgen%'")
DUE=$(psql "$DB_URL" -At -c "SELECT extract(epoch FROM min(due_at)) FROM outbound_sms WHERE body LIKE 'Guten Morgen%'")
sleep "$(python3 -c "import time; print(max(0, $DUE - time.time()))")"
POSTS=$(python3 bench/steady_posts.py http://127.0.0.1:18302 burst-walk-in "$RATE" 40)
for _ in $(seq 1 1200); do
    [ "$(psql "$DB_URL" -At -c "SELECT count(*) FROM outbound_sms WHERE status IN ('pending', 'sending') AND purpose = 'confirmation' AND body LIKE 'Guten Morgen%'")" -eq 0 ] && break
    sleep 0.25
done
DRAINED=$(psql "$DB_URL" -At -c "SELECT round(extract(epoch FROM max(sent_at) - min(due_at))::numeric, 1)
    FROM outbound_sms WHERE body LIKE 'Guten Morgen%' AND status = 'sent'")
python3 - "$(curl -sf "http://127.0.0.1:$STUB_PORT/stats")" "$DRAINED" "$QUEUED" "$POSTS" "$BUSINESSES" "$RATE" <<'PY'
import json, sys
stats, drained, queued, posts, businesses, rate = json.loads(sys.argv[1]), *sys.argv[2:]
print("| held confirmations | businesses | accepted by the stub | drained in | sent twice | wizard posts at %s/s during the drain |" % rate)
print("|---|---|---|---|---|---|")
print(f"| {queued} | {businesses} | {stats['sends']} | {drained} s | {stats['sent_twice']} | {posts} |")
PY

#!/usr/bin/env bash
# Two instances on one database: COUNT SMS fall due while both dispatch, and CONCURRENT identical
# wizard posts are spread over both at once. No SMS may go out twice and exactly one ticket may
# result from the identical posts.
# Usage: bench/reliability/two-instances.sh [COUNT] [CONCURRENT]     (defaults: 10000 200)
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
source bench/lib/postgres.sh
COUNT=${1:-10000}
CONCURRENT=${2:-200}
export ADMIN_TOKEN=reliability-admin
LOG_A=$(mktemp /tmp/opsfabric-two-a.XXXXXX.log)
LOG_B=$(mktemp /tmp/opsfabric-two-b.XXXXXX.log)
[ -f bootstrap/target/opsfabric.jar ] || ./mvnw -q -DskipTests package
trap 'kill ${PID_A:-0} ${PID_B:-0} 2>/dev/null || true; stop_postgres' EXIT

start_postgres 55433
start_service 18092 "$LOG_A"; PID_A=$SERVICE_PID
start_service 18093 "$LOG_B"; PID_B=$SERVICE_PID
TENANT=$(provision 18092 two-instances)
queue_sms "$TENANT" "$COUNT" 2
sent() { psql "$DB_URL" -At -c "SELECT count(*) FILTER (WHERE status = 'sent') FROM outbound_sms WHERE purpose = 'confirmation' AND body LIKE 'Reliability %'"; }
for _ in $(seq 1 240); do
    [ "$(sent)" -ge "$COUNT" ] && break
    sleep 0.5
done
read -r REACHED SENDS < <(count_sends "$LOG_A" "$LOG_B")
BY_A=$(grep -c 'SMS console-[^ ]* to +4179' "$LOG_A" || true)
BY_B=$(grep -c 'SMS console-[^ ]* to +4179' "$LOG_B" || true)

python3 - "$CONCURRENT" <<'PY'
import http.client, json, sys
from concurrent.futures import ThreadPoolExecutor
count = int(sys.argv[1])
body = json.dumps({"customer_slug": "two-instances", "source": "wizard", "contact_name": "Gleich Zeitig",
                   "contact_phone": "078 999 00 11", "summary": "Dieselbe Anfrage", "consent": True})
def post(index):
    connection = http.client.HTTPConnection("localhost", 18092 + index % 2, timeout=30)
    connection.request("POST", "/api/ticket", body, {"Content-Type": "application/json"})
    return connection.getresponse().status
with ThreadPoolExecutor(max_workers=64) as pool:
    statuses = list(pool.map(post, range(count)))
print("identical posts: %d, answered %s" % (count, {s: statuses.count(s) for s in set(statuses)}))
PY
TICKETS=$(psql "$DB_URL" -At -c "SELECT count(*) FROM tickets WHERE contact_phone = '+41789990011'")
echo "| SMS due | sent by A | sent by B | numbers reached | sends | duplicates | tickets from $CONCURRENT identical posts |"
echo "|---|---|---|---|---|---|---|"
echo "| $COUNT | $BY_A | $BY_B | $REACHED | $SENDS | $((SENDS - REACHED)) | $TICKETS |"
if [ "$REACHED" -eq "$COUNT" ] && [ "$SENDS" -eq "$COUNT" ] && [ "$TICKETS" -eq 1 ]; then
    echo "1 passed, 0 failed"
else
    echo "0 passed, 1 failed"
    exit 1
fi

#!/usr/bin/env bash
# Database outage: wizard posts at RATE per second for 30 s; PostgreSQL is stopped after 10 s and
# started again 5 s later. While it is down, requests must answer 503 (so callers retry); the
# service must answer 2xx again within 5 s of the database's return, without a restart; and every
# request answered 2xx must have its ticket in the database.
# Usage: bench/reliability/db-outage.sh [RATE]     (default 50)
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
source bench/lib/postgres.sh
RATE=${1:-50}
export ADMIN_TOKEN=reliability-admin
LOG=$(mktemp /tmp/opsfabric-outage.XXXXXX.log)
[ -f bootstrap/target/opsfabric.jar ] || ./mvnw -q -DskipTests package
trap 'kill ${SERVICE_PID:-0} 2>/dev/null || true; stop_postgres' EXIT

start_postgres 55434
start_service 18094 "$LOG"
provision 18094 outage-test >/dev/null
PG="$(pg_bin)/pg_ctl -D $PGDATA_DIR"
( sleep 10; su postgres -c "$PG -m fast stop >/dev/null"; date +%s.%N > "$PGDATA_DIR.down";
  sleep 5; su postgres -c "$PG -o '-p 55434' -l $PGDATA_DIR/server.log -w start >/dev/null"; date +%s.%N > "$PGDATA_DIR.up" ) &
OUTAGE=$!

python3 - "$RATE" "$PGDATA_DIR" "$DB_URL" <<'PY'
import http.client, json, subprocess, sys, threading, time
from concurrent.futures import ThreadPoolExecutor
rate, data_dir, db_url = int(sys.argv[1]), sys.argv[2], sys.argv[3]
answers, lock = [], threading.Lock()
def post(index):
    body = json.dumps({"customer_slug": "outage-test", "source": "wizard", "contact_name": "Kunde %d" % index,
                       "contact_phone": "+4179%07d" % index, "summary": "Anfrage %d" % index, "consent": True})
    started = time.time()
    try:
        connection = http.client.HTTPConnection("localhost", 18094, timeout=30)
        connection.request("POST", "/api/ticket", body, {"Content-Type": "application/json"})
        response = connection.getresponse()
        status, payload = response.status, response.read()
    except OSError:
        status, payload = 0, b""
    with lock:
        answers.append((started, time.time(), status, payload))
start = time.time()
with ThreadPoolExecutor(max_workers=64) as pool:
    for index in range(rate * 30):
        wait = start + index / rate - time.time()
        if wait > 0:
            time.sleep(wait)
        pool.submit(post, index)
down = float(open(data_dir + ".down").read())
up = float(open(data_dir + ".up").read())
ok = [a for a in answers if 200 <= a[2] < 300]
ids = [json.loads(a[3])["ticket_id"] for a in ok]
stored = int(subprocess.run(["psql", db_url, "-At", "-c", "SELECT count(*) FROM tickets WHERE id = ANY('{%s}'::uuid[])"
                             % ",".join(ids)], capture_output=True, text=True, check=True).stdout)
during = [a for a in answers if down <= a[0] < up]
recovered = min((a[1] for a in ok if a[0] >= up), default=float("inf")) - up
counts = {}
for a in answers:
    counts[a[2]] = counts.get(a[2], 0) + 1
print("| requests | answers by status | 2xx answered / stored | status while down | back to 2xx after the database |")
print("|---|---|---|---|---|")
print("| %d | %s | %d / %d | %s | %.1f s |" % (len(answers), dict(sorted(counts.items())), len(ok), stored,
      sorted({a[2] for a in during}), recovered))
failed = stored != len(ok) or any(a[2] >= 500 and a[2] != 503 for a in answers) or recovered > 5 or 0 in counts
print("0 passed, 1 failed" if failed else "1 passed, 0 failed")
sys.exit(1 if failed else 0)
PY
wait $OUTAGE

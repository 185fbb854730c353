# Sourced by the reliability scripts: a throwaway PostgreSQL cluster outside the service, so the
# service can be killed and restarted (or run twice) against the same data.
# Uses the machine's PostgreSQL (Debian's postgresql package; installed when missing).

# Load from one address and thousands of SMS a run: the public routes' per-IP limit and the daily SMS cap
# (docs/configuration.md, docs/domain-rules.md) would measure themselves instead of the service.
export OPSFABRIC_RATE_LIMIT_PUBLIC="${OPSFABRIC_RATE_LIMIT_PUBLIC:-100000000/1s}"

pg_bin() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    if [ -z "$dir" ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
        dir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    fi
    echo "$dir"
}

# start_postgres PORT: (POSTGRES_EXTRA_OPTIONS: more server settings, -c name=value ...) initialises a cluster in a temporary folder and starts it; sets PGDATA_DIR and DB_URL.
start_postgres() {
    local port=$1 bin
    bin=$(pg_bin)
    PGDATA_DIR=$(mktemp -d /tmp/opsfabric-pg.XXXXXX)
    chown postgres "$PGDATA_DIR"
    # initdb and postgres refuse to run as root.
    su postgres -c "$bin/initdb -D $PGDATA_DIR -U postgres --auth=trust -E UTF8 >/dev/null"
    su postgres -c "$bin/pg_ctl -D $PGDATA_DIR -o '-p $port -c max_connections=200 ${POSTGRES_EXTRA_OPTIONS:-}' -l $PGDATA_DIR/server.log -w start >/dev/null"
    psql "postgresql://postgres@localhost:$port/postgres" -qc "CREATE DATABASE opsfabric" >/dev/null
    DB_URL="postgresql://postgres@localhost:$port/opsfabric"
    export DATASOURCES_DEFAULT_URL="jdbc:postgresql://localhost:$port/opsfabric"
    export DATASOURCES_DEFAULT_USERNAME=postgres
    export DATASOURCES_DEFAULT_PASSWORD=postgres
}

# pg_ticks: the CPU (clock ticks) the cluster of start_postgres has used: the postmaster with its reaped
# children (backends that ended) plus the backends alive now.
pg_ticks() {
    local postmaster
    postmaster=$(head -1 "$PGDATA_DIR/postmaster.pid")
    { awk '{print $14 + $15 + $16 + $17}' "/proc/$postmaster/stat"
      for child in $(pgrep -P "$postmaster"); do awk '{print $14 + $15}' "/proc/$child/stat" 2>/dev/null || true; done
    } | awk '{sum += $1} END {print sum}'
}

stop_postgres() {
    [ -n "${PGDATA_DIR:-}" ] || return 0
    su postgres -c "$(pg_bin)/pg_ctl -D $PGDATA_DIR -m immediate stop >/dev/null" || true
    rm -rf "$PGDATA_DIR"
}

# start_service PORT LOG: starts the service jar in the background (with SERVICE_JAVA_OPTIONS, if set,
# e.g. a flight recording); sets SERVICE_PID.
start_service() {
    local port=$1 log=$2
    # As ./run does: an archive older than the jar would be refused and never made anew.
    [ ! -f bootstrap/target/opsfabric.jsa ] || [ bootstrap/target/opsfabric.jsa -nt bootstrap/target/opsfabric.jar ] \
        || rm -f bootstrap/target/opsfabric.jsa
    # shellcheck disable=SC2086  # the options are words on purpose
    MICRONAUT_SERVER_PORT=$port "$JAVA_HOME/bin/java" @bootstrap/jvm.options ${SERVICE_JAVA_OPTIONS:-} -jar bootstrap/target/opsfabric.jar >"$log" 2>&1 &
    SERVICE_PID=$!
    for _ in $(seq 1 120); do
        curl -sf "http://localhost:$port/health" >/dev/null && return 0
        sleep 0.5
    done
    echo "service on port $port did not become healthy; see $log" >&2
    return 1
}

# provision PORT SLUG [SMS_NUMBER]: provisions a business without quiet hours and prints its id. Without
# SMS_NUMBER it gets +41435550000, which only one business at a time can have.
provision() {
    curl -sf -X POST "http://localhost:$1/api/admin/customers" -H "Authorization: Bearer $ADMIN_TOKEN" \
        -H 'Content-Type: application/json' \
        -d "{\"name\": \"Reliability AG\", \"slug\": \"$2\", \"email\": \"ops@example.ch\", \"sms_number\": \"${3:-+41435550000}\",
             \"quiet_hours_start\": \"00:00\", \"quiet_hours_end\": \"00:00\", \"daily_sms_cap\": 1000000}" \
        | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])'
}

# queue_sms TENANT_ID COUNT DELAY_SECONDS: puts COUNT SMS to distinct mobile numbers in the queue.
queue_sms() {
    psql "$DB_URL" -qc "INSERT INTO outbound_sms (id, customer_id, purpose, to_number, body, created_at, due_at)
        SELECT gen_random_uuid(), '$1', 'confirmation', '+4179' || lpad(n::text, 7, '0'), 'Reliability ' || n,
               now(), now() + interval '$3 seconds'
        FROM generate_series(1, $2) AS n" >/dev/null
}

# count_sends LOG...: how many times the console provider sent to each number, summed up as
# "numbers_reached total_sends".
count_sends() {
    grep -ho 'SMS console-[^ ]* to +4179[0-9]*' "$@" | awk '{print $4}' | sort | uniq -c \
        | awk '{numbers++; sends += $1} END {print numbers + 0, sends + 0}'
}

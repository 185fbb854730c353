#!/usr/bin/env python3
"""Client of bench/staff-queries.sh: measures the staff endpoints one request at a time over a kept-alive
connection (latency, not throughput), and prints the markdown table figure | target | measured | met?.
Usage: staff_queries.py PORT SERVICE_PID TOKENS_FILE DB_URL [search-and-report]
(first token = the 100,000-ticket tenant; with search-and-report, only the search and report figures)"""
import http.client, json, random, subprocess, sys, threading, time, urllib.parse

PORT, PID, TOKENS, DB_URL = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
SEARCH_AND_REPORT_ONLY = sys.argv[5:] == ["search-and-report"]
tokens = [line.split()[1] for line in open(TOKENS) if line.strip()]
BIG = tokens[0]
random.seed(7)
conn = http.client.HTTPConnection("localhost", PORT, timeout=60)


def get(path, token=BIG):
    started = time.perf_counter()
    conn.request("GET", path, headers={"Authorization": "Bearer " + token})
    response = conn.getresponse()
    body = response.read()
    elapsed = (time.perf_counter() - started) * 1000
    if response.status != 200:
        raise SystemExit(f"GET {path} answered {response.status}: {body[:300]!r}")
    return elapsed, body


def url(params):
    return "/api/tickets?" + urllib.parse.urlencode({k: v for k, v in params.items() if v is not None})


def pct(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(p / 100 * len(ordered) + 0.5)) - 1))]


def walk(params, pages):
    """Follows next_cursor from page 1; answers {page number: cursor that fetches it}."""
    cursors, cursor = {1: None}, None
    for page in range(1, max(pages) + 1):
        _, body = get(url({**params, "cursor": cursor}))
        cursor = json.loads(body)["next_cursor"]
        if cursor is None:
            break
        cursors[page + 1] = cursor
    return cursors


rows = []


def figure(name, target, samples, limit, note=""):
    p50, p99 = pct(samples, 50), pct(samples, 99)
    met = "yes" if p99 <= limit else "**no**"
    rows.append(f"| {name} | {target} | p50 {p50:.1f} ms, p99 {p99:.1f} ms (n={len(samples)}){note} | {met} |")
    print(rows[-1], file=sys.stderr, flush=True)


def measure(paths, count, token=BIG):
    for path in paths[:5]:
        get(path, token)  # warm-up: JIT, plan cache, buffers
    return [get(paths[i % len(paths)], token)[0] for i in range(count)]


N = 200
# --- cursor pages of 50 ---------------------------------------------------------------------------------
lists = {
    "no filter": {"limit": 50},
    "status=DONE,CLOSED & source=wizard,missed_call (≈42 %)": {"limit": 50, "status": "DONE,CLOSED",
                                                             "source": "wizard,missed_call"},
    "status=NEW & urgency=HIGH (≈1.5 %)": {"limit": 50, "status": "NEW", "urgency": "HIGH"},
    "from/to one month (2026-06) & urgency=MED,HIGH": {"limit": 50, "from": "2026-06-01", "to": "2026-06-30",
                                                       "urgency": "MED,HIGH"},
}
depths = [1, 10, 100, 1000, 2000]
for name, params in ({} if SEARCH_AND_REPORT_ONLY else lists).items():
    walk_started = time.perf_counter()
    cursors = walk(params, [d + 9 for d in depths])
    last = max(cursors)
    print(f"walked {name}: {last} pages in {time.perf_counter() - walk_started:.1f} s", file=sys.stderr)
    for depth in sorted({d for d in depths if d <= last} | {last}):
        window = [cursors[p] for p in range(depth, min(depth + 10, last + 1))]
        samples = measure([url({**params, "cursor": c}) for c in window], N)
        figure(f"page of 50, {name}, page {depth}" + (" (last)" if depth == last else ""), "p99 ≤ 20 ms",
               samples, 20)

samples = []
for token in tokens:
    get(url({"limit": 50}), token)
for i in range(0 if SEARCH_AND_REPORT_ONLY else N):
    samples.append(get(url({"limit": 50, "status": "NEW,NEEDS_CALLBACK"}), tokens[1 + i % (len(tokens) - 1)])[0])
if samples:
    figure("page of 50, status=NEW,NEEDS_CALLBACK, page 1, 99 tenants of ≈9,100 tickets in turn", "p99 ≤ 20 ms",
           samples, 20)

# --- search --------------------------------------------------------------------------------------------
phones = subprocess.run(["psql", DB_URL, "-At", "-c",
                         "SELECT contact_phone FROM tickets WHERE customer_id = (SELECT id FROM customers "
                         "WHERE slug = 'staff-000') ORDER BY md5(id::text) LIMIT 20"],
                        capture_output=True, text=True, check=True).stdout.split()


def spellings(e164):
    national = "0" + e164[3:]  # 0791234567
    return {"E.164 +41791234567": e164,
            "+41 79 123 45 67": f"{e164[:3]} {e164[3:5]} {e164[5:8]} {e164[8:10]} {e164[10:]}",
            "079 123 45 67": f"{national[:3]} {national[3:6]} {national[6:8]} {national[8:]}",
            "0041 (0)79-123.45.67": f"0041 (0){e164[3:5]}-{e164[5:8]}.{e164[8:10]}.{e164[10:]}"}


for label in spellings(phones[0]):
    paths = [url({"limit": 50, "q": spellings(p)[label]}) for p in phones]
    figure(f"search by phone, spelling {label}", "p99 ≤ 50 ms", measure(paths, N), 50)
for label, q in [("last name 'Müller' (≈2.5 % of tickets)", "Müller"),
                 ("full name 'Reto Bianchi' (≈0.1 %)", "Reto Bianchi"),
                 ("'mueller', finds 'Müller' (≈2.5 %)", "mueller"),
                 ("full name 'reto buehler', finds 'Reto Bühler' (≈0.1 %)", "reto buehler"),
                 ("name not present 'Zwahlen' (scans the whole tenant)", "Zwahlen"),
                 ("number fragment '123 45' (digits, not a full number)", "123 45"),
                 ("phrase not present made of common words 'Rohrbruch Keller'", "Rohrbruch Keller"),
                 ("common word 'Boiler' (≈17 %) right after the rare searches above", "Boiler")]:
    figure(f"search {label}", "p99 ≤ 50 ms", measure([url({"limit": 50, "q": q})], 100), 50)

# --- monthly report -------------------------------------------------------------------------------------
first, _ = get("/api/reports/monthly?month=2026-10")
samples = [get(f"/api/reports/monthly?month=2026-{m:02d}")[0] for m in list(range(1, 11)) * 2]
p50, worst = pct(samples, 50), max(samples)
rows.append(f"| monthly report, 100,000-ticket tenant (≈8,300 tickets a month) | ≤ 300 ms per call | "
            f"first {first:.0f} ms, then p50 {p50:.0f} ms, max {worst:.0f} ms (n={len(samples)}, months 01–10) | "
            f"{'yes' if worst <= 300 else '**no**'} |")
print(rows[-1], file=sys.stderr, flush=True)


if SEARCH_AND_REPORT_ONLY:
    print("| figure | target | measured | met? |")
    print("|---|---|---|---|")
    print("\n".join(rows))
    sys.exit()


# --- export ---------------------------------------------------------------------------------------------
def rss():
    with open(f"/proc/{PID}/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS")) // 1024


exports = []
for run in range(3):
    before, peak, stop = rss(), [0], threading.Event()

    def sample():
        while not stop.is_set():
            peak[0] = max(peak[0], rss())
            time.sleep(0.05)

    sampler = threading.Thread(target=sample)
    sampler.start()
    started = time.perf_counter()
    export = http.client.HTTPConnection("localhost", PORT, timeout=300)
    export.request("GET", "/api/tickets/export?format=csv", headers={"Authorization": "Bearer " + BIG})
    response = export.getresponse()
    size = lines = 0
    while chunk := response.read(65536):
        size += len(chunk)
        lines += chunk.count(b"\n")
    seconds = time.perf_counter() - started
    stop.set()
    sampler.join()
    time.sleep(1)
    exports.append((seconds, before, peak[0], rss(), size, lines))
    print(f"export {run + 1}: {seconds:.1f} s, {size / 1e6:.1f} MB, {lines} lines, RSS {before} → peak {peak[0]} "
          f"→ after {exports[-1][3]} MiB", file=sys.stderr, flush=True)
(s1, b1, p1, a1, size, lines), _, (s3, b3, p3, a3, _, _) = exports
growth = max(p for _, _, p, _, _, _ in exports) - b1
flat = (p3 - exports[1][2]) <= 16  # no growth once warm: run 3 peaks no higher than run 2
rows.append(f"| CSV export, 100,000-ticket tenant, 3 runs back to back | memory flat | "
            f"{lines - 1:,} rows, {size / 1e6:.1f} MB in {s1:.1f} s / {exports[1][0]:.1f} s / {s3:.1f} s; "
            f"RSS before {b1} MiB, peak {p1} / {exports[1][2]} / {p3} MiB, after {a3} MiB | "
            f"{'yes' if flat else '**no**'} (peak grows {growth} MiB over the first run's start, "
            f"{p3 - exports[1][2]} MiB from run 2 to run 3) |")
print("| figure | target | measured | met? |")
print("|---|---|---|---|")
print("\n".join(rows))

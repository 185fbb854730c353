#!/usr/bin/env python3
"""Posts wizard requests at a steady rate and reports their latency: load that arrives on its own
schedule (as customers do), unlike wrk's closed loop, which slows down when the service does.

Usage: steady_posts.py BASE_URL SLUG RATE_PER_SECOND SECONDS
Prints one line: "requests N, errors E, p50 X ms, p99 Y ms, max Z ms".
"""
import json
import sys
import threading
import time
import urllib.request

base, slug, rate, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
latencies, errors, lock = [], [0], threading.Lock()


def post(n):
    body = json.dumps({"customer_slug": slug, "source": "wizard", "consent": True, "urgency": "MED",
                       "contact_name": "Kundin %d" % n, "contact_phone": "+4178%07d" % n,
                       "summary": "Heizung defekt, bitte zurückrufen"}).encode()
    request = urllib.request.Request(base + "/api/ticket", body, {"Content-Type": "application/json"})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            answer.read()
            ok = answer.status in (200, 201)
    except Exception:
        ok = False
    elapsed = (time.perf_counter() - started) * 1000
    with lock:
        latencies.append(elapsed)
        if not ok:
            errors[0] += 1


threads, start = [], time.perf_counter()
for n in range(int(rate * seconds)):
    # Each request leaves at its own time, whatever the earlier ones are still doing.
    delay = start + n / rate - time.perf_counter()
    if delay > 0:
        time.sleep(delay)
    thread = threading.Thread(target=post, args=(n,))
    thread.start()
    threads.append(thread)
for thread in threads:
    thread.join()
latencies.sort()
pick = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))]
print("requests %d, errors %d, p50 %.1f ms, p99 %.1f ms, max %.1f ms"
      % (len(latencies), errors[0], pick(0.5), pick(0.99), latencies[-1]))

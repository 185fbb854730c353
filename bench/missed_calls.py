#!/usr/bin/env python3
"""Drives a steady stream of missed-call webhooks and reports webhook latency and SMS lateness.

Usage: missed_calls.py BASE_URL ADMIN_TOKEN PSQL_URL [RATE_PER_SECOND] [DURATION_SECONDS] [WARMUP_SECONDS]
Latency figures leave out the first WARMUP_SECONDS (default 10), while the JVM compiles its hot paths;
the SMS figures count every call.
Standard library only, so it runs wherever Python 3 does.
"""
import http.client
import json
import random
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor


def percentile(values, fraction):
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, int(round(fraction * len(ordered) + 0.5)) - 1))
    return ordered[index]


def request(base, method, path, body, headers):
    url = urllib.parse.urlparse(base)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def provision(base, admin_token):
    business_number = "+41435%06d" % random.randint(0, 999999)
    slug = "bench-%d" % int(time.time() * 1000)
    body = json.dumps({
        "name": "Bench Sanitär AG", "slug": slug, "email": "bench@example.ch", "phone": "044 555 01 00",
        "sms_number": business_number,
        # No quiet hours, so every SMS is due exactly delay seconds after its call whatever the time of day.
        "quiet_hours_start": "00:00", "quiet_hours_end": "00:00",
    })
    status, answer = request(base, "POST", "/api/admin/customers", body,
                             {"Content-Type": "application/json", "Authorization": "Bearer " + admin_token})
    if status != 201:
        sys.exit("provisioning failed: %s %s" % (status, answer))
    created = json.loads(answer)
    return created["id"], business_number, created["missed_call_delay_seconds"]


def main():
    base, admin_token, psql_url = sys.argv[1], sys.argv[2], sys.argv[3]
    rate = int(sys.argv[4]) if len(sys.argv) > 4 else 100
    duration = int(sys.argv[5]) if len(sys.argv) > 5 else 60
    warmup = int(sys.argv[6]) if len(sys.argv) > 6 else 10
    tenant_id, business_number, delay = provision(base, admin_token)
    total = rate * duration
    latencies, failures, lock = [], [], threading.Lock()

    def call(index):
        fields = {
            "CallSid": "CAbench%08d%06d" % (index, random.randint(0, 999999)),
            "From": "+4179%07d" % index, "To": business_number,
            "CallStatus": "completed", "DialCallStatus": "no-answer", "Direction": "inbound",
        }
        started = time.perf_counter()
        status, _ = request(base, "POST", "/api/webhook/missed-call", urllib.parse.urlencode(fields),
                            {"Content-Type": "application/x-www-form-urlencoded"})
        elapsed = (time.perf_counter() - started) * 1000
        with lock:
            if status == 200:
                latencies.append((index, elapsed))
            else:
                failures.append(status)

    print("driving %d missed calls/s for %d s (%d calls) at %s" % (rate, duration, total, business_number))
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=64) as pool:
        for index in range(total):
            wait = start + index / rate - time.perf_counter()
            if wait > 0:
                time.sleep(wait)
            pool.submit(call, index)
    achieved = total / (time.perf_counter() - start)
    print("waiting %d s for the last SMS to fall due and go out" % (delay + 10))
    time.sleep(delay + 10)

    query = ("SELECT count(*) FILTER (WHERE status = 'sent'), "
             "coalesce(string_agg(extract(epoch FROM sent_at - due_at)::text, ','), '') "
             "FROM outbound_sms WHERE customer_id = '%s' AND purpose = 'missed_call'" % tenant_id)
    row = subprocess.run(["psql", psql_url, "-At", "-F", "|", "-c", query], capture_output=True, text=True,
                         check=True).stdout.strip().split("|")
    sent = int(row[0])
    lateness = [float(value) * 1000 for value in row[1].split(",") if value]

    measured = [elapsed for index, elapsed in latencies if index >= warmup * rate]
    everything = [elapsed for _, elapsed in latencies]
    print()
    print("| figure | value |")
    print("|---|---|")
    print("| calls sent / answered 200 / failed | %d / %d / %d |" % (total, len(latencies), len(failures)))
    print("| achieved rate | %.1f calls/s |" % achieved)
    print("| webhook latency after %d s warm-up p50 / p99 / max | %.1f / %.1f / %.1f ms |" % (
        warmup, statistics.median(measured), percentile(measured, 0.99), max(measured)))
    print("| webhook latency including warm-up p50 / p99 / max | %.1f / %.1f / %.1f ms |" % (
        statistics.median(everything), percentile(everything, 0.99), max(everything)))
    print("| SMS sent | %d of %d |" % (sent, total))
    print("| SMS lateness (sent - due) p50 / p99 / max | %.0f / %.0f / %.0f ms |" % (
        statistics.median(lateness), percentile(lateness, 0.99), max(lateness)))


if __name__ == "__main__":
    main()

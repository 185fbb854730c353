#!/usr/bin/env python3
"""Wizard intake while the SMS provider is down, and what reaches the provider once it is back.

Usage: provider_outage.py BASE_URL STUB_URL PSQL_URL OUTAGE_SECONDS RATE RETRY_AFTER_SECONDS

Posts RATE wizard requests per second, each from a new phone number, through four phases:
warm-up (not measured), before, outage (the stub answers 503), after. Then it waits until the
queue holds no SMS pending or in flight, at most until the provider's return plus both retry
delays of the service (2 min, then 5 min, each longer when Retry-After asks for more) plus 30 s,
and counts per recipient what the stub accepted.
Standard library only, so it runs wherever Python 3 does.
"""
import http.client
import json
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

WARMUP_SECONDS, BEFORE_SECONDS, AFTER_SECONDS = 10, 30, 30
RETRY_DELAYS = (120, 300)  # SmsDispatcher.RETRY_DELAYS: the first and the second retry
SLUG = "provider-outage"


class Intake:
    """Posts wizard requests, one kept-alive connection per client thread, and keeps every answer."""

    def __init__(self, base_url):
        self.url = urllib.parse.urlparse(base_url)
        self.answers = []  # (phase, status, milliseconds, phone, confirmation_sent)
        self.lock = threading.Lock()
        self.connections = threading.local()

    def post(self, phase, index):
        phone = "+4179%07d" % index
        body = json.dumps({"customer_slug": SLUG, "source": "wizard", "intent": "sanitaer_notfall", "urgency": "MED",
                           "contact_name": "Kundin %d" % index, "contact_phone": phone,
                           "summary": "Wasserhahn tropft, bitte um Rückruf.", "consent": True})
        started = time.perf_counter()
        try:
            connection = self.connection()
            connection.request("POST", "/api/ticket", body, {"Content-Type": "application/json"})
            response = connection.getresponse()
            status, payload = response.status, response.read()
        except (OSError, http.client.HTTPException):
            self.connections.current = None
            status, payload = 0, b""
        elapsed = (time.perf_counter() - started) * 1000
        confirmed = 200 <= status < 300 and json.loads(payload).get("confirmation_sent") is True
        with self.lock:
            self.answers.append((phase, status, elapsed, phone, confirmed))

    def connection(self):
        if getattr(self.connections, "current", None) is None:
            self.connections.current = http.client.HTTPConnection(self.url.hostname, self.url.port, timeout=30)
        return self.connections.current


def stub_call(stub_url, method, path):
    url = urllib.parse.urlparse(stub_url)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
    try:
        connection.request(method, path)
        return connection.getresponse().read()
    finally:
        connection.close()


def psql(psql_url, query):
    return subprocess.run(["psql", psql_url, "-At", "-F", " ", "-c", query],
                          capture_output=True, text=True, check=True).stdout.split("\n")[:-1]


def unsettled(psql_url):
    return int(psql(psql_url, "SELECT count(*) FROM outbound_sms WHERE status IN ('pending', 'sending')")[0])


def latency(answers, phase):
    times = [elapsed for answer_phase, _, elapsed, _, _ in answers if answer_phase == phase]
    cuts = statistics.quantiles(times, n=100, method="inclusive")
    return cuts[49], cuts[98]


def shortest_wait_after_refusal(attempts):
    """Seconds from a 503 to the next attempt for the same recipient, the shortest over all."""
    by_recipient = {}
    for to, at, status in sorted(attempts, key=lambda attempt: attempt[1]):
        by_recipient.setdefault(to, []).append((at, status))
    waits = [later[0] - earlier[0] for history in by_recipient.values()
             for earlier, later in zip(history, history[1:]) if earlier[1] == 503]
    return min(waits, default=float("nan"))


def main():
    base_url, stub_url, psql_url = sys.argv[1:4]
    outage_seconds, rate, retry_after = int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
    intake = Intake(base_url)
    phases = [("warm-up", WARMUP_SECONDS), ("before", BEFORE_SECONDS), ("outage", outage_seconds),
              ("after", AFTER_SECONDS)]
    switched = {}
    start, index = time.time(), 0
    with ThreadPoolExecutor(max_workers=64) as pool:
        for phase, seconds in phases:
            if phase in ("outage", "after"):
                stub_call(stub_url, "POST", "/outage/start" if phase == "outage" else "/outage/end")
                switched[phase] = time.time()
            for _ in range(seconds * rate):
                wait = start + index / rate - time.time()
                if wait > 0:
                    time.sleep(wait)
                pool.submit(intake.post, phase, index)
                index += 1
    provider_back = switched["after"]

    # A message refused at the very end of the outage is retried after the first delay; one whose
    # first retry still fell into the outage waits for the second.
    deadline = provider_back + sum(max(delay, retry_after) for delay in RETRY_DELAYS) + 30
    while unsettled(psql_url) > 0 and time.time() < deadline:
        time.sleep(1)
    settled_after = time.time() - provider_back

    answers = intake.answers
    expected = {phone for _, status, _, phone, confirmed in answers if confirmed}
    attempts = json.loads(stub_call(stub_url, "GET", "/attempts"))
    accepted = Counter(to for to, _, status in attempts if status == 201)
    refused = sum(1 for _, _, status in attempts if status == 503)
    last_accepted = max((at for _, at, status in attempts if status == 201), default=provider_back) - provider_back
    reached = len(expected & accepted.keys())
    duplicates = sum(count - 1 for count in accepted.values())
    unexpected = len(accepted.keys() - expected)
    queue = dict(row.split(" ") for row in psql(psql_url, "SELECT status, count(*) FROM outbound_sms GROUP BY status"))
    shortest_wait = shortest_wait_after_refusal(attempts)
    required_wait = max(RETRY_DELAYS[0], retry_after)

    print("| phase | seconds | posts | 2xx | confirmation queued | p50 | p99 |")
    print("|---|---|---|---|---|---|---|")
    figures = {}
    for phase, seconds in phases:
        mine = [answer for answer in answers if answer[0] == phase]
        figures[phase] = latency(answers, phase)
        print("| %s | %d | %d | %d | %d | %.1f ms | %.1f ms |" % (
            phase, seconds, len(mine), sum(1 for answer in mine if 200 <= answer[1] < 300),
            sum(1 for answer in mine if answer[4]), *figures[phase]))
    print()
    print("| SMS expected | 503 answers | recipients reached | accepted sends | duplicates | not expected "
          "| queue afterwards | shortest wait after a 503 | last SMS after the provider returned |")
    print("|---|---|---|---|---|---|---|---|---|")
    print("| %d | %d | %d | %d | %d | %d | %s | %.1f s | %.1f s |" % (
        len(expected), refused, reached, sum(accepted.values()), duplicates, unexpected,
        ", ".join("%s %s" % item for item in sorted(queue.items())), shortest_wait, last_accepted))
    print("(queue settled %.0f s after the provider returned; waited at most %.0f s)" % (
        settled_after, deadline - provider_back))

    (p50_before, p99_before), (p50_outage, p99_outage) = figures["before"], figures["outage"]
    checks = [
        ("every post answered 2xx with its confirmation queued",
         len(expected) == len(answers) == sum(1 for answer in answers if 200 <= answer[1] < 300)),
        ("intake during the outage within twice its latency before (p50 %.1f vs %.1f ms, p99 %.1f vs %.1f ms)"
         % (p50_outage, p50_before, p99_outage, p99_before),
         p50_outage <= 2 * p50_before and p99_outage <= 2 * p99_before),
        ("the provider was really down: %d answers 503" % refused, refused > 0),
        ("every recipient reached: %d of %d" % (reached, len(expected)), reached == len(expected)),
        ("no SMS sent twice or to anyone unexpected: %d duplicates, %d unexpected" % (duplicates, unexpected),
         duplicates == 0 and unexpected == 0),
        ("retries waited for the retry delay or Retry-After, whichever is longer: shortest %.1f s >= %d s"
         % (shortest_wait, required_wait), shortest_wait >= required_wait),
    ]
    for name, passed in checks:
        print("%s: %s" % ("passed" if passed else "FAILED", name))
    failed = sum(1 for _, passed in checks if not passed)
    print("%d passed, %d failed" % (len(checks) - failed, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

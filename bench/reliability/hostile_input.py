#!/usr/bin/env python3
"""Sends generated hostile requests to every endpoint and checks the service refuses them cleanly.

Usage: hostile_input.py BASE_URL PSQL_URL [COUNT] [SEED]

Every request is built to be refused: unknown businesses, wrong types, broken encodings, injection
strings, traversal in tokens, forged Twilio signatures, wrong or missing bearer tokens, text with NUL
or unpaired surrogates sent to the demo business (which exists, so only the text can refuse it), and
headers far over the server's limit; and the routes of people (tokens, staff members, sign-in, reset),
the conversation (notes, messages), the stream, the customer pages and the e-mail webhook. The script
fails (exit 1) when any answer is a 5xx, when an error answer is not JSON (or TwiML, or a German HTML
page on a page route), when an answer lacks X-Content-Type-Options: nosniff, when a refused request
changed a single row, or when /health is not UP afterwards. An over-long header is answered before
the service's filters (431, with the same headers; 400 or 413 accepted too).
"""
import http.client
import json
import random
import subprocess
import sys
import urllib.parse
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

NASTY_TEXT = [
    "' OR 1=1 --", "'; DROP TABLE tickets; --", "${jndi:ldap://127.0.0.1/x}", "{{7*7}}", "#{7*7}", "<script>alert(1)</script>",
    "../../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "\u0000", "\u202e\u0000abc", "\U0001F600" * 50, "A" * 70_000,
    "=cmd|' /C calc'!A0", "\r\nX-Injected: yes", "%00", "\\u0000", "null", "NaN", "-1", "1e309", "\t\b\f",
]
# Text PostgreSQL cannot store or that is not Unicode at all, as JSON escapes: NUL, lone high and low
# surrogates, a low surrogate before its high one.
UNSTORABLE_JSON = ["\\u0000", "a\\u0000b", "\\ud800", "x\\udfffy", "\\udc00\\ud800", "\\ud83d"]
# The same in a form or a query: NUL, and the UTF-8 bytes a surrogate would have (invalid UTF-8).
UNSTORABLE_FORM = ["%00", "a%00b", "%ED%A0%80", "x%ED%BF%BFy", "%C0%80"]
TABLES = ["customers", "tickets", "ticket_events", "sms_log", "outbound_sms", "outbound_email", "calls",
          "staff_tokens", "blocklist", "sms_opt_outs", "undeliverable_numbers", "staff_members", "staff_sessions",
          "staff_access_links", "staff_sign_in_failures", "inbound_emails", "stream_events", "early_delivery_reports",
          "wizard_visits"]


def is_page(path):
    """Routes answered with German HTML pages (errors included), not JSON: the staff's and the wizard's."""
    route = path.split("?")[0]
    return route.startswith("/app/") or route.endswith("/anfrage")


def row_count(psql_url):
    query = " + ".join("(SELECT count(*) FROM %s)" % table for table in TABLES)
    out = subprocess.run(["psql", psql_url, "-At", "-c", "SELECT " + query], capture_output=True, text=True, check=True)
    return int(out.stdout.strip())


def nasty(rng):
    return rng.choice(NASTY_TEXT + [rng.choice(NASTY_TEXT) + rng.choice(NASTY_TEXT)])


def wrong_type(rng):
    return rng.choice([12, -3.5, True, False, None, [], [1, "x"], {"a": {"b": [None]}}, 10 ** 30, nasty(rng)])


def json_ticket(rng):
    body = {"customer_slug": rng.choice(["nope-" + str(rng.randrange(10 ** 6)), nasty(rng), wrong_type(rng)]),
            "source": rng.choice(["wizard", "manual", "email", wrong_type(rng)]),
            "urgency": rng.choice(["HIGH", "EXTREME", wrong_type(rng)]),
            "contact_phone": rng.choice(["079 123 45 67", nasty(rng), wrong_type(rng)]),
            "summary": rng.choice([nasty(rng), wrong_type(rng)]),
            "metadata": rng.choice([{"k": nasty(rng)}, wrong_type(rng)]), "consent": wrong_type(rng)}
    return json.dumps(body).encode()


def broken_json(rng):
    text = json_ticket(rng)
    return rng.choice([text[: rng.randrange(1, max(2, len(text)))], text.replace(b'"', b"", 1), b"{" * 3000,
                       b"\xc3\x28\xa0\xa1", b"", b"[]", b"null", b'{"a":1,"a":2', b"\xff\xfe{}"])


def form(rng, fields):
    return urllib.parse.urlencode({k: v if isinstance(v, str) else json.dumps(v) for k, v in fields.items()}).encode()


def twilio_call(rng):
    return form(rng, {"CallSid": rng.choice(["CA" + str(rng.randrange(10 ** 9)), nasty(rng)]),
                      "From": rng.choice(["+41791234567", nasty(rng)]), "To": rng.choice(["+41435000001", nasty(rng)]),
                      "CallStatus": nasty(rng), "DialCallStatus": rng.choice(["no-answer", nasty(rng)])})


def twilio_sms(rng):
    return form(rng, {"MessageSid": "SM" + str(rng.randrange(10 ** 9)), "From": nasty(rng), "To": "+41435000001",
                      "Body": nasty(rng), "NumMedia": rng.choice(["0", "99999999999", "-1", "x"])})


def unstorable_ticket(rng):
    """A valid wizard post for the demo business but for one text field."""
    fields = {"customer_slug": '"demo"', "contact_phone": '"079 123 45 67"', "contact_name": '"Anna"',
              "summary": '"Heizung"', "consent": "true"}
    field = rng.choice(["summary", "contact_name", "contact_phone", "intent"])
    fields[field] = '"%s"' % rng.choice(UNSTORABLE_JSON)
    return ("{" + ", ".join('"%s": %s' % item for item in fields.items()) + "}").encode()


def unstorable_form(rng, names):
    return "&".join("%s=%s" % (name, rng.choice(UNSTORABLE_FORM + ["1"])) for name in names).encode()


def postmark(rng):
    body = {"From": rng.choice(["kunde@example.ch", nasty(rng), wrong_type(rng)]), "To": rng.choice([
        "demo@inbound.example", nasty(rng), wrong_type(rng)]), "Subject": nasty(rng), "TextBody": nasty(rng),
        "HtmlBody": rng.choice(["<p>" + nasty(rng) + "</p>", "<script>x</script>" * 100, wrong_type(rng)]),
        "MessageID": nasty(rng), "Headers": rng.choice([[{"Name": "Auto-Submitted", "Value": "no"}], wrong_type(rng)]),
        "Attachments": wrong_type(rng)}
    return json.dumps(body).encode()


def newer_route(rng, bearer, json_headers, uuid_or_nasty):
    """The routes of people, conversation, stream, pages and channels."""
    page_form = {"Content-Type": "application/x-www-form-urlencoded"}
    choice = rng.randrange(12)
    if choice == 0:
        return "POST", "/api/tokens", json.dumps({"name": rng.choice([nasty(rng), wrong_type(rng)])}).encode(), \
            {**json_headers, **bearer}
    if choice == 1:
        return "DELETE", "/api/tokens/" + uuid_or_nasty, None, bearer
    if choice == 2:
        return "POST", "/api/staff-members", json.dumps({"name": nasty(rng), "email": nasty(rng),
                                                         "role": wrong_type(rng)}).encode(), {**json_headers, **bearer}
    if choice == 3:
        return "PATCH", "/api/staff-members/" + uuid_or_nasty, json.dumps({"active": wrong_type(rng)}).encode(), \
            {**json_headers, **bearer}
    if choice == 4:
        return "POST", "/api/tickets/%s/%s" % (uuid_or_nasty, rng.choice(["notes", "messages"])), json.dumps(
            {"text": nasty(rng), "channel": wrong_type(rng), "urgent": wrong_type(rng)}).encode(), {**json_headers, **bearer}
    if choice == 5:
        return "GET", "/api/stream", None, {**bearer, "Last-Event-ID": nasty(rng)[:200]}
    if choice == 6:
        return "GET", "/api/me", None, {**bearer, "Cookie": "opsfabric_session=" + nasty(rng)[:300]}
    if choice == 7:
        return "POST", "/app/login", form(rng, {"email": nasty(rng), "password": nasty(rng), "csrf": nasty(rng)}), page_form
    if choice == 8:
        return "POST", rng.choice(["/app/forgot", "/app/invite/" + urllib.parse.quote(nasty(rng)[:200], safe=""),
                                   "/app/reset/" + urllib.parse.quote(nasty(rng)[:200], safe="")]), \
            form(rng, {"email": nasty(rng), "password": nasty(rng), "password_repeat": nasty(rng)}), page_form
    if choice == 9:
        slug = rng.choice(["nobody", urllib.parse.quote(nasty(rng)[:100], safe="")])
        return rng.choice(["GET", "POST"]), "/%s/anfrage?ref=%s&phone=%s" % (
            slug, urllib.parse.quote(nasty(rng)[:100]), urllib.parse.quote(nasty(rng)[:100])), \
            form(rng, {"flow": nasty(rng), "summary": nasty(rng)}), page_form
    if choice == 10:
        # The demo business exists: only the fields can refuse it (or the honeypot drop it).
        return "POST", "/demo/anfrage", rng.choice([
            form(rng, {"flow": "notfall", "contact_name": nasty(rng), "contact_phone": nasty(rng), "summary": nasty(rng),
                       "step": nasty(rng)}),
            form(rng, {"flow": "notfall", "contact_name": "Anna", "contact_phone": "079 123 45 67", "summary": "Rohr",
                       "consent": "on", "website": "http://spam.example"}),
            unstorable_form(rng, ["flow", "contact_name", "contact_phone", "summary", "consent"])]), \
            {**page_form, "Origin": "http://localhost"}
    return "POST", "/api/webhook/email?key=" + urllib.parse.quote(nasty(rng)[:100]), \
        rng.choice([postmark(rng), broken_json(rng)]), json_headers


def request_for(rng):
    kind = rng.randrange(22)
    json_headers = {"Content-Type": "application/json"}
    form_headers = {"Content-Type": rng.choice(["application/x-www-form-urlencoded",
                                                "application/x-www-form-urlencoded; charset=utf-8"]),
                    "X-Twilio-Signature": rng.choice(["", "AAAA", "0/KCTR6DLpKmkAf8muzZqo1nDgQ=", nasty(rng)[:200]])}
    bearer = {"Authorization": rng.choice(["", "Bearer ", "Bearer wrong", "Basic YTpi", "Bearer " + nasty(rng)[:500]])}
    uuid_or_nasty = rng.choice(["00000000-0000-0000-0000-000000000000", urllib.parse.quote(nasty(rng)[:300], safe="")])
    if kind == 0:
        return "POST", "/api/ticket", json_ticket(rng), json_headers
    if kind == 1:
        return "POST", "/api/ticket", broken_json(rng), rng.choice([json_headers, {"Content-Type": "text/plain"}])
    if kind == 2:
        return "POST", "/api/webhook/missed-call", twilio_call(rng), form_headers
    if kind == 3:
        return "POST", "/api/webhook/sms-reply", twilio_sms(rng), form_headers
    if kind == 4:
        return "POST", "/api/webhook/sms-status", form(rng, {"MessageSid": nasty(rng), "MessageStatus": nasty(rng)}), form_headers
    if kind == 5:
        return "POST", "/api/webhook/sms-reply?key=" + urllib.parse.quote(nasty(rng)[:100]), form(
            rng, {"AddressFrom": "0041791234567", "AddressTo": "0041435000001", "Message": nasty(rng), "JobID": "x"}), \
            {"Content-Type": "application/x-www-form-urlencoded"}
    if kind == 6:
        return "POST", "/api/webhook/missed-call", broken_json(rng), json_headers
    if kind == 7:
        return "POST", "/api/admin/customers", json.dumps({"name": nasty(rng), "slug": nasty(rng)}).encode(), \
            {**json_headers, **bearer}
    if kind == 8:
        return "PATCH", "/api/admin/customers/" + uuid_or_nasty, json.dumps({"name": nasty(rng)}).encode(), \
            {**json_headers, **bearer}
    if kind == 9:
        query = urllib.parse.urlencode({"limit": rng.choice(["0", "201", "-5", "x", "9" * 30]), "cursor": nasty(rng)[:300],
                                        "status": nasty(rng)[:100], "q": nasty(rng)[:300]})
        return "GET", "/api/tickets?" + query, None, bearer
    if kind == 10:
        return "GET", "/api/tickets/" + uuid_or_nasty, None, bearer
    if kind == 11:
        return "PATCH", "/api/tickets/" + uuid_or_nasty, json.dumps({"status": nasty(rng)}).encode(), \
            {**json_headers, **bearer}
    if kind == 12:
        return "GET", "/r/" + rng.choice([urllib.parse.quote(nasty(rng)[:300], safe=""), "..%2F..%2Fhealth", "x" * 5000]), \
            None, {}
    if kind == 13:
        return "POST", "/api/cron/review-request", b"", bearer
    if kind == 14:
        return "POST", "/api/ticket", unstorable_ticket(rng), json_headers
    if kind == 15:
        path = rng.choice(["/api/tickets?q=", "/api/tickets?status=", "/r/", "/api/ticket?x="])
        return "GET", path + rng.choice(UNSTORABLE_FORM), None, bearer
    if kind >= 18:
        return newer_route(rng, bearer, json_headers, uuid_or_nasty)
    if kind == 16:
        if rng.random() < 0.5:
            return "POST", "/api/webhook/sms-reply?key=" + rng.choice(UNSTORABLE_FORM), \
                unstorable_form(rng, ["AddressFrom", "AddressTo", "Message", "JobID"]), \
                {"Content-Type": "application/x-www-form-urlencoded"}
        return "POST", rng.choice(["/api/webhook/sms-reply", "/api/webhook/missed-call"]), \
            unstorable_form(rng, ["MessageSid", "CallSid", "From", "To", "Body"]), form_headers
    # A header of 64 KiB (or a line of many headers) against the server's 8 KiB default.
    long_headers = rng.choice([{"X-Long": "A" * 65_536}, {"Cookie": "c=" + "B" * 65_536},
                               {"X-Many-%d" % n: "v" * 100 for n in range(700)}])
    return rng.choice([("GET", "/health", None, long_headers),
                       ("POST", "/api/ticket", json_ticket(rng), {**json_headers, **long_headers})])


def header_safe(value):
    """Header values travel as Latin-1 on one line; the hostile part is what survives that."""
    return value.encode("latin-1", "replace").decode("latin-1").replace("\r", " ").replace("\n", " ")


def send(base, method, path, body, headers):
    headers = {name: header_safe(value) for name, value in headers.items()}
    url = urllib.parse.urlparse(base)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=15)
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        return response.status, response.getheader("Content-Type") or "", response.read(), \
            response.getheader("X-Content-Type-Options") == "nosniff"
    except (http.client.HTTPException, OSError) as failure:
        return 0, "", str(failure).encode(), False
    finally:
        connection.close()


def main():
    base, psql_url = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 10_000
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 2026)
    requests = [request_for(rng) for _ in range(count)]
    before = row_count(psql_url)
    with ThreadPoolExecutor(max_workers=16) as pool:
        answers = list(pool.map(lambda r: (r, send(base, *r)), requests))
    after = row_count(psql_url)
    statuses = Counter(status for _, (status, _, _, _) in answers)
    problems = []
    by_decoder = Counter()
    for (method, path, _, headers), (status, content_type, body, nosniff) in answers:
        over_long = sum(len(name) + len(value) for name, value in headers.items()) > 60_000
        # Micronaut's own error format: the HTTP decoder refused the request (a header value it cannot
        # read, a request line over 4 KiB) before any filter ran, so without the service's headers.
        decoder = status in (400, 413, 431) and b'"_embedded"' in body
        if status == 0 and (over_long or len(path) > 4096):
            # The decoder answers 413 and closes the connection while the client is still sending.
            by_decoder["connection closed"] += 1
        elif status >= 500 or status == 0:
            problems.append("%s %s -> %s %s" % (method, path[:80], status, body[:200]))
        elif over_long:
            if status not in (400, 413, 431):
                problems.append("%s %s with an over-long header -> %s" % (method, path[:80], status))
            by_decoder[status] += 1
        elif decoder:
            by_decoder[status] += 1
        elif not nosniff:
            problems.append("%s %s -> %s without X-Content-Type-Options: nosniff" % (method, path[:80], status))
        elif is_page(path):
            if "html" not in content_type and "json" not in content_type and status not in (302, 303):
                problems.append("%s %s -> %s with %r" % (method, path[:80], status, content_type))
        elif status >= 400 and not ("json" in content_type or "xml" in content_type):
            problems.append("%s %s -> %s with %r" % (method, path[:80], status, content_type))
        elif 200 <= status < 300 and not path.startswith("/r/"):
            problems.append("%s %s -> %s: a hostile request was accepted" % (method, path[:80], status))
    health = send(base, "GET", "/health", None, {})
    print("requests: %d; answers by status: %s" % (count, dict(sorted(statuses.items()))))
    print("refused by the HTTP decoder, before the service's filters: %s" % dict(by_decoder))
    print("rows before/after: %d / %d" % (before, after))
    print("health afterwards: %s %s" % (health[0], health[2][:80].decode(errors="replace")))
    for problem in problems[:20]:
        print("PROBLEM:", problem)
    failed = bool(problems) or before != after or health[0] != 200
    print("%d passed, %d failed" % (count - len(problems), len(problems) + (before != after) + (health[0] != 200)))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Twilio's Messages API on loopback, with an outage that can be switched on and off.

Usage: twilio_stub.py PORT RETRY_AFTER_SECONDS

  POST /2010-04-01/Accounts/{AccountSid}/Messages.json
      up: 201 with a Message resource (its sid); down: 503 with Twilio's error body
      (code 20503) and Retry-After: RETRY_AFTER_SECONDS
  POST /outage/start, POST /outage/end   switch the outage on and off
  GET  /attempts                          every message attempt so far: [[to, unix time, status], ...]

The outage is the provider's load balancer answering 503 while the API behind it is away: the
connection is accepted, the message is not, and the answer says when to come back. (A refused
connection reaches the service's same "deferred" path, without a Retry-After.)
Standard library only, so it runs wherever Python 3 does.
"""
import json
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Provider:
    def __init__(self, retry_after):
        self.retry_after = retry_after
        self.down = False
        self.attempts = []
        self.lock = threading.Lock()

    def attempt(self, to):
        with self.lock:
            status = 503 if self.down else 201
            self.attempts.append((to, time.time(), status))
            return status, len(self.attempts)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as the real API offers
    # Headers and body go out in two writes; with Nagle's algorithm the body would wait for the
    # client's delayed ACK, about 40 ms a message.
    disable_nagle_algorithm = True
    provider = None

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
        if self.path in ("/outage/start", "/outage/end"):
            self.provider.down = self.path == "/outage/start"
            return self.answer(204, None)
        if not (self.path.startswith("/2010-04-01/Accounts/") and self.path.endswith("/Messages.json")):
            return self.answer(404, {"code": 20404, "message": "not found", "status": 404})
        to = urllib.parse.parse_qs(body).get("To", [""])[0]
        status, number = self.provider.attempt(to)
        if status == 503:
            return self.answer(503, {"code": 20503, "message": "Service unavailable", "status": 503},
                               {"Retry-After": str(self.provider.retry_after)})
        return self.answer(201, {"sid": "SM%032d" % number, "to": to, "status": "queued", "error_code": None})

    def do_GET(self):
        if self.path != "/attempts":
            return self.answer(404, {"code": 20404, "message": "not found", "status": 404})
        with self.provider.lock:
            return self.answer(200, list(self.provider.attempts))

    def answer(self, status, payload, headers=None):
        data = b"" if payload is None else json.dumps(payload).encode()
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass  # thousands of lines of access log would only hide a failure


def main():
    port, retry_after = int(sys.argv[1]), int(sys.argv[2])
    Handler.provider = Provider(retry_after)
    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.daemon_threads = True
    server.serve_forever()


if __name__ == "__main__":
    main()

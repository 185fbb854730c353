#!/usr/bin/env python3
"""Twilio's Messages API on loopback, answering each message after a fixed delay, as a real provider does.

Usage: slow_twilio.py PORT LATENCY_MS

  POST /2010-04-01/Accounts/{AccountSid}/Messages.json   201 with a Message resource, after LATENCY_MS
  GET  /stats    {"sends", "numbers", "sent_twice", "first", "last", "max_per_second_by_sender"}
  POST /reset    forgets every send

asyncio, so hundreds of messages can wait out their delay at once on one core (a thread per request
would cost more CPU than the service under test). Standard library only.
"""
import asyncio
import collections
import json
import sys
import time
import urllib.parse

SENDS = []  # (to, from, unix time)


def stats():
    by_number = collections.Counter(to for to, _, _ in SENDS)
    by_sender = collections.defaultdict(list)
    for _, sender, at in SENDS:
        by_sender[sender].append(at)
    most = {}
    for sender, times in by_sender.items():
        times.sort()
        start, best = 0, 0
        for end in range(len(times)):
            while times[end] - times[start] >= 1.0:
                start += 1
            best = max(best, end - start + 1)
        most[sender] = best
    return {"sends": len(SENDS), "numbers": len(by_number),
            "sent_twice": sum(1 for count in by_number.values() if count > 1),
            "first": min((at for _, _, at in SENDS), default=None),
            "last": max((at for _, _, at in SENDS), default=None),
            "max_per_second_by_sender": most}


async def handle(reader, writer, latency):
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            method, path, _ = lines[0].split(" ", 2)
            headers = {k.lower(): v.strip() for k, v in (l.split(":", 1) for l in lines[1:] if ":" in l)}
            body = await reader.readexactly(int(headers.get("content-length", "0")))
            if method == "POST" and path.endswith("/Messages.json"):
                form = urllib.parse.parse_qs(body.decode())
                await asyncio.sleep(latency)
                SENDS.append((form.get("To", [""])[0], form.get("From", [""])[0], time.time()))
                status, payload = "201 Created", {"sid": "SM%032d" % len(SENDS), "status": "queued",
                                                   "error_code": None}
            elif path == "/stats":
                status, payload = "200 OK", stats()
            elif path == "/reset":
                SENDS.clear()
                status, payload = "200 OK", {}
            else:
                status, payload = "404 Not Found", {"code": 20404, "message": "not found", "status": 404}
            data = json.dumps(payload).encode()
            writer.write(b"HTTP/1.1 " + status.encode() + b"\r\nContent-Type: application/json\r\n"
                         + b"Content-Length: " + str(len(data)).encode() + b"\r\n\r\n" + data)
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def main():
    port, latency = int(sys.argv[1]), int(sys.argv[2]) / 1000
    server = await asyncio.start_server(lambda r, w: handle(r, w, latency), "127.0.0.1", port, backlog=1024)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())

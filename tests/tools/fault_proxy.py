#!/usr/bin/env python3
"""A fault-injecting HTTP/1.1 proxy on loopback, between the sync client and the stateful
Open Klant stand-in (tests/tools/openklant_fixture.py), for the fault test and the push benchmark
(issue 14, items 8 and 9). Python 3 standard library only.

Start: fault_proxy.py UPSTREAM_PORT [--port N] [--rate R] [--seed S] [--slow SECONDS]
                     [--kinds 503,drop,slow,duplicate]
binds 127.0.0.1 (port N, or a free one) and prints "PORT <n>" once it accepts connections. It
stops when stdin closes (the test process ends) or on SIGTERM. --port lets a test stop the proxy
and start it again on the same address: to the client that is a server that went away and came
back, while the fixture behind it keeps what it stored.

Every request to the API (not /_control, not /_proxy) draws from one seeded random generator:
with probability R it gets one of the kinds, chosen evenly:
  503        answered 503 by the proxy; the server never sees the request.
  drop       forwarded; the server acts (a POST is stored), then the proxy closes the client's
             connection without a byte of the answer: the client cannot know what happened.
  slow       forwarded; the server acts, the answer is held back SECONDS (beyond the client's
             timeout) and then sent, if the client still listens.
  duplicate  forwarded; the answer is written twice on the connection. On HTTP/1.1 answers are
             matched to requests by their order only, so the second copy is what a client that
             reuses the connection reads as the answer to its NEXT request (a stale 201 or an old
             list page) unless it notices the bytes nobody asked for. The server saw the request
             once: an honest duplicate of the answer, never of the request.
GET /_proxy returns {"requests": n, "faults": {kind: n}, "rate": R}; POST /_proxy {"rate": R}
changes the rate, {"delay": SECONDS} holds back every answer that long (a slow server, not a
fault: for a test that wants to see "waiting").
"""
import argparse
import http.client
import json
import random
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

KINDS = ["503", "drop", "slow", "duplicate"]
HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "host",
               "proxy-connection", "content-length"}

state = {"rate": 0.0, "delay": 0.0, "requests": 0, "faults": {kind: 0 for kind in KINDS}}
lock = threading.Lock()
options = None
rng = random.Random(1)


def draw():
    with lock:
        state["requests"] += 1
        if rng.random() >= state["rate"]:
            return None
        kind = options.kinds[rng.randrange(len(options.kinds))]
        state["faults"][kind] += 1
        return kind


class Proxy(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def raw(self, status, reason, headers, data):
        lines = ["HTTP/1.1 %d %s" % (status, reason)]
        lines += ["%s: %s" % (name, value) for name, value in headers]
        lines.append("Content-Length: %d" % len(data))
        keep = (self.headers.get("Connection") or "").lower() != "close"
        lines.append("Connection: " + ("keep-alive" if keep else "close"))
        if not keep:
            self.close_connection = True
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + data

    def send_raw(self, payload):
        try:
            self.wfile.write(payload)
            self.wfile.flush()
        except OSError:
            self.close_connection = True  # the client gave up (timeout): nothing to tell it

    def control(self, data):
        with lock:
            if self.command == "POST":
                wanted = json.loads(data or b"{}")
                for key in ("rate", "delay"):
                    if key in wanted:
                        state[key] = float(wanted[key])
            answer = json.dumps(state).encode()
        self.send_raw(self.raw(200, "OK", [("Content-Type", "application/json")], answer))

    def forward(self, data):
        upstream = http.client.HTTPConnection("127.0.0.1", options.upstream, timeout=60)
        headers = {name: value for name, value in self.headers.items() if name.lower() not in HOP_HEADERS}
        upstream.request(self.command, self.path, body=data if self.command == "POST" else None, headers=headers)
        response = upstream.getresponse()
        payload = response.read()
        kept = [(name, value) for name, value in response.getheaders() if name.lower() not in HOP_HEADERS]
        upstream.close()
        return response.status, response.reason, kept, payload

    def handle_any(self):
        data = self.body()
        if self.path.startswith("/_proxy"):
            return self.control(data)
        fault = None if self.path.startswith("/_control") else draw()
        if fault == "503":
            problem = json.dumps({"status": 503, "detail": "Service niet beschikbaar (proxy)."}).encode()
            return self.send_raw(self.raw(503, "Service Unavailable", [("Content-Type", "application/json")], problem))
        try:
            status, reason, headers, payload = self.forward(data)
        except OSError:
            return self.send_raw(self.raw(502, "Bad Gateway", [("Content-Type", "application/json")],
                                          b'{"status": 502, "detail": "upstream weg"}'))
        answer = self.raw(status, reason, headers, payload)
        if fault == "drop":
            self.close_connection = True
            try:
                self.connection.shutdown(2)
            except OSError:
                pass
            return
        with lock:
            delay = state["delay"]
        if fault == "slow":
            delay = max(delay, options.slow)
        if delay:
            time.sleep(delay)
        self.send_raw(answer + answer if fault == "duplicate" else answer)

    do_GET = handle_any
    do_POST = handle_any
    do_PATCH = handle_any
    do_PUT = handle_any
    do_DELETE = handle_any


def main():
    global options
    parser = argparse.ArgumentParser()
    parser.add_argument("upstream", type=int)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--rate", type=float, default=0.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--slow", type=float, default=2.0)
    parser.add_argument("--kinds", default=",".join(KINDS))
    options = parser.parse_args()
    options.kinds = [kind for kind in options.kinds.split(",") if kind]
    unknown = [kind for kind in options.kinds if kind not in KINDS]
    if unknown or not options.kinds:
        parser.error("unknown fault kind(s): %s" % ", ".join(unknown))
    state["rate"] = options.rate
    rng.seed(options.seed)
    ThreadingHTTPServer.allow_reuse_address = True
    server = ThreadingHTTPServer(("127.0.0.1", options.port), Proxy)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print("PORT %d" % server.server_address[1], flush=True)
    sys.stdin.read()  # until the test closes our stdin or ends
    server.shutdown()


if __name__ == "__main__":
    main()

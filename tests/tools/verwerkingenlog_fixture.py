#!/usr/bin/env python3
"""A small stateful stand-in for a municipality's central Verwerkingenlogging API (the Bewerking
API, resources/reference/verwerkingenlogging-openapi.yaml) on loopback, for the forwarding tests
(tests/sync/tst_verwerkingen_doorsturen.cpp). Prism checks the contract but remembers nothing;
this server stores what is POSTed, lists it back by person, and injects faults.

Start: verwerkingenlog_fixture.py TOKEN -> binds 127.0.0.1 on a free port and prints "PORT <n>"
once it accepts connections; stops when stdin closes or on SIGTERM. Requests need
"Authorization: Bearer TOKEN".

Control (no token): POST /_control {"faults": [...]} queues faults for the next POSTs, in order:
  "503"             answers 503 without storing
  "store_then_drop" stores the entry and closes the connection without an answer
  "slow"            stores the entry and answers only after 3 s (past the client's timeout)
  "400"             refuses with the spec's ValidatieFout
GET /_control returns {"posts": n, "gets": n, "stored": [...]}.
"""
import json
import sys
import threading
import time
import uuid
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

PATH = "/api/v1/verwerkingsacties"
lock = threading.Lock()
stored = []
faults = []
counts = {"posts": 0, "gets": 0}
token = sys.argv[1] if len(sys.argv) > 1 else "test-token"


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def answer(self, status, body, content_type="application/json"):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def problem(self, status, title, params=None):
        body = {"type": "about:blank", "code": "invalid" if status == 400 else "error", "title": title,
                "status": status, "detail": title, "instance": "urn:uuid:" + str(uuid.uuid4())}
        if params is not None:
            body["invalidParams"] = params
        self.answer(status, body, "application/problem+json")

    def authorised(self):
        if self.headers.get("Authorization") == "Bearer " + token:
            return True
        self.problem(401, "Niet geauthenticeerd.")
        return False

    def body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return json.loads(self.rfile.read(length) or b"{}")

    def do_GET(self):
        url = urlparse(self.path)
        if url.path == "/_control":
            with lock:
                return self.answer(200, {"posts": counts["posts"], "gets": counts["gets"], "stored": stored})
        if url.path != PATH:
            return self.problem(404, "Niet gevonden.")
        if not self.authorised():
            return
        query = {key: values[0] for key, values in parse_qs(url.query).items()}
        missing = [key for key in ("objecttype", "soortObjectId", "objectId") if key not in query]
        if missing:
            return self.problem(400, "Ongeldige vraag.",
                                [{"name": key, "code": "required", "reason": "Verplicht."} for key in missing])
        begin, end = query.get("beginDatum", "0000-00-00"), query.get("eindDatum", "9999-99-99")
        with lock:
            counts["gets"] += 1
            results = [item for item in stored
                       if begin <= item["tijdstip"][:10] <= end and any(
                           o["soortObjectId"] == query["soortObjectId"] and o["objectId"] == query["objectId"]
                           for o in item["verwerkteObjecten"])]
        self.answer(200, {"count": len(results), "next": None, "previous": None, "results": results})

    def do_POST(self):
        url = urlparse(self.path)
        if url.path == "/_control":
            with lock:
                faults.extend(self.body().get("faults", []))
            return self.answer(200, {"faults": faults})
        if url.path != PATH:
            return self.problem(404, "Niet gevonden.")
        if not self.authorised():
            return
        body = self.body()
        with lock:
            counts["posts"] += 1
            fault = faults.pop(0) if faults else None
        if fault == "503":
            return self.problem(503, "Dienst niet beschikbaar.")
        if fault == "400":
            return self.problem(400, "Ongeldige invoer.",
                                [{"name": "bewaartermijn", "code": "invalid", "reason": "Geen geldige duur."}])
        item = dict(body)
        item["actieId"] = str(uuid.uuid4())
        base = "http://127.0.0.1:%d" % self.server.server_address[1]
        item["url"] = base + PATH + "/" + item["actieId"]
        item["tijdstipRegistratie"] = datetime.now(timezone.utc).isoformat()
        for obj in item.get("verwerkteObjecten", []):
            obj["verwerktObjectId"] = str(uuid.uuid4())
            obj["url"] = base + "/api/v1/verwerkte-objecten/" + obj["verwerktObjectId"]
        with lock:
            stored.append(item)
        if fault == "store_then_drop":
            self.close_connection = True
            self.connection.shutdown(2)
            return
        if fault == "slow":
            time.sleep(3)
        self.answer(201, item)


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print("PORT %d" % server.server_address[1], flush=True)
    sys.stdin.read()
    server.shutdown()


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""A small stateful stand-in for Open Klant's Klantinteracties API on loopback, for the sync
round-trip tests (tests/sync/tst_sync_roundtrip.cpp). Prism validates the contract but does not
remember what is POSTed; this server does, and it injects faults on request.

Start: openklant_fixture.py TOKEN  -> binds 127.0.0.1 on a free port and prints "PORT <n>" on
stdout once it accepts connections. It stops when stdin closes (the test process ends) or on
SIGTERM.

Control (no token needed): POST /_control {"faults": ["store_then_drop", "503", "400"]} queues
faults for the next POSTs, PATCHes and DELETEs, in order: "store_then_drop" stores the object (or the
change) and closes the connection without an answer (the client cannot know it was stored), "503"
answers 503 without storing, "400" refuses with invalidParams; an object {"status": 429, "retryAfter": "2"} answers that status
without storing, with a Retry-After header when given ("date+N": an HTTP date N seconds from now).
POST /_control {"change":
{"resource": "partijen", "uuid": ..., "set": {...}}} changes a stored record as another system
would (for the conflict tests). GET /_control returns {"posts": n, "patches": n, "gets": n,
"stored": {...}}.

GET and PATCH /<resource>/<uuid> read and change one record; PATCH replaces the keys it is given.
DELETE /<resource>/<uuid> removes it (204; 404 when unknown). GET /_control also counts "deletes".
POST /_control {"get_faults": [{"status": 429, "retryAfter": "1"}]} answers the next GETs of the API
(lists and records) so, without acting; GET /_control lists those still queued.
"""
import email.utils
import json
import sys
import time
import threading
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

PREFIX = "/klantinteracties/api/v1/"
RESOURCES = ["partijen", "partij-identificatoren", "klantcontacten", "betrokkenen", "onderwerpobjecten",
             "bijlagen", "actoren", "actorklantcontacten", "internetaken", "digitaleadressen"]
# The few filters the tests use; anything else is refused with 400 as Open Klant does.
FILTERS = {
    "klantcontacten": {"referentienummer": ("referentienummer",), "nummer": ("nummer",)},
    "internetaken": {"referentienummer": ("referentienummer",)},
    "partijen": {"nummer": ("nummer",),
                 "partijIdentificator__objectId": ("__identificator", "objectId"),
                 "partijIdentificator__codeSoortObjectId": ("__identificator", "codeSoortObjectId")},
    "partij-identificatoren": {"partijIdentificatorObjectId": ("partijIdentificator", "objectId"),
                               "partijIdentificatorCodeSoortObjectId": ("partijIdentificator", "codeSoortObjectId")},
    "betrokkenen": {"hadKlantcontact__uuid": ("hadKlantcontact", "uuid")},
    "onderwerpobjecten": {"klantcontact__uuid": ("klantcontact", "uuid")},
    "digitaleadressen": {"verstrektDoorBetrokkene__uuid": ("verstrektDoorBetrokkene", "uuid")},
    "actorklantcontacten": {"actor__uuid": ("actor", "uuid"), "klantcontact__uuid": ("klantcontact", "uuid")},
    "actoren": {"naam": ("naam",)},
}

lock = threading.Lock()
store = {name: [] for name in RESOURCES}
faults = []
get_faults = []  # {"status": 429, "retryAfter": ...} answered to the next GETs of the API, in order
posts = {"count": 0}
patches = {"count": 0}
gets = {"count": 0}
deletes = {"count": 0}
token = sys.argv[1] if len(sys.argv) > 1 else "0123456789abcdef0123456789abcdef01234567"


def value_at(item, path, resource):
    if path[0] == "__identificator":
        for ident in store["partij-identificatoren"]:
            if ident.get("identificeerdePartij", {}).get("uuid") == item["uuid"]:
                return ident.get("partijIdentificator", {}).get(path[1])
        return None
    value = item
    for key in path:
        value = (value or {}).get(key) if isinstance(value, dict) else None
    return value


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def resource(self):
        path = urlparse(self.path).path
        if not path.startswith(PREFIX):
            return None
        name = path[len(PREFIX):].strip("/")
        return name if name in RESOURCES else None

    def record(self):
        """(resource, item) for /<resource>/<uuid>; item None when unknown; (None, None) otherwise."""
        path = urlparse(self.path).path
        if not path.startswith(PREFIX):
            return None, None
        parts = path[len(PREFIX):].strip("/").split("/")
        if len(parts) != 2 or parts[0] not in RESOURCES:
            return None, None
        with lock:
            found = [item for item in store[parts[0]] if item["uuid"] == parts[1]]
        return parts[0], (found[0] if found else None)

    def refuse_for_now(self, fault):
        """Answers a fault object ({"status": 429|408|..., "retryAfter": ...}) without acting."""
        data = json.dumps({"status": fault["status"], "detail": "Probeer het later opnieuw."}).encode()
        self.send_response(int(fault["status"]))
        self.send_header("Content-Type", "application/json")
        retry_after = fault.get("retryAfter")
        if retry_after is not None:
            if str(retry_after).startswith("date+"):
                when = time.time() + float(str(retry_after)[len("date+"):])
                retry_after = email.utils.formatdate(when, usegmt=True)
            self.send_header("Retry-After", str(retry_after))
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def drop(self):
        self.close_connection = True
        self.connection.shutdown(2)

    def authorised(self):
        if self.headers.get("Authorization") == "Token " + token:
            return True
        self.answer(401, {"code": "not_authenticated", "title": "Authenticatiegegevens zijn niet opgegeven.",
                          "status": 401, "detail": "Authenticatiegegevens zijn niet opgegeven."})
        return False

    def body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return json.loads(self.rfile.read(length) or b"{}")

    def do_GET(self):
        if urlparse(self.path).path == "/_control":
            with lock:
                return self.answer(200, {"posts": posts["count"], "patches": patches["count"], "gets": gets["count"],
                                         "deletes": deletes["count"], "get_faults": get_faults, "stored": store})
        if self.path.startswith(PREFIX) and self.headers.get("Authorization") == "Token " + token:
            with lock:
                fault = get_faults.pop(0) if get_faults else None
            if fault:
                return self.refuse_for_now(fault)
        name, item = self.record()
        if name is not None:
            if not self.authorised():
                return
            with lock:
                gets["count"] += 1
            return self.answer(200, item) if item else self.answer(404, {"detail": "Niet gevonden."})
        name = self.resource()
        if name is None and detail_of(self.path) is not None:
            return self.answer_detail(*detail_of(self.path))
        if name is None:
            return self.answer(404, {"detail": "Niet gevonden."})
        if not self.authorised():
            return
        query = parse_qs(urlparse(self.path).query)
        allowed = set(FILTERS.get(name, {})) | {"page", "pageSize"}
        unknown = [key for key in query if key not in allowed]
        if unknown:
            return self.answer(400, {"code": "invalid", "status": 400, "invalidParams": [
                {"name": "nonFieldErrors", "code": "unknown-parameters",
                 "reason": "Onbekende query parameters: " + ", ".join(unknown)}]})
        with lock:
            items = [item for item in store[name]
                     if all(matches(item, FILTERS[name][key], name, values[0])
                            for key, values in query.items() if key not in ("page", "pageSize"))]
        page = int(query.get("page", ["1"])[0])
        size = min(int(query.get("pageSize", ["100"])[0]), 500, page_size_cap["size"])
        chunk = items[(page - 1) * size: page * size]
        base = "http://127.0.0.1:%d%s%s" % (self.server.server_address[1], PREFIX, name)
        more = page * size < len(items)
        self.answer(200, {"count": len(items), "next": "%s?page=%d&pageSize=%d" % (base, page + 1, size) if more else None,
                          "previous": None, "results": chunk})

    def do_POST(self):
        if urlparse(self.path).path == "/_control":
            body = self.body()
            with lock:
                faults.extend(body.get("faults", []))
                get_faults.extend(body.get("get_faults", []))
                change = body.get("change")
                if change:
                    for item in store[change["resource"]]:
                        if item["uuid"] == change["uuid"]:
                            item.update(change["set"])
            pull_control(body, self.server.server_address[1])
            return self.answer(200, {"faults": faults})
        name = self.resource()
        if name is None:
            return self.answer(404, {"detail": "Niet gevonden."})
        if not self.authorised():
            return
        body = self.body()
        with lock:
            posts["count"] += 1
            fault = faults.pop(0) if faults else None
        if isinstance(fault, dict):
            return self.refuse_for_now(fault)
        if fault == "503":
            return self.answer(503, {"status": 503, "detail": "Service niet beschikbaar."})
        if fault == "400":
            return self.answer(400, {"code": "invalid", "status": 400, "title": "Invalid input.",
                                     "invalidParams": [{"name": "kanaal", "code": "invalid",
                                                        "reason": "Ongeldig kanaal."}]})
        item = dict(body)
        item["uuid"] = str(uuid.uuid4())
        item["url"] = "http://127.0.0.1:%d%s%s/%s" % (self.server.server_address[1], PREFIX, name, item["uuid"])
        with lock:
            store[name].insert(0, item)  # newest first, as Open Klant lists
        if fault == "store_then_drop":
            return self.drop()
        self.answer(201, item)

    def do_PATCH(self):
        name, item = self.record()
        if name is None:
            return self.answer(404, {"detail": "Niet gevonden."})
        if not self.authorised():
            return
        body = self.body()
        with lock:
            patches["count"] += 1
            fault = faults.pop(0) if faults else None
        if item is None:
            return self.answer(404, {"detail": "Niet gevonden."})
        if isinstance(fault, dict):
            return self.refuse_for_now(fault)
        if fault == "503":
            return self.answer(503, {"status": 503, "detail": "Service niet beschikbaar."})
        if fault == "400":
            return self.answer(400, {"code": "invalid", "status": 400, "title": "Invalid input.",
                                     "invalidParams": [{"name": "status", "code": "invalid",
                                                        "reason": "Ongeldige status."}]})
        unknown = [key for key in body if key in ("uuid", "url")]
        if unknown:
            return self.answer(400, {"code": "invalid", "status": 400, "invalidParams": [
                {"name": key, "code": "read-only", "reason": "Dit veld is alleen-lezen."} for key in unknown]})
        with lock:
            item.update(body)
            answer = dict(item)
        if fault == "store_then_drop":
            return self.drop()
        self.answer(200, answer)

    def do_DELETE(self):
        """DELETE /<resource>/<uuid>: 204 without a body, 404 when unknown (or already removed).
        Faults from /_control apply to DELETEs as to POSTs and PATCHes."""
        name, item = self.record()
        if name is None:
            return self.answer(404, {"detail": "Niet gevonden."})
        if not self.authorised():
            return
        with lock:
            deletes["count"] += 1
            fault = faults.pop(0) if faults else None
        if isinstance(fault, dict):
            return self.refuse_for_now(fault)
        if fault == "503":
            return self.answer(503, {"status": 503, "detail": "Service niet beschikbaar."})
        if item is None:
            return self.answer(404, {"detail": "Niet gevonden."})
        if fault == "400":
            return self.answer(400, {"code": "invalid", "status": 400, "title": "Invalid input.",
                                     "invalidParams": [{"name": "nonFieldErrors", "code": "invalid",
                                                        "reason": "Kan niet verwijderd worden."}]})
        with lock:
            store[name] = [other for other in store[name] if other["uuid"] != item["uuid"]]
        if fault == "store_then_drop":
            return self.drop()
        self.send_response(204)
        self.send_header("Content-Length", "0")
        self.end_headers()


# --- pulling (issue 14, item 3) -----------------------------------------------------------------
# Control: {"load": DIR} adds a dump of real-server output (tests/data/openklant/server: blank
# groups, null subtypes, _expand, microseconds, an older version's single toegewezenAanActor), its
# urls moved to this server; {"seed": {resource: [items]}} adds records as given (urls likewise);
# {"page_size_cap": n} makes every list page at most n long, so that clients must follow `next`.
# GET <resource>/<uuid> answers one record.
PULL_FILTERS = {
    "partijen": {"partijIdentificator__objectId": ("__identificator", "objectId"),
                 "partijIdentificator__codeSoortObjectId": ("__identificator", "codeSoortObjectId")},
    "digitaleadressen": {"adres": ("adres",), "soortDigitaalAdres": ("soortDigitaalAdres",),
                         "verstrektDoorPartij__uuid": ("verstrektDoorPartij", "uuid")},
    "klantcontacten": {"hadBetrokkene__wasPartij__uuid": ("__betrokkene_partij",)},
    "betrokkenen": {"hadKlantcontact__uuid": ("hadKlantcontact", "uuid")},
    "onderwerpobjecten": {"klantcontact__uuid": ("klantcontact", "uuid")},
    "bijlagen": {"klantcontact__uuid": ("wasBijlageVanKlantcontact", "uuid")},
    "actorklantcontacten": {"klantcontact__uuid": ("klantcontact", "uuid")},
    "internetaken": {"toegewezenAanActor__uuid": ("__toegewezen",), "status": ("status",)},
}
for _resource, _filters in PULL_FILTERS.items():
    FILTERS.setdefault(_resource, {}).update(_filters)
page_size_cap = {"size": 500}
SERVER_BASE = "http://openklant.gemeente.example"


def matches(item, path, resource, wanted):
    if path[0] == "__betrokkene_partij":  # klantcontacten with a betrokkene of this partij
        return any((b.get("hadKlantcontact") or {}).get("uuid") == item["uuid"]
                   and (b.get("wasPartij") or {}).get("uuid") == wanted for b in store["betrokkenen"])
    if path[0] == "__toegewezen":  # both the list and an older version's single actor
        actors = list(item.get("toegewezenAanActoren") or []) + [item.get("toegewezenAanActor") or {}]
        return any((actor or {}).get("uuid") == wanted for actor in actors)
    value = value_at(item, path, resource)
    if isinstance(value, bool):
        value = "true" if value else "false"
    return str(value) == wanted


def rebased(value, port):
    text = json.dumps(value).replace(SERVER_BASE, "http://127.0.0.1:%d" % port)
    return json.loads(text)


def pull_control(control, port):
    import os
    with lock:
        if "page_size_cap" in control:
            page_size_cap["size"] = int(control["page_size_cap"])
        for resource, items in (control.get("seed") or {}).items():
            store[resource].extend(rebased(items, port))
        if control.get("load"):
            for resource in RESOURCES:
                path = os.path.join(control["load"], resource + ".json")
                if os.path.exists(path):
                    with open(path, encoding="utf-8") as dump:
                        store[resource].extend(rebased(json.load(dump), port))
            # A dump's nested partijIdentificatoren are the identificatoren the BSN filter searches.
            for partij in list(store["partijen"]):
                for ident in partij.get("partijIdentificatoren") or []:
                    if not any(i["uuid"] == ident["uuid"] for i in store["partij-identificatoren"]):
                        store["partij-identificatoren"].append(ident)


def detail_of(path):
    path = urlparse(path).path
    if not path.startswith(PREFIX):
        return None
    parts = path[len(PREFIX):].strip("/").split("/")
    if len(parts) != 2 or parts[0] not in RESOURCES:
        return None
    return parts[0], parts[1]


def answer_detail(self, name, wanted):
    if not self.authorised():
        return
    with lock:
        found = [item for item in store[name] if item.get("uuid") == wanted]
    if not found:
        return self.answer(404, {"code": "not_found", "status": 404, "detail": "Niet gevonden."})
    self.answer(200, found[0])


Handler.answer_detail = answer_detail


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print("PORT %d" % server.server_address[1], flush=True)
    sys.stdin.read()  # until the test closes our stdin or ends
    server.shutdown()


if __name__ == "__main__":
    main()

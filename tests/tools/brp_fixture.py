#!/usr/bin/env python3
"""A stand-in for Haal Centraal BRP Personen bevragen (resources/reference/brp-personen-openapi.yaml)
on loopback, for the BRP look-up tests (tests/sync/tst_sync_brp.cpp, tests/gui/tst_brp_gui.cpp).

Prism serves the spec too, but it ignores the `type` discriminator of PersonenQuery (it checks only
the base schema and answers with made-up persons). This server validates every request against the
subschema its `type` selects -- the required properties, no properties the subschema does not
declare, the patterns, and `fields` (only paths that exist in the response schema of that type, and
never an automatically delivered one) -- and answers with the spec's error bodies: 400 with
invalidParams, 401 without a key, 403 with a wrong key or a missing doelbinding header, 415 for
another content type. Persons are answered with only the fields asked for (and the automatically
delivered ones), as the API does, so a client that asks too little sees too little.

Start: brp_fixture.py API_KEY [--require-header NAME=VALUE ...]
  binds 127.0.0.1 on a free port and prints "PORT <n>" once it accepts connections; the API is at
  http://127.0.0.1:<n>/haalcentraal/api/brp/personen. It stops when stdin closes or on SIGTERM.
GET /_control returns {"requests": [{"headers": {...}, "body": {...}, "status": n}, ...]}.

The test persons (every BSN passes the elfproef):
  999990007  Jan Pieter de Vries, a normal adult in Nederland
  999990019  Sanne Bakker, geheimhoudingPersoonsgegevens (the fixture does send her address)
  999990020  Hendrik Jansen, deceased (overlijden, opschortingBijhouding reden O)
  999990032  Fatima el Amrani, name and address in onderzoek
  999990044  Pieter Smit, living in Belgie (adressering.land 5010, opschortingBijhouding reden E)
  12 residents named Haddad born 2000-01-01 at Azcweg 1, 9999 ZZ: too many results for a search
  111222333  (valid BSN) unknown: an empty answer
Only the two query types the desk uses and ZoekMetPostcodeEnHuisnummer search the persons; the
other types are validated and answered with no persons.
"""
import json
import re
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PATH = "/haalcentraal/api/brp/personen"
MAX_RESULTS = 10
NAME = r"^[a-zA-Z0-9\u00c0-\u017e \.\-\']{1,200}$|^[a-zA-Z0-9\u00c0-\u017e \.\-\']{3,199}\*{1}$"
PATTERNS = {
    "burgerservicenummer": r"^[0-9]{9}$",
    "geslachtsnaam": NAME,
    "voornamen": r"^[a-zA-Z0-9\u00c0-\u017e \.\-\']{1,199}\*{0,1}$",
    "voorvoegsel": r"^[a-zA-Z \']{1,10}$",
    "geslacht": r"^([Mm]|[Vv]|[Oo])$",
    "geboortedatum": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
    "gemeenteVanInschrijving": r"^[0-9]{4}$",
    "postcode": r"^[1-9]{1}[0-9]{3}[ ]?[A-Za-z]{2}$",
    "huisletter": r"^[a-zA-Z]{1}$",
    "huisnummertoevoeging": r"^[a-zA-Z0-9 \-]{1,4}$",
    "straat": r"^[a-zA-Z0-9\u00c0-\u017e \-\'\.]{1,80}$|^[a-zA-Z0-9\u00c0-\u017e \-\'\.]{7,79}\*{1}$",
    "nummeraanduidingIdentificatie": r"^(?!0{16})[0-9]{16}$",
    "adresseerbaarObjectIdentificatie": r"^(?!0{16})[0-9]{16}$",
}
BASE = {"type", "fields", "gemeenteVanInschrijving"}
# The subschemas of PersonenQuery's discriminator: (required, declared properties beyond BASE).
TYPES = {
    "RaadpleegMetBurgerservicenummer": ({"burgerservicenummer"}, {"burgerservicenummer"}),
    "ZoekMetGeslachtsnaamEnGeboortedatum": (
        {"geslachtsnaam", "geboortedatum"},
        {"inclusiefOverledenPersonen", "geboortedatum", "geslachtsnaam", "geslacht", "voorvoegsel", "voornamen"}),
    "ZoekMetNaamEnGemeenteVanInschrijving": (
        {"geslachtsnaam", "gemeenteVanInschrijving", "voornamen"},
        {"inclusiefOverledenPersonen", "geslacht", "geslachtsnaam", "voorvoegsel", "voornamen"}),
    "ZoekMetPostcodeEnHuisnummer": (
        {"postcode", "huisnummer"},
        {"inclusiefOverledenPersonen", "huisletter", "huisnummer", "huisnummertoevoeging", "postcode",
         "geboortedatum", "geslachtsnaam"}),
    "ZoekMetStraatHuisnummerEnGemeenteVanInschrijving": (
        {"straat", "huisnummer", "gemeenteVanInschrijving"},
        {"inclusiefOverledenPersonen", "huisletter", "huisnummer", "huisnummertoevoeging", "straat"}),
    "ZoekMetNummeraanduidingIdentificatie": (
        {"nummeraanduidingIdentificatie"}, {"inclusiefOverledenPersonen", "nummeraanduidingIdentificatie"}),
    "ZoekMetAdresseerbaarObjectIdentificatie": (
        {"adresseerbaarObjectIdentificatie"}, {"inclusiefOverledenPersonen", "adresseerbaarObjectIdentificatie"}),
}
# Automatically delivered: asking for them in fields is a 400 (PersonenQuery.fields).
AUTOMATIC = {"inOnderzoek", "geheimhoudingPersoonsgegevens", "opschortingBijhouding", "rni", "verificatie"}
WAARDE = ["code", "omschrijving"]
DATUM = ["type", "datum", "langFormaat", "jaar", "maand", "onbekend"]
NAAM = ["voornamen", "adellijkeTitelPredicaat", "voorvoegsel", "geslachtsnaam", "voorletters", "volledigeNaam"]
ADRESREGELS = ["adresregel1", "adresregel2", "adresregel3", "land", "indicatieVastgesteldVerblijftNietOpAdres"]
# The field paths of the response schemas (PersoonBeperkt for the Zoek types, Persoon for
# RaadpleegMetBurgerservicenummer), as far as the tests need them: a group and its children.
BEPERKT = {
    "burgerservicenummer": [], "leeftijd": [], "geslacht": WAARDE, "geboorte": ["datum"], "naam": NAAM,
    "adressering": ADRESREGELS,
}
PERSOON = dict(BEPERKT, **{
    "aNummer": [], "datumEersteInschrijvingGBA": DATUM, "uitsluitingKiesrecht": [], "europeesKiesrecht": [],
    "naam": NAAM + ["aanduidingNaamgebruik"], "nationaliteiten": [], "geboorte": ["datum", "land", "plaats"],
    "overlijden": ["datum", "land", "plaats"],
    "verblijfplaats": ["type", "verblijfadres", "functieAdres", "adresseerbaarObjectIdentificatie",
                       "nummeraanduidingIdentificatie", "datumVan", "datumIngangGeldigheid",
                       "indicatieVastgesteldVerblijftNietOpAdres"],
    "immigratie": [], "gemeenteVanInschrijving": WAARDE, "datumInschrijvingInGemeente": DATUM,
    "adressering": ADRESREGELS + ["aanhef", "aanschrijfwijze", "gebruikInLopendeTekst"],
    "indicatieCurateleRegister": [], "gezag": [], "verblijfstitel": [], "kinderen": [], "ouders": [],
    "partners": [],
})


def datum(iso, lang):
    return {"type": "Datum", "datum": iso, "langFormaat": lang}


def nl_adres(regel1, regel2):
    return {"adresregel1": regel1, "adresregel2": regel2, "land": {"code": "6030", "omschrijving": "Nederland"}}


def person(bsn, voornamen, voorvoegsel, geslachtsnaam, voorletters, geboren, lang, geslacht, adressering, **extra):
    naam = {"voornamen": voornamen, "geslachtsnaam": geslachtsnaam, "voorletters": voorletters}
    if voorvoegsel:
        naam["voorvoegsel"] = voorvoegsel
    code = {"man": "M", "vrouw": "V"}.get(geslacht, "O")
    result = {"burgerservicenummer": bsn, "naam": naam, "geboorte": {"datum": datum(geboren, lang)},
              "geslacht": {"code": code, "omschrijving": geslacht}, "adressering": adressering, "leeftijd": 40}
    result.update(extra)
    return result


PERSONS = [
    person("999990007", "Jan Pieter", "de", "Vries", "J.P.", "1980-05-17", "17 mei 1980", "man",
           nl_adres("Laan 12", "1234 AB  ONS DORP")),
    person("999990019", "Sanne", None, "Bakker", "S.", "1975-03-02", "2 maart 1975", "vrouw",
           nl_adres("Verborgenstraat 7", "1234 CD  ONS DORP"), geheimhoudingPersoonsgegevens=True),
    person("999990020", "Hendrik", None, "Jansen", "H.", "1940-02-02", "2 februari 1940", "man",
           nl_adres("Dorpsstraat 1", "1234 EF  ONS DORP"),
           overlijden={"datum": datum("2024-11-03", "3 november 2024")},
           opschortingBijhouding={"reden": {"code": "O", "omschrijving": "overlijden"},
                                  "datum": datum("2024-11-03", "3 november 2024")}),
    person("999990032", "Fatima", "el", "Amrani", "F.", "1990-07-07", "7 juli 1990", "vrouw",
           dict(nl_adres("Kerkplein 3", "1234 GH  ONS DORP"),
                inOnderzoek={"adresregel1": True, "adresregel2": True,
                             "datumIngangOnderzoekVerblijfplaats": datum("2025-01-15", "15 januari 2025")}),
           inOnderzoek={"burgerservicenummer": True,
                        "datumIngangOnderzoekPersoon": datum("2025-01-15", "15 januari 2025")}),
    person("999990044", "Pieter", None, "Smit", "P.", "1985-09-30", "30 september 1985", "man",
           {"adresregel1": "Rue de la Loi 16", "adresregel2": "1000 Bruxelles",
            "land": {"code": "5010", "omschrijving": "Belgi\u00eb"}},
           opschortingBijhouding={"reden": {"code": "E", "omschrijving": "emigratie"},
                                  "datum": datum("2019-06-01", "1 juni 2019")}),
]
AZC_VOORNAMEN = ["Ahmad", "Omar", "Layla", "Yusuf", "Mariam", "Karim", "Nour", "Samir", "Rania", "Tariq", "Hiba",
                 "Zaid"]
for n, voornaam in enumerate(AZC_VOORNAMEN):
    bsn = None
    for candidate in range(999991000 + n * 20, 999991000 + n * 20 + 20):
        digits = [int(c) for c in str(candidate)]
        if (sum(d * (9 - i) for i, d in enumerate(digits[:8])) - digits[8]) % 11 == 0:
            bsn = str(candidate)
            break
    p = person(bsn, voornaam, None, "Haddad", voornaam[0] + ".", "2000-01-01", "1 januari 2000", "onbekend",
               nl_adres("Azcweg 1", "9999 ZZ  ONS DORP"))
    p["_postcode"], p["_huisnummer"] = "9999ZZ", 1
    PERSONS.append(p)
for p in PERSONS[:5]:
    p["_postcode"], p["_huisnummer"] = p["adressering"]["adresregel2"][:7].replace(" ", ""), 0

lock = threading.Lock()
requests = []
api_key = sys.argv[1] if len(sys.argv) > 1 else "brp-test-key"
required_headers = {}
for i, arg in enumerate(sys.argv):
    if arg == "--require-header" and i + 1 < len(sys.argv):
        name, _, value = sys.argv[i + 1].partition("=")
        required_headers[name.lower()] = value


def problem(status, code, title, invalid=None):
    body = {"type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html", "title": title, "status": status,
            "detail": title, "instance": PATH, "code": code}
    if invalid is not None:
        body["invalidParams"] = [{"type": "https://www.vng.nl/realisatie/api/validaties/" + c, "name": n, "code": c,
                                  "reason": r} for n, c, r in invalid]
    return status, body


def validate(body):
    """The invalidParams of a request body, checked against the subschema its type selects."""
    if not isinstance(body, dict):
        return [("body", "object", "Het verzoek is geen object.")]
    kind = body.get("type")
    if kind not in TYPES:
        return [("type", "value", "Waarde is geen geldig zoek type.")]
    required, declared = TYPES[kind]
    allowed = BASE | declared
    invalid = []
    for key in sorted(body):
        if key not in allowed:
            invalid.append((key, "unknownParam", "Parameter is niet verwacht."))
    for key in sorted(required | {"fields"}):
        if key not in body:
            invalid.append((key, "required", "Parameter is verplicht."))
    for key, value in sorted(body.items()):
        if key not in allowed or key in ("type", "fields"):
            continue
        if key == "burgerservicenummer":
            if not isinstance(value, list) or not 1 <= len(value) <= 20:
                invalid.append((key, "array", "Parameter is geen lijst van 1 tot 20 waarden."))
                continue
            values = value
        elif key == "inclusiefOverledenPersonen":
            if not isinstance(value, bool):
                invalid.append((key, "boolean", "Waarde is geen boolean."))
            continue
        elif key == "huisnummer":
            if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 99999:
                invalid.append((key, "integer", "Waarde is geen geldig huisnummer."))
            continue
        else:
            values = [value]
        for item in values:
            if not isinstance(item, str) or not re.match(PATTERNS[key], item):
                invalid.append((key, "pattern", "Waarde voldoet niet aan het patroon."))
                break
    invalid.extend(validate_fields(body.get("fields"), PERSOON if kind == "RaadpleegMetBurgerservicenummer"
                                   else BEPERKT))
    return invalid


def validate_fields(fields, schema):
    if fields is None:
        return []
    if not isinstance(fields, list) or not 1 <= len(fields) <= 130:
        return [("fields", "array", "Parameter is geen lijst van 1 tot 130 velden.")]
    invalid = []
    for field in fields:
        name = "fields"
        if not isinstance(field, str) or not re.match(r"^[a-zA-Z0-9\._]{1,200}$", field):
            invalid.append((name, "pattern", "Waarde voldoet niet aan het patroon."))
            continue
        parts = field.split(".")
        if parts[-1] in AUTOMATIC:
            invalid.append((name, "field", "Parameter bevat een automatisch geleverd veld."))
        elif parts[0] not in schema or (len(parts) > 1 and parts[1] not in schema[parts[0]]):
            invalid.append((name, "field", "Parameter bevat een niet bestaande veldnaam."))
    return invalid


def pick(person, fields):
    """The person with only the fields asked for, and the automatically delivered ones."""
    result = {key: person[key] for key in AUTOMATIC if key in person}
    for field in fields:
        parts = field.split(".")
        if parts[0] not in person:
            continue
        if len(parts) == 1:
            result[parts[0]] = person[parts[0]]
            continue
        group = person[parts[0]]
        if isinstance(group, dict) and parts[1] in group:
            target = result.setdefault(parts[0], {})
            target[parts[1]] = group[parts[1]]
            if "inOnderzoek" in group:
                target["inOnderzoek"] = group["inOnderzoek"]
    return result


def deceased(person):
    return "overlijden" in person


def matches_name(pattern, value):
    pattern, value = pattern.lower(), value.lower()
    return value.startswith(pattern[:-1]) if pattern.endswith("*") else value == pattern


def search(body):
    kind = body["type"]
    found = []
    if kind == "RaadpleegMetBurgerservicenummer":
        found = [p for p in PERSONS if p["burgerservicenummer"] in body["burgerservicenummer"]]
    elif kind == "ZoekMetGeslachtsnaamEnGeboortedatum":
        found = [p for p in PERSONS if matches_name(body["geslachtsnaam"], p["naam"]["geslachtsnaam"])
                 and p["geboorte"]["datum"]["datum"] == body["geboortedatum"]
                 and ("voorvoegsel" not in body
                      or body["voorvoegsel"].lower() == p["naam"].get("voorvoegsel", "").lower())]
    elif kind == "ZoekMetPostcodeEnHuisnummer":
        postcode = body["postcode"].replace(" ", "").upper()
        found = [p for p in PERSONS if p["_postcode"] == postcode and p["_huisnummer"] == body["huisnummer"]]
    if kind != "RaadpleegMetBurgerservicenummer" and not body.get("inclusiefOverledenPersonen"):
        found = [p for p in found if not deceased(p)]
    return found


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def answer(self, status, body, content_type="application/problem+json"):
        data = json.dumps(body).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type if status != 200 else "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path != "/_control":
            self.answer(*problem(404, "notFound", "Opgevraagde resource bestaat niet."))
            return
        with lock:
            self.answer(200, {"requests": requests}, "application/json")

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        raw = self.rfile.read(length)
        try:
            body = json.loads(raw.decode("utf-8")) if raw else None
        except ValueError:
            body = raw.decode("utf-8", "replace")
        status, answer = self.handle_query(body)
        with lock:
            requests.append({"headers": {k.lower(): v for k, v in self.headers.items()}, "body": body,
                             "status": status})
        self.answer(status, answer)

    def handle_query(self, body):
        if self.path != PATH:
            return problem(404, "notFound", "Opgevraagde resource bestaat niet.")
        key = self.headers.get("X-API-KEY")
        if not key:
            return problem(401, "authentication", "Niet correct geauthenticeerd.")
        if key != api_key:
            return problem(403, "autorisation", "U bent niet geautoriseerd voor deze operatie.")
        for name, value in required_headers.items():
            if self.headers.get(name) != value:
                return problem(403, "autorisation", "U bent niet geautoriseerd voor deze operatie.")
        if not self.headers.get("Content-Type", "").startswith("application/json"):
            return problem(415, "unsupported", "Unsupported Media Type")
        invalid = validate(body)
        if invalid:
            return problem(400, "paramsValidation", "Een of meerdere parameters zijn niet correct.", invalid)
        found = search(body)
        if len(found) > MAX_RESULTS:
            return problem(400, "tooManyResults", "Zoekvraag leidt tot te veel resultaten.",
                           [("zoekvraag", "tooManyResults", "Er zijn meer dan 10 personen gevonden.")])
        return 200, {"type": body["type"], "personen": [pick(p, body["fields"]) for p in found]}


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print("PORT %d" % server.server_address[1], flush=True)
    sys.stdin.read()  # until the test closes our stdin or ends
    server.shutdown()


if __name__ == "__main__":
    main()

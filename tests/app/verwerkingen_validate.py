#!/usr/bin/python3
"""Validate `kccctl verwerkingen --json` output against the Verwerkingenlogging spec.

Usage: verwerkingen_validate.py SPEC FILE

FILE holds the list response {count, next, previous, results}; every element of results is
validated against the spec's VerwerkingsactieUitgebreid schema (with the same OpenAPI -> JSON
Schema translation, format checks and undeclared-property check as tools/openapi_validate.py).
Exit status 0 when valid, 1 with the problems otherwise.
"""

import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
import jsonschema  # noqa: E402
import yaml  # noqa: E402
from openapi_validate import Extras, REF_PREFIX, convert, make_format_checker, most_specific  # noqa: E402

SCHEMA = "VerwerkingsactieUitgebreid"


def main(spec_path, file_path):
    with open(spec_path, encoding="utf-8") as handle:
        schemas = yaml.safe_load(handle)["components"]["schemas"]
    with open(file_path, encoding="utf-8") as handle:
        data = json.load(handle)
    problems = []
    for key in ("count", "results"):
        if key not in data:
            problems.append(("$", "missing %s" % key))
    definitions = {name: convert(dict(schema), False) for name, schema in schemas.items()}
    validator = jsonschema.Draft7Validator({"definitions": definitions, "$ref": "#/definitions/" + SCHEMA},
                                           format_checker=make_format_checker())
    extras = Extras(schemas)
    results = data.get("results", [])
    if data.get("count") != len(results):
        problems.append(("count", "is %s, results has %d" % (data.get("count"), len(results))))
    for index, element in enumerate(results):
        base = "results[%d]" % index
        for error in validator.iter_errors(element):
            error = most_specific(error)
            problems.append((base + "".join(".%s" % p for p in error.absolute_path), error.message))
        extras.check({"$ref": REF_PREFIX + SCHEMA}, element, base, problems)
    if problems:
        for where, message in problems:
            print("%s: %s" % (where, message))
        return 1
    print("verwerkingen: %d entries valid against %s" % (len(results), SCHEMA))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))

#!/usr/bin/python3
"""Validate a KCC Werkplek export directory against the Klantinteracties OpenAPI spec.

Usage: openapi_validate.py [--allow-blank] [--allow-missing] SPEC DIR

Every element of each export file (partijen.json, ...) is validated against the RESPONSE schema
of its resource in SPEC (Open Klant's openapi.yaml), independently of the C++ code that wrote it:

* OpenAPI 3.0 schemas are translated to JSON Schema (draft 7): `nullable` allows null (also
  around `allOf: [$ref]`), a `discriminator` with a mapping selects the mapped schema by the
  property value, `readOnly`/`writeOnly`/`deprecated` are ignored (a response carries them).
* Formats uri, uuid, date, date-time and email are checked by our own FormatChecker functions
  (jsonschema's built-in ones depend on optional packages).
* Besides schema errors, every property that the schema does not declare is reported: OpenAPI
  objects allow extra keys, but our export must not write any.

--allow-blank accepts "" for strings whose pattern/format/minLength would reject it, as Open Klant
itself returns "" for blank optional strings (use it to check a dump taken from a real server).
--allow-missing skips files that are not present instead of failing.

Exit status 0 and a one-line summary when everything is valid; 1 with a readable list otherwise;
2 for usage errors (unreadable spec or directory).
"""

import argparse
import copy
import datetime
import json
import os
import re
import sys
import urllib.parse

import jsonschema
import yaml

FILES = [
    ("partijen.json", "Partij"),
    ("partij-identificatoren.json", "PartijIdentificator"),
    ("digitaleadressen.json", "DigitaalAdres"),
    ("rekeningnummers.json", "Rekeningnummer"),
    ("vertegenwoordigingen.json", "Vertegenwoordigden"),
    ("klantcontacten.json", "Klantcontact"),
    ("betrokkenen.json", "Betrokkene"),
    ("onderwerpobjecten.json", "Onderwerpobject"),
    ("bijlagen.json", "Bijlage"),
    ("actoren.json", "Actor"),
    ("actorklantcontacten.json", "ActorKlantcontact"),
    ("internetaken.json", "InterneTaak"),
]

MAX_REPORTED = 200

REF_PREFIX = "#/components/schemas/"

UUID_RE = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATETIME_RE = re.compile(
    r"^(\d{4}-\d{2}-\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+$")


def make_format_checker():
    checker = jsonschema.FormatChecker(formats=())

    @checker.checks("uuid")
    def is_uuid(value):
        return not isinstance(value, str) or bool(UUID_RE.match(value))

    @checker.checks("date", raises=ValueError)
    def is_date(value):
        if not isinstance(value, str):
            return True
        if not DATE_RE.match(value):
            return False
        datetime.date.fromisoformat(value)  # raises ValueError -> invalid
        return True

    @checker.checks("date-time", raises=ValueError)
    def is_datetime(value):
        if not isinstance(value, str):
            return True
        match = DATETIME_RE.match(value)
        if not match:
            return False
        datetime.date.fromisoformat(match.group(1))
        hours, minutes, seconds = (int(match.group(i)) for i in (2, 3, 4))
        return hours < 24 and minutes < 60 and seconds < 61

    @checker.checks("email")
    def is_email(value):
        return not isinstance(value, str) or bool(EMAIL_RE.match(value))

    @checker.checks("uri")
    def is_uri(value):
        if not isinstance(value, str):
            return True
        parsed = urllib.parse.urlsplit(value)
        return bool(parsed.scheme) and bool(parsed.netloc) and not re.search(r"\s", value)

    return checker


def convert(schema, allow_blank):
    """OpenAPI 3.0 schema object -> JSON Schema (draft 7), recursively."""
    if isinstance(schema, list):
        return [convert(item, allow_blank) for item in schema]
    if not isinstance(schema, dict):
        return schema
    schema = dict(schema)
    nullable = schema.pop("nullable", False)
    for key in ("readOnly", "writeOnly", "deprecated", "example", "description", "title", "externalDocs", "xml"):
        schema.pop(key, None)

    if "$ref" in schema:
        ref = schema["$ref"]
        if ref.startswith(REF_PREFIX):
            schema["$ref"] = "#/definitions/" + ref[len(REF_PREFIX):]

    discriminator = schema.pop("discriminator", None)
    for key in ("allOf", "oneOf", "anyOf"):
        if key in schema:
            schema[key] = convert(schema[key], allow_blank)
    if "not" in schema:
        schema["not"] = convert(schema["not"], allow_blank)
    if "items" in schema:
        schema["items"] = convert(schema["items"], allow_blank)
    if "properties" in schema:
        schema["properties"] = {name: convert(sub, allow_blank) for name, sub in schema["properties"].items()}
    if isinstance(schema.get("additionalProperties"), dict):
        schema["additionalProperties"] = convert(schema["additionalProperties"], allow_blank)

    if discriminator and "mapping" in discriminator and "oneOf" in schema:
        # Without additionalProperties:false the variants overlap, so oneOf alone would match
        # several; the discriminator value decides, as the OpenAPI spec intends.
        prop = discriminator["propertyName"]
        mapping = discriminator["mapping"]
        del schema["oneOf"]
        branches = []
        for value, target in mapping.items():
            branches.append({
                "if": {"properties": {prop: {"const": value}}, "required": [prop]},
                "then": {"$ref": "#/definitions/" + target[len(REF_PREFIX):]},
            })
        schema.setdefault("allOf", []).extend(branches)
        schema["required"] = sorted(set(schema.get("required", [])) | {prop})
        schema.setdefault("properties", {})[prop] = {"enum": sorted(mapping.keys())}

    if allow_blank and schema.get("type") == "string" and (
            "pattern" in schema or "format" in schema or schema.get("minLength", 0) > 0):
        schema = {"anyOf": [{"const": ""}, schema]}

    if nullable:
        if "type" in schema and isinstance(schema["type"], str) and set(schema) <= {
                "type", "format", "maxLength", "minLength", "pattern", "maximum", "minimum", "enum", "default",
                "items", "properties", "required", "additionalProperties"}:
            schema["type"] = [schema["type"], "null"]
            if "enum" in schema:
                schema["enum"] = list(schema["enum"]) + [None]
        else:
            schema = {"anyOf": [{"type": "null"}, schema]}
    return schema


class Extras:
    """Reports properties that an instance has but its (OpenAPI) schema does not declare."""

    def __init__(self, schemas):
        self.schemas = schemas

    def resolve(self, schema):
        while isinstance(schema, dict) and "$ref" in schema:
            schema = self.schemas[schema["$ref"][len(REF_PREFIX):]]
        return schema

    def variants(self, schema, instance):
        """The concrete (non-composite) schemas that apply to this instance."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict):
            return []
        found = []
        discriminator = schema.get("discriminator")
        if discriminator and isinstance(instance, dict):
            target = discriminator.get("mapping", {}).get(instance.get(discriminator["propertyName"]))
            if target:
                found += self.variants({"$ref": target}, instance)
        elif "oneOf" in schema or "anyOf" in schema:
            for sub in schema.get("oneOf", []) + schema.get("anyOf", []):
                found += self.variants(sub, instance)
        for sub in schema.get("allOf", []):
            found += self.variants(sub, instance)
        if "properties" in schema or "items" in schema or "additionalProperties" in schema or "type" in schema:
            found.append(schema)
        return found

    def check(self, schema, instance, path, problems):
        if instance is None:
            return
        variants = self.variants(schema, instance)
        if not variants:
            return  # e.g. an unknown discriminator value, already reported by the schema check
        if isinstance(instance, dict):
            declared = {}
            additional = []
            for variant in variants:
                for name, sub in variant.get("properties", {}).items():
                    declared.setdefault(name, []).append(sub)
                if isinstance(variant.get("additionalProperties"), dict):
                    additional.append(variant["additionalProperties"])
                elif variant.get("additionalProperties") is True:
                    additional.append({})
            for key, value in instance.items():
                if key in declared:
                    for sub in declared[key]:
                        self.check(sub, value, path + "." + key, problems)
                elif additional:
                    for sub in additional:
                        self.check(sub, value, path + "." + key, problems)
                else:
                    problems.append((path + "." + key, "property not declared in the schema"))
        elif isinstance(instance, list):
            for variant in variants:
                if "items" in variant:
                    for index, item in enumerate(instance):
                        self.check(variant["items"], item, "%s[%d]" % (path, index), problems)


def most_specific(error):
    """For anyOf/oneOf failures (e.g. a nullable group), the error inside the branch that got
    furthest, instead of "is not valid under any of the given schemas"."""
    while error.context:
        candidates = [sub for sub in error.context if not (sub.validator == "type" and sub.validator_value == "null")]
        if not candidates:
            break
        error = max(candidates, key=lambda sub: len(sub.absolute_path))
    return error


def format_path(base, error_path):
    text = base
    for part in error_path:
        text += "[%d]" % part if isinstance(part, int) else "." + str(part)
    return text


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--allow-blank", action="store_true")
    parser.add_argument("--allow-missing", action="store_true")
    parser.add_argument("spec")
    parser.add_argument("directory")
    args = parser.parse_args(argv)

    try:
        with open(args.spec, encoding="utf-8") as handle:
            spec = yaml.safe_load(handle)
        schemas = spec["components"]["schemas"]
    except (OSError, yaml.YAMLError, KeyError, TypeError) as error:
        print("openapi: cannot read spec %s: %s" % (args.spec, error), file=sys.stderr)
        return 2
    if not os.path.isdir(args.directory):
        print("openapi: %s is not a directory" % args.directory, file=sys.stderr)
        return 2

    definitions = {name: convert(copy.deepcopy(schema), args.allow_blank) for name, schema in schemas.items()}
    checker = make_format_checker()
    extras = Extras(schemas)

    problems = []
    files = 0
    objects = 0
    for filename, schema_name in FILES:
        path = os.path.join(args.directory, filename)
        if not os.path.exists(path):
            if not args.allow_missing:
                problems.append((filename, "file is missing"))
            continue
        try:
            with open(path, encoding="utf-8") as handle:
                data = json.load(handle)
        except (OSError, ValueError) as error:
            problems.append((filename, "not valid JSON: %s" % error))
            continue
        if not isinstance(data, list):
            problems.append((filename, "expected a JSON array, got %s" % type(data).__name__))
            continue
        files += 1
        root = {"definitions": definitions, "$ref": "#/definitions/" + schema_name}
        validator = jsonschema.Draft7Validator(root, format_checker=checker)
        for index, element in enumerate(data):
            objects += 1
            base = "%s[%d]" % (filename, index)
            for error in sorted(validator.iter_errors(element), key=lambda e: [str(p) for p in e.absolute_path]):
                error = most_specific(error)
                problems.append((format_path(base, error.absolute_path), error.message))
            extras.check({"$ref": REF_PREFIX + schema_name}, element, base, problems)

    if problems:
        print("openapi: %d problem(s) in %s:" % (len(problems), args.directory))
        for where, message in problems[:MAX_REPORTED]:
            print("  %s: %s" % (where, message))
        if len(problems) > MAX_REPORTED:
            print("  ... and %d more" % (len(problems) - MAX_REPORTED))
        return 1
    print("openapi: %d files, %d objects valid" % (files, objects))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

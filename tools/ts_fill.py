#!/usr/bin/env python3
"""Fills Dutch translations into translations/kcc_nl.ts from tab-separated files.

Usage: tools/ts_fill.py translations/kcc_nl.ts strings.tsv [more.tsv ...]

Each line of a .tsv: context <TAB> English source <TAB> Dutch translation. Write a newline in a
string as \\n and a tab as \\t. For a plural (numerus) message give the forms separated by ||.
Run `cmake --build <dir> --target update_translations` first so that the messages exist, and
once more afterwards to restore lupdate's layout. The
script then reports lines it could not place and the messages that are still unfinished.
"""
import sys
import xml.etree.ElementTree as ET


def unescape(text):
    return text.replace("\\n", "\n").replace("\\t", "\t")


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    ts_path = sys.argv[1]
    wanted = {}
    for tsv in sys.argv[2:]:
        with open(tsv, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) != 3:
                    print(f"{tsv}:{number}: expected 3 tab-separated fields, got {len(parts)}")
                    continue
                wanted[(parts[0], unescape(parts[1]))] = unescape(parts[2])

    tree = ET.parse(ts_path)
    used = set()
    unfinished = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            key = (name, source)
            if key in wanted:
                used.add(key)
                text = wanted[key]
                if message.get("numerus") == "yes":
                    for form in list(translation):
                        translation.remove(form)
                    translation.text = None
                    for value in text.split("||"):
                        ET.SubElement(translation, "numerusform").text = value
                else:
                    translation.text = text
                translation.attrib.pop("type", None)
            elif translation.get("type") == "unfinished":
                unfinished.append(key)

    for key in wanted:
        if key not in used:
            print(f"not in the .ts (run update_translations?): {key[0]}: {key[1]!r}")
    for key in unfinished:
        print(f"still unfinished: {key[0]}: {key[1]!r}")

    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(ts_path, "w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        handle.write(body)
        handle.write("\n")
    return 1 if unfinished else 0


if __name__ == "__main__":
    sys.exit(main())

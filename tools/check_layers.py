#!/usr/bin/env python3
"""The house rules of ARCHITECTURE.md, checked on the sources instead of by convention.

Layers depend one way: model <- storage, sync <- ui <- app. This script fails (exit 1, one line
per offence: file:line: rule) when
  * a file of a layer includes a header of a layer above it or beside it
    (model: nothing of storage/sync/ui/app; storage and sync: not each other, not ui/app;
    ui: not storage/sync/app),
  * Qt's SQL classes appear outside storage/, widget classes outside ui/ and app/, or network
    classes outside sync/ and app/ (app/ is the composition root and may use every layer),
  * SQL statements appear in a string outside storage/.
The demo generator (model/demo) and loader (storage/demo) follow the rules of their layer.

Usage: check_layers.py [source-root]   (default: the repository this script lives in)
       check_layers.py --self-test       (proves on a throw-away tree that each rule fires)
"""

import os
import re
import sys

LAYERS = ("model", "storage", "sync", "ui", "app")

# Which project folders a layer may include from (its own included).
MAY_INCLUDE = {
    "model": {"model"},
    "storage": {"model", "storage"},
    "sync": {"model", "sync"},
    "ui": {"model", "ui"},
    "app": set(LAYERS),
}

# Qt classes that belong to one layer, by the layers allowed to use them.
SQL_CLASS = re.compile(r"\bQ(Sql\w+|tSql)\b")
WIDGET_CLASS = re.compile(
    r"\bQ(tWidgets|Widget|Dialog|MainWindow|Application|AbstractButton|PushButton|LineEdit|Label|"
    r"LayoutItem|BoxLayout|FormLayout|GridLayout|TableView|TreeView|ListView|MessageBox|Menu|Action|"
    r"ComboBox|CheckBox|TabWidget|StatusBar|ScrollArea|Splitter|StyledItemDelegate)\b"
)
NETWORK_CLASS = re.compile(
    r"\bQ(tNetwork|NetworkAccessManager|NetworkRequest|NetworkReply|TcpSocket|TcpServer|UdpSocket|"
    r"SslSocket|SslConfiguration|LocalSocket|LocalServer|HostAddress)\b"
)
CLASS_RULES = (
    (SQL_CLASS, {"storage", "app"}, "Qt SQL classes belong in storage/"),
    (WIDGET_CLASS, {"ui", "app"}, "widget classes belong in ui/"),
    (NETWORK_CLASS, {"sync", "app"}, "network classes belong in sync/"),
)

# A string literal that starts an SQL statement.
SQL_STATEMENT = re.compile(
    r'"\s*(SELECT\s+[\w*(]|INSERT\s+INTO\b|UPDATE\s+\w+\s+SET\b|DELETE\s+FROM\b|'
    r"CREATE\s+(TABLE|INDEX|TRIGGER|VIEW)\b|ALTER\s+TABLE\b|DROP\s+TABLE\b|PRAGMA\s+\w)"
)
INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"')
COMMENT = re.compile(r"^\s*(//|\*|/\*)")


def offences(root):
    for layer in LAYERS:
        base = os.path.join(root, layer)
        for folder, _, files in os.walk(base):
            for name in sorted(files):
                if not name.endswith((".cpp", ".h")):
                    continue
                path = os.path.join(folder, name)
                relative = os.path.relpath(path, root)
                with open(path, encoding="utf-8") as source:
                    for number, line in enumerate(source, 1):
                        yield from check_line(layer, relative, number, line)


def check_line(layer, relative, number, line):
    where = f"{relative}:{number}"
    include = INCLUDE.match(line)
    if include:
        target = include.group(1).split("/", 1)[0]
        if target in LAYERS and target not in MAY_INCLUDE[layer]:
            yield f"{where}: {layer}/ must not include {include.group(1)} ({target}/ is not below it)"
        return
    if COMMENT.match(line):
        return
    code = line.split("//", 1)[0]
    for pattern, allowed, rule in CLASS_RULES:
        match = pattern.search(code)
        if match and layer not in allowed:
            yield f"{where}: {match.group(0)}: {rule}"
    if layer != "storage" and SQL_STATEMENT.search(code):
        yield f"{where}: SQL statement outside storage/"


def self_test():
    """Each rule must fire on a tree that breaks it, and a clean tree must pass."""
    import tempfile

    cases = {
        "model/core/a.h": ('#include "storage/db/database.h"\n', "must not include storage/db/database.h"),
        "model/core/b.cpp": ("QSqlQuery query;\n", "Qt SQL classes belong in storage/"),
        "storage/db/c.cpp": ('#include "ui/shell/mainwindow.h"\n', "must not include ui/shell/mainwindow.h"),
        "storage/db/d.cpp": ('#include "sync/client.h"\n', "must not include sync/client.h"),
        "sync/e.cpp": ("QWidget *w = nullptr;\n", "widget classes belong in ui/"),
        "ui/f.cpp": ('auto q = QStringLiteral("SELECT naam FROM partij");\n', "SQL statement outside storage/"),
        "ui/g.cpp": ('#include "storage/db/database.h"\n', "must not include storage/db/database.h"),
        "model/h.cpp": ("QNetworkAccessManager manager;\n", "network classes belong in sync/"),
    }
    clean = {
        "model/core/ok.h": '#include "model/core/result.h"\n// QSqlQuery in a comment is fine\n',
        "storage/db/ok.cpp": '#include "model/core/result.h"\nQSqlQuery q; auto s = "SELECT 1 FROM t";\n',
        "ui/ok.cpp": '#include "model/core/result.h"\nQWidget *w;\n',
        "app/ok.cpp": '#include "storage/db/database.h"\n#include "ui/shell/mainwindow.h"\nQLocalSocket s;\n',
    }
    failures = 0
    with tempfile.TemporaryDirectory() as root:
        write_tree(root, clean)
        if list(offences(root)):
            print("self-test: a clean tree was refused:", list(offences(root)))
            failures += 1
        for path, (text, expected) in cases.items():
            with tempfile.TemporaryDirectory() as broken:
                write_tree(broken, {**clean, path: text})
                found = list(offences(broken))
                if len(found) != 1 or expected not in found[0] or not found[0].startswith(path + ":1:"):
                    print(f"self-test: {path} should give one offence '{expected}', gave {found}")
                    failures += 1
    print("self-test: every rule fires" if not failures else f"self-test: {failures} failure(s)")
    return 1 if failures else 0


def write_tree(root, files):
    for path, text in files.items():
        full = os.path.join(root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as out:
            out.write(text)


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    found = list(offences(root))
    for offence in found:
        print(offence)
    if found:
        print(f"{len(found)} offence(s) against the layering rules (see ARCHITECTURE.md)", file=sys.stderr)
        return 1
    print("layering: every file keeps to its layer")
    return 0


if __name__ == "__main__":
    sys.exit(main())

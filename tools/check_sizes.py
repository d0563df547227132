#!/usr/bin/env python3
"""The size rules of STYLE.md, checked on the sources instead of by eye.

A file that grows past a few hundred lines, or a function past a screenful or three, has taken on
more than one job. This script fails (exit 1, one line per offence: file:line: what, length) when
  * a .cpp or .h file in model/, storage/, sync/, ui/ or app/ has more than 800 lines, or
  * a function body in one of them spans more than 150 lines, counted from the line of its opening
    brace to the line of its closing brace. A lambda is part of the function it is written in;
    a lambda at namespace or class scope is measured on its own.
Braces of namespaces, classes, structs, unions, enums and initializer lists (a table of SQL
strings, say) are not functions, however long. Comments, string literals (raw strings too),
character literals and preprocessor lines are blanked before the braces are counted.

tools/size_exceptions.txt lists files (one path per line, # comments) whose offences are reported
but do not fail the check, while another branch splits them; an entry for a file that keeps to the
limits fails the check, so that the list cannot outlive its reason.

Usage: check_sizes.py [source-root]   (default: the repository this script lives in)
       check_sizes.py --self-test       (proves on synthetic sources that it measures right)
"""

import os
import re
import sys

LAYERS = ("model", "storage", "sync", "ui", "app")
MAX_FILE_LINES = 800
MAX_FUNCTION_LINES = 150
EXCEPTIONS = os.path.join("tools", "size_exceptions.txt")

# Keywords whose brace opens a scope (its end ends a declaration), not an initializer.
SCOPE_KEYWORDS = {"namespace", "class", "struct", "union", "enum", "extern"}
# What may follow a function's parameter list before its body.
ACCESS = {"public", "protected", "private", "signals", "slots", "Q_SIGNALS", "Q_SLOTS"}
QUALIFIERS = {"const", "volatile", "override", "final", "noexcept", "mutable", "constexpr", "consteval", "&", "&&"}


def blank(text):
    """Comments, literals and preprocessor lines become spaces; newlines stay, so lines keep
    their numbers. A literal keeps its quotes so that `extern "C"` still reads as two tokens."""
    out = []
    i, n = 0, len(text)
    line_start = True  # only whitespace so far on this line
    while i < n:
        c = text[i]
        if c == "\n":
            out.append(c)
            line_start = True
            i += 1
            continue
        if line_start and c == "#":
            # A preprocessor line, with its continuations.
            while i < n and text[i] != "\n":
                if text[i] == "\\" and i + 1 < n and text[i + 1] == "\n":
                    out.append(" \n")
                    i += 2
                    continue
                out.append(" ")
                i += 1
            continue
        if not c.isspace():
            line_start = False
        if text.startswith("//", i):
            while i < n and text[i] != "\n":
                out.append(" ")
                i += 1
            continue
        if text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            out.append(re.sub(r"[^\n]", " ", text[i:end]))
            i = end
            continue
        raw = re.compile(r'(?:u8|u|U|L)?R"([^()\\\s]{0,16})\(').match(text, i)
        if raw and (i == 0 or not is_word(text[i - 1])):
            close = ")" + raw.group(1) + '"'
            end = text.find(close, raw.end())
            end = n if end < 0 else end + len(close)
            out.append('"' + re.sub(r"[^\n]", " ", text[i + 1 : end - 1]) + '"')
            i = end
            continue
        if c == '"' or (c == "'" and not digit_separator(text, i)):
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            j = min(j + 1, n)
            out.append(c + " " * max(0, j - i - 2) + (c if j - i >= 2 else ""))
            i = j
            continue
        out.append(c)
        i += 1
    return "".join(out)


def is_word(c):
    return c.isalnum() or c == "_"


def digit_separator(text, i):
    """True for the ' in 1'000'000 (a number), false for a character literal such as u8'x'."""
    j = i
    while j > 0 and (is_word(text[j - 1]) or text[j - 1] in "'."):
        j -= 1
    return j < i and text[j].isdigit()


TOKEN = re.compile(r"[A-Za-z_]\w*|\d[\w'.]*|->|::|&&|\S")


class Context:
    """One level of braces outside any function: the file, a namespace, a class, an initializer."""

    def __init__(self, kind, in_parens=False):
        self.kind = kind  # "file", "scope" or "init"
        self.in_parens = in_parens  # an initializer inside ( ): not part of the declaration's head
        self.head = []  # the tokens of the declaration being read, () [] {} collapsed
        self.parens = []  # open ( and [ inside that declaration


def functions(text):
    """(name, first line, last line) of every function body outside functions, in file order."""
    found = []
    stack = [Context("file")]
    body = None  # (name, line, depth) while inside a function body
    for match in TOKEN.finditer(blank(text)):
        token = match.group(0)
        line = text.count("\n", 0, match.start()) + 1
        if body is not None:
            name, start, depth = body
            depth += {"{": 1, "}": -1}.get(token, 0)
            if depth == 0:
                found.append((name, start, line))
                body = None
            else:
                body = (name, start, depth)
            continue
        context = stack[-1]
        if token in "([":
            context.parens.append(token)
        elif token in ")]":
            if context.parens:
                context.parens.pop()
                if not context.parens:
                    context.head.append("()" if token == ")" else "[]")
        elif context.parens:
            if token == "{":
                stack.append(Context("init", in_parens=True))  # a braced argument such as f({1, 2})
            continue
        elif token == "{":
            kind, name = classify(context)
            if kind == "function":
                body = (name, line, 1)
                context.head = []
            else:
                stack.append(Context(kind))
        elif token == "}":
            if len(stack) > 1:
                closed = stack.pop()
                outer = stack[-1]
                if closed.kind == "init" and not closed.in_parens:
                    outer.head.append("{}")
                elif closed.kind != "init":
                    outer.head = []
        elif token == ";" or (token == "," and context.kind == "init"):
            context.head = []
        elif token == ":" and context.head and context.head[-1] in ACCESS:
            context.head = []
        else:
            context.head.append(token)
    return found


def classify(context):
    """What a `{` opens, from the declaration before it: ("function", name), ("scope", None) or
    ("init", None)."""
    head = list(context.head)
    # Strip what may stand between the parameter list and the body: qualifiers, noexcept(...),
    # a trailing return type.
    if "->" in head and "()" in head[: head.index("->")]:
        head = head[: len(head) - 1 - head[::-1].index("->")]
    while head and (head[-1] in QUALIFIERS or (head[-1] == "()" and len(head) > 1 and head[-2] == "noexcept")):
        head.pop()
    if head and head[-1] == "()" and len(head) > 1 and head[-2] == "noexcept":
        head = head[:-2]
    while head and head[-1] in QUALIFIERS:
        head.pop()
    # A lambda: [captures] or [captures](parameters), where [ does not index an array.
    for end in (len(head), len(head) - 1):
        if 0 < end <= len(head) and head[end - 1] == "[]" and head[end:] in ([], ["()"]):
            if end == 1 or not (is_word(head[end - 2][-1]) or head[end - 2] in ("]", "[]", "()")):
                return "function", lambda_name(head[: end - 1])
    if context.kind != "init":
        # A constructor's member-initializer list: X::X(int a) : m_a(a), m_b{a} {
        colon = head.index(":") if ":" in head else -1
        if head and head[-1] in ("()", "{}") and colon > 0 and head[colon - 1] == "()":
            return "function", function_name(head[: colon - 1])
        if head and head[-1] == "()":
            return "function", function_name(head[:-1])
        if SCOPE_KEYWORDS & set(head) or not head:
            return "scope", None
    return "init", None


def function_name(head):
    """The (qualified) name before a parameter list: f, A::f, A::~A, A::operator==."""
    template = ""
    if head and head[-1] == ">" and "<" in head:  # an explicit specialization: fromCode<Rol>
        depth, i = 0, len(head)
        while i > 0:
            i -= 1
            depth += {">": 1, "<": -1}.get(head[i], 0)
            if depth == 0:
                break
        template, head = "".join(head[i:]), head[:i]
    if "operator" in head[-4:]:
        i = len(head) - 1 - head[::-1].index("operator")
        name = "".join(head[i:])
    elif head and is_word(head[-1][0]):
        i = len(head) - 1
        name = head[-1]
    else:
        return "<function>"
    while i > 0 and head[i - 1] in ("::", "~"):
        if head[i - 1] == "~":
            name, i = "~" + name, i - 1
        elif i > 1 and is_word(head[i - 2][0]):
            name, i = head[i - 2] + "::" + name, i - 2
        else:
            break
    return name + template


def lambda_name(head):
    if len(head) >= 2 and head[-1] == "=" and is_word(head[-2][0]):
        return f"{head[-2]} (lambda)"
    return "<lambda>"


def offences(root, exceptions=None):
    """file:line: rule lines, and the set of files that broke a rule."""
    found, files = [], set()
    for layer in LAYERS:
        for folder, dirs, names in os.walk(os.path.join(root, layer)):
            dirs.sort()
            for name in sorted(names):
                if not name.endswith((".cpp", ".h")):
                    continue
                path = os.path.join(folder, name)
                relative = os.path.relpath(path, root).replace(os.sep, "/")
                with open(path, encoding="utf-8") as source:
                    text = source.read()
                for offence in check_text(relative, text):
                    found.append(offence)
                    files.add(relative)
    return found, files


def check_text(relative, text):
    lines = text.count("\n") + (0 if text.endswith("\n") or not text else 1)
    if lines > MAX_FILE_LINES:
        yield f"{relative}:1: file: {lines} lines (at most {MAX_FILE_LINES})"
    for name, first, last in functions(text):
        if last - first + 1 > MAX_FUNCTION_LINES:
            yield f"{relative}:{first}: {name}: {last - first + 1} lines (at most {MAX_FUNCTION_LINES})"


def read_exceptions(root):
    path = os.path.join(root, EXCEPTIONS)
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as listing:
        return [line.split("#", 1)[0].strip() for line in listing if line.split("#", 1)[0].strip()]


def run(root, out=print):
    """0 when every file keeps to the limits (or is excepted while it is being split), else 1."""
    found, files = offences(root)
    excepted = read_exceptions(root)
    failing = 0
    for offence in found:
        path = offence.split(":", 1)[0]
        if path in excepted:
            out(f"{offence} [excepted in {EXCEPTIONS}]")
        else:
            out(offence)
            failing += 1
    for path in excepted:
        if path not in files:
            out(f"{EXCEPTIONS}: {path} keeps to the limits now (or does not exist): remove its line")
            failing += 1
    return 1 if failing else 0


def self_test():
    """Synthetic sources with known sizes: each must measure as built."""
    import tempfile

    def function(name, lines, signature=None, inner=""):
        # A body of exactly `lines` lines, braces included.
        body = [f"    int x{i} = {i};" for i in range(lines - 2 - inner.count(chr(10)))]
        return f"{signature or 'int ' + name + '(int a)'}\n{{\n{inner}" + "\n".join(body) + "\n}\n"

    lambda_inside = "    const auto f = [&](int b) {\n" + "        ++b;\n" * 60 + "    };\n"
    tricky = (
        '    const char *s = "{{{ } /* not a comment";\n'
        "    const auto r = R\"x(\n}}} )\" still raw\n{\n)x\";\n"
        "    char c = '{'; int big = 1'000'000; char d = '}';\n"
        "    // }}}\n"
        "    /* {\n   } */\n"
    )
    cases = [
        # (description, source, expected offences as (line, name, length); None = the file check)
        ("a 150-line function passes", function("f", 150), []),
        ("a 151-line function fails", function("f", 151), [(2, "f", 151)]),
        (
            "a member with const, noexcept(...) and override",
            "struct A {\n" + function("g", 151, "int g() const noexcept(false) override") + "};\n",
            [(3, "g", 151)],
        ),
        (
            "a qualified destructor and operator",
            function("d", 151, "A::~A()") + function("o", 151, "bool A::operator==(const A &) const &"),
            [(2, "A::~A", 151), (154, "A::operator==", 151)],
        ),
        (
            "an explicit specialization",
            "template<>\n" + function("s", 151, "std::optional<Rol> fromCode<Rol>(const QString &code)"),
            [(3, "fromCode<Rol>", 151)],
        ),
        ("a trailing return type", function("h", 151, "auto h(int a) -> QList<int>"), [(2, "h", 151)]),
        (
            "a constructor with a member-initializer list and a braced member",
            function("B", 151, "B::B(int a)\n    : m_a(a)\n    , m_b{a, 2}\n    , m_c(a)\n    , m_d{}"),
            [(6, "B::B", 151)],
        ),
        (
            "a long lambda counts for the function it is in",
            function("outer", 151, inner=lambda_inside),
            [(2, "outer", 151)],
        ),
        (
            "braces in strings, raw strings, characters and comments do not count",
            function("t", 140, inner=tricky),
            [],
        ),
        ("the same, over the limit", function("t", 151, inner=tricky), [(2, "t", 151)]),
        (
            "a long struct, enum, namespace and array of strings are not functions",
            "namespace n {\nstruct S\n{\n"
            + "    int m{1};\n" * 150
            + "    int f() const { return 1; }\n};\nenum class E {\n"
            + "    V,\n" * 150
            + "};\nconst char *const tables[] = {\n"
            + '    R"(CREATE TABLE t (a, b))",\n' * 150
            + "};\nconst QStringList list{\n"
            + '    "a",\n' * 150
            + "};\n}\n",
            [],
        ),
        (
            "a function after a macro without a semicolon and a long class",
            "class C\n{\n    Q_OBJECT\npublic:\n" + "    int m = 1;\n" * 100 + function("c", 151, "    void c()") + "};\n",
            [(106, "c", 151)],
        ),
        ("an 800-line file passes", "int a;\n" * 800, []),
        ("an 801-line file fails", "int a;\n" * 801, [None]),
    ]
    failures = 0
    for description, source, expected in cases:
        got = list(check_text("model/x.cpp", source))
        want = [
            f"model/x.cpp:1: file: {source.count(chr(10))} lines (at most {MAX_FILE_LINES})"
            if e is None
            else f"model/x.cpp:{e[0]}: {e[1]}: {e[2]} lines (at most {MAX_FUNCTION_LINES})"
            for e in expected
        ]
        if got != want:
            print(f"self-test: {description}: expected {want}, got {got}")
            failures += 1

    # The exceptions file: an excepted offence passes, a stale entry fails, anything else fails.
    with tempfile.TemporaryDirectory() as root:
        write_tree(root, {"ui/big.cpp": function("big", 151), "model/ok.cpp": function("ok", 10)})
        quiet = []
        if run(root, quiet.append) != 1:
            print("self-test: an offence without an exception passed")
            failures += 1
        write_tree(root, {EXCEPTIONS: "# removed by branch x\nui/big.cpp\n"})
        if run(root, quiet.append) != 0:
            print("self-test: an excepted offence failed:", quiet)
            failures += 1
        write_tree(root, {EXCEPTIONS: "ui/big.cpp\nmodel/ok.cpp\n"})
        if run(root, quiet.append) != 1:
            print("self-test: a stale exception passed")
            failures += 1
    print("self-test: every size is measured right" if not failures else f"self-test: {failures} failure(s)")
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
    result = run(root)
    if result:
        print("offences against the size rules (see STYLE.md): split the file or function", file=sys.stderr)
    else:
        print("sizes: every file and function keeps to the limits")
    return result


if __name__ == "__main__":
    sys.exit(main())

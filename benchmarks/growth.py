"""Growth benchmark: does the linter's time stay linear in its input, for every hostile shape?

Each shape of issue 16 (the inputs that once hung the linter for minutes) is linted whole, from
the bytes of a file through the reader to the report, at 1x, 10x and 100x its base size.  A
linear pipeline takes about 10x the time for 10x the input; the table shows the ratios.
Absolute times move with the machine's load; the ratios are what to read.

    python benchmarks/growth.py                         # print the table
    python benchmarks/growth.py --write docs/performance.md   # and put it in the docs
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from followup_lint import Linter
from followup_lint.readers import read_path

START = "<!-- growth:start -->"
END = "<!-- growth:end -->"
SENT = {"sent_at": datetime(2026, 3, 2, 10, 0)}

# name -> (file name, base units, input of n units)
SHAPES: dict[str, tuple[str, int, Callable[[int], str]]] = {
    "placeholder `[A---…`": ("d.txt", 20, lambda n: "Hi Ana,\n\nSee [A" + "-" * n + "x\n\nBest,\nLee"),
    "closing `Best AAA…!`": ("d.txt", 30, lambda n: "Hi Ana,\n\nThank you.\n\nBest " + "A" * n + "!"),
    "quote intro `From: <@<@…`": ("d.txt", 30, lambda n: "Hi Ana,\n\nThank you.\n\nFrom: " + "<@" * n),
    "`!` run in the body (FL303)": ("d.txt", 100, lambda n: "Hi Ana,\n\nThank you" + "!" * n + "\n\nBest,\nLee"),
    "subject of spaces": ("d.txt", 200, lambda n: "Subject: a" + " " * n + "b\n\nHi Ana,\nThank you.\nBest,\nLee"),
    "unclosed `<!--` lines (Markdown)": ("d.md", 20, lambda n: "<!-- unclosed\n" * n + "Hi Ana,\nThank you.\n"),
    "one long word (FL142 e-mail)": ("d.txt", 100, lambda n: "Hi Ana,\n\nThanks " + "a" * n + "\n\nBest,\nLee"),
    "`!` alone (spaCy)": ("d.txt", 400, lambda n: "!" * n),
    "`{{` alone (spaCy)": ("d.txt", 400, lambda n: "{{" * n),
    "emoji alone (spaCy, Harper)": ("d.txt", 200, lambda n: "\U0001f600" * n),
    "`&amp;` in HTML": ("d.html", 200, lambda n: "<p>Hi " + "&amp;" * n + "</p>"),
    "`<` in HTML (html.parser)": ("d.html", 100, lambda n: "<p>Hi Ana,</p><p>" + "<" * n + "</p>"),
    "`<p ` open tags in HTML": ("d.html", 100, lambda n: "<p>Hi Ana,</p>" + "<p " * n),
    "folded subject (e-mail)": ("d.eml", 100, lambda n: "Subject: a\n" + " b\n" * n + "\nHi Ana,\nThank you.\n"),
    "encoded words (e-mail)": (
        "d.eml",
        100,
        lambda n: "Subject: " + "=?utf-8?q?caf=C3=A9?= " * n + "\n\nHi Ana,\nThank you.\n",
    ),
    "Jinja variables": ("d.j2", 100, lambda n: "Hi {{ name }},\n" + "{{ x }}" * n + "\n"),
    "prose (Harper, spaCy)": (
        "d.txt",
        5,
        lambda n: "Hi Ana,\n\n" + "Thank you for the interview on Tuesday; I enjoyed it. " * n + "\n\nBest,\nLee",
    ),
    "lines of prose": ("d.txt", 20, lambda n: "Hi Ana,\n\n" + "Thanks for the chat.\n" * n + "\nBest,\nLee"),
}


def _run(linter: Linter, name: str, text: str) -> float:
    data = text.encode("utf-8")
    start = time.perf_counter()
    for draft in read_path(Path(name), data=data):
        linter.lint_draft(draft, context=SENT)
    return time.perf_counter() - start


def measure(linter: Linter, repeat: int = 2) -> list[tuple[str, int, list[float]]]:
    rows = []
    for label, (name, base, make) in SHAPES.items():
        times = []
        for factor in (1, 10, 100):
            text = make(base * factor)
            times.append(min(_run(linter, name, text) for _ in range(repeat)))
        rows.append((label, len(make(base).encode("utf-8")), times))
        print(f"{label}: {', '.join(f'{t:.3f}' for t in times)}", file=sys.stderr, flush=True)
    return rows


def table(rows: list[tuple[str, int, list[float]]]) -> str:
    out = [
        "| shape | 1x bytes | 1x s | 10x s | 100x s | 10x/1x | 100x/10x |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for label, size, (t1, t10, t100) in rows:
        out.append(f"| {label} | {size:,} | {t1:.3f} | {t10:.3f} | {t100:.3f} | {t10 / t1:.1f} | {t100 / t10:.1f} |")
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", type=Path, help="replace the growth table in this Markdown file")
    args = parser.parse_args()
    linter = Linter()
    linter.preload()
    _run(linter, "d.txt", "Hi Ana,\n\nThank you.\n\nBest,\nLee")  # warm up
    result = table(measure(linter))
    print(result)
    if args.write:
        doc = args.write.read_text(encoding="utf-8")
        block = f"{START}\n{result}\n{END}"
        if START in doc and END in doc:
            head, _, rest = doc.partition(START)
            _, _, tail = rest.partition(END)
            doc = head + block + tail
        else:
            doc = doc.rstrip("\n") + "\n\n" + block + "\n"
        args.write.write_text(doc, encoding="utf-8")


if __name__ == "__main__":
    main()

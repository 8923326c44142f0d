"""Growth benchmark: does the linter's time stay linear in its input, for every hostile shape?

Each shape of issue 16 (the inputs that once hung the linter for minutes) is linted whole, from
the bytes of a file through the reader to the report, at 1x, 10x and 100x its base size.  A
linear pipeline takes about 10x the time for 10x the input; the table shows the ratios.

The development machine is shared, so each time is the CPU time of this process (other jobs do
not add to it as they add to wall time), the median of 5 runs (3 at 100x), each started from a
collected heap.  The heap the loaded linter holds (spaCy, Harper, the rule pack: some 670,000
objects) is frozen out of garbage collection first (``gc.freeze()``), as the runner does once a process
has built its linter: otherwise a shape with many findings (20,000 emoji at 100x) pays Python's first full
collections of that heap at 100x and never at 10x, a one-off step of some 40 % that looks like
growth in this table but is not (``--no-freeze`` shows it; the next step, 300x, is 3x again).

    python benchmarks/growth.py                         # print the table
    python benchmarks/growth.py --write docs/performance.md   # and put it in the docs
"""

from __future__ import annotations

import argparse
import gc
import statistics
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
    "`?!` alone (FL303, spaCy)": ("d.txt", 200, lambda n: "?!" * n),
    "`{{` alone (spaCy)": ("d.txt", 400, lambda n: "{{" * n),
    "emoji alone (spaCy, Harper)": ("d.txt", 200, lambda n: "\U0001f600" * n),
    "emoji joined by ZWJ (emoji package)": ("d.txt", 100, lambda n: "Hi Ana,\n\n" + "\U0001f600\u200d" * n),
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
    gc.collect()
    start = time.process_time()
    for draft in read_path(Path(name), data=data):
        linter.lint_draft(draft, context=SENT)
    return time.process_time() - start


def measure(linter: Linter) -> list[tuple[str, int, list[float]]]:
    rows = []
    for label, (name, base, make) in SHAPES.items():
        times = []
        for factor in (1, 10, 100):
            text = make(base * factor)
            times.append(statistics.median(_run(linter, name, text) for _ in range(3 if factor == 100 else 5)))
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
    parser.add_argument("--no-freeze", action="store_true", help="leave the loaded heap to the garbage collector")
    parser.add_argument("--only", help="measure only the shapes whose label contains this text")
    args = parser.parse_args()
    if args.only and args.write:
        parser.error("--only measures part of the table; it cannot --write it")
    if args.only:
        for label in [k for k in SHAPES if args.only not in k]:
            del SHAPES[label]
    linter = Linter()
    linter.preload()
    _run(linter, "d.txt", "Hi Ana,\n\nThank you.\n\nBest,\nLee")  # warm up
    if not args.no_freeze:
        gc.collect()
        gc.freeze()
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

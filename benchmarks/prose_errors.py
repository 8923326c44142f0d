"""Prose benchmark: how many *errors* does the linter raise on edited, published English?

    python benchmarks/prose_errors.py DIR                  # errors per 10,000 words, by rule
    python benchmarks/prose_errors.py DIR --rule FL401     # one rule only
    python benchmarks/prose_errors.py DIR --rule FL401 --list   # and each erroring word

Edited published prose (a career site's article, a trade body's guide) has been through an editor:
an *error* on it is almost always a false one.  By the severity policy (docs/scoring.md) an error is
for what a reader of a good note would hold against it (for FL401: a misspelled common word), so
the rate of errors on such prose is a measure of false errors that no one had to imagine.

Every ``*.txt`` file under DIR (searched recursively) is read as UTF-8 and cut into **paragraphs**
(blocks split at blank lines, each line of a block its own paragraph when the block's lines are short
headings or list items).  Paragraphs are linted one by one, each as the body of a thank-you e-mail:

    Subject: Thank you

    Hi Ana,

    <paragraph>

    Best regards,
    Lee

so a paragraph is judged as a sentence of a note, with the name of the greeting and signature known
and no others.  Only findings inside the paragraph are counted, and not those about something
absent (``missing``: no thanks, no next step), which a lone paragraph is bound to draw; the words
counted are the paragraph's (whitespace-separated).  No text ships with this script: point it at any folder.

``--list`` prints, for every error of the rule(s) shown, the word and the first suggestion (the word it
was taken for), with a count, most frequent first, and the paragraph's file for the first sighting.
Only the public API is used (``followup_lint.Linter``); nothing is fetched at run time.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from followup_lint import Linter

HEAD = "Subject: Thank you\n\nHi Ana,\n\n"
TAIL = "\n\nBest regards,\nLee"
# A paragraph longer than this many words is linted in pieces (at line breaks or sentence ends), as a
# note's body would not run to a page; shorter ones whole.
MAX_WORDS = 250


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a text: blocks between blank lines, each line of a block on its own when the
    block is lines of a heading or a list (no line of it runs to a sentence's end)."""
    out: list[str] = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if len(lines) == 1 or any(not line.rstrip().endswith((".", "?", "!", ":", ",")) for line in lines):
            out.extend(lines)
        else:
            out.append(" ".join(lines))
    pieces: list[str] = []
    for para in out:
        words = para.split(" ")
        for i in range(0, len(words), MAX_WORDS):
            pieces.append(" ".join(words[i : i + MAX_WORDS]))
    return pieces


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", type=Path, help="folder of *.txt files (searched recursively)")
    parser.add_argument("--rule", action="append", help="count only this rule (may repeat), e.g. FL401")
    parser.add_argument("--list", action="store_true", help="print each erroring word and what it was taken for")
    args = parser.parse_args(argv)

    files = sorted(args.dir.rglob("*.txt"))
    if not files:
        print(f"no *.txt files under {args.dir}", file=sys.stderr)
        return 2
    linter = Linter()
    words = 0
    paras = 0
    per_rule: Counter[str] = Counter()
    listed: Counter[tuple[str, str, str]] = Counter()
    first_seen: dict[tuple[str, str, str], str] = {}
    started = time.perf_counter()
    for path in files:
        for para in paragraphs(path.read_text(encoding="utf-8", errors="replace")):
            paras += 1
            words += len(para.split())
            text = HEAD + para + TAIL
            lo, hi = len(HEAD), len(HEAD) + len(para)
            report = linter.lint(text, purpose="thank-you")
            for f in report.findings:
                if f.severity.value != "error" or f.missing or not (lo <= f.start and f.end <= hi):
                    continue
                if args.rule and f.code not in args.rule:
                    continue
                per_rule[f.code] += 1
                if args.list:
                    taken = f.suggestions[0].edits[0].replacement if f.suggestions and f.suggestions[0].edits else ""
                    key = (f.code, text[f.start : f.end], taken)
                    listed[key] += 1
                    first_seen.setdefault(key, f"{path.name}: …{text[max(lo, f.start - 40) : f.end + 40]}…")
    elapsed = time.perf_counter() - started
    print(f"{len(files)} files, {paras} paragraphs, {words} words, {elapsed:.0f} s")
    per = 10_000 / max(words, 1)
    total = sum(per_rule.values())
    print(f"errors: {total} ({total * per:.2f} per 10,000 words)")
    for code, n in sorted(per_rule.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {code}: {n} ({n * per:.2f} per 10,000 words)")
    if args.list:
        print()
        for (code, found, taken), n in sorted(listed.items(), key=lambda kv: (-kv[1], kv[0])):
            where = first_seen[(code, found, taken)].replace("\n", " ")
            print(f"{n:4d}  {code}  {found!r} -> {taken!r}   [{where}]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Build the common-words list FL401 uses (src/followup_lint/language/common-words.txt.gz).

    python benchmarks/build_common_words.py            # writes the list
    python benchmarks/build_common_words.py --check    # exits 1 when the shipped list differs

Source: ``en_lexeme_prob.json.gz`` of spacy-lookups-data (MIT licence, already a core dependency
of followup_lint): about a million English word forms, each with a log-probability counted on a
large corpus of web comments.  Kept: the word forms written in lower-case ASCII letters only (no
names, acronyms, digits or apostrophes), most probable first, ties broken alphabetically, the top
``--top`` of them (30,000 by default), one a line.

Why 30,000: FL401 calls an unknown word an error only when it is a slip of a *common* word
(docs/language.md, "When an unknown word is an error").  The rule's ``common_rank`` (30,000) keeps
the professional words a follow-up uses that this web corpus ranks lower (collaborative is about
20,000th, conscientious 24,000th, stakeholders 31,000th); a slip of two letters must be from the
first ``far_slip_rank`` (10,000) words.  The list ships no more than the cut-off needs: loading it
costs tens of milliseconds, and it is read only when FL401 has a word to judge.

The output is gzip with no timestamp or name in its header, so the same input gives the same bytes.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "followup_lint" / "language" / "common-words.txt.gz"
HEADER = (
    "# The most common lower-case English words, most common first (one a line), from spacy-lookups-data's\n"
    "# en_lexeme_prob.json.gz (MIT licence). Built by benchmarks/build_common_words.py; do not edit.\n"
)


def source_table() -> dict[str, float]:
    """The word log-probabilities of spacy-lookups-data."""
    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / "en_lexeme_prob.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        table: dict[str, float] = json.load(f)
    return table


def common_words(table: dict[str, float], top: int) -> list[str]:
    """The ``top`` most probable word forms of lower-case ASCII letters, ties alphabetical."""
    words = [(-p, w) for w, p in table.items() if w.isascii() and w.isalpha() and w.islower()]
    words.sort()
    return [w for _, w in words[:top]]


def encode(words: list[str]) -> bytes:
    """The list as reproducible gzip bytes (mtime 0, no file name)."""
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write((HEADER + "\n".join(words) + "\n").encode("utf-8"))
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--top", type=int, default=30000, help="how many words to keep (default 30000)")
    ap.add_argument("--check", action="store_true", help="compare with the shipped list instead of writing")
    args = ap.parse_args(argv)
    data = encode(common_words(source_table(), args.top))
    if args.check:
        same = OUT.exists() and OUT.read_bytes() == data
        print("the shipped list is up to date" if same else f"{OUT} differs from what the source gives")
        return 0 if same else 1
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({args.top} words, {len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

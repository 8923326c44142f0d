"""The second tone-challenge set parses and keeps the shape its benchmark and README promise.

The set was written blind to the tone rules (tests/corpus/tone-challenge-2/README.md); a malformed
row, an unknown stance or a duplicated sentence would silently skew the recall it measures.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

FOLDER = Path(__file__).parent / "corpus" / "tone-challenge-2"
CHECK = FOLDER / "check.tsv"
README = FOLDER / "README.md"
HEADER = "# label\tstance\tpurpose\ttext"

HOSTILE_STANCES = {
    "contempt",
    "impatience",
    "pushy",
    "dismissal",
    "careless",
    "entitlement",
    "blame",
    "sarcasm",
    "arguing",
    "crude",
    "threat",
    "rhetorical",
    "passive",
}
# The stances the brief calls hardest get more sentences than the floor of 20.
HARD_STANCES = {"passive", "dismissal", "sarcasm", "impatience", "blame"}
PURPOSES = {"thank-you", "status-check", "rejection-reply"}
MIN_PER_STANCE = 20
MIN_HOSTILE = 320
MIN_POLITE = 220


def _rows() -> list[tuple[int, list[str]]]:
    lines = CHECK.read_bytes().decode("utf-8").split("\n")
    assert lines[0] == HEADER
    assert lines[-1] == "", "the file ends with one newline"
    return [(number, line.split("\t")) for number, line in enumerate(lines[1:-1], start=2)]


def _normalised(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def test_every_row_has_four_known_columns() -> None:
    rows = _rows()
    assert rows
    for number, cells in rows:
        assert len(cells) == 4, f"line {number}: {len(cells)} columns"
        label, stance, purpose, text = cells
        assert label in {"hostile", "polite"}, f"line {number}: label {label!r}"
        if label == "polite":
            assert stance == "polite", f"line {number}: a polite row has stance {stance!r}"
        else:
            assert stance in HOSTILE_STANCES, f"line {number}: stance {stance!r}"
        assert purpose in PURPOSES, f"line {number}: purpose {purpose!r}"
        assert text and text == text.strip(), f"line {number}: empty text or stray whitespace"
        # A leading double quote would turn the cell into a quoted CSV field for csv-based readers.
        assert not text.startswith('"'), f"line {number}: text starts with a double quote"
        assert "\r" not in text, f"line {number}: carriage return"


def test_no_sentence_appears_twice() -> None:
    seen: dict[str, int] = {}
    for number, cells in _rows():
        key = _normalised(cells[3])
        assert key not in seen, f"line {number} repeats line {seen[key]}"
        seen[key] = number


def test_counts_meet_the_floor() -> None:
    rows = [cells for _, cells in _rows()]
    labels = Counter(cells[0] for cells in rows)
    stances = Counter(cells[1] for cells in rows)
    assert labels["hostile"] >= MIN_HOSTILE
    assert labels["polite"] >= MIN_POLITE
    for stance in HOSTILE_STANCES:
        assert stances[stance] >= MIN_PER_STANCE, f"{stance}: {stances[stance]}"
    easier = max(stances[s] for s in HOSTILE_STANCES - HARD_STANCES)
    for stance in HARD_STANCES:
        assert stances[stance] > easier, f"{stance} ({stances[stance]}) is not among the larger stances"
    for label in ("hostile", "polite"):
        purposes = Counter(cells[2] for cells in rows if cells[0] == label)
        assert set(purposes) == PURPOSES, f"{label} rows miss a purpose: {purposes}"


@pytest.mark.parametrize("stance", sorted(HOSTILE_STANCES | {"polite"}))
def test_readme_counts_match_the_file(stance: str) -> None:
    counts = Counter(cells[1] for _, cells in _rows())
    table = dict(re.findall(r"^\|\s*`?([a-z-]+)`?\s*\|\s*(\d+)\s*\|", README.read_text(encoding="utf-8"), re.M))
    assert int(table[stance]) == counts[stance], (
        f"README says {table.get(stance)} {stance}, the file has {counts[stance]}"
    )

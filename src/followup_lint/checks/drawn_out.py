"""Drawn-out words ("sooo", "pleeease", "reallyyy"): a letter held three times or more.

A typed drawl reads as sarcasm or gushing, never as the measured tone of a follow-up.  The fix
is the word it stands for: the letters collapsed to two or to one, whichever is a known word
(a lemma of spaCy's English lookup table, or one of the rule's ``words``).  A capitalised word inside a sentence
is taken for a name and left alone, and so are the rule's ``ignore`` words ("www", "zzz") and
Roman numerals ("XXX", "viii").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from pydantic import field_validator

from followup_lint.checks.base import CheckInput, Params, RawFinding, Scope, check_kind
from followup_lint.checks.matching import parts
from followup_lint.checks.wordlist import name_words
from followup_lint.report import Edit, Suggestion

MAX_WORD = 40  # a longer "word" is noise, not a drawl (and is not scanned)
_HELD = re.compile(r"([a-z])\1\1")  # fixed width: linear in the word
_RUN = re.compile(r"([a-z])\1{2,}")
_ROMAN = frozenset("ivxlcdm")


class DrawnOutParams(Params):
    within: Scope = ["subject", "message"]
    words: list[str] = []  # known words the fix may produce, besides the lemma table
    ignore: list[str] = []  # never flagged

    @field_validator("words", "ignore")
    @classmethod
    def _lower(cls, value: list[str]) -> list[str]:
        return [v.lower() for v in value]


def is_drawn_out(word: str, ignore: frozenset[str] = frozenset()) -> bool:
    """A word of letters with one letter three times in a row, not a Roman numeral or ignored."""
    if not (3 <= len(word) <= MAX_WORD) or not word.isalpha():
        return False
    lower = word.lower()
    return lower not in ignore and not set(lower) <= _ROMAN and bool(_HELD.search(lower))


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    from followup_lint.nlp import _lemma_table

    # The lemmas (the table's values) only: its keys, the inflected forms, were never read
    # (spaCy's Table keyed them by hash), and adding them would change which words are fixed.
    return frozenset(_lemma_table().values())


def spelled_out(word: str, extra: frozenset[str] = frozenset()) -> str | None:
    """The word a drawl stands for: runs collapsed to two letters, else to one, if that is a word."""
    lower = word.lower()
    known = _known_words() | extra
    for candidate in (_RUN.sub(r"\1\1", lower), _RUN.sub(r"\1", lower)):
        if candidate in known:
            if word[:1].isupper():
                return candidate.upper() if word.isupper() else candidate[:1].upper() + candidate[1:]
            return candidate
    return None


@check_kind("drawn-out", DrawnOutParams)
def drawn_out(inp: CheckInput, params: DrawnOutParams) -> Iterator[RawFinding]:
    ignore = frozenset(params.ignore)
    extra = frozenset(params.words)
    names = name_words(inp)
    for part in parts(inp, params.within):
        if not _HELD.search(inp.analysis.folded(part)):
            continue  # no letter three times in a row anywhere in the part, so in no token of it
        for token in inp.analysis.doc(part):
            if not is_drawn_out(token.text, ignore) or token.lower_ in names:
                continue
            if token.is_title and not (token.is_sent_start or token.i == 0):
                continue  # a name ("Sooo Bakery" inside a sentence)
            start = part.start + token.idx
            end = start + len(token.text)
            if inp.draft.overlaps_placeholder(start, end):
                continue
            fixed = spelled_out(token.text, extra)
            suggestions = (
                [
                    Suggestion(
                        label=f"replace with “{fixed}”",
                        edits=[Edit(replacement=fixed, start=start, end=end)],
                        safe=True,
                    )
                ]
                if fixed
                else []
            )
            yield RawFinding(
                start, end, fields={"match": token.text, "replacement": fixed or ""}, suggestions=suggestions
            )

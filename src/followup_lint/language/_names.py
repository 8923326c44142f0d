"""Names a backend must not call misspelt: people, companies, technologies, user words."""

from __future__ import annotations

import re
from collections.abc import Iterable

_POSSESSIVE = re.compile(r"(?:['\u2019][sS]|(?<=[sS])['\u2019])$")
_WORD_SPLIT = re.compile(r"[\s/]+")
_PIECES = re.compile(r"[-.&+_]+")
_EDGE_PUNCT = ".,;:!?()[]{}\"'\u2018\u2019\u201c\u201d"


def strip_possessive(word: str) -> str:
    """ "Initech's" -> "Initech"; "Jones'" -> "Jones"."""
    return _POSSESSIVE.sub("", word)


def split_words(name: str) -> list[str]:
    return [w for w in _WORD_SPLIT.split(name.strip()) if w]


def accepted_words(names: Iterable[str]) -> set[str]:
    """Lower-cased words of ``names``: multi-word names split, possessives stripped, and the
    pieces of hyphenated names ("Jean-Luc") added too."""
    out: set[str] = set()
    for name in names:
        for word in split_words(name):
            word = strip_possessive(word.strip(_EDGE_PUNCT))
            if not word:
                continue
            out.add(word.lower())
            for piece in _PIECES.split(word):  # "Jean-Luc", "Next.js": backends flag pieces
                if piece:
                    out.add(piece.lower())
    return out


def all_accepted(flagged: str, accepted: set[str]) -> bool:
    """Is every word of ``flagged`` an accepted word (case-insensitive, possessive ignored)?"""
    if not accepted:
        return False
    words = split_words(flagged)
    if not words:
        return False
    return all(strip_possessive(w.strip(_EDGE_PUNCT)).lower() in accepted for w in words)


def with_possessives(words: Iterable[str]) -> list[str]:
    """Each word of ``words`` with its possessive forms, for a backend's dictionary."""
    out: list[str] = []
    for name in words:
        for word in split_words(name):
            out.extend((word, f"{word}'s", f"{word}\u2019s"))
    return list(dict.fromkeys(out))

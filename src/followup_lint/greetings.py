"""Greetings and sign-offs from other languages in common use in English mail ("Kia ora",
"Namaste", "Ngā mihi"), read from the built-in ``greetings`` vocabulary (data, not code).

The draft parser adds them to its English greetings and closings; the language rules leave the
words of a recognised greeting or sign-off alone.  Marks on letters are optional in a draft
("Nga mihi" for "Ngā mihi"), and words may be joined by spaces or a hyphen.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


def _bare(text: str) -> str:
    """The text without combining marks ("ngā" -> "nga")."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _phrase_source(phrase: str) -> str:
    """A regex source for one phrase: each letter with or without its mark, words joined by
    whitespace or a hyphen (bounded: one run of separators between two words)."""
    words = re.split(r"[\s-]+", phrase.strip())
    out = []
    for word in words:
        letters = []
        for c in word:
            bare = _bare(c)
            letters.append(f"[{re.escape(c)}{re.escape(bare)}]" if bare != c else re.escape(c))
        out.append("".join(letters))
    return r"[\s-]++".join(out)


@lru_cache(maxsize=1)
def _lists() -> tuple[tuple[str, ...], tuple[str, ...]]:
    from followup_lint.vocabulary import load_vocabulary

    vocab = load_vocabulary("greetings")
    return tuple(vocab.terms("greetings")), tuple(vocab.terms("sign-offs"))


def _alternation(phrases: tuple[str, ...]) -> str:
    return "|".join(_phrase_source(p) for p in sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=1)
def greeting_source() -> str:
    """Regex source matching one greeting of the vocabulary (to be compiled case-insensitively)."""
    return _alternation(_lists()[0])


@lru_cache(maxsize=1)
def sign_off_source() -> str:
    """Regex source matching one sign-off of the vocabulary (to be compiled case-insensitively)."""
    return _alternation(_lists()[1])


@lru_cache(maxsize=1)
def _leading() -> re.Pattern[str]:
    return re.compile(rf"(?:{greeting_source()}|{sign_off_source()})(?![\w])", re.IGNORECASE)


def leading_phrase_end(text: str) -> int:
    """How many characters of ``text`` (a salutation or a closing) a greeting or sign-off of the
    vocabulary takes at its start; 0 if it does not open with one."""
    lead = len(text) - len(text.lstrip())
    m = _leading().match(text, lead)
    return m.end() if m else 0

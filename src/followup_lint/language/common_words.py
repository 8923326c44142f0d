"""How common an English word is: its rank among the most common lower-case words.

The list (common-words.txt.gz beside this module, built by benchmarks/build_common_words.py from
spacy-lookups-data's word probabilities, MIT licence) is read once, on the first question, so a
draft with no unknown word never pays for it.
"""

from __future__ import annotations

import gzip
import threading
from importlib import resources

_LOCK = threading.Lock()
_RANKS: dict[str, int] | None = None


def _load() -> dict[str, int]:
    global _RANKS
    with _LOCK:
        if _RANKS is None:
            data = (resources.files("followup_lint.language") / "common-words.txt.gz").read_bytes()
            lines = gzip.decompress(data).decode("utf-8").splitlines()
            words = [w for w in lines if w and not w.startswith("#")]
            _RANKS = {w: i for i, w in enumerate(words, 1)}
        return _RANKS


def rank(word: str) -> int | None:
    """The word's place among the common words (1 is the most common), or None when it is not
    among them.  Lower case only: "receive" has a rank, "Receive" is asked as "receive"."""
    ranks = _RANKS if _RANKS is not None else _load()
    return ranks.get(word.lower())


def is_common(word: str, within: int) -> bool:
    """Whether the word is among the ``within`` most common words."""
    found = rank(word)
    return found is not None and found <= within


def compound_of_common(word: str, within: int, least: int = 4) -> tuple[str, str] | None:
    """The two common words (``least`` letters or more each) the word is written from, if any:
    "backlist" is "back" + "list", "frontlist" "front" + "list".  One look-up per cut."""
    lower = word.lower()
    for cut in range(least, len(lower) - least + 1):
        head, tail = lower[:cut], lower[cut:]
        if is_common(head, within) and is_common(tail, within):
            return head, tail
    return None


# --- slips of a common word, found in the list itself ---------------------------------------------
# A spelling backend may offer no common word for a slip ("carefull" -> "care full", "greatfull" ->
# "great full"): the list is then asked directly.  Each of the ``within`` most common words is indexed
# under its letters with runs written once ("carefull" and "careful" are both "careful") and under each
# form of that with one letter dropped (a symmetric-deletion index, built once per ``within``), so a
# question costs one look-up per letter of the word and an edit distance on the few words found there.
_NEAR: dict[int, dict[str, tuple[str, ...]]] = {}
MAX_SLIP_LETTERS = 24  # a longer run of letters is no slip of a common word (and keeps the cost bounded)


def undoubled(word: str) -> str:
    """The word with each run of one character written once ("tommorow" -> "tomorow"): doubling is
    the commonest slip, so the spelling checks compare words in this form."""
    out: list[str] = []
    for ch in word:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _near_index(within: int) -> dict[str, tuple[str, ...]]:
    found = _NEAR.get(within)
    if found is not None:
        return found
    ranks = _RANKS if _RANKS is not None else _load()
    index: dict[str, list[str]] = {}
    for word, place in ranks.items():
        if place > within or len(word) < 4 or not word.isalpha():
            continue
        plain = undoubled(word)
        for key in (plain, *_deletes(plain)):
            index.setdefault(key, []).append(word)
    with _LOCK:
        return _NEAR.setdefault(within, {k: tuple(v) for k, v in index.items()})


def common_slip_of(word: str, within: int) -> str | None:
    """The common word (among the ``within`` most common, four letters or more) that ``word`` is a
    slip of, or None: with letters doubled or undoubled, one letter added, dropped, changed or two
    swapped ("carefull", "hopefull": careful, hopeful); from eight letters on also two such slips
    where the word still sounds the same ("greatfull": grateful).  The nearest wins, then the most
    common."""
    from followup_lint.language.sounds_like import edit_distance, sound_key

    lower = word.lower()
    if not (4 <= len(lower) <= MAX_SLIP_LETTERS) or not lower.isalpha():
        return None
    index = _near_index(within)
    plain = undoubled(lower)
    candidates = {c for key in (plain, *_deletes(plain)) for c in index.get(key, ())}
    best: tuple[tuple[int, int], str] | None = None
    for known in candidates:
        if known == lower:
            return None
        distance = edit_distance(plain, undoubled(known), 2)
        if distance > 2 or (distance == 2 and (len(lower) < 8 or sound_key(lower) != sound_key(known))):
            continue
        key = (distance, rank(known) or within + 1)
        if best is None or key < best[0]:
            best = (key, known)
    return best[1] if best else None

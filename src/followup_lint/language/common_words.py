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

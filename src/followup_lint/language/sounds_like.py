"""Which word of a small vocabulary an unknown word was meant to be, by sound and by edits.

A spelling backend suggests words one or two letters away; a writer who spells a word by ear
("intervue", "resumay", "recrooter") can be further off than that, and the backend then offers
something that looks alike but was never meant ("interlude", "rec rooter").  For the few words a
job follow-up is built from (the job-search vocabulary), an unknown word that has the same
consonant skeleton as one of them and is at most a third of its letters away is taken for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

# Soundex-style classes: letters that sound alike share a digit; vowels, h, w and y are none.
_CLASS = {
    **dict.fromkeys("bfpv", "1"),
    **dict.fromkeys("cgjkqsxz", "2"),
    **dict.fromkeys("dt", "3"),
    "l": "4",
    **dict.fromkeys("mn", "5"),
    "r": "6",
}
_VOWELS = frozenset("aeiouy")
MIN_LETTERS = 5  # shorter words have too many neighbours; the backend's own slips cover them
MAX_LETTERS = 24  # a longer run of letters is no misspelling of a short word (and keeps the cost bounded)
MAX_EDITS = 3


def sound_key(word: str) -> str:
    """The word's consonant skeleton: the class of its first letter ("V" for a vowel, so "enterview"
    and "interview" agree), then the classes of the consonants after it, a run of one class written
    once unless a vowel parts it (as Soundex does; h and w part nothing)."""
    lower = word.lower()
    if not lower:
        return ""
    first = "V" if lower[0] in _VOWELS else _CLASS.get(lower[0], lower[0])
    key, last = [first], _CLASS.get(lower[0], "")
    for ch in lower[1:]:
        if ch in "hw":
            continue
        code = _CLASS.get(ch, "")
        if code and code != last:
            key.append(code)
        last = code
    return "".join(key)


def edit_distance(a: str, b: str, limit: int) -> int:
    """Letters added, dropped, changed or swapped with a neighbour to turn ``a`` into ``b`` (optimal
    string alignment); any distance above ``limit`` is returned as ``limit + 1``.  Quadratic in the
    word, which is short: never in the text."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], prev2[j - 2] + 1)
        if min(row) > limit:
            return limit + 1
        prev2, prev = prev, row
    return min(prev[-1], limit + 1)


def by_sound(vocabulary: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The vocabulary grouped by sound key, in its order (built once, when a rule loads)."""
    groups: dict[str, list[str]] = {}
    for known in vocabulary:
        if known.isalpha():
            groups.setdefault(sound_key(known), []).append(known.lower())
    return {key: tuple(words) for key, words in groups.items()}


def meant_word(word: str, vocabulary: Mapping[str, tuple[str, ...]]) -> str | None:
    """The vocabulary word (``vocabulary`` as :func:`by_sound` groups it) that ``word``, an unknown
    word, sounds like and is close to, or None.

    Close: at most a third of the vocabulary word's letters (and at most 3) added, dropped, changed
    or swapped.  The nearest wins; on a tie, the one listed first.
    """
    lower = word.lower()
    if not (MIN_LETTERS <= len(lower) <= MAX_LETTERS) or not lower.isalpha():
        return None
    best: tuple[int, str] | None = None
    for known in vocabulary.get(sound_key(lower), ()):
        if known == lower:
            return None
        limit = min(MAX_EDITS, len(known) // 3)
        distance = edit_distance(lower, known, limit)
        if distance <= limit and (best is None or distance < best[0]):
            best = (distance, known)
    return best[1] if best else None

"""Token gates: skip a spaCy ``Matcher`` on a doc that holds none of the words its patterns need.

spaCy's Matcher evaluates ``IN`` sets and token flags in Python, for every token and every
pattern state, so a rule of a few dozen token patterns costs about a millisecond a part even
when nothing matches (the stance rules were a third of the per-draft time).  Most patterns
name the words they need: a token without ``OP`` (or with a repeat of at least one) and a
``LOWER``, ``NORM``, ``LEMMA``, ``ORTH`` or ``TEXT`` value must be one of those words.  A
pattern can match a doc only when each such token's words meet the doc's words; when no
pattern of a matcher can, the matcher is not run.  When one can, the whole matcher runs as
before, so results (and their order) are exactly what running it always gives.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from followup_lint.spacy_core import Doc, Vocab, get_string_id

_WORD_ATTRS = ("LOWER", "NORM", "LEMMA", "ORTH", "TEXT")
_REPEAT = re.compile(r"^\{(\d+)(?:,\d*)?\}$")

#: A pattern's needs: for each mandatory token, the hashes of the words it may be.
Needs = tuple[frozenset[int], ...]


def doc_words(doc: Doc) -> frozenset[int]:
    """Hashes of every word form of the doc's tokens (text, lower case, norm, lemma)."""
    if not len(doc):
        return frozenset()
    return frozenset(int(h) for h in doc.to_array(["ORTH", "LOWER", "NORM", "LEMMA"]).ravel().tolist())


@lru_cache(maxsize=256)
def word_hashes(words: frozenset[str]) -> frozenset[int]:
    """The ids of ``words`` as :func:`doc_words` gives them, so a check that looks for one of these
    words in a part can skip a part that has none.

    spaCy's id for a word is its hash, except for the ~55 words in its symbol table ("mark",
    "number", "agent", ...), whose id is the symbol's; ``get_string_id`` gives both alike in
    every vocab, as ``doc.to_array`` does.
    """
    return frozenset(int(get_string_id(w)) for w in words)


def _mandatory(spec: Mapping[str, Any]) -> bool:
    op = spec.get("OP")
    if op is None:
        return True
    m = _REPEAT.match(str(op))
    return bool(m and int(m.group(1)) >= 1)


def _words(value: Any) -> list[str] | None:
    """The words a literal attribute value allows, or None when it allows any word."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
        return list(value["IN"])
    return None


def pattern_needs(
    tokens: Sequence[Mapping[str, Any]], vocab: Vocab, flag_words: Mapping[str, Iterable[str]] | None = None
) -> Needs:
    """For each mandatory token with a literal word attribute, the hashes of its words.

    ``flag_words``: for a token flag (``{_ = {flag = true}}``) that only some words can have
    (an opening quote is a quote mark), those words.
    """
    needs: list[frozenset[int]] = []
    for spec in tokens:
        if not _mandatory(spec):
            continue
        words: list[str] | None = None
        for attr in _WORD_ATTRS:
            words = _words(spec.get(attr)) if attr in spec else None
            if words is not None:
                break
        if words is None and flag_words and isinstance(spec.get("_"), dict):
            for flag, value in spec["_"].items():
                if value is True and flag in flag_words:
                    words = list(flag_words[flag])
                    break
        if words is not None:
            needs.append(frozenset(vocab.strings.add(w) for w in words))
    return tuple(needs)


def may_match(needs: Sequence[Needs], words: frozenset[int]) -> bool:
    """False only when no pattern with these needs can match a doc with these words."""
    return any(all(not need.isdisjoint(words) for need in pattern) for pattern in needs)


class Gate:
    """The needs of a matcher's patterns, indexed by each pattern's smallest need, so a doc
    costs one set intersection and a look at the few patterns whose key words it holds."""

    def __init__(self, needs: Sequence[Needs]) -> None:
        self.needs = tuple(needs)
        self.free = tuple(i for i, n in enumerate(self.needs) if not n)  # patterns without literal tokens
        self.always = bool(self.free)
        self.by_word: dict[int, list[int]] = {}
        for i, pattern in enumerate(self.needs):
            if pattern:
                for word in min(pattern, key=len):
                    self.by_word.setdefault(word, []).append(i)
        self.keys = frozenset(self.by_word)

    def may_match(self, words: frozenset[int]) -> bool:
        """False only when no pattern can match a doc with these words."""
        if self.always:
            return True
        candidates = {i for word in self.keys & words for i in self.by_word[word]}
        return any(all(not need.isdisjoint(words) for need in self.needs[i]) for i in candidates)

    def live(self, words: frozenset[int]) -> list[int]:
        """The patterns that can match a doc with these words, in their order: those without
        literal tokens and those each of whose needs meets the words (empty: ``may_match`` is
        false)."""
        candidates = {i for word in self.keys & words for i in self.by_word[word]}
        found = [i for i in candidates if all(not need.isdisjoint(words) for need in self.needs[i])]
        if self.free:
            found.extend(self.free)
        found.sort()
        return found


# id(owner) -> (owner kept alive, id(vocab), the gate of its patterns)
_GATES: dict[int, tuple[object, int, Gate]] = {}


def gate_for(
    owner: object,
    patterns: Iterable[Sequence[Mapping[str, Any]]],
    vocab: Vocab,
    flag_words: Mapping[str, Iterable[str]] | None = None,
) -> Gate:
    """The gate of ``patterns`` (built once per ``owner``, a rule's parameters)."""
    found = _GATES.get(id(owner))
    if found is None or found[0] is not owner or found[1] != id(vocab):
        found = (owner, id(vocab), Gate([pattern_needs(p, vocab, flag_words) for p in patterns]))
        _GATES[id(owner)] = found
    return found[2]

"""LanguageIssue: one spelling, grammar or style problem reported by a language backend.

Offsets are Python code points into the text the backend was given (the draft's text), so an
issue can be turned into a ``Finding`` without any further conversion.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

#: Our groups for backend problems.  Backends map their own kinds/categories onto these.
KINDS = ("spelling", "grammar", "repetition", "punctuation", "capitalization", "style")


@dataclass(frozen=True)
class LanguageIssue:
    """A problem in ``text[start:end]`` found by a backend."""

    start: int
    end: int
    message: str
    backend: str  # "harper" | "languagetool"
    rule: str  # the backend's own rule name, e.g. "SpellCheck", "MORFOLOGIK_RULE_EN_US"
    kind: str  # one of KINDS
    suggestions: tuple[str, ...] = ()
    # Spelling only: the flagged word is in the dictionary of another English dialect (the
    # American user's "paediatrics", "axe", "analyser"; the British user's "pediatrics").
    other_dialect: bool = False

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown issue kind {self.kind!r}; expected one of {', '.join(KINDS)}")
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    @property
    def source(self) -> str:
        """``backend:rule``, the name a user switches this backend rule off by."""
        return f"{self.backend}:{self.rule}"


def sort_key(issue: LanguageIssue) -> tuple[int, int, str, str, str]:
    return (issue.start, issue.end, issue.rule, issue.backend, issue.message)


def same_problem(x: LanguageIssue, y: LanguageIssue) -> bool:
    """Do two issues (from different backends) most likely point at the same problem?

    They must overlap, the overlap must cover at least half of the shorter span, and the
    shorter span must be at least a third of the longer one.  So "recieve" flagged by both
    backends, or "the the" against "the", are one problem; a misspelt word inside a
    sentence-long style match is not.
    """
    overlap = min(x.end, y.end) - max(x.start, y.start)
    if x.start == x.end or y.start == y.end:  # zero-width (an insertion point)
        return x.start == y.start and x.end == y.end
    if overlap <= 0:
        return False
    shorter = min(x.end - x.start, y.end - y.start)
    longer = max(x.end - x.start, y.end - y.start)
    return overlap * 2 >= shorter and shorter * 3 >= longer


def merge_issues(a: Iterable[LanguageIssue], b: Iterable[LanguageIssue]) -> list[LanguageIssue]:
    """Issues of two backends, with problems both flagged reported once.

    ``a`` is the preferred (first) backend: of two issues about the same problem (see
    ``same_problem``) the one from ``a`` is kept, unless only ``b``'s offers suggestions.
    Exact duplicates within one list are dropped too.  The result is sorted by
    (start, end, rule), then backend and message, so it is deterministic.
    """
    kept: list[LanguageIssue] = []
    seen: set[LanguageIssue] = set()
    for issue in sorted(a, key=sort_key):
        if issue not in seen:
            seen.add(issue)
            kept.append(issue)
    n_first = len(kept)
    for issue in sorted(b, key=sort_key):
        if issue in seen:
            continue
        seen.add(issue)
        for i in range(n_first):
            other = kept[i]
            if same_problem(other, issue):
                if issue.suggestions and not other.suggestions:
                    kept[i] = issue
                break
        else:
            kept.append(issue)
    return sorted(kept, key=sort_key)

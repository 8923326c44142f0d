"""How ``select``, ``ignore`` and suppressions name codes: a code or a prefix of codes.

``FL3`` names every FL3xx code; entries with a colon (``harper:SpellCheck``) name a backend's own
rule and never a code.  Every place that matches codes asks here.
"""

from __future__ import annotations

from collections.abc import Iterable


def prefix_len(entries: Iterable[str], code: str) -> int:
    """The length of the longest entry that ``code`` starts with; -1 when none does."""
    code = code.upper()
    return max((len(e) for e in entries if ":" not in e and code.startswith(e.upper())), default=-1)


def names(entries: Iterable[str], code: str) -> bool:
    """Whether any entry is ``code`` or a prefix of it."""
    return prefix_len(entries, code) >= 0

"""Check kinds: the small pure functions rule files name in ``check = "..."``.

Importing this package registers every kind in ``REGISTRY``.
"""

from followup_lint.checks import (  # noqa: F401
    boilerplate,
    checklist,
    confusables,
    drawn_out,
    emoji_check,
    language_check,
    learned_tone,
    linkedin,
    matching,
    metric,
    name_case,
    personal,
    salutation,
    sender,
    shouting,
    specifics,
    stance,
    subject,
    textspeak,
    timing,
    weekday,
    whole_draft,
    wordlist,
)
from followup_lint.checks.base import (
    CONTEXT_HINTS,
    REGISTRY,
    CheckInput,
    CheckKind,
    Params,
    RawFinding,
    check_citations,
    check_kind,
    validate_params,
)

__all__ = [
    "CONTEXT_HINTS",
    "REGISTRY",
    "CheckInput",
    "CheckKind",
    "Params",
    "RawFinding",
    "check_citations",
    "check_kind",
    "validate_params",
]

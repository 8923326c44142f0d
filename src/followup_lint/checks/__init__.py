"""Check kinds: the small pure functions rule files name in ``check = "..."``.

Importing this package registers every kind in ``REGISTRY``.
"""

from followup_lint.checks import (  # noqa: F401
    emoji_check,
    language_check,
    matching,
    metric,
    shouting,
    specifics,
    subject,
)
from followup_lint.checks.base import (
    REGISTRY,
    CheckInput,
    CheckKind,
    Params,
    RawFinding,
    check_kind,
    validate_params,
)

__all__ = ["REGISTRY", "CheckInput", "CheckKind", "Params", "RawFinding", "check_kind", "validate_params"]

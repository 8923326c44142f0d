"""A ``Finding`` with neutral placeholder fields, for tests of scoring, fixes, suppression, caching
and messages that need findings without running a rule: pass what the test is about (code, span,
line, severity, missing, message...) and the rest stays a default."""

from __future__ import annotations

from typing import Any

from followup_lint.report import Finding, Severity


def make_finding(code: str, start: int = 0, end: int | None = None, *, line: int = 1, **fields: Any) -> Finding:
    """A one-line finding of ``code`` over ``start``-``end`` (empty at ``start`` when ``end`` is not
    given), its columns following the offsets; ``fields`` override anything else."""
    end = start if end is None else end
    values: dict[str, Any] = {
        "name": "x",
        "severity": Severity.WARNING,
        "category": "tone",
        "guidance": ["G-X"],
        "message": "m",
        "start": start,
        "end": end,
        "line": line,
        "column": start + 1,
        "end_line": line,
        "end_column": end + 1,
    }
    values.update(fields)
    return Finding(code=code, **values)

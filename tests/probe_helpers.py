"""What the probe-round tests (tests/test_probe28.py and after) ask of a report: the findings of one rule, and
whether it warned; one copy instead of one a file."""

from __future__ import annotations

from followup_lint import Linter


def codes(linter: Linter, text: str, code: str, **kwargs: object) -> list[tuple[str, str]]:
    """The matched text and severity of each finding of rule ``code`` on ``text``."""
    report = linter.lint(text, **kwargs)  # type: ignore[arg-type]
    return [(text[f.start : f.end], f.severity.value) for f in report.findings if f.code == code]


def warned(linter: Linter, text: str, code: str, **kwargs: object) -> bool:
    """Whether rule ``code`` gave a warning or an error (not only a tip) on ``text``."""
    return any(sev != "info" for _, sev in codes(linter, text, code, **kwargs))

"""What the G-PERSONAL blind batches (rounds 9 and 10) ask of a report: the warnings and errors of
the rules that judge names, employers, roles and days."""

from __future__ import annotations

from followup_lint import Linter

PERSONAL = {"FL132", "FL134", "FL208", "FL209", "FL505"}


def findings(linter: Linter, text: str, context: dict) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    """(code, severity) of each personal rule's warning or error on ``text``."""
    report = linter.lint(text, context=context)
    return [
        (f.code, f.severity.value)
        for f in report.findings
        if f.code in PERSONAL and f.severity.value in ("warning", "error")
    ]

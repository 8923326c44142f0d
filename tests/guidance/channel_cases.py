"""Shared by the channel tests (cards, weak signs of paper): the channel a draft alone is read as,
and the severities the letter-only rules give it."""

from __future__ import annotations

from followup_lint import Linter
from followup_lint.draft import parse_draft
from followup_lint.infer import infer_channel


def channel_of(text: str) -> str | None:
    """The channel inferred from the draft alone (no flag, no context), or None when nothing decides."""
    guess = infer_channel(parse_draft(text))
    return guess[0] if guess else None


def severities(linter: Linter, text: str, codes: tuple[str, ...], channel: str | None = None) -> dict[str, str]:
    """``{code: severity}`` of the findings of ``codes`` (e.g. the letter-only FL122 date line, FL123
    "Dear" greeting, FL124 formal close) when the draft is linted."""
    return {f.code: f.severity.value for f in linter.lint(text, channel=channel).findings if f.code in codes}

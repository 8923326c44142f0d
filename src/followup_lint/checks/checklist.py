"""Checklist: several things that must all be present (a call script's name, role, purpose and
callback number); one finding lists the missing ones.

Each item is satisfied by a phrase or pattern in its parts, or, when the item names context
fields, by the context value appearing in the draft (the role's title, the company's name).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict

from followup_lint.checks.anchors import WHERE, anchor_span
from followup_lint.checks.base import (
    AnchorName,
    CheckInput,
    Params,
    PhraseList,
    RawFinding,
    RegexList,
    Scope,
    check_kind,
)
from followup_lint.checks.matching import MatchParams, find


class ChecklistItem(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str  # what the writer should add, in a few words
    phrases: PhraseList = []
    patterns: RegexList = []
    within: Scope = ["message"]
    context: list[Literal["company", "role", "sender_name"]] = []


class ChecklistParams(Params):
    items: list[ChecklistItem]
    anchor: AnchorName = "body"


@check_kind("checklist", ChecklistParams)
def checklist(inp: CheckInput, params: ChecklistParams) -> Iterator[RawFinding]:
    missing: list[str] = []
    for item in params.items:
        patterns = list(item.patterns)
        for key in item.context:
            value = getattr(inp.context, key)
            if value:
                patterns.append(r"\b" + re.escape(value) + r"\b")
        found = find(inp, MatchParams(phrases=item.phrases, patterns=patterns, within=item.within))
        if not found:
            missing.append(item.name)
    if missing:
        start, end = anchor_span(inp.draft, params.anchor)
        listed = missing[0] if len(missing) == 1 else ", ".join(missing[:-1]) + " and " + missing[-1]
        yield RawFinding(start, end, missing=True, fields={"missing": listed, "where": WHERE[params.anchor]})

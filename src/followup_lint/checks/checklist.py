"""Checklist: several things that must all be present (a call script's name, role, purpose and
callback number); one finding lists the missing ones.  A rule may lower the finding when only a
few items are missing (``tip_below``): a script short of its callback number alone still works
as a voicemail, one without the caller's name and number does not.

Each item is satisfied by a phrase or pattern in its parts, or, when the item names context
fields, by the context value appearing in the draft (the role's title, the company's name).

A rule may name the drafts the list does not apply to (``waived_by``): a call script that answers
the reader's own call ("Yes, speaking", "thanks for ringing me back") needs no name or number, as
the reader rang and already knows both.
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
from followup_lint.checks.matching import MatchParams, derived_params, find, in_placeholder, parts
from followup_lint.draft import Part
from followup_lint.report import Severity


class ChecklistItem(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str  # what the writer should add, in a few words
    phrases: PhraseList = []
    patterns: RegexList = []
    within: Scope = ["message"]
    context: list[Literal["company", "role", "sender_name"]] = []
    # missing this one alone is never only a tip (a voicemail without the caller's name cannot be
    # answered: nothing else in it says who called, where caller ID still shows the number)
    essential: bool = False
    # missing this one is never only a tip either when one of these patterns is in the message (a
    # script that says it is a message left to be answered, "call me back", "sorry I missed you",
    # needs its callback number: nothing else in it lets the reader answer)
    essential_when: RegexList = []
    # ... unless one of these is there too (a live call's turns: the listener is on the line)
    essential_unless: RegexList = []


class ChecklistParams(Params):
    items: list[ChecklistItem]
    anchor: AnchorName = "body"
    # with fewer than this many items missing the finding is only a tip (0: always the rule's severity)
    tip_below: int = 0
    # a phrase or pattern in these parts that makes the list moot (the reader rang: the writer answers)
    waived_by: RegexList = []
    waived_within: Scope = ["message"]


@check_kind("checklist", ChecklistParams)
def checklist(inp: CheckInput, params: ChecklistParams) -> Iterator[RawFinding]:
    if params.waived_by and find(inp, _waiver_params(params)):
        return
    missing: list[ChecklistItem] = []
    for item in params.items:
        if not (find(inp, _item_params(item)) or _names_context(inp, item)):
            missing.append(item)
    if missing:
        start, end = anchor_span(inp.draft, params.anchor)
        names = [item.name for item in missing]
        listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        few = len(missing) < params.tip_below and not any(_essential(inp, item) for item in missing)
        severity = Severity.INFO if few else None
        yield RawFinding(
            start, end, missing=True, fields={"missing": listed, "where": WHERE[params.anchor]}, severity=severity
        )


def _essential(inp: CheckInput, item: ChecklistItem) -> bool:
    """Whether a missing item is never only a tip: always, or when the message says it needs one."""
    if item.essential:
        return True
    if not item.essential_when:
        return False
    params = derived_params(item, "essential_when", patterns=item.essential_when, within=["message"])
    if not find(inp, params):
        return False
    if item.essential_unless:
        unless = derived_params(item, "essential_unless", patterns=item.essential_unless, within=["message"])
        return not find(inp, unless)
    return True


def _item_params(item: ChecklistItem) -> MatchParams:
    """An item's phrases and patterns as match parameters, made once an item."""
    return derived_params(item, "item", phrases=item.phrases, patterns=item.patterns, within=item.within)


def _waiver_params(params: ChecklistParams) -> MatchParams:
    """The waiver patterns as match parameters, made once a rule."""
    return derived_params(params, "waived_by", patterns=params.waived_by, within=params.waived_within)


_TRAILING_BRACKET = re.compile(r"\s{0,3}\([^()]{1,80}\)\s{0,3}\Z")


def _names_context(inp: CheckInput, item: ChecklistItem) -> bool:
    """Whether a context value the item names (the company, the role) appears as a whole word in
    its parts (case aside, outside template slots, as ``find`` counts); searched directly, as it changes from draft to draft."""
    values = [v for v in (getattr(inp.context, key) for key in item.context) if v]
    if not values:
        return False
    # a title's bracketed detail is seldom said ("CNC Machinist (6-month contract)" said as "the six-month CNC
    # machinist contract"; round 28): the title before it counts too
    values += [core for v in values if (core := _TRAILING_BRACKET.sub("", v)) and core != v]
    pattern = re.compile("|".join(r"\b" + re.escape(v) + r"\b" for v in values), re.IGNORECASE)
    for part in parts(inp, item.within):
        for m in pattern.finditer(part.text):
            if m.end() > m.start() and not in_placeholder(
                inp, Part(part.start + m.start(), part.start + m.end(), m.group(0))
            ):
                return True
    return False

"""Finding and Report: the stable, versioned shape every output format is written from."""

from __future__ import annotations

import re
from enum import Enum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, PrivateAttr

SCHEMA_VERSION = "1.0"

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _encodable(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD.  Any ``str`` can be a draft, and a
    report quotes its draft (messages, fixes, the path of a file named in undecodable bytes);
    JSON is UTF-8, which has no lone surrogates.  In Python the fields keep the exact text."""
    return _LONE_SURROGATE.sub("\ufffd", text) if not text.isascii() else text


#: A string that may hold text from the draft: exact in Python, valid UTF-8 in JSON
#: (``model_dump_json``, ``model_dump(mode="json")``).
Text = Annotated[str, PlainSerializer(_encodable, return_type=str, when_used="json")]


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    def __str__(self) -> str:  # "warning", not "Severity.WARNING", wherever a severity is printed
        return self.value

    def __format__(self, spec: str) -> str:
        return format(self.value, spec)

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


class Edit(BaseModel):
    """Replace ``[start, end)`` of the draft's text with ``replacement`` (empty = delete)."""

    model_config = ConfigDict(frozen=True)

    replacement: Text
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Suggestion(BaseModel):
    """One way to fix a finding: a short label and the edits that carry it out.

    ``safe`` suggestions keep the sender's meaning and only change form, so ``--fix`` applies
    them; the others put words in the sender's mouth and wait for ``--unsafe-fixes`` (see
    docs/fixes.md).
    """

    model_config = ConfigDict(frozen=True)

    label: Text
    edits: list[Edit] = Field(default_factory=list)
    safe: bool = Field(
        default=False,
        description="True when applying it keeps the meaning (only form changes): --fix applies it.",
    )


class Finding(BaseModel):
    """One place where the draft falls short of the guidance."""

    model_config = ConfigDict(frozen=True)

    code: str = Field(description="Stable rule code, e.g. FL204.")
    name: str = Field(description="Rule name, e.g. gratitude.")
    severity: Severity
    category: str = Field(description="structure | content | tone | language | timing")
    guidance: list[str] = Field(
        description="Guidance item ids this finding's evidence falls short of: its rule's list, or the part of it "
        "the evidence names (an impatience pattern cites G-TONE-PATIENT alone)."
    )
    message: Text
    start: int = Field(ge=0, description="Start offset, code points into the draft's text.")
    end: int = Field(ge=0, description="End offset (exclusive), code points.")
    line: int = Field(ge=1)
    column: int = Field(ge=1)
    end_line: int = Field(ge=1)
    end_column: int = Field(ge=1)
    missing: bool = Field(
        default=False,
        description="True when the finding is about something absent; the span marks where it belongs.",
    )
    suggestions: list[Suggestion] = Field(default_factory=list)
    source: Text | None = Field(
        default=None, description="The backend rule behind the finding, e.g. harper:SpellCheck."
    )
    cost: float = Field(default=0.0, description="Points this finding took off the score.")
    # how far a measured value runs past its limit (value / limit, a metric check's), for the engine's
    # bounded yield to hostility; not part of the report
    _overrun: float | None = PrivateAttr(default=None)


class Notice(BaseModel):
    """Something the linter could not do, or had to assume."""

    model_config = ConfigDict(frozen=True)

    code: str
    message: Text


class Report(BaseModel):
    """The result of linting one draft."""

    schema_version: str = SCHEMA_VERSION
    path: Text | None = None
    label: Text | None = Field(default=None, description="Which draft of a multi-draft file.")
    purpose: str
    channel: str
    inferred: dict[str, Text] = Field(
        default_factory=dict,
        description="Axis -> the cue it was inferred from, for purpose/channel not given.",
    )
    score: float | None = Field(description="0-100; null when the draft could not be assessed (e.g. not English).")
    category_scores: dict[str, float] = Field(default_factory=dict)
    findings: list[Finding] = Field(default_factory=list)
    notices: list[Notice] = Field(default_factory=list)
    word_count: int = 0
    metrics: dict[str, float | int | Text] = Field(
        default_factory=dict,
        description="Measurements of the body, e.g. reading_grade and the formula behind it.",
    )

    def worst(self) -> Severity | None:
        """The most severe finding's severity, or None when there are none."""
        if not self.findings:
            return None
        return max((f.severity for f in self.findings), key=lambda s: s.rank)


def fix_of(finding: Finding, *, unsafe: bool = False) -> Suggestion | None:
    """The suggestion ``--fix`` would apply for ``finding`` (its first), or None.

    With ``unsafe`` an unsafe first suggestion is applied too.  A suggestion with no edits
    fixes nothing.  (Here, with the report's shape, so that writers marking fixable findings
    do not import the fixing machinery.)
    """
    if not finding.suggestions:
        return None
    first = finding.suggestions[0]
    if not first.edits or not (first.safe or unsafe):
        return None
    return first

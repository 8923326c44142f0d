"""Load and validate the rule pack: one TOML file per rule, checked with pydantic.

The built-in pack is the top-level ``rules/`` folder.  In a source checkout (editable install
or plain ``PYTHONPATH=src``) the live folder is used, so editing a rule needs no reinstall; an
installed wheel carries a copy inside the package (``followup_lint/rules``), found through
``importlib.resources``.
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator, model_validator

from followup_lint.errors import FollowupLintError, describe_validation
from followup_lint.report import Severity

PURPOSES = ("thank-you", "status-check", "rejection-reply")
CHANNELS = ("email", "linkedin", "letter", "call")
CATEGORIES = ("structure", "content", "tone", "language", "timing")

# The signals that can back an error (corroboration.py)
Signal = Literal["tone-model", "second-hostile-rule", "common-word-slip", "same-rule-again", "job-title-word"]
Purpose = Literal["thank-you", "status-check", "rejection-reply"]
Channel = Literal["email", "linkedin", "letter", "call"]
Category = Literal["structure", "content", "tone", "language", "timing"]


class Example(BaseModel):
    """A draft the rule must flag (``bad``) or must pass (``good``), with optional settings."""

    model_config = ConfigDict(extra="forbid")

    bad: str | None = None
    good: str | None = None
    purpose: Purpose | None = None
    channel: Channel | None = None
    context: dict[str, Any] | None = None
    template: bool = False
    note: str | None = None
    line: int | None = Field(default=None, ge=1, description="A bad example's first finding: its line...")
    column: int | None = Field(default=None, ge=1, description="...and column.")
    fixed: str | None = Field(
        default=None, description="A bad example after its first finding's fix, where it has one."
    )


class SeverityWhen(BaseModel):
    """A severity for some purposes and/or channels (``[[severity_when]]`` in a rule file).

    The first entry whose ``purposes`` and ``channels`` both include the draft's wins; an entry
    that leaves one out matches every value of it.  E.g. a missing phone number is a tip in an
    e-mail (the reply address reaches the sender) and a warning in a printed letter.
    """

    model_config = ConfigDict(extra="forbid")

    purposes: list[Purpose] | None = Field(default=None, min_length=1)
    channels: list[Channel] | None = Field(default=None, min_length=1)
    severity: Severity

    def matches(self, purpose: str, channel: str) -> bool:
        return (self.purposes is None or purpose in self.purposes) and (
            self.channels is None or channel in self.channels
        )


class Rule(BaseModel):
    """One rule file, validated.  ``params`` are validated by the check kind it names.

    ``enabled = false`` in a rule file (``default_enabled`` here) makes the rule off by default:
    it runs only when a ``select`` entry names its code or a prefix of it (see ``enabled_in``).
    """

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    code: str = Field(pattern=r"^[A-Z]{2,4}\d{3}$")
    name: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    summary: str
    category: Category
    severity: Severity
    severity_when: list[SeverityWhen] = Field(default_factory=list)
    weight: float = Field(ge=0, le=100)
    purposes: list[Purpose] = Field(default_factory=lambda: list(get_args(Purpose)))
    channels: list[Channel] = Field(default_factory=lambda: list(get_args(Channel)))
    guidance: list[str] = Field(min_length=1)
    check: str
    message: str | None = None
    rationale: str
    fix: str
    fix_safety: Literal["safe", "unsafe"] = Field(
        default="unsafe",
        description="safe: the rule's edits keep the meaning, so --fix may apply those its check judges safe.",
    )
    params: Any = Field(default_factory=dict)
    examples: list[Example] = Field(default_factory=list)
    default_enabled: bool = Field(
        default=True, alias="enabled", description="Off by default when false: enable with select = [code]."
    )
    yields_to: list[str] = Field(
        default_factory=list,
        description="Codes of more specific rules: a finding of this rule is dropped where one of theirs covers any of its words.",
    )
    yields_to_as_severe: list[str] = Field(
        default_factory=list,
        description="Codes of rules this one yields to only where their finding on the same words is at least as "
        "severe as this rule's: a tip of theirs (a reading that set the words aside) leaves its warning standing.",
    )
    fixes_yield_to: list[str] = Field(
        default_factory=list,
        description="Codes of rules whose fix wins: where a finding of theirs covers any of this rule's finding's words, "
        "this rule's finding stays but offers no fix (two fixes of one word would disagree).",
    )
    yields_to_hostile: bool = Field(
        default=False,
        description="Quiet on a draft where a rule marked hostile reports an error: the hostility is the fault to name.",
    )
    yields_to_hostile_up_to: float | None = Field(
        default=None,
        gt=1.0,
        description="Bounds yields_to_hostile for a rule that measures against a limit: a finding whose value is "
        "more than this multiple of its limit stays on a hostile draft (a rant well past the limit).",
    )
    requires: list[str] = Field(
        default_factory=list,
        description="Codes of rules this one builds on: a finding of this rule is kept only on a draft where one of theirs is reported too.",
    )
    only_where_unflagged: bool = Field(
        default=False,
        description="A finding of this rule stands only where no finding of another rule, at warning or above, "
        "cites one of its guidance items: a last word on an item the other rules left unflagged.",
    )
    error_needs: list[Signal] = Field(
        default_factory=list,
        description="Signals that must back an error of this rule (any one): without them it is a warning (corroboration.py).",
    )
    hostile: bool = Field(
        default=False,
        description="Whether a finding of this rule is a hostile move: a signal for another rule's error_needs.",
    )
    path: str | None = Field(default=None, exclude=True)

    @field_validator("yields_to", "yields_to_as_severe", "fixes_yield_to", "requires")
    @classmethod
    def _rule_codes(cls, value: list[str], info: ValidationInfo) -> list[str]:
        for code in value:
            if not re.fullmatch(r"[A-Z]{2,4}\d{3}", code):
                raise ValueError(f"{info.field_name} names {code!r}, which is not a rule code such as FL322")
        return value

    @field_validator("guidance")
    @classmethod
    def _guidance_ids(cls, value: list[str]) -> list[str]:
        for item in value:
            if not item.startswith("G-"):
                raise ValueError(f"guidance id {item!r} must start with 'G-'")
        return value

    @model_validator(mode="after")
    def _severity_when_in_scope(self) -> Rule:
        for i, entry in enumerate(self.severity_when):
            if entry.purposes is None and entry.channels is None:
                raise ValueError(f"severity_when[{i}] names neither purposes nor channels")
            outside = sorted(set(entry.purposes or ()) - set(self.purposes)) + sorted(
                set(entry.channels or ()) - set(self.channels)
            )
            if outside:
                raise ValueError(f"severity_when[{i}] names {', '.join(outside)}, where the rule never runs")
        return self

    def severity_for(self, purpose: str, channel: str) -> Severity:
        """The severity on a draft of this purpose and channel (``severity_when``, else ``severity``)."""
        for entry in self.severity_when:
            if entry.matches(purpose, channel):
                return entry.severity
        return self.severity

    def severity_text(self) -> str:
        """``warning``, or ``warning (info on email)`` when ``severity_when`` varies it (docs)."""
        if not self.severity_when:
            return self.severity.value
        parts = []
        for entry in self.severity_when:
            scope = " ".join(", ".join(v) for v in (entry.purposes, entry.channels) if v)
            parts.append(f"{entry.severity.value} on {scope}")
        return f"{self.severity.value} ({'; '.join(parts)})"

    def applies(self, purpose: str, channel: str) -> bool:
        return purpose in self.purposes and channel in self.channels

    def enabled_in(self, select: list[str]) -> bool:
        """Whether the default-on/off setting lets the rule run under ``select`` (codes or prefixes).

        An off-by-default rule runs only when an explicit ``select`` entry is its code or a prefix
        of it; the configuration's select/ignore logic (``Config.enabled``) still applies on top.
        """
        from followup_lint.codes import names

        return self.default_enabled or names(select, self.code)


def builtin_rules_dir() -> Path:
    """The live ``rules/`` of a source checkout if this module runs from one, else the packaged copy."""
    here = Path(__file__).resolve()
    checkout = here.parents[2]
    if (
        (checkout / "pyproject.toml").is_file()
        and (checkout / "rules").is_dir()
        and (checkout / "src" / "followup_lint").is_dir()
    ):
        return checkout / "rules"
    packaged = resources.files("followup_lint") / "rules"
    return Path(str(packaged))


def data_dirs(folder: str, rule_dir: Path | None) -> list[Path]:
    """Where a rule's data folder (``vocabularies``, ``models``) is looked for, first match wins:
    beside the rule file, then built in."""
    dirs = [builtin_rules_dir() / folder]
    if rule_dir is not None and (rule_dir / folder).resolve() != dirs[0].resolve():
        dirs.insert(0, rule_dir / folder)
    return dirs


def load_rule_file(path: Path) -> Rule:
    """Parse and validate one rule file; any problem names the file and the key."""
    from followup_lint.tomlfile import read_toml

    data = read_toml(path, "rule file")
    try:
        rule = Rule.model_validate(data)
    except ValidationError as exc:
        raise FollowupLintError(f"invalid rule: {describe_validation(exc, Rule)}", path) from None
    rule.path = str(path)
    from followup_lint.checks import check_citations, validate_params  # late: checks import this module

    try:
        rule.params = validate_params(rule.check, rule.params, path.parent)
        check_citations(rule.guidance, rule.params)
    except FollowupLintError as exc:
        raise FollowupLintError(exc.problem, path) from exc
    return rule


def load_rules(folders: list[Path] | None = None) -> list[Rule]:
    """Every rule in the built-in pack plus ``folders``, sorted by code; duplicates are errors."""
    found: dict[str, Rule] = {}
    for folder in [builtin_rules_dir(), *(folders or [])]:
        if not folder.is_dir():
            raise FollowupLintError("rule folder not found", folder)
        for path in sorted(folder.glob("*.toml")):
            rule = load_rule_file(path)
            if rule.code in found:
                raise FollowupLintError(f"rule code {rule.code} is already defined in {found[rule.code].path}", path)
            found[rule.code] = rule
    return [found[c] for c in sorted(found)]

"""What a check kind is: a pure function of (input, params) that yields raw findings.

The engine, not the check, applies configuration, severity and scoring.  Each kind declares a
pydantic model for its ``[params]`` so a rule file with a bad parameter fails at load time.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal, get_args

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, ValidationError

from followup_lint.analysis import Analysis
from followup_lint.context import Context
from followup_lint.draft import Draft
from followup_lint.errors import FollowupLintError, describe_validation
from followup_lint.report import Severity, Suggestion


class Params(BaseModel):
    """Base for every kind's parameters: unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    def citations(self) -> list[tuple[str, list[str]]]:
        """The guidance lists the parameters give parts of the check (a pattern, a word list),
        as (where, items): each must be a subset of the rule's ``guidance`` (see
        :func:`check_citations`).  None by default: every finding cites the rule's whole list."""
        return []

    def guidance_problem(self, guidance: list[str]) -> str | None:
        """Why the parameters cannot work with a rule citing ``guidance``; None when they can."""
        return None


def check_citations(guidance: list[str], params: Params) -> None:
    """Refuse parameters that cite a guidance item the rule does not: the rule's list is the union
    of what its findings may cite (docs/rules.md and ``explain`` show it); and parameters that cannot
    work with the rule's list at all (``Params.guidance_problem``)."""
    problem = params.guidance_problem(guidance)
    if problem is not None:
        raise FollowupLintError(f"invalid rule: {problem}")
    for where, items in params.citations():
        outside = [item for item in items if item not in guidance]
        if outside:
            raise FollowupLintError(
                f"invalid rule: `{where}` cites {', '.join(outside)}, which the rule's `guidance` "
                f"({', '.join(guidance)}) does not name"
            )


# --- the parameter types rule files and users' configurations share -------------------------
# Each validates when the rule pack or the configuration loads, so a typo is one error line
# naming the file, the rule and the key, never a failure while a draft is linted.

#: A part of a draft (``Draft.part`` takes each of these).
PartName = Literal[
    "subject", "preamble", "salutation", "body", "paragraphs", "closing", "signature", "message", "postscript", "all"
]
PART_NAMES: tuple[str, ...] = get_args(PartName)
#: Where a finding about something missing is placed.
AnchorName = Literal["subject", "salutation", "body", "body-end", "signature", "top"]


def _one_or_many(value: object) -> object:
    return [value] if isinstance(value, str) else value


def _compiles(pattern: str) -> str:
    try:
        rx(pattern)
    except re.error as exc:
        raise ValueError(f"{pattern!r} is not a valid regular expression: {exc}") from None
    except RecursionError:
        raise ValueError(f"the regular expression {pattern[:40]!r}... is nested too deeply") from None
    return pattern


def _phrases(value: list[str]) -> list[str]:
    for phrase in value:
        if not phrase.strip():
            raise ValueError("a phrase is empty")
    return value


#: A regular expression, checked to compile at load (compiled once per process by :func:`rx`).
Regex = Annotated[str, AfterValidator(_compiles)]
#: Regular expressions; one string is a list of one.
RegexList = Annotated[list[Regex], BeforeValidator(_one_or_many)]
#: Literal phrases (matched on whole tokens); one string is a list of one.
PhraseList = Annotated[list[str], BeforeValidator(_one_or_many), AfterValidator(_phrases)]
#: The parts a check reads, like a Vale scope: ``within = "body"`` or ``["subject", "body"]``.
Scope = Annotated[list[PartName], BeforeValidator(_one_or_many)]


@dataclass
class CheckInput:
    """Everything a check may read.  Checks never modify it."""

    draft: Draft
    analysis: Analysis
    context: Context
    purpose: str
    channel: str
    names: frozenset[str] = frozenset()  # people and organisations the draft may name
    channel_stated: bool = False  # the user, the draft's header or the config named the channel
    language_issues: list[Any] = field(default_factory=list)  # from the language backends, once
    active: frozenset[str] = frozenset()  # the codes of the rules that run on this draft


@dataclass
class RawFinding:
    """A check's result before the engine adds the rule's metadata and positions.

    ``fields`` fill the rule's ``message`` template (e.g. ``{match}``); ``message`` overrides it.
    ``severity`` lowers the rule's severity for this one finding (a spelling backend's unknown word
    that looks like a name or a technical term is a tip, not an error); it never raises it.
    ``guidance`` names the guidance items this finding's own evidence falls short of, when the
    check can tell (an impatience pattern: G-TONE-PATIENT): the engine keeps those of the rule's
    items, in the rule's order; None (or nothing in common) cites the rule's whole list.
    """

    start: int
    end: int
    fields: dict[str, Any] = field(default_factory=dict)
    message: str | None = None
    suggestions: list[Suggestion] = field(default_factory=list)
    missing: bool = False
    source: str | None = None
    severity: Severity | None = None
    guidance: list[str] | None = None


CheckFn = Callable[[CheckInput, Any], Iterable[RawFinding]]


@dataclass(frozen=True)
class CheckKind:
    name: str
    params: type[Params]
    run: CheckFn
    needs: frozenset[str] = frozenset()  # optional resources, e.g. {"harper"}


REGISTRY: dict[str, CheckKind] = {}


def check_kind(name: str, params: type[Params], needs: Iterable[str] = ()) -> Callable[[CheckFn], CheckFn]:
    """Register a check kind under the name rule files use in ``check = "..."``."""

    def register(fn: CheckFn) -> CheckFn:
        REGISTRY[name] = CheckKind(name, params, fn, frozenset(needs))
        return fn

    return register


HintFn = Callable[[CheckInput, Any], "str | None"]

# Context-dependent kinds register a hint: given the input, what missing context kept the check
# from running (e.g. "pass --interview-date"), or None when it could run.  The engine turns a
# hint into a report notice; the check itself stays silent.
CONTEXT_HINTS: dict[str, HintFn] = {}
# The context fields each hint is about: when one was given but could not be used (unreadable,
# or an interview after the send date), the notice that said so is enough and the hint is not
# given as well (one notice per fact).
HINT_FIELDS: dict[str, frozenset[str]] = {}


def context_hint(name: str, fields: Iterable[str] = ()) -> Callable[[HintFn], HintFn]:
    """Register what a context-dependent kind needs, as a function returning a hint or None,
    and the context ``fields`` the hint asks for."""

    def register(fn: HintFn) -> HintFn:
        CONTEXT_HINTS[name] = fn
        HINT_FIELDS[name] = frozenset(fields)
        return fn

    return register


def validate_params(kind: str, params: dict[str, Any], rule_dir: Path | None = None) -> Params:
    """Validate a rule's ``[params]`` against its kind; errors name the key and the problem.

    ``rule_dir`` (the rule file's folder) reaches validators as the validation context, so a
    kind that reads a vocabulary finds one shipped beside the rule.
    """
    found = REGISTRY.get(kind)
    if found is None:
        raise FollowupLintError(
            f"unknown check kind `{kind}` in key `check`; known kinds: {', '.join(sorted(REGISTRY))}"
        )
    try:
        return found.params.model_validate(params, context={"rule_dir": rule_dir})
    except ValidationError as exc:
        raise FollowupLintError(
            "invalid rule: " + describe_validation(exc, model=found.params, prefix="params.")
        ) from None


@cache
def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A compiled pattern, cached for the process.

    The rule pack holds more patterns than ``re``'s own 512-entry cache, so without this every
    draft would recompile many of them.
    """
    return re.compile(pattern, flags)

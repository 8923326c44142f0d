"""What the linter knows about the application beyond the draft itself.

Everything here is optional: a check that needs a missing value stays silent and the report
says what it could not judge, rather than guessing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from followup_lint.errors import describe_validation
from followup_lint.notices import BAD_CONTEXT, notice
from followup_lint.report import Notice

if TYPE_CHECKING:
    from followup_lint.draft import Draft


@dataclass(frozen=True)
class Source:
    """Where a context field can come from besides the API: the header names a draft may use
    (also front matter and ``followup-context.toml`` keys), and the CLI flag.  Declared once,
    on the field; the CLI, the header reader, the context file and the docs derive from it."""

    headers: tuple[str, ...]  # lower-case; the first is the one the docs show
    flag: str
    kind: Literal["when", "day", "days", "text", "names", "yes-no"]  # how a header or flag value is read
    metavar: str = "VALUE"


class Context(BaseModel):
    """Facts about the interview and earlier messages, from the API, CLI, headers or a file."""

    model_config = ConfigDict(extra="forbid")

    interview_date: Annotated[
        datetime | date | None, Source(("interview-date",), "--interview-date", "when", "WHEN")
    ] = Field(default=None, description="When the interview took place (date, or date and time).")
    sent_at: Annotated[datetime | date | None, Source(("date", "sent-at", "sent"), "--date", "when", "WHEN")] = Field(
        default=None,
        description="When the draft is (to be) sent: the Date: header, --date, else the clock.",
    )
    interviewers: Annotated[list[str], Source(("interviewers", "interviewer"), "--interviewer", "names", "NAME")] = (
        Field(default_factory=list, description="Interviewers' names (commas separate them in a header).")
    )
    company: Annotated[str | None, Source(("company",), "--company", "text", "NAME")] = Field(
        default=None, description="The employer's name."
    )
    role: Annotated[str | None, Source(("role",), "--role", "text", "ROLE")] = Field(
        default=None, description="The role applied for."
    )
    decision_date: Annotated[date | None, Source(("decision-date",), "--decision-date", "day", "DAY")] = Field(
        default=None, description="When the employer said it would decide or reply."
    )
    previous_follow_ups: Annotated[
        list[date],
        Source(("previous-follow-ups", "previous-follow-up"), "--previous-follow-up", "days", "DAY"),
    ] = Field(default_factory=list, description="Dates of earlier follow-ups sent for this application.")
    sender_name: Annotated[str | None, Source(("sender-name",), "--sender-name", "text", "NAME")] = Field(
        default=None, description="The job seeker's name."
    )

    @field_validator("interview_date", "sent_at", "decision_date", "previous_follow_ups")
    @classmethod
    def _plausible(cls, value: object) -> object:
        """A year far outside a job search is a typo (and 9999-12-31 overflows date arithmetic)."""
        for when in value if isinstance(value, list) else [value]:
            if isinstance(when, date) and not MIN_YEAR <= when.year <= MAX_YEAR:
                raise ValueError(f"the year {when.year} is outside {MIN_YEAR}-{MAX_YEAR}")
        return value

    linkedin_connected: Annotated[
        bool | None, Source(("linkedin-connected",), "--linkedin-connected", "yes-no", "YES|NO")
    ] = Field(
        default=None,
        description=(
            "On LinkedIn, whether you are already connected to the reader: yes for a message to a "
            "connection, no for a note sent with a connection request (200/300-character limit). "
            "Either value says the draft goes by LinkedIn: it outranks what inference would read from "
            "the draft, a Subject: line included (an explicit channel still wins)."
        ),
    )

    @field_validator("interview_date", "sent_at", mode="before")
    @classmethod
    def _date_only(cls, value: object) -> object:
        """ "2026-03-02" is a calendar day, not midnight: date-only values compare by day."""
        if isinstance(value, str) and len(value.strip()) == 10:
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                return value
        return value

    @field_validator("interviewers", mode="before")
    @classmethod
    def _split_names(cls, value: object) -> object:
        if isinstance(value, str):
            return [v.strip() for v in value.replace(";", ",").split(",") if v.strip()]
        return value

    @field_validator("previous_follow_ups", mode="before")
    @classmethod
    def _split_dates(cls, value: object) -> object:
        if isinstance(value, str):
            return [v.strip() for v in value.split(",") if v.strip()]
        return value

    def merged(self, other: Context | None) -> Context:
        """This context with every field ``other`` sets explicitly taking precedence."""
        if other is None:
            return self
        data = self.model_dump()
        data.update(other.model_dump(exclude_unset=True))
        return Context.model_validate(data)


MIN_YEAR, MAX_YEAR = 1970, 2200


def sources() -> dict[str, Source]:
    """Each context field and where it may come from, in declaration order."""
    out = {}
    for name, info in Context.model_fields.items():
        found = next((m for m in info.metadata if isinstance(m, Source)), None)
        if found is None:  # pragma: no cover - every field declares one (a test checks)
            raise TypeError(f"Context.{name} declares no Source")
        out[name] = found
    return out


def field_for_key(key: str) -> str | None:
    """The context field a header, front matter or context-file key names (dashes or
    underscores, any case), or None."""
    wanted = key.strip().lower().replace("_", "-")
    for name, source in sources().items():
        if wanted == name.replace("_", "-") or wanted in source.headers:
            return name
    return None


def context_table() -> str:
    """The Markdown table of context fields (docs/context.md is generated from it)."""
    lines = ["| field (API, config) | header / front matter | CLI flag | meaning |", "|---|---|---|---|"]
    for name, source in sources().items():
        headers = ", ".join(f"`{h.title()}:`" for h in source.headers)
        desc = Context.model_fields[name].description or ""
        lines.append(f"| `{name}` | {headers} | `{source.flag} {source.metavar}` | {desc} |")
    return "\n".join(lines) + "\n"


CONTEXT_FILE = "followup-context.toml"


def load_context_file(path: str | Path) -> Context:
    """Read a ``followup-context.toml``: the context keys at the top level, e.g.

    .. code-block:: toml

        company = "Initech"
        role = "Data Analyst"
        interviewers = ["Ana Lopez", "Ben Ode"]
        interview-date = 2026-03-02          # TOML dates and date-times need no quotes
        decision-date = 2026-03-13
        previous-follow-ups = [2026-03-03]

    Keys may use dashes or underscores.  A bad file raises FollowupLintError naming the file and key.
    """
    from pydantic import ValidationError

    from followup_lint.errors import FollowupLintError, describe_validation
    from followup_lint.tomlfile import read_toml

    path = Path(path)
    data = read_toml(path, "context file")
    fields: dict[str, object] = {}
    for key, value in data.items():
        name = field_for_key(key)
        if name is None:
            known = ", ".join(k.replace("_", "-") for k in Context.model_fields)
            raise FollowupLintError(f"unknown key `{key}`; known keys: {known}", path)
        fields[name] = value
    try:
        return Context.model_validate(fields)
    except ValidationError as exc:
        raise FollowupLintError(f"invalid context: {describe_validation(exc, Context)}", path) from None


def find_context_file(start: str | Path) -> Path | None:
    """The nearest ``followup-context.toml`` in ``start`` or its parents, stopping at the folder
    that holds ``.git`` (the repository root) or the filesystem root."""
    folder = Path(start).resolve()
    if folder.is_file():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        found = candidate / CONTEXT_FILE
        if found.is_file():
            return found
        if (candidate / ".git").exists():
            return None
    return None


def context_for(start: str | Path) -> Context | None:
    """The context file that applies to drafts in ``start``, loaded; None when there is none."""
    found = find_context_file(start)
    return load_context_file(found) if found else None


def context_from_mapping(data: Mapping[str, Any]) -> Context:
    """A Context from an API caller's dict; a bad key or value raises FollowupLintError naming it."""
    from pydantic import ValidationError

    from followup_lint.errors import FollowupLintError, describe_validation

    try:
        return Context.model_validate(dict(data))
    except ValidationError as exc:
        raise FollowupLintError(f"invalid context: {describe_validation(exc, Context, 'context.')}") from None


def parse_when(value: str) -> datetime | date | None:
    """An e-mail date (RFC 2822) or an ISO date or date-time; a date alone stays a date."""
    value = value.strip()
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        pass
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return parsed.date()
    return parsed


def context_from_draft(draft: Draft, notices: list[Notice], dropped: set[str] | None = None) -> Context | None:
    """Context the draft's own header lines or front matter carry.  A value that cannot be read
    is dropped alone, with a notice naming its key and line (and its field added to ``dropped``);
    the other values still count."""
    dropped = set() if dropped is None else dropped
    data: dict[str, Any] = {}
    for name, source in sources().items():
        header, raw = next(((h, v) for h in source.headers if (v := draft.header(h))), ("", None))
        if raw is None:
            continue
        value: Any = raw
        if source.kind in ("when", "day"):
            when = parse_when(raw)
            if when is None:
                notices.append(_unreadable(draft, header, raw, raw))
                dropped.add(name)
                continue
            value = when.date() if source.kind == "day" and isinstance(when, datetime) else when
        elif source.kind == "days":
            value = []
            for part in (p.strip() for p in raw.split(",") if p.strip()):
                day = parse_when(part) if re.fullmatch(r"[\w ,:+-]{6,40}", part) else None
                if day is None:
                    notices.append(_unreadable(draft, header, raw, part))
                    dropped.add(name)
                else:
                    value.append(day.date() if isinstance(day, datetime) else day)
        try:
            Context.model_validate({name: value})
        except ValidationError as exc:
            problem = describe_validation(exc).split(": ", 1)[-1]
            key, where = key_location(draft, header)
            notices.append(notice(BAD_CONTEXT, variant="invalid", what=f"`{key}: {raw}`", where=where, problem=problem))
            dropped.add(name)
            continue
        data[name] = value
    return Context.model_validate(data) if data else None  # fields_set = what the draft set: only those override


def _unreadable(draft: Draft, header: str, raw: str, bad: str) -> Notice:
    """The notice for a date that cannot be read: the key as written, its line, and why."""
    key, where = key_location(draft, header)
    why = ""
    if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", bad.strip()):
        try:
            date.fromisoformat(bad.strip())
        except ValueError as exc:
            why = f" ({exc})"
    what = f"the date {bad!r} in `{key}`" if bad != raw else f"`{key}: {raw}`"
    return notice(BAD_CONTEXT, what=what, where=where, why=why)


def key_location(draft: Draft, header: str) -> tuple[str, str]:
    """How ``header`` (a header or front-matter key, e.g. ``interview-date``) is written in the
    file, and " on line N" (empty when it cannot be found): the first line that starts with it."""
    file_text = draft.source_map.file_text if draft.source_map is not None else draft.text
    spelled = r"[-_ ]".join(re.escape(w) for w in header.split("-"))
    m = re.compile(rf"^[ \t]*+[\"']?({spelled})[\"']?[ \t]*+[:=]", re.IGNORECASE | re.MULTILINE).search(file_text)
    if m is None:
        return header, ""
    return m.group(1), f" on line {file_text.count(chr(10), 0, m.start(1)) + 1}"

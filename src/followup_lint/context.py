"""What the linter knows about the application beyond the draft itself.

Everything here is optional: a check that needs a missing value stays silent and the report
says what it could not judge, rather than guessing.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator


class Context(BaseModel):
    """Facts about the interview and earlier messages, from the API, CLI, headers or a file."""

    model_config = ConfigDict(extra="forbid")

    interview_date: datetime | date | None = Field(
        default=None, description="When the interview took place (date, or date and time)."
    )
    sent_at: datetime | date | None = Field(
        default=None,
        description="When the draft is (to be) sent: the Date: header, --date, else the clock.",
    )
    interviewers: list[str] = Field(default_factory=list, description="Interviewers' names.")
    company: str | None = Field(default=None, description="The employer's name.")
    role: str | None = Field(default=None, description="The role applied for.")
    decision_date: date | None = Field(default=None, description="When the employer said it would decide or reply.")
    previous_follow_ups: list[date] = Field(
        default_factory=list, description="Dates of earlier follow-ups sent for this application."
    )
    sender_name: str | None = Field(default=None, description="The job seeker's name.")

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


CONTEXT_FILE = "followup-context.toml"
_ALIASES = {
    "interviewer": "interviewers",
    "previous_follow_up": "previous_follow_ups",
    "date": "sent_at",
    "sent": "sent_at",
}


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
        name = key.replace("-", "_").lower()
        name = _ALIASES.get(name, name)
        if name not in Context.model_fields:
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

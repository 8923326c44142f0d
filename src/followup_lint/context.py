"""What the linter knows about the application beyond the draft itself.

Everything here is optional: a check that needs a missing value stays silent and the report
says what it could not judge, rather than guessing.
"""

from __future__ import annotations

from datetime import date, datetime

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
    decision_date: date | None = Field(
        default=None, description="When the employer said it would decide or reply."
    )
    previous_follow_ups: list[date] = Field(
        default_factory=list, description="Dates of earlier follow-ups sent for this application."
    )
    sender_name: str | None = Field(default=None, description="The job seeker's name.")

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

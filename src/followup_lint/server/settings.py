"""What the editor may set: ``initializationOptions`` and ``workspace/didChangeConfiguration``.

Clients wrap settings differently (Neovim sends the table it was given, VS Code-style clients a
section of the user's settings), so a ``followupLint`` / ``followup-lint`` key is unwrapped when
present.  Keys may be camelCase, snake_case or dashed.  A bad value is reported in one line and
the previous settings stay in force.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from followup_lint.context import Context
from followup_lint.rulepack import Channel, Purpose

SECTION = "followupLint"
_SECTIONS = (SECTION, "followup-lint", "followup_lint")
#: Where a diagnostic's rule link points: ``{code}`` and ``{anchor}`` are filled in.
DEFAULT_RULE_URL = "https://github.com/followup-lint/followup-lint/blob/main/docs/rules.md#{anchor}"
_CONTEXT_ALIASES = {
    "interviewer": "interviewers",
    "previous_follow_up": "previous_follow_ups",
    "date": "sent_at",
    "sent": "sent_at",
}


def _snake(key: str) -> str:
    key = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", key.strip())
    return key.replace("-", "_").lower()


class Settings(BaseModel):
    """The server's settings; every one is optional."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    config_file: str | None = Field(
        default=None, description="Use this configuration file for every document (default: discovery)."
    )
    purpose: Purpose | None = Field(default=None, description="Purpose when a document does not say.")
    channel: Channel | None = Field(default=None, description="Channel when a document does not say.")
    template: bool | None = Field(default=None, description="Treat documents as templates.")
    select: list[str] = Field(default_factory=list, description="Only these codes or prefixes.")
    ignore: list[str] = Field(default_factory=list, description="Skip these codes or prefixes.")
    context: Context = Field(default_factory=Context, description="Context for every document.")
    debounce_ms: int = Field(default=300, ge=0, le=10_000, description="Wait this long after typing stops.")
    show_score: bool = Field(default=True, description="Show the score as an information diagnostic.")
    show_notices: bool = Field(default=True, description="Show notices (FL9xx) as hints.")
    rule_url: str = Field(default=DEFAULT_RULE_URL, description="Link for a rule; {code} and {anchor} are filled.")

    @field_validator("select", "ignore", mode="before")
    @classmethod
    def _codes(cls, value: object) -> object:
        if isinstance(value, str):
            value = value.split(",")
        if isinstance(value, list):
            return [str(v).strip().upper() if ":" not in str(v) else str(v).strip() for v in value if str(v).strip()]
        return value

    @field_validator("context", mode="before")
    @classmethod
    def _context_keys(cls, value: object) -> object:
        if not isinstance(value, dict):
            return value
        out: dict[str, object] = {}
        for key, item in value.items():
            name = _snake(str(key))
            out[_CONTEXT_ALIASES.get(name, name)] = item
        return out


def unwrap(raw: object) -> dict[str, Any]:
    """The settings object inside whatever the client sent (None or not a table: empty)."""
    if not isinstance(raw, dict):
        return {}
    for key in _SECTIONS:
        if isinstance(raw.get(key), dict):
            return dict(raw[key])
    return dict(raw)


def parse_settings(raw: object) -> Settings:
    """Validate the client's settings; raises ValueError with one readable line."""
    data = {_snake(str(k)): v for k, v in unwrap(raw).items()}
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "settings"
        raise ValueError(f"followup-lint settings: `{where}`: {err['msg']}") from None


def rule_url(template: str, code: str, name: str) -> str:
    """The link to a rule's page (anchors as docs/rules.md's headings make them)."""
    return template.replace("{code}", code).replace("{anchor}", f"{code.lower()}-{name}")

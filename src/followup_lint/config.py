"""Config: what a user can set, validated with pydantic.  Every key is documented in docs/configuration.md."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from followup_lint.context import Context
from followup_lint.report import Severity
from followup_lint.rulepack import Channel, Purpose


class RuleSettings(BaseModel):
    """Per-rule settings: ``[rules.FL203]`` in a configuration file."""

    model_config = ConfigDict(extra="forbid")

    severity: Severity | None = None
    weight: float | None = Field(default=None, ge=0, le=100)
    params: dict[str, Any] = Field(default_factory=dict)


class LanguageConfig(BaseModel):
    """Spelling, grammar and readability: ``[tool.followup-lint.language]``."""

    model_config = ConfigDict(extra="forbid")

    enabled: bool = Field(default=True, description="Run the language rules (FL4xx) at all.")
    dialect: Literal["us", "uk", "canadian", "australian", "indian"] = "us"
    words: list[str] = Field(default_factory=list, description="Words and names never flagged as typos.")
    words_file: str | None = Field(default=None, description="A file of such words, one per line.")
    disabled_rules: list[str] = Field(default_factory=list, description="Harper rules to switch off.")
    enabled_rules: list[str] = Field(default_factory=list, description="Harper rules off by default to switch on.")
    languagetool_url: str | None = Field(
        default=None, description="A LanguageTool server to send drafts to. A public URL sends them to a third party.")
    languagetool_local: bool = Field(default=False, description="Start a local LanguageTool (Java; downloads it once).")
    languagetool_timeout: float = Field(default=5.0, gt=0, le=120)
    languagetool_enabled_rules: list[str] = Field(default_factory=list)
    languagetool_disabled_rules: list[str] = Field(default_factory=list)
    languagetool_enabled_categories: list[str] = Field(default_factory=list)
    languagetool_disabled_categories: list[str] = Field(default_factory=list)
    require_grammar: bool = Field(default=False, description="Exit 2 when a configured grammar backend is unavailable.")


class Config(BaseModel):
    """Linter configuration.  Unknown keys are errors, so typos never pass silently."""

    model_config = ConfigDict(extra="forbid")

    select: list[str] = Field(default_factory=list, description="Codes or prefixes to run; empty = all.")
    ignore: list[str] = Field(default_factory=list, description="Codes or prefixes never to run.")
    rules: dict[str, RuleSettings] = Field(default_factory=dict, description="Per-rule overrides by code.")
    purpose: Purpose | None = Field(default=None, description="Default purpose when a draft does not say.")
    channel: Channel | None = Field(default=None, description="Default channel when a draft does not say.")
    context: Context = Field(default_factory=Context, description="Default context.")
    fail_on: Severity = Field(default=Severity.WARNING, description="Lowest severity that fails a check run.")
    fail_under: float | None = Field(default=None, ge=0, le=100, description="Fail when a score is below this.")
    spacy_model: str | None = Field(default=None, description="An installed spaCy pipeline (name or path).")
    rule_paths: list[str] = Field(default_factory=list, description="Extra folders of TOML rules.")
    language: LanguageConfig = Field(default_factory=LanguageConfig, description="Spelling and grammar backends.")

    @field_validator("select", "ignore", mode="before")
    @classmethod
    def _one_or_many(cls, value: object) -> object:
        return [value] if isinstance(value, str) else value

    def enabled(self, code: str) -> bool:
        """Select/ignore by code or prefix; the longer (more specific) match wins, ignore on a tie."""
        sel = max((len(p) for p in self.select if code.startswith(p)), default=-1) if self.select else 0
        ign = max((len(p) for p in self.ignore if code.startswith(p)), default=-1)
        if self.select and sel < 0:
            return False
        return not (ign >= 0 and ign >= sel)

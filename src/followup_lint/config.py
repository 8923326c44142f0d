"""Config: what a user can set, validated with pydantic, and where it comes from.

Every key is documented in docs/configuration.md.  A configuration lives in ``[tool.followup-lint]``
of a ``pyproject.toml`` or at the top level of a ``.followup-lint.toml``; the nearest one above a
draft applies (see :class:`ConfigResolver`).  Precedence, highest first: CLI/API argument, the
draft's own headers or front matter, the nearest configuration file (with its matching
``[[overrides]]``), the defaults.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from followup_lint.codes import prefix_len
from followup_lint.context import Context
from followup_lint.errors import FollowupLintError, describe_validation
from followup_lint.report import Severity
from followup_lint.rulepack import Channel, Purpose

CONFIG_FILE_NAMES = (".followup-lint.toml", "pyproject.toml")  # in one folder, the first wins
Dialect = Literal["us", "uk", "canadian", "australian", "indian"]


def _listify(value: object) -> object:
    return [value] if isinstance(value, str) else value


class RuleSettings(BaseModel):
    """Per-rule settings: ``[rules.FL203]`` in a configuration file."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    severity: Severity | None = None
    weight: float | None = Field(default=None, ge=0, le=100)
    params: dict[str, Any] = Field(default_factory=dict)


class LanguageConfig(BaseModel):
    """``[language]``: grammar, spelling and readability backends (used by language/)."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    enabled: bool = Field(default=True, description="Run the language checks at all.")
    dialect: Dialect = Field(default="us", description="English dialect for spelling.")
    words: list[str] = Field(default_factory=list, description="Extra words spelling accepts.")
    words_file: str | None = Field(
        default=None, description="A file of extra words, one a line (relative to the config file)."
    )
    disabled_rules: list[str] = Field(
        default_factory=list, description="Backend rules to switch off, e.g. harper:OxfordComma."
    )
    enabled_rules: list[str] = Field(
        default_factory=list, description="Harper rules that are off by default to switch on."
    )
    languagetool_url: str | None = Field(default=None, description="A LanguageTool server to use (http or https).")
    languagetool_local: bool = Field(default=False, description="Start a local LanguageTool.")
    languagetool_timeout: float = Field(default=5.0, gt=0, le=600, description="Seconds per request.")
    languagetool_enabled_rules: list[str] = Field(default_factory=list)
    languagetool_disabled_rules: list[str] = Field(default_factory=list)
    languagetool_enabled_categories: list[str] = Field(default_factory=list)
    languagetool_disabled_categories: list[str] = Field(default_factory=list)
    require_grammar: bool = Field(default=False, description="Fail (exit 2) when no grammar backend is available.")

    @field_validator("languagetool_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        return None if value is None else check_server_url(value)

    _lists = field_validator(
        "words",
        "disabled_rules",
        "languagetool_enabled_rules",
        "languagetool_disabled_rules",
        "languagetool_enabled_categories",
        "languagetool_disabled_categories",
        mode="before",
    )(classmethod(lambda cls, v: _listify(v)))


class Override(BaseModel):
    """``[[overrides]]``: settings for files matching ``paths`` globs (relative to the config file)."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    paths: list[str] = Field(min_length=1, description="Globs; `**` spans folders.")
    purpose: Purpose | None = None
    channel: Channel | None = None
    template: bool | None = None
    select: list[str] | None = Field(default=None, description="Replaces the selection.")
    ignore: list[str] = Field(default_factory=list, description="Added to the ignore list.")
    rules: dict[str, RuleSettings] = Field(default_factory=dict, description="Merged per rule.")
    context: Context | None = Field(default=None, description="Merged into the context.")

    _lists = field_validator("paths", "select", "ignore", mode="before")(classmethod(lambda cls, v: _listify(v)))
    _globs = field_validator("paths")(classmethod(lambda cls, v: _check_globs(v)))

    def matches(self, relpath: str) -> bool:
        return any(glob_match(p, relpath) for p in self.paths)


FailOn = Literal["error", "warning", "info", "never"]
FAIL_ON_VALUES: tuple[str, ...] = ("error", "warning", "info", "never")


class _InvalidConfig(FollowupLintError):
    """A Config that failed validation; keeps pydantic's errors so a file's loader can name its keys."""

    def __init__(self, validation: ValidationError) -> None:
        self.validation = validation
        super().__init__(f"invalid configuration: {describe_validation(validation, Config)}")


class Config(BaseModel):
    """Linter configuration.  Unknown keys are errors, so typos never pass silently."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    select: list[str] = Field(default_factory=list, description="Codes or prefixes to run; empty = all.")
    ignore: list[str] = Field(default_factory=list, description="Codes or prefixes never to run.")
    rules: dict[str, RuleSettings] = Field(default_factory=dict, description="Per-rule overrides by code.")
    purpose: Purpose | None = Field(default=None, description="Default purpose when a draft does not say.")
    channel: Channel | None = Field(default=None, description="Default channel when a draft does not say.")
    context: Context = Field(default_factory=Context, description="Default context.")
    fail_on: FailOn = Field(
        default="warning",
        description="Lowest severity that fails a check run (`never`: findings never fail it). "
        "Unset while `fail_under` is set: the score alone decides.",
    )
    fail_under: float | None = Field(default=None, ge=0, le=100, description="Fail when a score is below this.")
    spacy_model: str | None = Field(default=None, description="An installed spaCy pipeline (name or path).")
    max_draft_bytes: int = Field(
        default=1_048_576, ge=1, le=1_073_741_824, description="Largest draft file read; a larger one exits 2."
    )
    rule_paths: list[str] = Field(default_factory=list, description="Extra folders of TOML rules.")
    template: bool | list[str] | None = Field(
        default=None, description="Treat drafts as templates: true, false, or globs; unset = automatic."
    )
    exclude: list[str] = Field(default_factory=list, description="Globs of files never to lint.")
    overrides: list[Override] = Field(default_factory=list, description="Per-path settings.")
    language: LanguageConfig = Field(default_factory=LanguageConfig, description="Language backends.")

    _lists = field_validator("select", "ignore", "rule_paths", "exclude", mode="before")(
        classmethod(lambda cls, v: _listify(v))
    )

    @field_validator("exclude")
    @classmethod
    def _globs(cls, value: list[str]) -> list[str]:
        return _check_globs(value)

    @field_validator("template")
    @classmethod
    def _template_globs(cls, value: bool | list[str] | None) -> bool | list[str] | None:
        return _check_globs(value) if isinstance(value, list) else value

    @model_validator(mode="after")
    def _score_alone(self) -> Config:
        """``fail_under`` given without ``fail_on``: the score alone decides (see docs/ci.md)."""
        if "fail_under" in self.model_fields_set and "fail_on" not in self.model_fields_set:
            self.fail_on = "never"
        return self

    def fails_on(self, severity: Severity) -> bool:
        """Whether a finding of this severity fails the run under ``fail_on``."""
        return self.fail_on != "never" and severity.rank >= Severity(self.fail_on).rank

    def __init__(self, **data: Any) -> None:
        """``Config(ignroe=[...])`` raises FollowupLintError naming the key, like a config file."""
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise _InvalidConfig(exc) from None

    @field_validator("select", "ignore")
    @classmethod
    def _upper(cls, value: list[str]) -> list[str]:
        return [v.strip().upper() if ":" not in v else v.strip() for v in value if v.strip()]

    def enabled(self, code: str) -> bool:
        """Select/ignore by code or prefix; the longer (more specific) match wins, ignore on a tie."""
        sel = prefix_len(self.select, code) if self.select else 0
        ign = prefix_len(self.ignore, code)
        if self.select and sel < 0:
            return False
        return not (ign >= 0 and ign >= sel)

    def linter_key(self) -> str:
        """What a Linter depends on (not exclude/overrides/fail_*), for caching Linters."""
        return self.model_dump_json(exclude={"exclude", "overrides", "fail_on", "fail_under", "template"})


# --- globs ----------------------------------------------------------------------------------


@lru_cache(maxsize=512)
def _glob_regex(pattern: str) -> re.Pattern[str]:
    """``*`` within a folder name, ``?`` one character, ``**`` any number of folders, ``[abc]``."""
    out, i, n = [], 0, len(pattern)
    while i < n:
        c = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif c == "*":
            out.append("[^/]*")
            i += 1
        elif c == "?":
            out.append("[^/]")
            i += 1
        elif c == "[" and "]" in pattern[i + 1 :]:
            j = pattern.index("]", i + 1)
            body = pattern[i + 1 : j]
            out.append("[" + ("^" + body[1:] if body.startswith("!") else body) + "]")
            i = j + 1
        else:
            out.append(re.escape(c))
            i += 1
    return re.compile("".join(out) + r"(?:/.*)?\Z")


def _check_globs(patterns: list[str]) -> list[str]:
    """Globs that compile (``[z-a]`` is a bad range): checked when the configuration loads."""
    for pattern in patterns:
        try:
            _glob_regex(pattern.strip().removeprefix("./").strip("/") or pattern)
        except re.error as exc:
            raise ValueError(f"{pattern!r} is not a valid glob ({exc})") from None
    return patterns


def check_server_url(url: str) -> str:
    """An http(s) URL with a host: a LanguageTool server, never a file or another scheme."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError as exc:
        raise ValueError(f"{url!r} is not a valid URL ({exc})") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{url!r} is not an http:// or https:// URL of a server")
    return url.strip()


MAX_WORDS_FILE_BYTES = 5_000_000


def read_words_file(path: str | Path) -> list[str]:
    """The words of a ``words_file``: one a line, ``#`` comments; a regular UTF-8 text file."""
    from followup_lint.tomlfile import read_text_file

    text = read_text_file(Path(path), "words file (language.words_file)", MAX_WORDS_FILE_BYTES)
    return [w.strip() for w in text.splitlines() if w.strip() and not w.lstrip().startswith("#")]


def glob_match(pattern: str, relpath: str) -> bool:
    """Match a forward-slash path relative to the config file's folder.

    A pattern without ``/`` matches a file or folder name at any depth (``*.j2``, ``drafts``);
    one with ``/`` matches from the config file's folder (``templates/linkedin/**``).  A pattern
    matching a folder matches everything inside it.
    """
    pattern = pattern.strip().removeprefix("./")
    if "/" not in pattern.rstrip("/"):
        return any(
            _glob_regex(pattern.rstrip("/")).match("/".join(PurePosixPath(relpath).parts[k:]))
            for k in range(len(PurePosixPath(relpath).parts))
        )
    return bool(_glob_regex(pattern.strip("/")).match(relpath))


# --- loading and validation -----------------------------------------------------------------


def validate_config(data: dict[str, Any], source: str | Path | None = None, prefix: str = "") -> Config:
    """``Config.model_validate`` with errors that name the file, the key and the allowed values."""
    try:
        return Config.model_validate(data)  # pydantic runs Config.__init__, which raises _InvalidConfig
    except _InvalidConfig as exc:
        problems = describe_validation(exc.validation, Config, prefix)
        raise FollowupLintError(f"invalid configuration: {problems}", source) from None


def _table(path: Path, data: dict[str, Any]) -> dict[str, Any] | None:
    """The followup-lint settings in a parsed file: a pyproject table, or the whole file."""
    if path.name != "pyproject.toml":
        return data
    table = data.get("tool", {}).get("followup-lint")
    if table is None:
        table = data.get("tool", {}).get("followup_lint")
    if table is not None and not isinstance(table, dict):
        raise FollowupLintError("`[tool.followup-lint]` must be a table", path)
    return table


@dataclass
class LoadedConfig:
    """A configuration file, validated; ``path`` None means the defaults (no file found)."""

    path: Path | None
    config: Config
    raw: dict[str, Any] = field(default_factory=dict)

    @property
    def folder(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    @property
    def label(self) -> str:
        if self.path is None:
            return "defaults"
        return str(self.path) + (" [tool.followup-lint]" if self.path.name == "pyproject.toml" else "")


def load_config_file(path: str | Path) -> LoadedConfig:
    """Read and validate one configuration file (``pyproject.toml`` or any TOML file)."""
    path = Path(path).absolute()
    if not path.is_file():
        raise FollowupLintError("configuration file not found", path)
    from followup_lint.tomlfile import read_toml  # tomllib: only when a configuration file exists

    table = _table(path, read_toml(path))
    if table is None:
        raise FollowupLintError("no `[tool.followup-lint]` table in this pyproject.toml", path)
    prefix = "tool.followup-lint." if path.name == "pyproject.toml" else ""
    config = validate_config(table, path, prefix)
    folder = path.parent
    update: dict[str, Any] = {}
    if config.rule_paths:
        update["rule_paths"] = [str((folder / p).resolve()) for p in config.rule_paths]
    if config.language.words_file:
        words_file = (folder / config.language.words_file).resolve()
        read_words_file(words_file)  # a missing, binary or endless file is an error now, not mid-run
        update["language"] = config.language.model_copy(update={"words_file": str(words_file)})
    if update:
        config = config.model_copy(update=update)
    return LoadedConfig(path, config, table)


def find_config_file(start: Path) -> Path | None:
    """The nearest configuration file at or above ``start`` (a file or folder), or None.

    In each folder ``.followup-lint.toml`` wins over ``pyproject.toml``; a ``pyproject.toml``
    without a ``[tool.followup-lint]`` table is passed over.  The search stops at the root.
    """
    folder = start.absolute()
    if not folder.is_dir():
        folder = folder.parent
    for d in (folder, *folder.parents):
        for name in CONFIG_FILE_NAMES:
            candidate = d / name
            if candidate.is_file():
                if name == "pyproject.toml":
                    from followup_lint.tomlfile import read_toml

                    if _table(candidate, read_toml(candidate)) is None:
                        continue
                return candidate
    return None


def relative_to_config(loaded: LoadedConfig, file: Path) -> str:
    """``file`` as a forward-slash path relative to the config file's folder (or as given)."""
    try:
        return file.absolute().relative_to(loaded.folder.absolute()).as_posix()
    except ValueError:
        return file.as_posix().lstrip("/")


@dataclass
class Effective:
    """The configuration for one file, and where each top-level key came from."""

    config: Config
    origins: dict[str, str]
    loaded: LoadedConfig
    template: bool | None = None  # resolved for this file


def _merge_rules(base: dict[str, RuleSettings], extra: dict[str, RuleSettings]) -> dict[str, RuleSettings]:
    merged = dict(base)
    for code, settings in extra.items():
        old = merged.get(code)
        if old is None:
            merged[code] = settings
            continue
        data = old.model_dump(exclude_unset=True)
        new = settings.model_dump(exclude_unset=True)
        params = {**data.get("params", {}), **new.pop("params", {})}
        merged[code] = RuleSettings.model_validate({**data, **new, "params": params})
    return merged


def effective(loaded: LoadedConfig, file: Path | None) -> Effective:
    """Apply the matching ``[[overrides]]`` (in order; later ones win) for ``file``."""
    config = loaded.config
    origins = {k: (loaded.label if k in loaded.raw else "default") for k in Config.model_fields}
    if file is not None and config.overrides:  # the relative path only when something reads it
        rel = relative_to_config(loaded, file)
        for i, ov in enumerate(config.overrides):
            if not ov.matches(rel):
                continue
            where = f"{loaded.label} overrides[{i}] (paths = {ov.paths})"
            update: dict[str, Any] = {}
            for key in ("purpose", "channel", "select"):
                if getattr(ov, key) is not None:
                    update[key] = getattr(ov, key)
            if ov.ignore:
                update["ignore"] = [*config.ignore, *ov.ignore]
            if ov.rules:
                update["rules"] = _merge_rules(config.rules, ov.rules)
            if ov.context is not None:
                update["context"] = config.context.merged(ov.context)
            if ov.template is not None:
                update["template"] = ov.template
            config = config.model_copy(update=update)
            origins.update(dict.fromkeys(update, where))
    template: bool | None
    if isinstance(config.template, list):
        template = (
            True
            if file is not None and any(glob_match(p, relative_to_config(loaded, file)) for p in config.template)
            else None
        )
    else:
        template = config.template
    return Effective(config, origins, loaded, template)


def excluded(loaded: LoadedConfig, file: Path) -> bool:
    if not loaded.config.exclude:  # the usual case: no path to work out
        return False
    rel = relative_to_config(loaded, file)
    return any(glob_match(p, rel) for p in loaded.config.exclude)


class ConfigResolver:
    """Finds and caches the configuration for each file: one explicit file, or the nearest one."""

    def __init__(self, explicit: str | Path | None = None) -> None:
        self.explicit = load_config_file(explicit) if explicit is not None else None
        self._by_folder: dict[Path, LoadedConfig] = {}
        self._by_file: dict[Path, LoadedConfig] = {}
        self._by_parent: dict[tuple[str, str], LoadedConfig] = {}

    def loaded_for(self, file: Path | None, *, is_file: bool = False) -> LoadedConfig:
        """The configuration that applies to ``file`` (a file or folder; None: the working
        folder).  ``is_file``: the caller knows it is a file (a folder walked), so files of one
        folder share one answer without a ``Path`` or a ``stat`` each."""
        if self.explicit is not None:
            return self.explicit
        if is_file and file is not None:
            key = (os.getcwd(), os.path.dirname(file))
            known = self._by_parent.get(key)
            if known is None:
                known = self._by_parent[key] = self.loaded_for(file)
            return known
        folder = file.absolute().parent if file is not None and not file.is_dir() else (file or Path.cwd()).absolute()
        if folder not in self._by_folder:
            found = find_config_file(folder)
            if found is None:
                self._by_folder[folder] = LoadedConfig(None, Config())
            else:
                if found not in self._by_file:
                    self._by_file[found] = load_config_file(found)
                self._by_folder[folder] = self._by_file[found]
        return self._by_folder[folder]

    def for_file(self, file: Path | None) -> Effective:
        return effective(self.loaded_for(file), file)


# --- showing the effective configuration ----------------------------------------------------


def _toml_value(value: Any) -> str:
    import json

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in value.items() if v is not None) + " }"
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return json.dumps(str(value), ensure_ascii=False)


def _toml_key(key: str) -> str:
    import json

    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key)


def _toml_table(lines: list[str], name: str, data: dict[str, Any], note: str | None) -> None:
    simple = {k: v for k, v in data.items() if not isinstance(v, dict) or k == "params"}
    tables = {k: v for k, v in data.items() if isinstance(v, dict) and k != "params"}
    if name:
        lines.append("")
        lines.append(f"[{name}]" + (f"  # from {note}" if note else ""))
    for k, v in simple.items():
        if v is None:
            lines.append(f"# {_toml_key(k)} is unset")
        else:
            lines.append(f"{_toml_key(k)} = {_toml_value(v)}")
    for k, v in tables.items():
        _toml_table(lines, f"{name}.{_toml_key(k)}" if name else _toml_key(k), v, None)


def render_effective(eff: Effective, shown_path: str, fmt: str = "toml") -> str:
    """The effective configuration as TOML (sources in comments) or JSON (``sources`` map)."""
    import json

    data = eff.config.model_dump(mode="json", exclude={"overrides"})
    data["context"] = eff.config.context.model_dump(mode="json", exclude_defaults=True)
    origins = {k: v for k, v in eff.origins.items() if k != "overrides"}
    if fmt == "json":
        payload = {
            "path": shown_path,
            "config_file": str(eff.loaded.path) if eff.loaded.path else None,
            "template": eff.template,
            "config": data,
            "sources": origins,
        }
        return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
    lines = [
        f"# effective followup-lint configuration for {shown_path}",
        f"# configuration file: {eff.loaded.label}",
        "# precedence: CLI/API argument > the draft's headers/front matter > this > defaults",
    ]
    if eff.template is not None and isinstance(eff.config.template, list):
        lines.append(f"# template globs match this file: {str(eff.template).lower()}")
    scalars = {k: v for k, v in data.items() if not isinstance(v, dict)}
    for k, v in scalars.items():
        where = f"  # from {origins.get(k, 'default')}"
        if v is None:
            lines.append(f"# {k} is unset{where.replace('  #', ';')}")
        else:
            lines.append(f"{k} = {_toml_value(v)}{where}")
    for k, v in data.items():
        if isinstance(v, dict):
            _toml_table(lines, k, v, origins.get(k, "default"))
    return "\n".join(lines) + "\n"

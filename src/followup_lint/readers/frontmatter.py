"""Front matter at the top of a .md or .txt draft: YAML between ``---`` lines or TOML between
``+++`` lines.

    ---
    subject: Thank you for today's interview
    to: Dana Reyes <dana@example.com>
    company: Example Corp
    role: Data Engineer
    interviewers: [Dana Reyes, Sam Lee]
    interview_date: 2024-05-02
    ---
    Hi Dana,
    ...

Keys become ``Draft.meta`` keys: lower-case, with ``_`` and spaces turned into ``-``
(``interview_date`` -> ``interview-date``).  Values become strings: lists are joined with
", ", dates are ISO dates, booleans are "true"/"false".  A nested ``context:`` mapping is
flattened into the top level (``context: {company: X}`` -> ``meta["company"] = "X"``).

YAML is read with PyYAML's ``safe_load`` when PyYAML is installed; without it a small reader
accepts ``key: value`` lines and ``- item`` lists (enough for the keys above).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from followup_lint.errors import FollowupLintError
from followup_lint.readers._base import TextBuilder, meta_key, meta_value

try:  # PyYAML is optional: a small fallback reads simple front matter without it.
    import yaml as _yaml  # type: ignore[import-untyped,unused-ignore]
except ImportError:  # pragma: no cover - exercised only without PyYAML
    _yaml = None

import tomllib

_OPEN = re.compile(r"\A(?P<fence>---|\+\+\+)[ \t]*(?:\r\n|\r|\n)")
_YAML_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|\Z)", re.MULTILINE)
_TOML_CLOSE = re.compile(r"^\+\+\+[ \t]*(?:\r\n|\r|\n|\Z)", re.MULTILINE)
HEADER_LINE = re.compile(r"^[ \t]*([A-Za-z][A-Za-z-]*)[ \t]*:")


@dataclass(frozen=True)
class FieldPos:
    """Where a front-matter key's value sits in the file."""

    line_start: int  # offset of the key's line
    value_start: int  # offset where the value text starts on that line
    verbatim: bool  # the (string) value appears exactly at value_start


@dataclass
class FrontMatter:
    meta: dict[str, str]
    body_start: int  # offset of the first character after the closing line
    kind: str  # "yaml" or "toml"
    positions: dict[str, FieldPos] = field(default_factory=dict)


def split_front_matter(text: str, path: str) -> FrontMatter | None:
    """The front matter at the very top of ``text``, or None when the text has none."""
    m = _OPEN.match(text)
    if not m:
        return None
    kind = "yaml" if m.group("fence") == "---" else "toml"
    closer = (_YAML_CLOSE if kind == "yaml" else _TOML_CLOSE).search(text, m.end())
    if closer is None:
        raise FollowupLintError(
            f"front matter opened with '{m.group('fence')}' on line 1 is never closed"
            f" (add a '{m.group('fence')}' line after it)",
            path,
        )
    source = text[m.end() : closer.start()]
    first_line = 2  # the front matter's first line in the file
    raw = _parse_yaml(source, path, first_line) if kind == "yaml" else _parse_toml(source, path, first_line)
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise FollowupLintError(f"front matter on line {first_line} is not a list of 'key: value' fields", path)
    meta = _flatten(raw)
    positions = _locate(text, m.end(), closer.start(), meta)
    return FrontMatter(meta=meta, body_start=closer.end(), kind=kind, positions=positions)


def _loader() -> Any:
    """PyYAML's safe loader, refusing aliases: ``*name`` lets a few hundred bytes expand into
    billions of values ("billion laughs"), and front matter never needs one."""
    assert _yaml is not None

    class NoAliasLoader(_yaml.SafeLoader):  # type: ignore[misc,name-defined,unused-ignore]
        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(_yaml.AliasEvent):
                event = self.peek_event()
                raise _yaml.composer.ComposerError(
                    None, None, f"aliases (*{event.anchor}) are not allowed in front matter", event.start_mark
                )
            return super().compose_node(parent, index)

    def timestamp(loader: Any, node: Any) -> Any:
        """A date as YAML reads it, or its text when it is no real date (``2024-02-30``): the
        context reader then names the key and line instead of the whole file failing."""
        try:
            return loader.construct_yaml_timestamp(node)
        except ValueError:
            return loader.construct_scalar(node)

    NoAliasLoader.add_constructor("tag:yaml.org,2002:timestamp", timestamp)
    return NoAliasLoader


def _parse_yaml(source: str, path: str, first_line: int) -> Any:
    if _yaml is None:
        return _parse_simple_yaml(source, path, first_line)
    try:
        return _yaml.load(source, Loader=_loader())  # a safe loader without aliases
    except _yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        where = f" on line {mark.line + first_line}" if mark is not None else ""
        raise FollowupLintError(f"invalid YAML front matter{where}: {problem}", path) from None


_TOML_KEY = re.compile(r"(?<![ \t])[ \t]*+(?<![\w-])([\w-]++)[ \t]*+=")  # a key starts a run: linear


def _parse_toml(source: str, path: str, first_line: int) -> Any:
    try:
        return tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        msg = str(exc)
        lm = re.search(r"\(at line (\d+), column (\d+)\)", msg)
        if lm:
            line = int(lm.group(1)) + first_line - 1
            msg = msg[: lm.start()].rstrip()
            lines = source.splitlines()
            key = _TOML_KEY.match(lines[int(lm.group(1)) - 1]) if int(lm.group(1)) <= len(lines) else None
            named = f" (key `{key.group(1)}`)" if key else ""
            raise FollowupLintError(f"invalid TOML front matter on line {line}{named}: {msg}", path) from None
        raise FollowupLintError(f"invalid TOML front matter: {msg}", path) from None


# Possessive runs, values stripped by the caller: linear on long runs of blanks.
_SIMPLE_KEY = re.compile(r"^([A-Za-z_][\w -]*+):(?:[ \t]++(.*))?$")
_SIMPLE_ITEM = re.compile(r"^[ \t]++-[ \t]++(.*)$|^-[ \t]++(.*)$")


def _parse_simple_yaml(source: str, path: str, first_line: int) -> dict[str, Any]:
    """``key: value`` lines and ``- item`` lists; used only when PyYAML is not installed."""
    out: dict[str, Any] = {}
    last: str | None = None
    for n, line in enumerate(source.splitlines(), start=first_line):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = _SIMPLE_ITEM.match(line)
        if item and last is not None:
            value = _scalar(item.group(1) if item.group(1) is not None else item.group(2))
            cur = out.get(last)
            out[last] = (cur if isinstance(cur, list) else []) + [value]
            continue
        km = _SIMPLE_KEY.match(line)
        if not km:
            raise FollowupLintError(f"invalid YAML front matter on line {n}: expected 'key: value'", path)
        last = km.group(1).strip()
        raw = (km.group(2) or "").rstrip(" \t")
        if raw.startswith("[") and raw.endswith("]"):
            out[last] = [_scalar(v) for v in raw[1:-1].split(",") if v.strip()]
        else:
            out[last] = _scalar(raw) if raw else None
    return out


def _scalar(raw: str) -> str:
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "\"'":
        return raw[1:-1]
    return re.sub(r"(?<!\s)\s++#.*$", "", raw)


def _flatten(raw: dict[Any, Any]) -> dict[str, str]:
    meta: dict[str, str] = {}
    context = None
    for key, value in raw.items():
        k = meta_key(key)
        if k == "context" and isinstance(value, dict):
            context = value
            continue
        meta[k] = meta_value(value)
    if context:
        for key, value in context.items():
            meta.setdefault(meta_key(key), meta_value(value))
    return meta


def _locate(text: str, start: int, end: int, meta: dict[str, str]) -> dict[str, FieldPos]:
    """Positions of top-level ``key: value`` / ``key = value`` lines in the front matter."""
    positions: dict[str, FieldPos] = {}
    line_re = re.compile(r"^(?P<key>[\"']?[A-Za-z][\w -]*+[\"']?)[:=][ \t]*+(?P<value>[^\r\n]*)", re.MULTILINE)
    for m in line_re.finditer(text, start, end):
        key = meta_key(m.group("key").rstrip(" ").strip("\"'"))
        if key in positions or key not in meta:
            continue
        vstart = m.start("value")
        raw = m.group("value")
        value = meta[key]
        if raw[:1] in ("'", '"'):
            vstart += 1
            raw = raw[1:]
        verbatim = bool(value) and raw.startswith(value)
        positions[key] = FieldPos(m.start(), vstart, verbatim)
    return positions


def line_break(text: str) -> str:
    """The line break style of ``text`` (CRLF, CR or LF)."""
    m = re.search(r"\r\n|\r|\n", text)
    return m.group(0) if m else "\n"


def starts_with_header(text: str) -> bool:
    """Whether the first non-blank line of ``text`` looks like a ``Name: value`` header."""
    from followup_lint.draft import HEADER_NAMES

    for line in text.splitlines():
        if line.strip():
            m = HEADER_LINE.match(line)
            return bool(m and m.group(1).lower() in HEADER_NAMES)
    return False


def add_subject_line(builder: TextBuilder, fm: FrontMatter, rest: str, newline: str) -> bool:
    """Write ``Subject: <front-matter subject>`` as the draft's first line.

    The value is copied verbatim from the front matter when it appears there as written, so a
    finding in the subject lands on the exact column of the front-matter line; otherwise (a
    folded or escaped YAML value) the whole line maps to where the value starts.  The
    ``Subject: `` prefix maps to the start of the value.  Returns False when there is no
    subject in the front matter, or the body already starts with its own ``Subject:`` line.
    """
    subject = fm.meta.get("subject")
    if subject is None or body_has_subject(rest):
        return False
    pos = fm.positions.get("subject")
    anchor = pos.value_start if pos else 0
    value = re.sub(r"\s+", " ", subject).strip()
    builder.synthetic("Subject: ", anchor)
    if pos is not None and pos.verbatim and value == subject:
        builder.verbatim(value, anchor)
    else:
        builder.synthetic(value, anchor)
    end_anchor = anchor + len(value) if (pos is not None and pos.verbatim) else anchor
    builder.synthetic(newline, end_anchor)
    if rest.strip() and not _starts_blank(rest) and not starts_with_header(rest):
        builder.synthetic(newline, end_anchor)  # a blank line ends the header block
    return True


def body_has_subject(rest: str) -> bool:
    """Whether the header lines at the top of ``rest`` include a Subject line."""
    from followup_lint.draft import HEADER_NAMES

    for line in rest.splitlines():
        if not line.strip():
            continue
        m = HEADER_LINE.match(line)
        if not m or m.group(1).lower() not in HEADER_NAMES:
            return False
        if m.group(1).lower() == "subject":
            return True
    return False


def _starts_blank(text: str) -> bool:
    first = re.match(r"[^\r\n]*", text)
    return first is not None and not first.group(0).strip()

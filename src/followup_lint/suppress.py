"""Suppressions: ``followup-lint: disable=FL301`` in a draft's own comments, front matter or a sidecar.

Syntax, inside a comment of the draft's format only (``<!-- ... -->`` in Markdown and HTML,
``{# ... #}`` or ``<!-- ... -->`` in Jinja templates)::

    followup-lint: disable=FL301,FL3      from this line until a matching enable (or the end)
    followup-lint: enable=FL301           ends a disable region (``enable=all`` ends every one)
    followup-lint: disable-next-line=all  only the line after the comment
    followup-lint: disable-file=FL110     the whole file

Codes are comma-separated rule codes, prefixes (``FL3``), backend rules (``harper:SpellCheck``)
or ``all``.  Plain text and e-mail bodies have no comments: there a file-wide suppression comes
from front matter (``disable: [FL301]`` or ``followup-lint: {disable: [FL301]}``) or a sidecar
file ``<draft>.followup-lint.toml`` holding ``disable = ["FL301"]``.

Findings are matched by ``Finding.line`` (1-based, in the original file).  A suppression that
matched nothing is reported as notice FL904 so stale ones get removed.  Removed findings cost
nothing: the score is recomputed (see :func:`rescore`), so suppressing never lowers a score.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from followup_lint.codes import names
from followup_lint.errors import FollowupLintError
from followup_lint.notices import UNUSED_SUPPRESSION, notice
from followup_lint.report import Finding, Notice, Report

UNUSED_CODE = UNUSED_SUPPRESSION  # FL904
SIDECAR_SUFFIX = ".followup-lint.toml"

_HTML = re.compile(r"<!--((?:(?!<!--).)*?)-->", re.DOTALL)  # stops at the next opener: linear
_JINJA = re.compile(r"\{#-?((?:(?!\{#).)*?)-?#\}", re.DOTALL)
_DIRECTIVE = re.compile(
    r"followup-lint\s*:\s*(?P<kind>disable-next-line|disable-file|disable|enable)\s*=\s*"
    r"(?P<codes>[A-Za-z0-9_:.\-]+(?:\s*,\s*[A-Za-z0-9_:.\-]+)*)",
    re.IGNORECASE,
)
_COMMENT_KINDS = frozenset({"md", "html", "jinja"})  # readers whose formats have comments


def comment_kind(path: str | None, reader: str | None = None) -> str:
    """``md``, ``html``, ``jinja`` or ``txt`` (no comments) for a reader name or a file name."""
    from followup_lint.readers import canonical_reader, reader_for

    if reader:
        try:
            named = canonical_reader(reader)
        except FollowupLintError:
            named = ""
        if named in _COMMENT_KINDS:
            return named
    if path:
        by_suffix = reader_for(path)
        return by_suffix if by_suffix in _COMMENT_KINDS else "txt"
    return "txt"


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]


def _line_of(starts: list[int], offset: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo + 1


def comment_spans(file_text: str, kind: str) -> list[tuple[int, int, str]]:
    """(first line, last line, text) of each comment, in file order."""
    file_text = file_text.removeprefix("\ufeff")
    patterns = {"md": [_HTML], "html": [_HTML], "jinja": [_JINJA, _HTML]}.get(kind, [])
    starts = _line_starts(file_text)
    found = []
    for pattern in patterns:
        for m in pattern.finditer(file_text):
            found.append((m.start(), _line_of(starts, m.start()), _line_of(starts, m.end() - 1), m.group(1).strip()))
    found.sort()
    return [(a, b, t) for _, a, b, t in found]


def comments(file_text: str, reader: str) -> list[tuple[int, str]]:
    """``(line, comment text)`` pairs of a file read by ``reader`` (a reader name or extension)."""
    return [(a, t) for a, _, t in comment_spans(file_text, comment_kind(None, reader))]


@dataclass
class Suppression:
    """Codes switched off on lines ``[first, last]`` (``last`` None: to the end of the file)."""

    codes: list[str]
    first: int
    last: int | None
    where: str  # for messages: "line 4", "front matter", "sidecar x.followup-lint.toml"
    kind: str
    used: set[str] = field(default_factory=set)

    def covers(self, finding: Finding) -> str | None:
        """The token that suppresses ``finding`` here, or None."""
        if finding.line < self.first or (self.last is not None and finding.line > self.last):
            return None
        for token in self.codes:
            if matches(token, finding):
                return token
        return None


def matches(token: str, finding: Finding) -> bool:
    if token == "all":
        return True
    if ":" in token:  # a backend's own rule, e.g. harper:SpellCheck
        return finding.source is not None and finding.source.lower() == token.lower()
    return names([token], finding.code)


def _codes(raw: str) -> list[str]:
    out = []
    for c in re.split(r"[\s,]+", raw.strip()):
        if c:
            out.append("all" if c.lower() == "all" else (c if ":" in c else c.upper()))
    return out


def parse_comments(file_text: str, kind: str) -> tuple[list[Suppression], list[Notice]]:
    """Suppressions from the file's comments; enable= closes open disable regions."""
    result: list[Suppression] = []
    notices: list[Notice] = []
    open_regions: list[Suppression] = []
    for first, last, text in comment_spans(file_text, kind):
        for m in _DIRECTIVE.finditer(text):
            what, codes = m.group("kind").lower(), _codes(m.group("codes"))
            where = f"line {first}"
            if what == "disable-file":
                result.append(Suppression(codes, 1, None, where, what))
            elif what == "disable-next-line":
                result.append(Suppression(codes, last + 1, last + 1, where, what))
            elif what == "disable":
                region = Suppression(codes, first, None, where, what)
                result.append(region)
                open_regions.append(region)
            else:  # enable: shorten the open regions it names
                closed = False
                for region in open_regions:
                    if region.last is not None:
                        continue
                    keep = [c for c in region.codes if not ("all" in codes or c in codes)]
                    if len(keep) == len(region.codes):
                        continue
                    closed = True
                    gone = [c for c in region.codes if c not in keep]
                    region.codes = gone
                    region.last = first - 1
                    if keep:  # the rest stays disabled: a new region from here on
                        rest = Suppression(keep, first, None, region.where, "disable")
                        result.append(rest)
                        open_regions.append(rest)
                if not closed:
                    notices.append(notice(UNUSED_CODE, variant="enable", codes=m.group("codes"), line=first))
        if "followup-lint" in text.lower() and not _DIRECTIVE.search(text):
            notices.append(notice(UNUSED_CODE, variant="unreadable", line=first))
    return result, notices


def from_meta(meta: dict[str, str]) -> list[Suppression]:
    """File-wide suppressions from front matter: ``disable`` or ``followup-lint: {disable: ...}``."""
    out = []
    if meta.get("disable"):
        out.append(Suppression(_codes(meta["disable"]), 1, None, "front matter `disable`", "disable-file"))
    nested = meta.get("followup-lint")
    if nested:
        # the readers flatten {disable: [A, B]} to "disable: A, B"
        m = re.fullmatch(r"(?<!\s)\s*+disable(?:-file)?\s*+[:=]\s*+(.+)", nested, re.IGNORECASE)
        if m is None:
            raise FollowupLintError(f"front matter `followup-lint: {nested}`: only `disable: [CODES]` is allowed here")
        out.append(Suppression(_codes(m.group(1)), 1, None, "front matter `followup-lint.disable`", "disable-file"))
    return out


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.name + SIDECAR_SUFFIX)


def from_sidecar(path: Path) -> list[Suppression]:
    """``<draft>.followup-lint.toml`` next to the draft: ``disable = ["FL301"]``."""
    from followup_lint.tomlfile import read_toml

    side = sidecar_path(path)
    if not side.exists():
        return []
    data = read_toml(side, "sidecar file")
    unknown = [k for k in data if k != "disable"]
    if unknown:
        raise FollowupLintError(f"unknown key `{unknown[0]}` (allowed keys: disable)", side)
    codes = data.get("disable", [])
    if isinstance(codes, str):
        codes = [codes]
    if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
        raise FollowupLintError('key `disable`: must be a list of rule codes, e.g. ["FL301"]', side)
    return [Suppression(_codes(",".join(codes)), 1, None, f"sidecar {side.name}", "disable-file")]


def collect(
    file_text: str | None, path: str | None, reader: str | None, sidecar_of: Path | None = None
) -> tuple[list[Suppression], list[Notice]]:
    """Every comment and sidecar suppression of one file (front matter comes per draft)."""
    sups: list[Suppression] = []
    notices: list[Notice] = []
    if file_text is not None:
        sups, notices = parse_comments(file_text, comment_kind(path, reader))
    if sidecar_of is not None:
        sups.extend(from_sidecar(sidecar_of))
    return sups, notices


def apply(
    reports: Sequence[Report],
    metas: Sequence[dict[str, str]],
    suppressions: list[Suppression],
    notices: list[Notice],
    rescore: Callable[[Report, list[Finding]], Report],
) -> list[Report]:
    """Drop suppressed findings from the reports of one file, rescore, and report unused ones.

    File-wide suppressions apply to every draft of the file; front-matter ones (``metas``, one a
    report) to their own draft.  Unused-suppression notices go on the first report.
    """
    out: list[Report] = []
    all_sups = list(suppressions)
    for report, meta in zip(reports, metas, strict=False):
        own = from_meta(meta)
        all_sups.extend(own)
        active = suppressions + own
        if not active:
            out.append(report)
            continue
        kept = []
        for f in report.findings:
            hit = False
            for s in active:
                token = s.covers(f)
                if token is not None:
                    s.used.add(token)
                    hit = True
            if not hit:
                kept.append(f)
        out.append(rescore(report, kept) if len(kept) != len(report.findings) else report)
    unused = list(notices)
    for s in all_sups:
        stale = [c for c in s.codes if c not in s.used]
        if stale:
            unused.append(notice(UNUSED_CODE, kind=s.kind, codes=",".join(stale), where=s.where, scope=_scope(s)))
    if unused and out:
        first = out[0]
        out[0] = first.model_copy(update={"notices": [*first.notices, *unused]})
    return out


def _scope(s: Suppression) -> str:
    """Where a suppression applied, as the end of "matched no finding ..."."""
    if s.kind == "disable-file":
        return "in the file"
    if s.last is None:
        return f"from line {s.first} to the end of the file"
    if s.last == s.first:
        return f"on line {s.first}"
    return f"on lines {s.first}-{s.last}"

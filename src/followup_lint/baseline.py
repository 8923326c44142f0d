"""Baselines: record today's findings, then report only new ones.

A baseline is JSON::

    {"tool": "followup-lint", "version": 1,
     "findings": [{"path": "drafts/a.txt", "label": null, "code": "FL301",
                   "fingerprint": "3f2a...", "count": 1}, ...]}

A finding's key is its path (forward slashes, relative to the baseline file's folder), the draft
label (multi-draft files), the rule code and a fingerprint: a hash of the finding's line text
(whitespace collapsed; none for a finding about something missing) and message (numbers blanked,
so "the body has only 39 words" stays the same finding when the body grows).  Line numbers are left out, so edits elsewhere in a draft
that move a line do not make its findings new.  ``count`` lets identical findings repeat: with a
count of 2 the first two matching findings are known and a third is new.  No draft text is
stored, only hashes.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from followup_lint.errors import FollowupLintError
from followup_lint.report import Finding

if TYPE_CHECKING:
    from followup_lint.formats.base import FileResult

FORMAT_VERSION = 1
Key = tuple[str, str | None, str, str]


def baseline_path_key(path: str, baseline_file: Path) -> str:
    """``path`` relative to the baseline's folder with forward slashes (``<stdin>`` stays)."""
    if path in ("-", "<stdin>"):
        return "<stdin>"
    p = Path(path).absolute()
    try:
        return Path(os.path.relpath(p, baseline_file.absolute().parent)).as_posix()
    except ValueError:  # another drive (Windows)
        return p.as_posix()


def fingerprint(finding: Finding, source_text: str | None) -> str:
    """A hash of the finding's line text and message.  A finding about something missing has
    no text of its own (its span only marks where the part belongs, often the last line), so
    its line is left out: adding lines elsewhere does not make it new."""
    line = ""
    if source_text is not None and not finding.missing:
        lines = source_text.splitlines()
        if 1 <= finding.line <= len(lines):
            line = lines[finding.line - 1]
    line = re.sub(r"\s+", " ", line).strip()
    message = re.sub(r"\d+(?:\.\d+)?", "#", finding.message)  # "has only 39 words": counts drift
    digest = hashlib.sha256(f"{finding.code}\0{line}\0{message}".encode()).hexdigest()
    return digest[:20]


def key(path: str, label: str | None, finding: Finding, source_text: str | None, baseline_file: Path) -> Key:
    return (baseline_path_key(path, baseline_file), label, finding.code, fingerprint(finding, source_text))


def dump(keys: Iterable[Key]) -> str:
    counts = Counter(keys)
    entries = [
        {"path": p, "label": lab, "code": c, "fingerprint": fp, "count": n}
        for (p, lab, c, fp), n in sorted(counts.items(), key=lambda kv: (kv[0][0], kv[0][1] or "", *kv[0][2:]))
    ]
    return (
        json.dumps(
            {"tool": "followup-lint", "version": FORMAT_VERSION, "findings": entries}, indent=2, ensure_ascii=False
        )
        + "\n"
    )


MAX_BASELINE_BYTES = 200_000_000
MAX_COUNT = 1_000_000


def load(path: Path) -> Counter[Key]:
    """Read a baseline; any problem names the file and what is wrong."""
    from followup_lint.tomlfile import read_text_file

    if not path.exists():
        raise FollowupLintError("baseline file not found (create it with --write-baseline)", path)
    text = read_text_file(path, "baseline", MAX_BASELINE_BYTES)
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FollowupLintError(f"not a followup-lint baseline (invalid JSON: {exc})", path) from None
    except (RecursionError, ValueError):
        raise FollowupLintError(
            "not a followup-lint baseline (JSON nested too deeply or a number too long)", path
        ) from None
    if not isinstance(data, dict) or data.get("tool") != "followup-lint" or not isinstance(data.get("findings"), list):
        raise FollowupLintError("not a followup-lint baseline (write one with --write-baseline)", path)
    if data.get("version") != FORMAT_VERSION or isinstance(data.get("version"), bool):
        raise FollowupLintError(
            f"baseline version {str(data.get('version'))[:20]!r} is not supported "
            f"(expected {FORMAT_VERSION}); write it again with --write-baseline",
            path,
        )
    counts: Counter[Key] = Counter()
    for i, e in enumerate(data["findings"]):
        counts[_entry(e, i, path)] += _count(e, i, path)
    return counts


def _entry(e: Any, i: int, path: Path) -> Key:
    if not isinstance(e, dict):
        raise FollowupLintError(f"`findings[{i}]` must be an object with path, label, code, fingerprint, count", path)
    for name in ("path", "code", "fingerprint"):
        if not isinstance(e.get(name), str):
            raise FollowupLintError(f"`findings[{i}].{name}` must be a string", path)
    label = e.get("label")
    if label is not None and not isinstance(label, str):
        raise FollowupLintError(f"`findings[{i}].label` must be a string or null", path)
    return (e["path"], label, e["code"], e["fingerprint"])


def _count(e: dict[str, Any], i: int, path: Path) -> int:
    n = e.get("count", 1)
    if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= MAX_COUNT:
        raise FollowupLintError(f"`findings[{i}].count` must be a whole number from 1 to {MAX_COUNT:,}", path)
    return n


def write(target: Path, results: Iterable[FileResult]) -> int:
    """Record every finding of ``results`` in ``target`` (atomically); returns how many."""
    from followup_lint.writes import write_atomic

    keys = [
        key(r.path, r.report.label, f, r.source_text, target)
        for r in results
        if r.report is not None
        for f in r.report.findings
    ]
    write_atomic(target, dump(keys), "--write-baseline")
    return len(keys)


class Baseline:
    """Known findings; :meth:`known` consumes one count per matching finding."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.remaining = load(path)

    def known(self, path: str, label: str | None, finding: Finding, source_text: str | None) -> bool:
        k = key(path, label, finding, source_text, self.path)
        if self.remaining[k] > 0:
            self.remaining[k] -= 1
            return True
        return False

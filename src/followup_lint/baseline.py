"""Baselines: record today's findings, then report only new ones.

A baseline is JSON::

    {"tool": "followup-lint", "version": 1,
     "findings": [{"path": "drafts/a.txt", "label": null, "code": "FL301",
                   "fingerprint": "3f2a...", "count": 1}, ...]}

A finding's key is its path (forward slashes, relative to the baseline file's folder), the draft
label (multi-draft files), the rule code and a fingerprint: a hash of the finding's line text
(whitespace collapsed) and message (numbers blanked, so "the body has only 39 words" stays the
same finding when the body grows).  Line numbers are left out, so edits elsewhere in a draft
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
    line = ""
    if source_text is not None:
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


def load(path: Path) -> Counter[Key]:
    """Read a baseline; any problem names the file and what is wrong."""
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FollowupLintError("baseline file not found (create it with --write-baseline)", path) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise FollowupLintError(f"cannot read the baseline: {exc}", path) from exc
    except json.JSONDecodeError as exc:
        raise FollowupLintError(f"not a followup-lint baseline (invalid JSON: {exc})", path) from exc
    if not isinstance(data, dict) or data.get("tool") != "followup-lint" or not isinstance(data.get("findings"), list):
        raise FollowupLintError("not a followup-lint baseline (write one with --write-baseline)", path)
    if data.get("version") != FORMAT_VERSION:
        raise FollowupLintError(
            f"baseline version {data.get('version')!r} is not supported "
            f"(expected {FORMAT_VERSION}); write it again with --write-baseline",
            path,
        )
    counts: Counter[Key] = Counter()
    for i, e in enumerate(data["findings"]):
        try:
            k: Key = (str(e["path"]), e["label"], str(e["code"]), str(e["fingerprint"]))
            n = int(e.get("count", 1))
        except (KeyError, TypeError, ValueError):
            raise FollowupLintError(f"`findings[{i}]` needs path, label, code, fingerprint and count", path) from None
        counts[k] += n
    return counts


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

"""Apply the findings' suggested edits to a draft: safe ones by default, the rest on request.

Why it is a loop and not one pass: edits of different findings can overlap ("Hey!!" holds a
casual word and a run of marks), and an edit can make or settle another finding.  So each pass
lints, takes the first suggestion of every finding that may be applied, keeps the edits that
do not overlap (chosen in a fixed order of position, so the result never depends on the order
of the findings), applies them, and lints again; it stops when nothing is left to apply, or after
``MAX_PASSES``.  Running it again on its own output changes nothing.

Edits are made in the *file*, not in the text the linter saw: a draft's text may be rebuilt
from the file (front matter dropped, an e-mail body decoded, HTML turned into text), and its
``SourceMap`` says which stretches are verbatim copies.  An edit is offered only when it lies in
such a stretch, touches no template syntax, slot or front matter, and the file still reads back
as exactly the expected text afterwards (the reader is run on the result); otherwise it is
withheld with a reason.  A file keeps its encoding, BOM and line endings; it is written
atomically, and never when it changed on disk since it was read.
"""

from __future__ import annotations

import bisect
import codecs
import difflib
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from followup_lint.draft import Draft
from followup_lint.errors import FollowupLintError
from followup_lint.report import Finding, Report, fix_of
from followup_lint.spans import SourceMap

if TYPE_CHECKING:
    from followup_lint.formats.base import FileResult
    from followup_lint.linter import Linter
    from followup_lint.runner import Job

MAX_PASSES = 8
_ONE_BY_ONE = 32  # when a pass's fixes do not read back together, at most this many are tried alone
#: Quoted-printable lines may hold at most 76 characters (RFC 2045); an edit never makes a line
#: of an e-mail longer than that unless it already was.
MAIL_LINE_LIMIT = 76

ReadFn = Callable[[str], list[Draft]]  # the file's text -> its drafts (raises FollowupLintError)
LintFn = Callable[[list[Draft]], list[Report]]  # drafts -> their reports (suppressions applied)

# a body stops at the next opener of its kind: unclosed openers cost linear time in all
_TEMPLATE_SYNTAX = re.compile(r"\{\{(?:(?!\{\{).)*?\}\}|\{%(?:(?!\{%).)*?%\}|\{#(?:(?!\{#).)*?#\}", re.DOTALL)


@dataclass(frozen=True, order=True)
class FileEdit:
    """Replace ``[start, end)`` of the file's text with ``replacement``."""

    start: int
    end: int
    replacement: str

    def conflicts(self, other: FileEdit) -> bool:
        """Whether the two cannot both be applied in one pass without an order question.

        Overlapping ranges conflict; so do two insertions at one point.  An insertion at the
        start of a replaced range does not (it goes first), nor do adjacent ranges.
        """
        if self.start == self.end and other.start == other.end:
            return self.start == other.start
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, order=True)
class Candidate:
    """One finding's fix as edits in the file; ``draft`` is the index of its draft."""

    edits: tuple[FileEdit, ...]
    draft: int
    draft_edits: tuple[FileEdit, ...]  # the same edits in the draft's text (for verification)
    finding: Finding = field(compare=False)

    def conflicts(self, other: Candidate) -> bool:
        return any(a.conflicts(b) for a in self.edits for b in other.edits)

    @property
    def coherent(self) -> bool:
        """Its own edits do not conflict with each other (else it cannot be applied at all)."""
        return not any(a.conflicts(b) for i, a in enumerate(self.edits) for b in self.edits[i + 1 :])


@dataclass(frozen=True)
class Withheld:
    """A fix that was not applied, and why."""

    finding: Finding
    reason: str


@dataclass
class FixResult:
    """What fixing one text or file did.

    ``text`` is the fixed text (the file's text, as decoded); ``reports`` are the reports of
    the fixed drafts, so their findings are what remains; ``applied`` the findings whose fixes
    were applied (in the pass that applied them); ``withheld`` fixes that could not be applied.
    """

    original: str
    text: str
    reports: list[Report]
    applied: list[Finding] = field(default_factory=list)
    withheld: list[Withheld] = field(default_factory=list)
    passes: int = 0
    path: str | None = None
    data: bytes | None = None  # the fixed file's bytes (files only; None when unchanged)
    drafts: list[Draft] = field(default_factory=list)  # the fixed text's drafts
    original_data: bytes | None = None  # the file's bytes as read (files only)

    @property
    def changed(self) -> bool:
        return self.text != self.original

    @property
    def report(self) -> Report:
        """The remaining findings' report, for a text or single-draft file."""
        return self.reports[0]

    @property
    def remaining(self) -> list[Finding]:
        return [f for r in self.reports for f in r.findings]

    def diff(self, name: str | None = None) -> str:
        """A unified diff from the original to the fixed text ("" when nothing changed)."""
        label = name or self.path or "draft"
        lines = difflib.unified_diff(
            self.original.splitlines(keepends=True),
            self.text.splitlines(keepends=True),
            fromfile=label,
            tofile=label,
        )
        out = []
        for line in lines:
            out.append(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n")
        return "".join(out)


# --- choosing and applying edits ----------------------------------------------------------
def choose(candidates: Iterable[Candidate]) -> list[Candidate]:
    """The candidates to apply together: in order of position, each one that conflicts with
    none chosen before it.  Identical fixes (two rules, one edit) count once.  The result does
    not depend on the order of ``candidates``."""
    chosen: list[Candidate] = []
    seen: set[tuple[FileEdit, ...]] = set()
    for cand in sorted(candidates, key=_candidate_key):
        if cand.edits in seen or not cand.coherent:
            continue
        if any(cand.conflicts(c) for c in chosen):
            continue
        seen.add(cand.edits)
        chosen.append(cand)
    return chosen


def _candidate_key(c: Candidate) -> tuple[tuple[FileEdit, ...], int, str, int, int, str]:
    f = c.finding
    return (c.edits, c.draft, f.code, f.start, f.end, f.message)


def apply_edits(text: str, edits: Iterable[FileEdit]) -> str:
    """``text`` with non-conflicting ``edits`` applied (positions are into ``text``)."""
    out: list[str] = []
    at = 0
    for e in sorted(edits):
        if e.start < at:
            raise ValueError(f"overlapping edits at {e.start}")
        out.append(text[at : e.start])
        out.append(e.replacement)
        at = e.end
    out.append(text[at:])
    return "".join(out)


# --- from a finding to edits in the file --------------------------------------------------
def _file_range(draft: Draft, start: int, end: int) -> tuple[int, int] | None:
    """Where ``draft.text[start:end]`` is copied from in the file, or None when that stretch
    was rebuilt (decoded, synthesised) rather than copied."""
    sm = draft.source_map
    if sm is None or not sm.segments:
        file_text = sm.file_text if sm is not None else draft.text
        return (start, end) if file_text == draft.text else None
    segments = sm.segments
    starts = _segment_starts(sm)
    best: tuple[int, int] | None = None
    # segments that may hold [start, end): those starting at or before ``start`` (the last few;
    # zero-length ones for synthetic text sit between them)
    i = bisect.bisect_right(starts, start) - 1
    while i >= 0:
        seg = segments[i]
        if seg.end > seg.start:
            if seg.start <= start and end <= seg.end:
                fs = seg.file_start + (start - seg.start)
                span = (fs, fs + (end - start))
                if best is None:  # an insertion at a boundary: the segment it precedes wins
                    best = span
            if seg.end < start:
                break
        i -= 1
    if best is None or sm.file_text[best[0] : best[1]] != draft.text[start:end]:
        return None
    return best


_STARTS: dict[int, tuple[object, list[int]]] = {}


def _segment_starts(sm: SourceMap) -> list[int]:
    """Segment starts of a source map, computed once per map (kept while the map lives)."""
    cached = _STARTS.get(id(sm))
    if cached is not None and cached[0] is sm:
        return cached[1]
    starts = [seg.start for seg in sm.segments]
    if len(_STARTS) > 64:
        _STARTS.clear()
    _STARTS[id(sm)] = (sm, starts)
    return starts


def _protected(draft: Draft, start: int, end: int) -> str | None:
    """Why an edit of ``draft.text[start:end]`` must not be made, or None."""
    hit = _overlapping([(p.start, p.end) for p in draft.placeholders], start, end)
    if hit is not None:
        return f"it would edit the template slot {draft.text[hit[0] : hit[1]]!r}"
    return None


def _overlapping(ranges: Sequence[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """A range of ``ranges`` (sorted, not overlapping each other) that an edit of
    ``[start, end)`` would touch: overlap it, or insert strictly inside it."""
    i = bisect.bisect_left(ranges, (end, end)) if end > start else bisect.bisect_right(ranges, (start, start))
    if i > 0:
        r = ranges[i - 1]
        if (end > start and r[1] > start) or (end == start and r[0] < start < r[1]):
            return r
    return None


def _newline(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\r" if "\r" in text and "\n" not in text else "\n"


SkipFn = Callable[[str, Report], list[bool]]  # (file text, report) -> per finding: leave it alone


def candidates(
    file_text: str,
    drafts: Sequence[Draft],
    reports: Sequence[Report],
    *,
    unsafe: bool,
    skip: SkipFn | None = None,
) -> tuple[list[Candidate], list[Withheld]]:
    """Every applicable fix in the reports, as file edits, and the fixes that cannot be made."""
    out: list[Candidate] = []
    withheld: list[Withheld] = []
    nl = _newline(file_text)
    syntax = [(m.start(), m.end()) for m in _TEMPLATE_SYNTAX.finditer(file_text)]
    front = _front_matter_end(file_text)
    for index, (draft, report) in enumerate(zip(drafts, reports, strict=True)):
        left = skip(file_text, report) if skip is not None else [False] * len(report.findings)
        for finding, leave in zip(report.findings, left, strict=True):
            suggestion = fix_of(finding, unsafe=unsafe)
            if suggestion is None or leave:
                continue
            file_edits: list[FileEdit] = []
            draft_edits: list[FileEdit] = []
            reason: str | None = None
            for edit in suggestion.edits:
                replacement = edit.replacement.replace("\n", nl) if nl != "\n" else edit.replacement
                reason = _protected(draft, edit.start, edit.end)
                span = _file_range(draft, edit.start, edit.end) if reason is None else None
                if reason is None and span is None:
                    reason = "that part of the file is encoded or rebuilt, so the edit cannot be placed exactly"
                if span is not None and (span[0] < front or _overlapping(syntax, *span) is not None):
                    reason = "it would edit template syntax or front matter"
                if reason is not None:
                    break
                assert span is not None
                file_edits.append(FileEdit(span[0], span[1], replacement))
                draft_edits.append(FileEdit(edit.start, edit.end, replacement))
            if reason is not None:
                withheld.append(Withheld(finding, reason))
                continue
            out.append(Candidate(tuple(sorted(file_edits)), index, tuple(sorted(draft_edits)), finding))
    return out, withheld


def _front_matter_end(file_text: str) -> int:
    from followup_lint.readers.frontmatter import split_front_matter

    try:
        fm = split_front_matter(file_text, "")
    except FollowupLintError:
        return 0
    return fm.body_start if fm is not None else 0


# --- the loop -----------------------------------------------------------------------------
def fix_source(
    text: str,
    read: ReadFn,
    lint: LintFn,
    *,
    unsafe: bool = False,
    max_passes: int = MAX_PASSES,
    line_limit: int | None = None,
    encodable: Callable[[str], bool] | None = None,
    skip: SkipFn | None = None,
) -> FixResult:
    """Fix ``text`` (a file's text, as its reader decodes it) until no applicable fix is left.

    ``read`` turns a text into drafts (the reader), ``lint`` drafts into reports (the engine with
    suppressions).  ``line_limit``: no edit may make a line longer than this unless it already
    was (e-mail).  ``encodable``: whether a fixed text can be written back in the file's
    encoding.  ``skip``: findings not to fix (e.g. those a baseline records).
    """
    drafts = read(text)
    reports = lint(drafts)
    result = FixResult(original=text, text=text, reports=reports)
    for _ in range(max_passes):
        found, withheld = candidates(text, drafts, reports, unsafe=unsafe, skip=skip)
        chosen = choose(found)
        if not chosen:
            result.withheld = withheld
            break
        accepted, new_text, new_drafts, refused = _apply_verified(text, drafts, chosen, read, line_limit, encodable)
        withheld.extend(refused)
        result.withheld = withheld
        if not accepted:
            break
        assert new_drafts is not None
        result.applied.extend(c.finding for c in accepted)
        result.passes += 1
        text, drafts = new_text, new_drafts
        reports = lint(drafts)
    result.text, result.reports, result.drafts = text, reports, drafts
    # fixes withheld in an earlier pass whose findings are gone are not worth reporting
    still = {(f.code, f.message) for r in reports for f in r.findings}
    result.withheld = [w for w in result.withheld if (w.finding.code, w.finding.message) in still]
    return result


def _apply_verified(
    text: str,
    drafts: list[Draft],
    chosen: list[Candidate],
    read: ReadFn,
    line_limit: int | None,
    encodable: Callable[[str], bool] | None,
) -> tuple[list[Candidate], str, list[Draft] | None, list[Withheld]]:
    """Apply ``chosen`` if the file then reads back as expected; else as many as do, one by one."""
    new_text, new_drafts, _ = _try(text, drafts, chosen, read, line_limit, encodable)
    if new_drafts is not None:
        return chosen, new_text, new_drafts, []
    accepted: list[Candidate] = []
    refused: list[Withheld] = [
        Withheld(c.finding, "too many fixes would not read back; fix the others first") for c in chosen[_ONE_BY_ONE:]
    ]
    best_text, best_drafts = text, drafts
    for cand in chosen[:_ONE_BY_ONE]:
        trial = [*accepted, cand]
        t, d, why = _try(text, drafts, trial, read, line_limit, encodable)
        if d is None:
            refused.append(Withheld(cand.finding, why))
            continue
        accepted, best_text, best_drafts = trial, t, d
    return accepted, best_text, (best_drafts if accepted else None), refused


def _try(
    text: str,
    drafts: list[Draft],
    chosen: list[Candidate],
    read: ReadFn,
    line_limit: int | None,
    encodable: Callable[[str], bool] | None,
) -> tuple[str, list[Draft] | None, str]:
    """The fixed text and its drafts, or None and the reason the file would not read back right."""
    edits = [e for c in chosen for e in c.edits]
    new_text = apply_edits(text, edits)
    if encodable is not None and not encodable(new_text):
        return new_text, None, "the replacement cannot be written in the file's encoding"
    if line_limit is not None and _lengthens_beyond(text, edits, line_limit):
        return new_text, None, f"the edit would make an e-mail line longer than {line_limit} characters"
    if _guarded_text(new_text) != _guarded_text(text):
        return new_text, None, "it would change template syntax or front matter"
    try:
        new_drafts = read(new_text)
    except FollowupLintError as exc:
        return new_text, None, f"the fixed file would not read back ({exc.problem})"
    if len(new_drafts) != len(drafts):
        return new_text, None, "the fixed file would read back as a different number of drafts"
    for i, (old, new) in enumerate(zip(drafts, new_drafts, strict=True)):
        expected = apply_edits(old.text, [e for c in chosen if c.draft == i for e in c.draft_edits])
        if new.text != expected:
            return new_text, None, "the fixed file would not read back as the fixed text (an encoded part)"
        if [p.text for p in new.placeholders] != [p.text for p in old.placeholders]:
            return new_text, None, "it would change a template slot"
    return new_text, new_drafts, ""


def _guarded_text(text: str) -> list[str]:
    end = _front_matter_end(text)
    return [text[:end], *(m.group(0) for m in _TEMPLATE_SYNTAX.finditer(text))]


def _lengthens_beyond(text: str, edits: list[FileEdit], limit: int) -> bool:
    """Whether applying ``edits`` leaves a line they touch longer than ``limit`` that was not."""
    window = 4 * limit  # a line is looked at only this far on each side
    for e in edits:
        grow = len(e.replacement) - (e.end - e.start)
        if grow <= 0 and "\n" not in e.replacement:
            continue
        lo = max(0, e.start - window)
        start = max(text.rfind("\n", lo, e.start), text.rfind("\r", lo, e.start)) + 1
        if start == 0 and lo > 0:
            return True  # a line already longer than the window: do not lengthen it
        hi = min(len(text), e.end + window)
        ends = [i for i in (text.find("\n", e.end, hi), text.find("\r", e.end, hi)) if i >= 0]
        if not ends and hi < len(text):
            return True
        stop = min(ends) if ends else hi
        before = stop - start
        new_line = text[start : e.start] + e.replacement + text[e.end : stop]
        longest = max(len(part) for part in re.split(r"\r\n|\r|\n", new_line))
        if longest > max(limit, before):
            return True
    return False


# --- files --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Encoding:
    """How a file's text is turned back into its bytes: a BOM and a codec."""

    bom: bytes
    codec: str

    def encode(self, text: str) -> bytes:
        return self.bom + text.encode(self.codec)

    def can_encode(self, text: str) -> bool:
        try:
            text.encode(self.codec)
        except UnicodeEncodeError:
            return False
        return True


_ENCODINGS = (
    Encoding(codecs.BOM_UTF8, "utf-8"),
    Encoding(codecs.BOM_UTF16_LE, "utf-16-le"),
    Encoding(codecs.BOM_UTF16_BE, "utf-16-be"),
    Encoding(b"", "utf-8"),
    Encoding(b"", "cp1252"),
    Encoding(b"", "latin-1"),
)


def encoding_of(data: bytes, text: str) -> Encoding | None:
    """The encoding that turns ``text`` back into exactly ``data``, or None when none does (a
    file whose parts use different charsets, or text the reader rebuilt)."""
    for enc in _ENCODINGS:
        if not data.startswith(enc.bom):
            continue
        try:
            if enc.encode(text) == data:
                return enc
        except UnicodeEncodeError:
            continue
    return None


def fix_bytes(
    data: bytes,
    path: str,
    read: Callable[[bytes], list[Draft]],
    lint: LintFn,
    *,
    unsafe: bool = False,
    mail: bool = False,
    max_passes: int = MAX_PASSES,
    skip: SkipFn | None = None,
) -> FixResult:
    """Fix a file's bytes.  ``read`` is the file's reader, ``lint`` the engine with suppressions.

    The result's ``data`` holds the fixed bytes, in the file's own encoding, or None when
    nothing changed.  ``mail``: an e-mail file, whose lines an edit never lengthens past 76
    characters.  Nothing is written.
    """
    drafts = read(data)
    file_text = _file_text(drafts)
    enc = encoding_of(data, file_text) if file_text is not None else None
    if file_text is None or enc is None:
        reports = lint(drafts)
        reason = "the file's text cannot be written back exactly (mixed or rebuilt encodings), so it is not edited"
        withheld = [Withheld(f, reason) for r in reports for f in r.findings if fix_of(f, unsafe=unsafe) is not None]
        text = file_text if file_text is not None else data.decode("utf-8", "replace")
        return FixResult(original=text, text=text, reports=reports, withheld=withheld, path=path, drafts=drafts)
    result = fix_source(
        file_text,
        lambda t: read(enc.encode(t)),
        lint,
        unsafe=unsafe,
        max_passes=max_passes,
        line_limit=MAIL_LINE_LIMIT if mail else None,
        encodable=enc.can_encode,
        skip=skip,
    )
    result.path = path
    if result.changed:
        result.data = enc.encode(result.text)
    return result


def _file_text(drafts: Sequence[Draft]) -> str | None:
    """The decoded file text every draft maps into (one file, one text), or None."""
    texts = {d.source_map.file_text if d.source_map is not None else d.text for d in drafts}
    return texts.pop() if len(texts) == 1 else None


def write_atomic(path: Path, data: bytes, expected: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename,
    only if the file still holds ``expected`` (what it held when it was read).

    A symbolic link is followed, so the link stays and its target is replaced; the file's
    permission bits are kept.
    """
    target = Path(os.path.realpath(path))
    _unchanged(target, expected, path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".followup-fix", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, target.stat().st_mode & 0o7777)
        _unchanged(target, expected, path)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _unchanged(target: Path, expected: bytes, shown: Path) -> None:
    try:
        current = target.read_bytes()
    except OSError as exc:
        raise FollowupLintError(f"cannot read the file again before writing ({exc.strerror or exc})", shown) from None
    if current != expected:
        raise FollowupLintError("the file changed since it was read; not fixed (run again)", shown)


# --- the runner's fix stage ---------------------------------------------------------------
@dataclass(frozen=True)
class FixMode:
    """How the runner fixes: ``unsafe`` fixes too; ``write`` the files (False: ``--diff``)."""

    unsafe: bool = False
    write: bool = True


_BASELINES: dict[str, Any] = {}  # per process: baseline file -> Baseline


def fix_job(job: Job, linter: Linter | None = None, *, mode: FixMode, baseline: str | None = None) -> list[FileResult]:
    """The runner's per-file stage with fixing (see ``fix_job_result``), as FileResults: those
    of what remains, the first carrying a ``FixOutcome``.  Bad input, or a file that changed
    while it was fixed, becomes an error result."""
    from followup_lint.formats.base import FixOutcome
    from followup_lint.runner import error_result, file_results

    try:
        result = fix_job_result(job, linter, mode=mode, baseline=baseline)
    except (FollowupLintError, RecursionError) as exc:
        failed = error_result(job, exc)
        if job.path is None and job.data is not None:  # standard input is echoed, never lost
            failed[0] = replace(failed[0], fix=FixOutcome(fixed=_job_bytes(job)))
        return failed
    results = file_results(job, result.drafts, result.reports)
    if results:
        written = mode.write and job.path is not None and result.data is not None
        outcome = FixOutcome(
            applied=tuple(f.code for f in result.applied),
            withheld=tuple((w.finding.code, w.reason) for w in result.withheld),
            diff=result.diff(job.display),
            # the content, where it is not on disk: standard input (fixed or not), or --diff
            fixed=(result.data or result.original_data) if job.path is None else (None if written else result.data),
            written=written,
        )
        results[0] = replace(results[0], fix=outcome)
    return results


def fix_job_result(job: Job, linter: Linter | None = None, *, mode: FixMode, baseline: str | None = None) -> FixResult:
    """Fix one file of a run: read, lint and suppress (the runner's own stages) in passes while
    fixes apply, and write the file (``mode.write``).  Findings a baseline records are not
    fixed.  Raises FollowupLintError for bad input or a file that changed meanwhile."""
    from followup_lint.readers import canonical_reader, reader_for
    from followup_lint.runner import lint_drafts, read_drafts

    data = _job_bytes(job)
    reader = canonical_reader(job.reader) if job.reader else reader_for(job.path or Path(job.display))
    result = fix_bytes(
        data,
        job.display,
        lambda b: read_drafts(job, b),
        lambda drafts: lint_drafts(job, drafts, linter),
        unsafe=mode.unsafe,
        mail=reader == "eml",
        skip=_known_to(baseline),
    )
    result.original_data = data
    if mode.write and job.path is not None and result.data is not None:
        write_atomic(job.path, result.data, data)
    return result


def _job_bytes(job: Job) -> bytes:
    if job.data is not None:
        return job.data.encode("utf-8", errors="surrogatepass") if isinstance(job.data, str) else job.data
    from followup_lint.readers import _read_bytes

    assert job.path is not None
    return _read_bytes(job.path)


def _known_to(baseline: str | None) -> SkipFn | None:
    """A SkipFn leaving alone the findings ``baseline`` records (judged afresh on each pass)."""
    if baseline is None:
        return None
    from followup_lint import baseline as bl

    if baseline not in _BASELINES:
        _BASELINES[baseline] = bl.load(Path(baseline))
    counts = _BASELINES[baseline]

    def skip(file_text: str, report: Report) -> list[bool]:
        remaining = dict(counts)
        out = []
        for f in report.findings:
            k = bl.key(report.path or "", report.label, f, file_text, Path(baseline))
            out.append(remaining.get(k, 0) > 0)
            if out[-1]:
                remaining[k] -= 1
        return out

    return skip

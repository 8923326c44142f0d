"""The result cache: a file whose inputs are unchanged is not linted again.

An entry is keyed by everything that can change a file's results: its bytes, the shown path,
the effective configuration, the options that reach the linter (template, purpose, channel,
context), the sidecar and ``followup-context.toml`` that apply, the send day (a draft without a
``Date:`` header is judged against today), the user's rule folders, and a hash of the installed
package's own source and rule files with the versions of the libraries that make findings
(an editable install never changes its version string, so the version is not enough).

Entries live in ``.followup-lint-cache/`` beside the configuration that applies (else the
working folder), which holds its own ``.gitignore``.  They hold what the reports hold, as JSON:
reading one imports neither spaCy nor Harper.  Writes go through a temporary file and a rename,
so concurrent runs never see half an entry; an entry that does not parse is ignored and
replaced.  Bad input's one-line error is stored too (it
follows from the bytes).  A report that carries a crash notice (FL909) or a grammar backend's absence (FL905)
is never stored: the next run should try again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from pydantic_core import PydanticSerializationError

from followup_lint.formats.base import FileResult
from followup_lint.report import Report
from followup_lint.spans import Segment, SourceMap

if TYPE_CHECKING:
    from followup_lint.runner import Job

CACHE_DIR_NAME = ".followup-lint-cache"
FORMAT = "2"  # bump when the entry layout changes
#: Libraries whose version can change a finding.
_LIBRARIES = ("spacy", "spacy-lookups-data", "harper-py", "textstat", "pyphen", "emoji", "pydantic", "pyyaml", "jinja2")
_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n# followup-lint's result cache; `followup-lint clean` removes it.\n"
)
_NOT_CACHED = frozenset({"FL909", "FL905"})  # a crashed check; a grammar backend that was unavailable


@dataclass(frozen=True)
class Lookup:
    """One job's key, the job holding the bytes the key was made from, and whether an entry
    is stored under the key (read with :meth:`ResultCache.read` when its turn comes, so a run
    never holds every stored answer at once)."""

    job: Job
    key: str | None
    folder: Path | None
    stored: bool


def _hash_tree(h: Any, root: Path) -> None:
    """Each file's path under ``root`` and a hash of its bytes, in a fixed order (compiled
    Python left out).  ``os.walk``: a run pays for this once, before its first answer."""
    files: list[str] = []
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = [d for d in subfolders if d != "__pycache__"]
        rel = os.path.relpath(folder, root)
        files.extend(
            name if rel == "." else f"{rel}{os.sep}{name}" for name in names if not name.endswith((".pyc", ".pyo"))
        )
    for name in sorted(files):
        h.update(name.encode("utf-8", "surrogateescape") + b"\0")
        with contextlib.suppress(OSError), open(os.path.join(root, name), "rb") as handle:
            h.update(hashlib.sha256(handle.read()).digest())


@lru_cache(maxsize=1)
def package_fingerprint() -> str:
    """A hash of this package's files, the built-in rules and the versions of the libraries
    that make findings: any change to them empties the cache in effect."""
    from followup_lint.rulepack import builtin_rules_dir

    h = hashlib.sha256(f"{FORMAT}|{sys.version_info[:2]}".encode())
    package = Path(__file__).resolve().parent
    _hash_tree(h, package)
    rules = builtin_rules_dir().resolve()
    if package not in rules.parents:
        _hash_tree(h, rules)
    versions = installed_versions(_LIBRARIES)
    for name in _LIBRARIES:
        h.update(f"{name}={versions.get(name, '-')}\0".encode())
    return h.hexdigest()


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def installed_versions(names: Iterable[str]) -> dict[str, str]:
    """The installed version of each of ``names`` that is installed.

    Read from the names of the ``NAME-VERSION.dist-info`` folders on ``sys.path`` (one listing
    a folder; the first found wins, as for imports) rather than by parsing each package's
    metadata, which costs a cached run some 25 ms; a package installed another way (an
    ``.egg-info``) is asked of ``importlib.metadata``."""
    wanted = {_normal(n): n for n in names}
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            listing = os.listdir(entry or ".")
        except OSError:
            continue
        for item in listing:
            if not item.endswith(".dist-info"):
                continue
            name, _, number = item[: -len(".dist-info")].partition("-")
            key = _normal(name)
            if key in wanted and wanted[key] not in found and number:
                found[wanted[key]] = number
    missing = [n for n in wanted.values() if n not in found]
    if missing:
        from importlib.metadata import PackageNotFoundError, version

        for name in missing:
            with contextlib.suppress(PackageNotFoundError):
                found[name] = version(name)
    return found


def _file_digest(path: Path | None) -> str:
    if path is None:
        return "-"
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "-"


def _folders_digest(folders: Iterable[str]) -> str:
    h = hashlib.sha256()
    for folder in folders:
        h.update(folder.encode("utf-8", "surrogateescape") + b"\0")
        root = Path(folder)
        if root.is_dir():
            _hash_tree(h, root)
    return h.hexdigest()


def job_key(job: Job, data: bytes, today: date | None = None, memo: dict[Any, Any] | None = None) -> str:
    """The key of one job whose file content is ``data``.

    ``memo`` (one per run): what many jobs share (the configuration's JSON, the rule folders'
    digest, the context file of a folder) is worked out once, not once a file.
    """
    memo = {} if memo is None else memo
    from followup_lint.suppress import sidecar_path

    config_json = _memo(memo, ("config", id(job.config)), job.config, job.config.model_dump_json)
    rule_folders = _memo(
        memo, ("folders", tuple(job.config.rule_paths)), None, lambda: _folders_digest(job.config.rule_paths)
    )
    context_file, context_digest = _context_file(job.display, memo) if job.display else (None, "-")
    parts = {
        "package": package_fingerprint(),
        "display": job.display,
        "path": None if job.path is None else str(job.path),
        "reader": job.reader,
        "template": job.template,
        "purpose": job.purpose,
        "channel": job.channel,
        "context": None if job.context is None else job.context.model_dump_json(),
        "config": config_json,
        "rule_folders": rule_folders,
        "context_file": [str(context_file), context_digest],
        "sidecar": _file_digest(sidecar_path(job.path)) if job.path is not None else "-",
        "day": (today or date.today()).isoformat(),
        "data": hashlib.sha256(data).hexdigest(),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode("utf-8", "surrogatepass")).hexdigest()


def _memo(memo: dict[Any, Any], key: Any, owner: object, make: Any) -> Any:
    """``make()``, remembered under ``key`` while ``owner`` (kept alive with it) is the same."""
    found = memo.get(key)
    if found is None or found[0] is not owner:
        found = memo[key] = (owner, make())
    return found[1]


def _context_file(display: str, memo: dict[Any, Any]) -> tuple[Path | None, str]:
    """The ``followup-context.toml`` that applies to the file shown as ``display``, and its
    digest; looked up once per folder (a symbolic link is followed to its own folder)."""
    from followup_lint.context import find_context_file

    folder = os.path.dirname(display)
    if os.path.islink(display):
        folder = str(Path(display).resolve().parent)
    found = memo.get(("context", folder))
    if found is None:
        path = find_context_file(Path(display).resolve().parent)
        found = memo[("context", folder)] = (path, _file_digest(path))
    return found


# --- entries ------------------------------------------------------------------------------


def _dump(results: list[FileResult], summaries: dict[str, str]) -> str:
    """The entry's JSON text.  Each report's JSON is written by pydantic-core
    (``model_dump_json``) and joined with the rest, which costs about half of making Python
    dicts of the reports and encoding them with :mod:`json` (the parent of a run writes 1,000
    entries while its workers lint).  A text pydantic-core cannot encode (a lone surrogate from
    undecodable bytes) takes :func:`_dump_python`, which writes the same entry."""
    try:
        return _dump_joined(results, summaries)
    except PydanticSerializationError:
        return _dump_python(results, summaries)


def _source_of(results: list[FileResult]) -> str | None:
    return results[0].source_text if results else None


def _item_rest(r: FileResult, source: str | None) -> dict[str, Any]:
    """What an entry holds of one result besides its report (texts only where they differ)."""
    sm = r.source_map
    return {
        "source_map": None
        if sm is None
        else {
            "file_text": None if sm.file_text == source else sm.file_text,
            "segments": [[s.start, s.end, s.file_start] for s in sm.segments],
            "line_offset": sm.line_offset,
        },
        "source_text": None if r.source_text == source else r.source_text,
        "draft_text": None if r.draft_text == (r.source_text or source) else r.draft_text,
    }


def _dump_python(results: list[FileResult], summaries: dict[str, str]) -> str:
    source = _source_of(results)
    items = [
        {"error": r.error}
        if r.report is None
        else {"report": r.report.model_dump(mode="json"), **_item_rest(r, source)}
        for r in results
    ]
    return json.dumps({"format": FORMAT, "source": source, "results": items, "summaries": summaries})


def _dump_joined(results: list[FileResult], summaries: dict[str, str]) -> str:
    source = _source_of(results)
    items = []
    for r in results:
        if r.report is None:
            items.append(json.dumps({"error": r.error}))
        else:  # the rest as an object, its opening brace replaced by the report's member
            rest = json.dumps(_item_rest(r, source))
            items.append('{"report": ' + r.report.model_dump_json() + ", " + rest[1:])
    head = json.dumps({"format": FORMAT, "source": source})
    return head[:-1] + ', "results": [' + ", ".join(items) + '], "summaries": ' + json.dumps(summaries) + "}"


class _StoredMap(BaseModel):
    model_config = ConfigDict(defer_build=True)

    file_text: str | None
    segments: list[tuple[int, int, int]]
    line_offset: int


class _StoredResult(BaseModel):
    model_config = ConfigDict(defer_build=True)

    error: str | None = None
    report: Report | None = None
    source_map: _StoredMap | None = None
    source_text: str | None = None
    draft_text: str | None = None


class _Entry(BaseModel):
    """An entry as :func:`_dump` writes it, validated as it is parsed (pydantic-core reads the
    JSON and builds the reports in one pass: about a third quicker than ``json.loads`` and then
    validating the reports)."""

    model_config = ConfigDict(defer_build=True)

    format: str
    source: str | None
    results: list[_StoredResult] = Field(min_length=1)
    summaries: dict[str, str]


def _load(text: str, path: str) -> tuple[list[FileResult], dict[str, str]] | None:
    try:
        entry = _Entry.model_validate_json(text)
    except ValidationError:  # or a lone surrogate (a file of undecodable bytes) its JSON parser refuses
        entry = _Entry.model_validate(json.loads(text))
    if entry.format != FORMAT:
        return None
    source = entry.source
    out = []
    for item in entry.results:
        if item.report is None:
            if item.error is None:
                return None
            out.append(FileResult(path=path, report=None, error=item.error))
            continue
        sm = item.source_map
        source_map = None
        if sm is not None:
            file_text = sm.file_text if sm.file_text is not None else source
            if file_text is None:
                return None
            source_map = SourceMap(file_text, [Segment(a, b, c) for a, b, c in sm.segments], sm.line_offset)
        text_ = item.source_text if item.source_text is not None else source
        draft_text = item.draft_text if item.draft_text is not None else text_
        out.append(
            FileResult(path=path, report=item.report, source_text=text_, source_map=source_map, draft_text=draft_text)
        )
    return out, entry.summaries


def cacheable(results: list[FileResult]) -> bool:
    """Reports, or a file's one-line error, none carrying a notice that a later run may not repeat."""
    return bool(results) and all(
        r.fix is None
        and (r.report is not None or r.error is not None)
        and (r.report is None or not any(n.code in _NOT_CACHED for n in r.report.notices))
        for r in results
    )


class ResultCache:
    """Entries under one or more cache folders; every failure to read or write is a miss."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder  # None: beside the configuration that applies to each file
        self.hits = 0
        self._prepared: set[Path] = set()
        self._memo: dict[Any, Any] = {}  # what the keys of many files share (see job_key)
        self._folders: dict[Path, Path] = {}  # configuration folder -> cache folder
        self._made: set[Path] = set()  # entry folders this run made or found

    def folder_for(self, config_folder: Path) -> Path:
        return self.folder if self.folder is not None else config_folder / CACHE_DIR_NAME

    def lookup(self, job: Job, config_folder: Path) -> Lookup:
        """The job with its bytes attached (so the file linted is the file keyed), its key and
        whether an entry is stored under it."""
        try:
            data = _job_bytes(job)
        except OSError:
            return Lookup(job, None, None, False)  # the read stage reports it
        job = replace(job, data=data)
        key = job_key(job, data, memo=self._memo)
        folder = self._folders.get(config_folder)
        if folder is None:
            folder = self._folders[config_folder] = self.folder_for(config_folder)
        return Lookup(job, key, folder, os.path.isfile(_entry_path(folder, key)))

    def read(self, lookup: Lookup) -> tuple[list[FileResult], dict[str, str]] | None:
        """The stored results and rule summaries of ``lookup``, or None: absent, truncated,
        corrupt or of an older layout (the caller lints again and replaces it)."""
        if lookup.key is None or lookup.folder is None:
            return None
        entry = _entry_path(lookup.folder, lookup.key)
        try:
            with open(entry, encoding="utf-8", errors="surrogatepass") as handle:
                text = handle.read()
            loaded = _load(text, lookup.job.display)
        except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
            loaded = None
        if loaded is not None:
            self.hits += 1
        return loaded

    def store(self, lookup: Lookup, results: list[FileResult], summaries: dict[str, str]) -> None:
        if lookup.key is None or lookup.folder is None or not cacheable(results):
            return
        codes = {f.code for r in results if r.report is not None for f in r.report.findings}
        text = _dump(results, {c: s for c, s in summaries.items() if c in codes})
        with contextlib.suppress(OSError):
            self._prepare(lookup.folder)
            _write_atomic(Path(_entry_path(lookup.folder, lookup.key)), text, self._made)

    def _prepare(self, folder: Path) -> None:
        if folder in self._prepared:
            return
        folder.mkdir(parents=True, exist_ok=True)
        for name, content in ((".gitignore", "# created by followup-lint\n*\n"), ("CACHEDIR.TAG", _TAG)):
            target = folder / name
            if not target.exists():
                _write_atomic(target, content)
        self._prepared.add(folder)


def _job_bytes(job: Job) -> bytes:
    if isinstance(job.data, bytes):
        return job.data
    if isinstance(job.data, str):
        return job.data.encode("utf-8", errors="surrogatepass")
    assert job.path is not None
    with open(job.path, "rb") as handle:
        return handle.read()


def _entry_path(folder: Path, key: str) -> str:
    return os.path.join(folder, key[:2], key[2:] + ".json")


def _write_atomic(target: Path, text: str, made: set[Path] | None = None) -> None:
    """Write ``text`` to a temporary file beside ``target`` and rename it over ``target``.
    ``made``: folders known to exist already (created here once, then remembered)."""
    if made is None or target.parent not in made:
        target.parent.mkdir(parents=True, exist_ok=True)
        if made is not None:
            made.add(target.parent)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except FileNotFoundError:  # the folder went away during the run (another run cleaned the cache)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8", errors="surrogatepass"))
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def is_cache_folder(folder: Path) -> bool:
    """Whether ``folder`` is one of ours (it holds our CACHEDIR.TAG), so it is safe to delete."""
    try:
        return (folder / "CACHEDIR.TAG").read_text("utf-8").startswith(_TAG.splitlines()[0])
    except OSError:
        return False


def clean(folder: Path) -> bool:
    """Remove a cache folder; False when there was none.  A folder that is not a cache is kept."""
    if not folder.is_dir() or not is_cache_folder(folder):
        return False
    shutil.rmtree(folder)
    return True

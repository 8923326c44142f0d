"""One path from a file to a report, shared by the CLI, the API and the worker processes.

The stages, in order (docs/architecture.md draws them)::

    resolve configuration -> read -> parse -> lint -> suppress -> baseline -> result

- :class:`Runner` resolves configuration (discovery, ``[[overrides]]``, the caller's options),
  turns paths into :class:`Job` s, runs them (here or in worker processes), applies the
  baseline and returns a :class:`RunResult`.
- :func:`lint_job` is the per-file stage (read -> parse -> lint -> suppress): a worker process
  runs it, and so does :meth:`Runner.lint_text`, the entry point for callers that hold a file's
  text in memory (an editor, a cache) and know its path.

Nothing here prints or picks an exit code: that is the CLI's job.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

from followup_lint.config import Config, ConfigResolver, FailOn, LoadedConfig, effective, excluded
from followup_lint.context import Context
from followup_lint.errors import FollowupLintError
from followup_lint.formats.base import FileResult
from followup_lint.report import Report, Severity

if TYPE_CHECKING:
    from followup_lint.cache import Lookup, ResultCache
    from followup_lint.draft import Draft
    from followup_lint.fixes import FixMode
    from followup_lint.linter import Linter
    from followup_lint.rulepack import Rule

STDIN = "-"


@dataclass(frozen=True)
class RunOptions:
    """What the caller says, over every configuration file (CLI flags or API keyword arguments).

    ``config``: a Config object used for every file instead of discovery; ``config_file``: one
    configuration file used for every file.  ``select`` replaces the configured selection (and
    its ignore list); ``ignore`` adds to it.
    """

    config: Config | None = None
    config_file: str | Path | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: FailOn | Severity | None = None  # given alone with fail_under unset: findings decide
    fail_under: float | None = None  # given without fail_on: the score alone decides
    languagetool_url: str | None = None
    template: bool | None = None
    purpose: str | None = None
    channel: str | None = None
    context: Context | None = None
    stdin_filename: str | None = None
    baseline: str | Path | None = None
    write_baseline: str | Path | None = None
    output_file: str | Path | None = None  # written by the caller; checked here before any work
    fix: FixMode | None = None  # apply fixes after suppressing (fixes.fix_job), before the baseline
    cache: bool = False  # serve unchanged files from the result cache (cache.py); never with ``fix``
    cache_dir: str | Path | None = None  # one cache folder for every file (default: beside each configuration)
    warm_up: bool = False  # start building Harper's dictionary once some file needs linting
    force_exclude: bool = False  # skip a file named explicitly when the configuration excludes it


@dataclass(frozen=True)
class Job:
    """One input file and everything needed to lint it; picklable, so workers can take it."""

    display: str  # the path as shown in the output
    path: Path | None  # the file (None: ``data`` is standard input)
    config: Config
    data: bytes | str | None = None  # the file's content, when the caller already holds it
    reader: str | None = None  # a reader name (standard input, --stdin-filename)
    template: bool | None = None
    purpose: str | None = None
    channel: str | None = None
    context: Context | None = None


@dataclass(frozen=True)
class Outcome:
    """One draft's result (or one file's error) and the configuration it was linted with."""

    result: FileResult
    config: Config | None

    def fails(self) -> bool:
        """Findings at or above ``fail_on``, or a score under ``fail_under``."""
        report, config = self.result.report, self.config
        if report is None or config is None:
            return False
        if any(config.fails_on(f.severity) for f in report.findings):
            return True
        return config.fail_under is not None and report.score is not None and report.score < config.fail_under


@dataclass
class RunResult:
    """Everything a run produced, in input order."""

    outcomes: list[Outcome]
    summaries: dict[str, str] = field(default_factory=dict)  # rule code -> summary, for safe messages
    baseline_written: int | None = None  # findings recorded by ``write_baseline``
    remarks: list[str] = field(default_factory=list)  # what the run did that the user may not expect

    @property
    def results(self) -> list[FileResult]:
        return [o.result for o in self.outcomes]

    @property
    def reports(self) -> list[Report]:
        return [o.result.report for o in self.outcomes if o.result.report is not None]

    @property
    def errors(self) -> list[str]:
        return [o.result.error for o in self.outcomes if o.result.error is not None]

    @property
    def crashed(self) -> bool:
        """Whether a check raised while linting (a notice that fails the run)."""
        from followup_lint.notices import FAILS_RUN

        return any(n.code in FAILS_RUN for r in self.reports for n in r.notices)


# --- the per-file stage: read -> parse -> lint -> suppress ----------------------------------

_LINTERS: dict[str, Linter] = {}  # per process: Config.linter_key() -> Linter


def linter_for(config: Config) -> Linter:
    """This process's Linter for ``config`` (built once: spaCy and Harper load once)."""
    from followup_lint.linter import Linter

    key = config.linter_key()
    if key not in _LINTERS:
        _LINTERS[key] = Linter(config)
        # The loaded heap (spaCy, Harper, the rule pack: some 670,000 objects) lives as long as the
        # process: keep it out of the garbage collector's full passes (a draft with many findings
        # would otherwise pay for scanning it), and out of copy-on-write in forked workers.
        gc.freeze()
    return _LINTERS[key]


def read_drafts(job: Job, data: bytes | None = None) -> list[Draft]:
    """Read and parse one file (``data``: its content instead of the job's); raises
    FollowupLintError for bad input."""
    from followup_lint.readers import read_path

    where = job.path if job.path is not None else Path(job.display)
    if data is None:
        data = job.data.encode("utf-8", errors="surrogatepass") if isinstance(job.data, str) else job.data
    drafts = read_path(where, data=data, reader=job.reader, template=job.template, max_bytes=job.config.max_draft_bytes)
    for d in drafts:
        d.path = job.display
    return drafts


def lint_drafts(job: Job, drafts: list[Draft], linter: Linter | None = None) -> list[Report]:
    """Lint a file's drafts and apply its suppressions."""
    linter = linter or linter_for(job.config)
    reports = [linter.lint_draft(d, purpose=job.purpose, channel=job.channel, context=job.context) for d in drafts]
    return linter.suppress(reports, drafts, job.display, reader=job.reader, sidecar_of=job.path)


def file_results(job: Job, drafts: list[Draft], reports: list[Report]) -> list[FileResult]:
    """One FileResult per draft, with the file's text and each draft's source map."""
    source = drafts[0].source_map.file_text if drafts and drafts[0].source_map else None
    return [
        FileResult(path=job.display, report=r, source_text=source, source_map=d.source_map, draft_text=d.text)
        for r, d in zip(reports, drafts, strict=False)
    ]


def error_result(job: Job, exc: FollowupLintError | RecursionError) -> list[FileResult]:
    display = job.display
    if isinstance(exc, RecursionError):
        return [FileResult(path=display, report=None, error=f"{display}: the file is nested too deeply to lint")]
    return [FileResult(path=display, report=None, error=str(exc) if exc.path else f"{display}: {exc}")]


def lint_job(job: Job, linter: Linter | None = None) -> list[FileResult]:
    """Read, parse, lint and apply the suppressions of one file; bad input becomes an error result."""
    try:
        drafts = read_drafts(job)
        reports = lint_drafts(job, drafts, linter)
    except (FollowupLintError, RecursionError) as exc:
        return error_result(job, exc)
    return file_results(job, drafts, reports)


def lint_jobs(jobs: list[Job]) -> list[list[FileResult]]:
    """``lint_job`` of each job, the drafts of all of them sharing Harper calls
    (``Linter.prime``, per configuration): the same results as one job at a time."""
    read: list[list[Draft] | FollowupLintError | RecursionError] = []
    for job in jobs:
        try:
            read.append(read_drafts(job))
        except (FollowupLintError, RecursionError) as exc:
            read.append(exc)
    by_linter: dict[int, tuple[Linter, list[Draft]]] = {}
    for job, drafts in zip(jobs, read, strict=True):
        if isinstance(drafts, list):
            linter = linter_for(job.config)
            by_linter.setdefault(id(linter), (linter, []))[1].extend(drafts)
    for linter, drafts in by_linter.values():
        linter.prime(drafts)
    out: list[list[FileResult]] = []
    try:
        for job, drafts in zip(jobs, read, strict=True):
            if not isinstance(drafts, list):
                out.append(error_result(job, drafts))
                continue
            try:
                reports = lint_drafts(job, drafts)
            except (FollowupLintError, RecursionError) as exc:
                out.append(error_result(job, exc))
                continue
            out.append(file_results(job, drafts, reports))
    finally:
        for linter, _ in by_linter.values():
            linter.forget()
    return out


# --- the run ------------------------------------------------------------------------------


def _codes(values: Iterable[str]) -> list[str]:
    return [c.strip().upper() if ":" not in c else c.strip() for v in values for c in v.split(",") if c.strip()]


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return False


class Runner:
    """Resolves configuration per file and runs the stages; reusable for many runs."""

    def __init__(self, options: RunOptions | None = None, *, linter: Linter | None = None) -> None:
        self.options = options or RunOptions()
        self._fixed = LoadedConfig(None, self.options.config) if self.options.config is not None else None
        self._resolver = ConfigResolver(self.options.config_file) if self._fixed is None else None
        self._linter = linter
        self._rules: dict[str, list[Rule]] = {}
        self._loaded: dict[Path | None, LoadedConfig] = {}
        self.remarks: list[str] = []

    # -- resolve configuration
    def loaded_for(self, path: Path | None, *, is_file: bool = False) -> LoadedConfig:
        if self._fixed is not None:
            return self._fixed
        assert self._resolver is not None
        if path is None:  # the working folder, which may change between runs
            return self._resolver.loaded_for(path)
        found = self._loaded.get(path)  # each file asks several times a run
        if found is None:
            found = self._loaded[path] = self._resolver.loaded_for(path, is_file=is_file)
            if len(self._loaded) > 100_000:  # a long-lived runner (an editor's server) stays bounded
                self._loaded.clear()
        return found

    def job(self, path: str | Path | None, *, data: bytes | str | None = None, display: str | None = None) -> Job:
        """The job for one file (``path`` None: standard input, or text without a file)."""
        opts = self.options
        file = Path(path) if path is not None else None
        eff = effective(self.loaded_for(file), file)
        reader = None
        if file is None and opts.stdin_filename:
            from followup_lint.readers import reader_for

            reader = reader_for(Path(opts.stdin_filename))
        return Job(
            display=display or (str(path) if path is not None else opts.stdin_filename or "<stdin>"),
            path=file,
            config=self._with_options(eff.config),
            data=data,
            reader=reader if file is None else None,
            template=opts.template if opts.template is not None else eff.template,
            purpose=opts.purpose,
            channel=opts.channel,
            context=opts.context,
        )

    def _with_options(self, config: Config) -> Config:
        opts = self.options
        update: dict[str, Any] = {}
        select, ignore = _codes(opts.select), _codes(opts.ignore)
        if select:
            update["select"], update["ignore"] = select, []
        if ignore:
            update["ignore"] = [*([] if select else config.ignore), *ignore]
        # Flags beat configuration.  --fail-under without --fail-on decides by score only, unless
        # the configuration sets fail_on itself (then either fails the run): docs/ci.md.
        if opts.fail_on is not None:
            update["fail_on"] = Severity(opts.fail_on).value if isinstance(opts.fail_on, Severity) else opts.fail_on
        if opts.fail_under is not None:
            update["fail_under"] = opts.fail_under
            if opts.fail_on is None and "fail_on" not in config.model_fields_set:
                update["fail_on"] = "never"
        if opts.languagetool_url:
            update["language"] = config.language.model_copy(update={"languagetool_url": opts.languagetool_url})
        return config.model_copy(update=update) if update else config

    def rules_for(self, config: Config, source: Path | None = None) -> list[Rule]:
        """The configured rules (validated once per distinct configuration)."""
        from followup_lint.linter import configured_rules

        key = config.linter_key()
        if key not in self._rules:
            try:
                self._rules[key] = configured_rules(config)
            except FollowupLintError as exc:
                raise FollowupLintError(exc.problem, exc.path or source) from exc
        return self._rules[key]

    # -- the per-file entry point (editors, caches)
    def lint_text(self, text: str | bytes, path: str | Path | None = None) -> list[FileResult]:
        """Lint a file's content held in memory; ``path`` picks the reader and the configuration."""
        job = self.job(path, data=text)
        self.rules_for(job.config, self.loaded_for(job.path).path)
        return lint_job(job, self._linter_for(job.config))

    def _linter_for(self, config: Config) -> Linter | None:
        if self._linter is not None and self._linter.config.linter_key() == config.linter_key():
            return self._linter
        return None

    # -- many files
    def plan(self, paths: Sequence[str | Path], *, validate: bool = True) -> list[Job | FileResult]:
        """Paths -> jobs (folders walked, excluded files left out) or error results, in order.

        ``validate``: check each job's configuration now (the run defers it when a cache may
        answer: a cached answer was only stored under a configuration that validated)."""
        from followup_lint.inputs import walk
        from followup_lint.readers import DRAFT_SUFFIXES

        slots: list[Job | FileResult] = []
        stdin_read = False
        for given in paths:
            text = str(given)
            if text == STDIN:
                if stdin_read:
                    raise FollowupLintError("standard input (-) can be given only once")
                stdin_read = True
                where = Path(self.options.stdin_filename) if self.options.stdin_filename else None
                job = self.job(where, data=sys.stdin.buffer.read(), display=self.options.stdin_filename or "<stdin>")
                slots.append(replace(job, path=None, reader=job.reader or self._stdin_reader()))
                continue
            path = Path(given)
            if path.is_dir():
                files = walk(path, frozenset(DRAFT_SUFFIXES))
            elif path.exists():
                files = [path]
            else:
                slots.append(FileResult(path=text, report=None, error=f"{text}: no such file or folder"))
                continue
            if path.is_dir():
                files = [f for f in files if not excluded(self.loaded_for(f, is_file=True), f)]
            elif excluded(self.loaded_for(path), path):
                # Named on purpose: linted anyway, as Ruff does, unless force_exclude (either way, said).
                if self.options.force_exclude:
                    self.remarks.append(f"{text}: skipped: the configuration excludes it (--force-exclude)")
                    continue
                self.remarks.append(
                    f"{text}: linted though the configuration excludes it (named explicitly; --force-exclude skips it)"
                )
            if not files and path.is_dir():
                looked = ", ".join(sorted(DRAFT_SUFFIXES))
                slots.append(
                    FileResult(path=text, report=None, error=f"{text}: no draft files found (looked for {looked})")
                )
            slots.extend(self.job(f) for f in files)
        self._check_targets([j.path for j in slots if isinstance(j, Job) and j.path is not None])
        if validate:
            self._validate([s for s in slots if isinstance(s, Job)])
        return slots

    def _validate(self, jobs: Iterable[Job]) -> None:
        for job in jobs:  # configurations are checked here, once, so workers never fail on them
            self.rules_for(job.config, self.loaded_for(job.path).path)

    def _stdin_reader(self) -> str:
        from followup_lint.readers import reader_for

        return reader_for(Path(self.options.stdin_filename)) if self.options.stdin_filename else "txt"

    def _check_targets(self, inputs: list[Path]) -> None:
        """Files this run will write: writable, and never one of the drafts."""
        from followup_lint.writes import check_target

        targets = [
            (flag, Path(target))
            for flag, target in (
                ("--output-file", self.options.output_file),
                ("--write-baseline", self.options.write_baseline),
            )
            if target is not None
        ]
        for flag, target in targets:
            check_target(target, flag)
            if any(_same_file(target, p) for p in inputs):
                raise FollowupLintError(
                    f"{flag} {target} is one of the drafts being linted; "
                    "name another file (followup-lint never overwrites a draft)"
                )
        if len(targets) == 2 and targets[0][1].absolute() == targets[1][1].absolute():
            raise FollowupLintError("--output-file and --write-baseline name the same file")

    def run(self, paths: Sequence[str | Path], *, jobs: int | None = 1, show_progress: bool = False) -> RunResult:
        """Every stage for every path; one bad file never stops the others.

        ``jobs``: worker processes; None picks them from the files left to lint once the cache
        has answered (every core when there are enough files to pay for starting workers).
        ``show_progress``: a progress bar on standard error when it is a terminal (10+ files).
        """
        stream = self.stream(paths, jobs=jobs, show_progress=show_progress)
        outcomes = list(stream)
        result = RunResult(outcomes, summaries=stream.summaries, remarks=self.remarks)
        result.baseline_written = stream.baseline_written
        return result

    def stream(self, paths: Sequence[str | Path], *, jobs: int | None = 1, show_progress: bool = False) -> RunStream:
        """The run of :meth:`run`, one outcome at a time in input order, each as soon as it and
        every one before it are done: a caller that writes each and lets it go holds no result
        longer than that (the CLI's output).  Planning (walking folders, configuration, the
        cache's keys) happens here, before the first outcome; errors in it raise here."""
        from followup_lint import baseline as bl

        cache = self._cache()
        if cache is None:
            self._warm_up()  # before plan validates (and so imports spaCy): the two overlap
        slots = self.plan(paths, validate=cache is None)
        known = bl.Baseline(Path(self.options.baseline)) if self.options.baseline is not None else None
        jobs_ = [s for s in slots if isinstance(s, Job)]
        lookups = None
        if cache is not None:
            cwd = Path.cwd()  # the folder of the defaults (no configuration file), once, not once a file
            lookups = []
            warming = False
            for j in jobs_:
                lookup = cache.lookup(j, _folder(self.loaded_for(j.path), cwd))
                if not lookup.stored and not warming:  # a file to lint: Harper's build starts
                    self._warm_up()  # now, beside the keying of the others
                    warming = True
                lookups.append(lookup)
        todo = jobs_ if lookups is None else [lk.job for lk in lookups if not lk.stored]
        if lookups is not None:
            self._validate(todo)
        if jobs is None:
            jobs = 1
            if len(todo) > 1:  # (multiprocessing only imported when something is linted)
                from followup_lint.parallel import auto_workers

                jobs = auto_workers(len(todo))
        return RunStream(self, slots, lookups, todo, cache, jobs, show_progress, known)

    def _warm_up(self) -> None:
        """Start Harper's dictionary on a background thread while spaCy imports (docs/performance.md)."""
        if self.options.warm_up:
            from followup_lint.language import warm_up

            warm_up()

    def _cache(self) -> ResultCache | None:
        """The result cache when the caller asked for it; never when fixing (files are written)."""
        if not self.options.cache or self.options.fix is not None:
            return None
        from followup_lint.cache import ResultCache

        return ResultCache(Path(self.options.cache_dir) if self.options.cache_dir is not None else None)

    def _stage(self) -> Callable[..., list[FileResult]]:
        """The per-file stage: lint, or fix and then lint what remains."""
        if self.options.fix is None:
            return lint_job
        from followup_lint.fixes import fix_job

        baseline = str(self.options.baseline) if self.options.baseline is not None else None
        return partial(fix_job, mode=self.options.fix, baseline=baseline)

    def _apply_baseline(self, outcome: Outcome, known: Any) -> Outcome:
        from followup_lint.linter import rescore_report

        r, config = outcome.result, outcome.config
        if r.report is None or config is None:
            return outcome
        kept = [f for f in r.report.findings if not known.known(r.path, r.report.label, f, r.source_text)]
        if len(kept) == len(r.report.findings):
            return outcome
        report = rescore_report(r.report, kept, self.rules_for(config), config)
        return Outcome(replace(r, report=report), config)


def _folder(loaded: LoadedConfig, cwd: Path) -> Path:
    """``loaded.folder`` with the working folder already known."""
    return loaded.path.parent if loaded.path is not None else cwd


class RunStream:
    """The outcomes of one run, in input order, produced as they are iterated (see
    :meth:`Runner.stream`).  ``summaries`` (rule code -> summary) holds every code of the
    outcomes yielded so far; ``baseline_written`` is set once the stream is exhausted."""

    def __init__(
        self,
        runner: Runner,
        slots: list[Job | FileResult],
        lookups: list[Lookup] | None,
        todo: list[Job],
        cache: ResultCache | None,
        jobs: int,
        show_progress: bool,
        known: Any,
    ) -> None:
        self.summaries: dict[str, str] = _summaries(runner)
        self.baseline_written: int | None = None
        self._runner, self._slots, self._lookups, self._todo = runner, slots, lookups, todo
        self._cache, self._jobs, self._show_progress, self._known = cache, jobs, show_progress, known

    def __iter__(self) -> Iterator[Outcome]:
        runner, options = self._runner, self._runner.options
        recorded: list[FileResult] | None = [] if options.write_baseline is not None else None
        seen_context: set[str] = set()
        for outcome in self._outcomes():
            outcome = _missing_context_once(outcome, seen_context)
            if recorded is not None:
                recorded.append(outcome.result)
            if self._known is not None:
                outcome = runner._apply_baseline(outcome, self._known)
            yield outcome
        if recorded is not None:
            from followup_lint import baseline as bl

            assert options.write_baseline is not None
            self.baseline_written = bl.write(Path(options.write_baseline), recorded)

    def _outcomes(self) -> Iterator[Outcome]:
        """Slots in order: errors as they are, stored answers read when their turn comes, the
        rest from the per-file stage (here or in workers), stored once linted."""
        runner, todo = self._runner, self._todo
        stage = runner._stage()
        if not todo:
            linted: Iterator[list[FileResult]] = iter(())
        elif len(todo) == 1 and self._jobs <= 1:
            linted = iter([stage(todo[0], runner._linter_for(todo[0].config))])
        else:
            from followup_lint.parallel import Progress, iter_jobs

            progress = Progress(len(todo), enabled=None if self._show_progress else False)
            linted = iter_jobs(todo, self._jobs, progress, run=stage)
        lookups = iter(self._lookups) if self._lookups is not None else None
        for slot in self._slots:
            if isinstance(slot, FileResult):
                yield Outcome(slot, None)
                continue
            results = next(linted) if lookups is None else self._answer(next(lookups), linted, stage)
            for r in results:
                yield Outcome(r, slot.config)

    def _answer(
        self, lookup: Lookup, linted: Iterator[list[FileResult]], stage: Callable[..., list[FileResult]]
    ) -> list[FileResult]:
        """One job's results through the cache: the stored entry, else linted and stored."""
        cache = self._cache
        assert cache is not None
        if lookup.stored:
            loaded = cache.read(lookup)
            if loaded is not None:
                results, stored = loaded
                for code, summary in stored.items():
                    self.summaries.setdefault(code, summary)
                return results
            # Stored but unreadable (truncated, corrupt, replaced mid-run): lint it here, now.
            self._runner._validate([lookup.job])
            self.summaries.update(_summaries(self._runner))
            results = stage(lookup.job, self._runner._linter_for(lookup.job.config))
        else:
            results = next(linted)
        cache.store(lookup, results, self.summaries)
        return results


def _summaries(runner: Runner) -> dict[str, str]:
    return {r.code: r.summary for rules in runner._rules.values() for r in rules}


def _missing_context_once(outcome: Outcome, seen: set[str]) -> Outcome:
    """The missing-context notice (FL906) once per run (``seen``: the messages already given):
    later drafts lacking the same context do not repeat it."""
    from followup_lint.notices import MISSING_CONTEXT

    report = outcome.result.report
    if report is None or not any(n.code == MISSING_CONTEXT for n in report.notices):
        return outcome
    keep = []
    for n in report.notices:
        if n.code == MISSING_CONTEXT:
            if n.message in seen:
                continue
            seen.add(n.message)
        keep.append(n)
    if len(keep) == len(report.notices):
        return outcome
    return Outcome(replace(outcome.result, report=report.model_copy(update={"notices": keep})), outcome.config)


class PathOptions(TypedDict, total=False):
    """The keywords ``lint_paths`` and ``fix_paths`` share: what ``followup-lint check`` takes
    as flags.  ``config``: one Config for every file instead of discovery; ``config_file``: one
    configuration file for every file; ``select`` replaces the configured selection (and its
    ignore list), ``ignore`` adds to it; ``baseline``: findings recorded there are left out."""

    config: Config | None
    config_file: str | Path | None
    select: Sequence[str]
    ignore: Sequence[str]
    purpose: str | None
    channel: str | None
    context: Context | dict[str, Any] | None
    template: bool | None
    baseline: str | Path | None


def path_run_options(fix: FixMode | None = None, **options: Unpack[PathOptions]) -> RunOptions:
    """The RunOptions of an API call on paths (``lint_paths``, ``fix_paths``)."""
    unknown = sorted(set(options) - set(PathOptions.__annotations__))
    if unknown:
        raise TypeError(f"unexpected keyword argument {unknown[0]!r}")
    return RunOptions(
        config=options.get("config"),
        config_file=options.get("config_file"),
        select=tuple(options.get("select", ())),
        ignore=tuple(options.get("ignore", ())),
        purpose=options.get("purpose"),
        channel=options.get("channel"),
        context=_context(options.get("context")),
        template=options.get("template"),
        baseline=options.get("baseline"),
        fix=fix,
    )


def lint_paths(paths: Sequence[str | Path], *, jobs: int = 1, **options: Unpack[PathOptions]) -> RunResult:
    """Lint files and folders as ``followup-lint check`` does: configuration discovery (unless
    ``config`` or ``config_file`` is given), exclusion, suppressions and an optional baseline
    (keywords: :class:`PathOptions`).  A file that cannot be read is an entry in
    ``RunResult.errors``; the others are still linted."""
    return Runner(path_run_options(**options)).run(paths, jobs=jobs)


def _context(context: Context | dict[str, Any] | None) -> Context | None:
    if context is None or isinstance(context, Context):
        return context
    from followup_lint.context import context_from_mapping

    return context_from_mapping(context)

"""The ``followup-lint`` command: argument parsing and exit codes only.

Exit codes: 0 nothing at or above the failing level, 1 findings at or above it (or a score under
``--fail-under``), 2 a usage, configuration or input error.  2 wins over 1.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import io
import os
import re
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from followup_lint import __version__
from followup_lint.config import FAIL_ON_VALUES
from followup_lint.context import MAX_YEAR, MIN_YEAR, Context, sources
from followup_lint.errors import FollowupLintError
from followup_lint.notices import GRAMMAR_UNAVAILABLE
from followup_lint.rulepack import CHANNELS, PURPOSES

if TYPE_CHECKING:
    from followup_lint.formats.base import FixOutcome
    from followup_lint.runner import Outcome, Runner, RunOptions, RunResult

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: what a shell reports when a closed pipe ends a program
EXIT_POLICY = """\
exit status (docs/ci.md has the same table):
  2  a usage, configuration or input error, a failed check (FL909), or a required grammar
     backend unavailable; 2 wins over 1
  1  --fail-on LEVEL: a finding at or above LEVEL (default warning; never: findings never fail)
     --fail-under N: a draft scoring below N; given alone, the score decides, not findings
     both given: either one fails the run
     --diff: a file would change
  0  otherwise, and always with --exit-zero or --write-baseline (unless 2)
  141  the reader of the output closed it early (`| head`): the run stops quietly
  Flags beat the configuration's fail_on/fail_under; --exit-zero together with --fail-on or
  --fail-under on the command line is a usage error."""
STDIN = "-"
FORMAT_NAMES = ("auto", "text", "json", "sarif", "github", "junit")


def _score(value: str) -> float:
    try:
        score = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0 <= score <= 100:
        raise argparse.ArgumentTypeError(f"a score is between 0 and 100, not {value}")
    return score


def _plausible(flag: str, when: date) -> date:
    if not MIN_YEAR <= when.year <= MAX_YEAR:
        raise FollowupLintError(f"{flag}: the year {when.year} is outside {MIN_YEAR}-{MAX_YEAR}")
    return when


def _yes_no(value: str) -> bool:
    answer = value.strip().lower()
    if answer in ("yes", "true", "1", "y"):
        return True
    if answer in ("no", "false", "0", "n"):
        return False
    raise argparse.ArgumentTypeError(f"expected yes or no, not {value!r}")


DATE_KINDS = ("when", "day", "days")  # read after parsing: relative dates count from --date


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of processes: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError("--jobs must be 0 (one per CPU) or more")
    return n


def _flag(group: argparse._ActionsContainer, name: str, help: str) -> None:
    """An on/off switch: off unless given."""
    group.add_argument(name, action="store_true", help=help)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="followup-lint",
        description="Check job-interview follow-up drafts against sound career guidance.",
    )
    parser.add_argument("--version", action="version", version=f"followup-lint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser(
        "check",
        help="lint drafts (files, folders, or - for standard input)",
        epilog=EXIT_POLICY,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    check.add_argument("paths", nargs="+", metavar="PATH", help="draft files or folders; - reads standard input")
    check.add_argument(
        "--format",
        choices=FORMAT_NAMES,
        default="auto",
        help="output format (auto: text, or github inside GitHub Actions)",
    )
    check.add_argument("--output-file", metavar="FILE", help="write the report here instead of standard output")
    _flag(check, "--no-excerpts", "leave quotations of the drafts out of the output (for uploaded reports)")
    _flag(
        check,
        "--statistics",
        "instead of each finding, print how often each rule fired (text), e.g. over a folder of templates",
    )
    check.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    check.add_argument("--purpose", choices=PURPOSES, help="what the drafts are (default: inferred)")
    check.add_argument("--channel", choices=CHANNELS, help="how they are sent (default: inferred)")
    check.add_argument(
        "--template",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="treat drafts as templates (placeholders are slots, not defects); --no-template: as finished "
        "messages, even Jinja files and files whose front matter says template: true (default: per file)",
    )
    check.add_argument(
        "--fail-under",
        type=_score,
        metavar="SCORE",
        help="exit 1 when a score is below SCORE (0-100); alone, the score decides and findings do not",
    )
    _flag(
        check,
        "--exit-zero",
        "exit 0 whatever the findings and scores (input errors still exit 2); not with --fail-on/--fail-under",
    )
    check.add_argument(
        "--fail-on",
        choices=FAIL_ON_VALUES,
        help="lowest severity that makes the run fail, or never (default: warning; never when only --fail-under is set)",
    )
    check.add_argument(
        "--select", action="append", metavar="CODES", help="only these codes or prefixes (comma-separated)"
    )
    check.add_argument(
        "--ignore", action="append", metavar="CODES", help="skip these codes or prefixes (comma-separated)"
    )
    _flag(check, "--require-grammar", "exit 2 when a configured grammar backend (LanguageTool) is unavailable")
    check.add_argument(
        "--languagetool-url",
        metavar="URL",
        help="a LanguageTool server to use as well as Harper (a public one receives your drafts)",
    )
    check.add_argument(
        "--stdin-filename", metavar="NAME", help="name for standard input; its extension picks the reader"
    )
    check.add_argument(
        "--config",
        metavar="FILE",
        help="use this configuration file for every draft (default: the nearest "
        ".followup-lint.toml or pyproject.toml [tool.followup-lint] above each draft)",
    )
    check.add_argument("--baseline", metavar="FILE", help="report only findings not recorded in FILE")
    check.add_argument(
        "--write-baseline",
        metavar="FILE",
        help="record every current finding in FILE (JSON) and exit 0 unless an input failed",
    )
    fixing = check.add_argument_group("fixes (see docs/fixes.md)")
    _flag(
        fixing,
        "--fix",
        "apply the safe fixes to the files (from -: print the fixed draft, the report to standard error)",
    )
    _flag(
        fixing,
        "--unsafe-fixes",
        "with --fix or --diff, apply the unsafe fixes too (they change your words: review them)",
    )
    _flag(
        fixing,
        "--diff",
        "print what --fix would change as a unified diff and write nothing; exit 1 when it would change something",
    )
    check.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=None,
        metavar="N",
        help="lint files in N worker processes (default: every core when there are enough files; 0: one per core; "
        "1: in this process; at most one per core); output is the same at every count",
    )
    caching = check.add_argument_group("result cache (see docs/performance.md)")
    _flag(
        caching,
        "--no-cache",
        "lint every file again; neither read nor write the result cache (or set FOLLOWUP_LINT_NO_CACHE=1)",
    )
    caching.add_argument(
        "--cache-dir",
        metavar="DIR",
        help="keep the result cache in DIR (default: .followup-lint-cache beside the configuration that applies)",
    )
    _flag(
        check,
        "--force-exclude",
        "skip files the configuration excludes even when named on the command line (pre-commit passes names)",
    )
    _flag(check, "--force-jobs", "allow --jobs above the number of cores (each worker costs memory)")
    ctx = check.add_argument_group(
        "context (what the drafts cannot say themselves)",
        "Dates: ISO (2026-03-03, 2026-03-03 14:00) or as people write them (yesterday, last Tue, "
        "3 March); relative dates count back from --date, else now.",
    )
    ctx.add_argument(
        "--date-order",
        choices=("DMY", "MDY"),
        type=str.upper,
        help="read numeric dates such as 03/04/2026 day first (DMY) or month first (MDY); without it they are refused",
    )
    for name, source in sources().items():
        ctx.add_argument(
            source.flag,
            dest=f"ctx_{name}",
            type=_yes_no if source.kind == "yes-no" else str,
            action="append" if source.kind in ("names", "days") else "store",
            metavar=source.metavar,
            help=(Context.model_fields[name].description or "")
            + (" (repeatable)" if source.kind in ("names", "days") else ""),
        )

    conf = sub.add_parser("config", help="show the effective configuration for a file or folder, and its sources")
    conf.add_argument("path", nargs="?", default=".", metavar="PATH", help="a draft or folder (default: .)")
    conf.add_argument("--config", metavar="FILE", help="use this configuration file instead of discovery")
    conf.add_argument("--format", choices=("toml", "json"), default="toml")

    clean = sub.add_parser("clean", help="remove the result cache that applies to a folder")
    clean.add_argument("path", nargs="?", default=".", metavar="PATH", help="a draft or folder (default: .)")
    clean.add_argument("--config", metavar="FILE", help="the configuration file whose cache to remove")
    clean.add_argument("--cache-dir", metavar="DIR", help="remove this cache folder instead")

    sub.add_parser("rules", help="list the rules")
    explain = sub.add_parser("explain", help="explain one rule or notice: what, why, examples, fix")
    explain.add_argument("code", metavar="CODE")
    sub.add_parser("server", help="run the language server for editors (LSP on standard input/output)")
    return parser


def _codes(values: list[str] | None) -> list[str]:
    return [c.strip().upper() for v in values or [] for c in v.split(",") if c.strip()]


def _context(args: argparse.Namespace) -> Context | None:
    """The context flags, dates read as people write them: the send date first (relative words
    count from it), and each date that was not ISO said back on standard error."""
    given: dict[str, object] = {}
    fields = sources()
    order = ["sent_at", *(n for n in fields if n != "sent_at")]
    base: datetime | None = None
    for name in order:
        source, raw = fields[name], getattr(args, f"ctx_{name}", None)
        if raw is None:
            continue
        if source.kind in DATE_KINDS:
            values = (
                [_read_date(source.flag, v, source.kind, base, args.date_order) for v in raw]
                if isinstance(raw, list)
                else _read_date(source.flag, raw, source.kind, base, args.date_order)
            )
            if name == "sent_at" and isinstance(values, date):
                base = values if isinstance(values, datetime) else datetime.combine(values, datetime.min.time())
            given[name] = values
        else:
            given[name] = raw
    return Context.model_validate(given) if given else None


def _read_date(flag: str, raw: str, kind: str, base: datetime | None, order: str | None) -> date:
    from followup_lint.dates import DateError, describe, parse_human_date

    try:
        when = parse_human_date(raw, base=base, order=order)  # type: ignore[arg-type]
    except DateError as exc:
        raise FollowupLintError(f"{flag}: {exc}") from None
    if kind != "when" and isinstance(when, datetime):
        when = when.date()
    _plausible(flag, when)
    if not _ISO.fullmatch(raw.strip()):
        print(f"followup-lint: {flag} {raw!r} read as {describe(when)}", file=sys.stderr)
    return when


_ISO = re.compile(r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?)?")


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "check" and args.exit_zero and (args.fail_on is not None or args.fail_under is not None):
        parser.error("--exit-zero cannot be combined with --fail-on or --fail-under (they ask for opposite things)")
    try:
        if args.command == "check":
            return _check(args)
        if args.command == "clean":
            return _clean(args)
        if args.command == "config":
            return _show_config(args)
        if args.command == "rules":
            return _rules()
        if args.command == "explain":
            return _explain(args.code)
        if args.command == "server":
            from followup_lint.server import serve  # imports pygls; nothing else does

            return serve()
        parser.print_help()
        return EXIT_ERROR
    except FollowupLintError as exc:
        print(f"followup-lint: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130


def _options(args: argparse.Namespace) -> RunOptions:
    from followup_lint.runner import RunOptions

    fix = None
    if args.fix or args.diff:
        from followup_lint.fixes import FixMode

        fix = FixMode(unsafe=args.unsafe_fixes, write=not args.diff)
    return RunOptions(
        config_file=args.config,
        select=tuple(_codes(args.select)),
        ignore=tuple(_codes(args.ignore)),
        fail_on=args.fail_on,
        fail_under=args.fail_under,
        languagetool_url=args.languagetool_url,
        template=args.template,
        purpose=args.purpose,
        channel=args.channel,
        context=_context(args),
        stdin_filename=args.stdin_filename,
        baseline=args.baseline,
        write_baseline=args.write_baseline,
        output_file=args.output_file,
        force_exclude=args.force_exclude,
        fix=fix,
        cache=not args.no_cache and os.environ.get("FOLLOWUP_LINT_NO_CACHE", "") in ("", "0"),
        cache_dir=args.cache_dir or os.environ.get("FOLLOWUP_LINT_CACHE_DIR") or None,
        warm_up=True,
    )


def _check(args: argparse.Namespace) -> int:
    from followup_lint.formats import STREAMED
    from followup_lint.runner import Runner

    workers = None
    if args.jobs is not None:
        from followup_lint.parallel import worker_count

        workers = worker_count(args.jobs, args.force_jobs)
    if args.jobs is not None and workers is not None and args.jobs > workers:
        print(
            f"followup-lint: --jobs {args.jobs} capped at {workers}, the cores available (--force-jobs to insist)",
            file=sys.stderr,
        )
    runner = Runner(_options(args))
    name = args.format
    if name == "auto":
        name = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    if name in STREAMED and not (args.fix or args.diff or args.statistics or args.write_baseline):
        return _check_streamed(args, runner, name, workers)
    paths: list[str] = args.paths
    result = runner.run(paths, jobs=workers, show_progress=True)
    for remark in result.remarks:
        print(f"followup-lint: {remark}", file=sys.stderr)
    if args.diff:
        return _diff(result)
    fixed_stdin = args.fix and STDIN in paths
    if args.fix:
        _fix_summary(result)
    to_file = args.output_file is not None
    if name != "text" or to_file:  # text on standard output already shows each error once
        for error in result.errors:
            print(f"followup-lint: error: {error}", file=sys.stderr)
    if result.baseline_written is not None:
        print(
            f"followup-lint: wrote {result.baseline_written} finding(s) to the baseline {args.write_baseline}",
            file=sys.stderr,
        )
    verdict = Verdict(args)
    for outcome in result.outcomes:
        verdict.add(outcome)
    if args.statistics:
        output = statistics(result)
        _write_output(args, output, fixed_stdin=False)
        return verdict.exit_code()
    from followup_lint.formats import write

    output = write(
        name,
        result.results,
        excerpts=not args.no_excerpts,
        color=_color(args),
        summaries=result.summaries,
        unsafe_fixes=args.unsafe_fixes,
    )
    _write_output(args, output, fixed_stdin=fixed_stdin)
    if fixed_stdin:
        _write_fixed_stdin(result)
    return verdict.exit_code()


def _color(args: argparse.Namespace) -> bool:
    return args.color == "always" or (
        args.color == "auto" and args.output_file is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    )


def _write_output(args: argparse.Namespace, output: str, *, fixed_stdin: bool) -> None:
    from followup_lint.writes import write_atomic

    if args.output_file is not None:
        write_atomic(args.output_file, output, "--output-file")
    elif fixed_stdin:  # standard output holds the fixed draft; the report goes to standard error
        sys.stderr.write(output)
    else:
        sys.stdout.write(output)


def _check_streamed(args: argparse.Namespace, runner: Runner, name: str, workers: int | None) -> int:
    """Each file's output as soon as it and every file before it are done, in input order, to
    standard output or (through a temporary file renamed at the end) ``--output-file``; no
    result is held once written.  The same bytes as writing them all at the end."""
    from followup_lint.formats import stream
    from followup_lint.writes import AtomicFile

    to_file = args.output_file is not None
    # A progress bar on the terminal would cut into output written to the same terminal.
    show_progress = to_file or not sys.stdout.isatty()
    run = runner.stream(args.paths, jobs=workers, show_progress=show_progress)
    for remark in runner.remarks:
        print(f"followup-lint: {remark}", file=sys.stderr)
    writer = stream(
        name, excerpts=not args.no_excerpts, color=_color(args), summaries=run.summaries, unsafe_fixes=args.unsafe_fixes
    )
    verdict = Verdict(args)
    with AtomicFile(args.output_file, "--output-file") if to_file else _Stdout() as out:
        for outcome in run:
            verdict.add(outcome)
            if (name != "text" or to_file) and outcome.result.error is not None:
                print(f"followup-lint: error: {outcome.result.error}", file=sys.stderr)
            out.write(writer.add(outcome.result))
        out.write(writer.finish())
    return verdict.exit_code()


class _Stdout:
    """Standard output as a context manager (an ``AtomicFile``'s stand-in)."""

    def __enter__(self) -> _Stdout:
        return self

    def __exit__(self, *exc: object) -> None:
        sys.stdout.flush()

    def write(self, text: str) -> None:
        if text:
            sys.stdout.write(text)


class Verdict:
    """The exit code, worked out one outcome at a time (so a streamed run holds no result)."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.error = self.crashed = self.grammar_missing = self.failing = False
        self.require_grammar = bool(args.require_grammar)
        self.below: list[str] = []  # the --fail-under lines, in input order

    def add(self, outcome: Outcome) -> None:
        from followup_lint.notices import FAILS_RUN

        report, cfg = outcome.result.report, outcome.config
        self.error = self.error or outcome.result.error is not None
        if cfg is not None:
            self.require_grammar = self.require_grammar or cfg.language.require_grammar
        if report is not None:
            self.crashed = self.crashed or any(n.code in FAILS_RUN for n in report.notices)
            self.grammar_missing = self.grammar_missing or any(n.code == GRAMMAR_UNAVAILABLE for n in report.notices)
        if not outcome.fails():
            return
        self.failing = True
        assert report is not None and cfg is not None
        if cfg.fail_under is not None and report.score is not None and report.score < cfg.fail_under:
            label = f" [{report.label}]" if report.label else ""
            self.below.append(
                f"followup-lint: {outcome.result.path}{label}: score {report.score:g} is below --fail-under "
                f"{cfg.fail_under:g}"
            )

    def exit_code(self) -> int:
        if self.error:
            return EXIT_ERROR
        if self.crashed:
            print(
                "followup-lint: error: a check failed on a draft (notice FL909); its findings are missing",
                file=sys.stderr,
            )
            return EXIT_ERROR
        if self.require_grammar and self.grammar_missing:
            print(
                "followup-lint: error: a grammar backend was required but unavailable (see the notices)",
                file=sys.stderr,
            )
            return EXIT_ERROR
        if self.args.exit_zero or self.args.write_baseline:
            return EXIT_OK
        for line in self.below:
            print(line, file=sys.stderr)
        return EXIT_FINDINGS if self.failing else EXIT_OK


def statistics(result: RunResult) -> str:
    """``--statistics``: one line per rule, most frequent first (as Ruff prints them), then totals."""
    counts: dict[tuple[str, str, str], int] = {}
    fixable: dict[str, int] = {}
    drafts: dict[tuple[str, str, str], set[str]] = {}
    for r in result.results:
        if r.report is None:
            continue
        for f in r.report.findings:
            key = (f.code, f.name, f.severity.value)
            counts[key] = counts.get(key, 0) + 1
            drafts.setdefault(key, set()).add(r.path)
            if any(s.safe for s in f.suggestions):
                fixable[f.code] = fixable.get(f.code, 0) + 1
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0][0]))
    width = max((len(str(n)) for _, n in rows), default=1)
    lines = []
    for (code, name, sev), n in rows:
        # A rule that fires at two severities gets a row each, each counting its own drafts.
        in_drafts = len(drafts[code, name, sev])
        lines.append(
            f"{n:>{width}}  {code}  {'[*]' if fixable.get(code) else '   '} {name:<28} {sev:<7} "
            f"in {in_drafts} draft{'s' if in_drafts != 1 else ''}"
        )
    total = sum(counts.values())
    n_drafts = len(result.reports)
    lines.append(
        f"{total} finding{'s' if total != 1 else ''} in {n_drafts} draft{'s' if n_drafts != 1 else ''}"
        + (f"; [*] {sum(fixable.values())} fixable with --fix" if fixable else "")
    )
    return "\n".join(lines) + "\n"


def _fix_outcomes(result: RunResult) -> list[tuple[str, FixOutcome]]:
    return [(r.path, r.fix) for r in result.results if r.fix is not None]


def _diff(result: RunResult) -> int:
    """``--diff``: the diffs on standard output, a count on standard error; exit 1 when a file
    would change (2 when a file could not be read)."""
    for error in result.errors:
        print(f"followup-lint: error: {error}", file=sys.stderr)
    outcomes = _fix_outcomes(result)
    changed = [(path, o) for path, o in outcomes if o.diff]
    sys.stdout.write("".join(o.diff for _, o in changed))
    fixes = sum(len(o.applied) for _, o in changed)
    _withheld(outcomes)
    print(
        f"followup-lint: would fix {fixes} finding{'s' if fixes != 1 else ''} in {len(changed)} "
        f"file{'s' if len(changed) != 1 else ''}",
        file=sys.stderr,
    )
    if result.errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if changed else EXIT_OK


def _fix_summary(result: RunResult) -> None:
    outcomes = _fix_outcomes(result)
    fixes = sum(len(o.applied) for _, o in outcomes)
    files = sum(1 for _, o in outcomes if o.applied)
    _withheld(outcomes)
    print(
        f"followup-lint: fixed {fixes} finding{'s' if fixes != 1 else ''} in {files} file{'s' if files != 1 else ''}",
        file=sys.stderr,
    )


def _withheld(outcomes: list[tuple[str, FixOutcome]]) -> None:
    for path, o in outcomes:
        for code, reason in dict.fromkeys(o.withheld):
            print(f"followup-lint: {path}: {code} not fixed: {reason}", file=sys.stderr)


def _write_fixed_stdin(result: RunResult) -> None:
    """The draft read from standard input, fixed (as read when nothing was fixed).  With
    ``--fix`` only standard input's outcome carries its content: files are written in place."""
    for r in result.results:
        if r.fix is not None and r.fix.fixed is not None:
            sys.stdout.flush()
            sys.stdout.buffer.write(r.fix.fixed)
            sys.stdout.buffer.flush()
            return


def _clean(args: argparse.Namespace) -> int:
    from followup_lint.cache import CACHE_DIR_NAME, clean, is_cache_folder
    from followup_lint.config import ConfigResolver

    if args.cache_dir is not None:
        folder = Path(args.cache_dir)
    else:
        path = Path(args.path)
        if not path.exists():
            raise FollowupLintError("no such file or folder", path)
        folder = ConfigResolver(args.config).loaded_for(path).folder / CACHE_DIR_NAME
    if folder.is_dir() and not is_cache_folder(folder):
        raise FollowupLintError("is not a followup-lint cache (no CACHEDIR.TAG of ours); left alone", folder)
    removed = clean(folder)
    print(f"followup-lint: {'removed' if removed else 'no cache at'} {folder}", file=sys.stderr)
    return EXIT_OK


def _show_config(args: argparse.Namespace) -> int:
    from followup_lint.config import ConfigResolver, effective, render_effective

    resolver = ConfigResolver(args.config)
    path = Path(args.path)
    if not path.exists():
        raise FollowupLintError("no such file or folder", path)
    eff = effective(resolver.loaded_for(path), path if path.is_file() else None)
    sys.stdout.write(render_effective(eff, args.path, args.format))
    return EXIT_OK


def _rules() -> int:
    from followup_lint.rulepack import load_rules

    for rule in load_rules():
        scope = ",".join(rule.purposes) if len(rule.purposes) < len(PURPOSES) else "all purposes"
        chan = ",".join(rule.channels) if len(rule.channels) < len(CHANNELS) else "all channels"
        off = "; off by default" if not rule.default_enabled else ""
        print(f"{rule.code}  {rule.name:<28} {rule.severity.value:<8} {rule.summary}  [{scope}; {chan}{off}]")
    return EXIT_OK


def _explain(code: str) -> int:
    from followup_lint.explain import explain

    print(explain(code.strip()))
    return EXIT_OK


def run() -> None:
    """The ``followup-lint`` program: :func:`main`, then a quick exit.

    Once a run has linted, the process holds spaCy, Harper's dictionary and some 670,000 Python
    objects; letting the interpreter free them one by one costs 0.1-0.15 s at the end of every
    run, after the output is complete.  So once everything is written and flushed and the exit
    handlers have run (a pool's workers joined, coverage's data saved), the process ends without
    that tear-down.  :func:`main` itself returns, for callers in the same process.

    What the output goes to can fail, and none of it ends in a traceback:

    - the reader goes away (``followup-lint check . | head -1``): the run stops quietly with
      status 141, as a shell reports a program a closed pipe ended;
    - the output cannot be written (a full disk, ``> /dev/full``, standard output closed with
      ``>&-`` while the report goes there): one line on standard error, status 2;
    - standard error closed (``2>&-``): messages are dropped, the status is the run's.
    """
    import atexit

    _stand_in_for_closed_streams()
    try:
        code = main()
    except BrokenPipeError:
        _end_on_closed_pipe(run_exit_handlers=True)
    except OSError as exc:
        _end_on_write_failure(exc, run_exit_handlers=True)
    for run_exit_handlers in (True, False):
        try:
            _flush_output()
        except BrokenPipeError:
            _end_on_closed_pipe(run_exit_handlers=run_exit_handlers)
        except OSError as exc:
            _end_on_write_failure(exc, run_exit_handlers=run_exit_handlers)
        except ValueError:  # a stream the program closed itself: the ordinary exit reports it
            raise SystemExit(code) from None
        if run_exit_handlers:
            atexit._run_exitfuncs()
    os._exit(code)


class _ClosedOutput(io.TextIOBase):
    """Standard output that the shell closed (``>&-``): writing to it is an error, not a crash."""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")


def _stand_in_for_closed_streams() -> None:
    """Python sets a stream the shell closed to ``None``; every ``print`` would then crash."""
    if sys.stdout is None:
        sys.stdout = _ClosedOutput()
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (lives until exit)


def _flush_output() -> None:
    sys.stdout.flush()
    sys.stderr.flush()


def _end_on_closed_pipe(*, run_exit_handlers: bool) -> NoReturn:
    import atexit

    _stop_writing_to_closed_pipe()
    if run_exit_handlers:
        atexit._run_exitfuncs()
    os._exit(EXIT_BROKEN_PIPE)


def _end_on_write_failure(exc: OSError, *, run_exit_handlers: bool) -> NoReturn:
    """One line naming what failed; the unwritten rest of the output is dropped, not retried."""
    import atexit

    _discard_unwritten_output()
    try:
        sys.stderr.write(f"followup-lint: error: cannot write the output: {exc.strerror or exc}\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass
    if run_exit_handlers:
        atexit._run_exitfuncs()
    os._exit(EXIT_ERROR)


def _discard_unwritten_output() -> None:
    """Point standard output at the null device so its buffer's last flush cannot fail again."""
    try:
        fd = sys.stdout.fileno()
    except (OSError, ValueError, io.UnsupportedOperation):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)
    with contextlib.suppress(OSError, ValueError):
        sys.stdout.flush()


def _stop_writing_to_closed_pipe() -> None:
    """Point standard output (and error, if it is the closed pipe too) at the null device.

    Python flushes both streams once more on its way out; a flush into the closed pipe would
    print the very traceback the caller is avoiding.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    for stream in (sys.stdout, sys.stderr):
        try:
            fd = stream.fileno()
        except (OSError, ValueError):
            continue
        try:
            stream.flush()
        except (OSError, ValueError):
            os.dup2(devnull, fd)
    os.close(devnull)


if __name__ == "__main__":  # pragma: no cover
    run()

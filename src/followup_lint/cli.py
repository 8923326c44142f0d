"""The ``followup-lint`` command: argument parsing and exit codes only.

Exit codes: 0 nothing at or above the failing level, 1 findings at or above it (or a score under
``--fail-under``), 2 a usage, configuration or input error.  2 wins over 1.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from followup_lint import __version__
from followup_lint.config import Config
from followup_lint.context import Context
from followup_lint.errors import FollowupLintError
from followup_lint.report import Report, Severity
from followup_lint.rulepack import CHANNELS, PURPOSES

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FORMAT_NAMES = ("auto", "text", "json", "sarif", "github", "junit")


def _when(value: str) -> datetime | date:
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        return datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date or date-time: {value!r} (e.g. 2026-03-02 or 2026-03-02T14:30)")


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date: {value!r} (e.g. 2026-03-02)")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="followup-lint",
        description="Check job-interview follow-up drafts against sound career guidance.",
    )
    parser.add_argument("--version", action="version", version=f"followup-lint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser("check", help="lint drafts (files, folders, or - for standard input)")
    check.add_argument("paths", nargs="+", metavar="PATH", help="draft files or folders; - reads standard input")
    check.add_argument("--format", choices=FORMAT_NAMES, default="auto",
                       help="output format (auto: text, or github inside GitHub Actions)")
    check.add_argument("--output-file", metavar="FILE", help="write the report here instead of standard output")
    check.add_argument("--no-excerpts", action="store_true",
                       help="leave quotations of the drafts out of the output (for uploaded reports)")
    check.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    check.add_argument("--purpose", choices=PURPOSES, help="what the drafts are (default: inferred)")
    check.add_argument("--channel", choices=CHANNELS, help="how they are sent (default: inferred)")
    check.add_argument("--template", action="store_true", default=None,
                       help="treat drafts as templates: placeholders are slots, not defects")
    check.add_argument("--fail-under", type=float, metavar="SCORE", help="exit 1 when a score is below SCORE")
    check.add_argument("--exit-zero", action="store_true",
                       help="exit 0 even when drafts have findings (input errors still exit 2)")
    check.add_argument("--fail-on", choices=[s.value for s in Severity],
                       help="lowest severity that makes the run fail (default: warning)")
    check.add_argument("--select", action="append", metavar="CODES", help="only these codes or prefixes (comma-separated)")
    check.add_argument("--ignore", action="append", metavar="CODES", help="skip these codes or prefixes (comma-separated)")
    check.add_argument("--require-grammar", action="store_true",
                       help="exit 2 when a configured grammar backend (LanguageTool) is unavailable")
    check.add_argument("--languagetool-url", metavar="URL",
                       help="a LanguageTool server to use as well as Harper (a public one receives your drafts)")
    check.add_argument("--stdin-filename", metavar="NAME", help="name for standard input; its extension picks the reader")
    ctx = check.add_argument_group("context (what the drafts cannot say themselves)")
    ctx.add_argument("--date", type=_when, metavar="WHEN", help="when the draft is sent (default: its Date: header, else now)")
    ctx.add_argument("--interview-date", type=_when, metavar="WHEN", help="when the interview took place")
    ctx.add_argument("--decision-date", type=_day, metavar="DAY", help="when the employer said it would decide")
    ctx.add_argument("--previous-follow-up", type=_day, action="append", metavar="DAY",
                     help="date of an earlier follow-up for this application (repeatable)")
    ctx.add_argument("--company", help="the employer's name")
    ctx.add_argument("--role", help="the role applied for")
    ctx.add_argument("--interviewer", action="append", metavar="NAME", help="an interviewer's name (repeatable)")
    ctx.add_argument("--sender-name", metavar="NAME", help="your name")

    sub.add_parser("rules", help="list the rules")
    explain = sub.add_parser("explain", help="explain one rule: what, why, examples, fix")
    explain.add_argument("code", metavar="CODE")
    return parser


def _codes(values: list[str] | None) -> list[str]:
    return [c.strip().upper() for v in values or [] for c in v.split(",") if c.strip()]


def _context(args: argparse.Namespace) -> Context | None:
    data = {
        "sent_at": args.date, "interview_date": args.interview_date, "decision_date": args.decision_date,
        "previous_follow_ups": args.previous_follow_up, "company": args.company, "role": args.role,
        "interviewers": args.interviewer, "sender_name": args.sender_name,
    }
    given = {k: v for k, v in data.items() if v is not None}
    return Context.model_validate(given) if given else None


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            return _check(args)
        if args.command == "rules":
            return _rules()
        if args.command == "explain":
            return _explain(args.code)
        parser.print_help()
        return EXIT_ERROR
    except FollowupLintError as exc:
        print(f"followup-lint: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130


def _check(args: argparse.Namespace) -> int:
    from followup_lint.formats import FileResult, write
    from followup_lint.linter import Linter
    from followup_lint.inputs import iter_inputs

    config = Config(
        select=_codes(args.select), ignore=_codes(args.ignore),
        fail_on=Severity(args.fail_on) if args.fail_on else Severity.WARNING,
        fail_under=args.fail_under,
    )
    if args.languagetool_url:
        config.language.languagetool_url = args.languagetool_url
    require_grammar = args.require_grammar or config.language.require_grammar
    linter = Linter(config)
    context = _context(args)
    results: list[FileResult] = []
    failed_input = False
    for display, drafts, source_text, error in iter_inputs(
        args.paths, stdin_filename=args.stdin_filename, template=args.template
    ):
        if error is not None:
            failed_input = True
            print(f"followup-lint: error: {error}", file=sys.stderr)
            results.append(FileResult(path=display, report=None, error=error, source_text=None))
            continue
        for draft in drafts:
            report = linter.lint_draft(draft, purpose=args.purpose, channel=args.channel, context=context)
            results.append(FileResult(path=display, report=report, source_text=source_text))
    name = args.format
    if name == "auto":
        name = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    to_file = args.output_file is not None
    color = args.color == "always" or (args.color == "auto" and not to_file and sys.stdout.isatty()
                                       and "NO_COLOR" not in os.environ)
    output = write(name, results, excerpts=not args.no_excerpts, color=color)
    if to_file:
        Path(args.output_file).write_text(output, encoding="utf-8")
    else:
        sys.stdout.write(output)
    if failed_input:
        return EXIT_ERROR
    if require_grammar and any(n.code == "FL905" for r in results if r.report for n in r.report.notices):
        print("followup-lint: error: a grammar backend was required but unavailable (see the notices)",
              file=sys.stderr)
        return EXIT_ERROR
    reports = [r.report for r in results if r.report is not None]
    if args.exit_zero:
        return EXIT_OK
    return EXIT_FINDINGS if _fails(reports, config) else EXIT_OK


def _fails(reports: list[Report], config: Config) -> bool:
    for report in reports:
        if any(f.severity.rank >= config.fail_on.rank for f in report.findings):
            return True
        if config.fail_under is not None and report.score is not None and report.score < config.fail_under:
            return True
    return False


def _rules() -> int:
    from followup_lint.rulepack import load_rules

    for rule in load_rules():
        scope = ",".join(rule.purposes) if len(rule.purposes) < len(PURPOSES) else "all purposes"
        chan = ",".join(rule.channels) if len(rule.channels) < len(CHANNELS) else "all channels"
        print(f"{rule.code}  {rule.name:<28} {rule.severity.value:<8} {rule.summary}  [{scope}; {chan}]")
    return EXIT_OK


def _explain(code: str) -> int:
    from followup_lint.explain import explain

    print(explain(code.upper()))
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

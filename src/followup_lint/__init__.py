"""followup_lint: check a job-interview follow-up draft against sound career guidance.

>>> import followup_lint
>>> report = followup_lint.lint("Subject: Thanks\\n\\nHi Ana,\\nThank you!\\nBest,\\nLee")
>>> report.score is not None
True
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from followup_lint._version import __version__
from followup_lint.errors import FollowupLintError

if TYPE_CHECKING:
    from typing import Unpack

    from followup_lint.config import Config
    from followup_lint.context import Context
    from followup_lint.draft import Draft, parse_draft
    from followup_lint.fixes import FixResult
    from followup_lint.linter import Linter
    from followup_lint.report import SCHEMA_VERSION, Edit, Finding, Notice, Report, Severity, Suggestion
    from followup_lint.runner import PathOptions, RunResult, lint_paths


def __dir__() -> list[str]:
    """The public API only (not the helpers this module imports)."""
    return sorted(__all__)


#: Where each public name lives, imported on first use: the engine imports spaCy (~0.8 s), and
#: the CLI's start-up (a run answered from the cache) imports only the modules it uses.
_LAZY = {
    "Config": "config",
    "Context": "context",
    "Draft": "draft",
    "parse_draft": "draft",
    "FixResult": "fixes",
    **dict.fromkeys(("SCHEMA_VERSION", "Edit", "Finding", "Notice", "Report", "Severity", "Suggestion"), "report"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(f"followup_lint.{_LAZY[name]}"), name)
        globals()[name] = value  # found directly from now on
        return value
    if name == "Linter":
        from followup_lint.linter import Linter

        return Linter
    if name in ("lint_paths", "RunResult"):
        from followup_lint import runner

        return getattr(runner, name)
    raise AttributeError(f"module 'followup_lint' has no attribute {name!r}")


__all__ = [
    "SCHEMA_VERSION",
    "Config",
    "Context",
    "Draft",
    "Edit",
    "Finding",
    "FixResult",
    "FollowupLintError",
    "Linter",
    "Notice",
    "Report",
    "RunResult",
    "Severity",
    "Suggestion",
    "__version__",
    "fix",
    "fix_file",
    "fix_paths",
    "lint",
    "lint_file",
    "lint_paths",
    "parse_draft",
]

_default: dict[int, Linter] = {}


def _linter(config: Config | None) -> Linter:
    from followup_lint.linter import Linter

    if config is not None:
        return Linter(config)
    if 0 not in _default:
        _default[0] = Linter()
    return _default[0]


def lint(
    text: str,
    *,
    purpose: str | None = None,
    channel: str | None = None,
    context: Context | dict[str, Any] | None = None,
    config: Config | None = None,
    template: bool = False,
) -> Report:
    """Lint one draft.  For many drafts build one ``Linter`` and reuse it (loading takes ~1 s)."""
    return _linter(config).lint(text, purpose=purpose, channel=channel, context=context, template=template)


def lint_file(
    path: str | Path,
    *,
    config: Config | None = None,
    purpose: str | None = None,
    channel: str | None = None,
    context: Context | dict[str, Any] | None = None,
    template: bool | None = None,
) -> list[Report]:
    """Lint every draft in a file: one Report per draft (a multi-template document has several).

    Without ``config`` the nearest configuration file applies, as on the command line.  Bad
    input raises FollowupLintError.
    """
    from followup_lint.runner import Runner, RunOptions, lint_job
    from followup_lint.runner import _context as as_context

    options = RunOptions(
        config=config, purpose=purpose, channel=channel, context=as_context(context), template=template
    )
    runner = Runner(options)
    job = runner.job(Path(path))
    runner.rules_for(job.config, runner.loaded_for(job.path).path)
    results = lint_job(job)
    for r in results:
        if r.error is not None:
            raise FollowupLintError(r.error)
    return [r.report for r in results if r.report is not None]


def fix(
    text: str,
    *,
    unsafe: bool = False,
    purpose: str | None = None,
    channel: str | None = None,
    context: Context | dict[str, Any] | None = None,
    config: Config | None = None,
    template: bool = False,
) -> FixResult:
    """Apply the safe fixes (with ``unsafe``, every fix) to a draft given as text.

    ``result.text`` is the fixed draft, ``result.applied`` the findings fixed and
    ``result.report`` the report of the fixed draft (what remains).  See docs/fixes.md.
    """
    from followup_lint.draft import parse_draft
    from followup_lint.fixes import fix_source

    if not isinstance(text, str):
        raise FollowupLintError(f"the draft must be text (str), not {type(text).__name__}")
    linter = _linter(config)
    return fix_source(
        text,  # offsets count a leading BOM, as lint() does
        lambda t: [parse_draft(t, template=template)],
        lambda drafts: [linter.lint_draft(d, purpose=purpose, channel=channel, context=context) for d in drafts],
        unsafe=unsafe,
    )


def fix_file(
    path: str | Path,
    *,
    unsafe: bool = False,
    write: bool = True,
    config: Config | None = None,
    purpose: str | None = None,
    channel: str | None = None,
    context: Context | dict[str, Any] | None = None,
    template: bool | None = None,
    baseline: str | Path | None = None,
) -> FixResult:
    """Apply the safe fixes (with ``unsafe``, every fix) to a draft file and, with ``write``,
    save it (atomically; never over a file that changed meanwhile).

    Runs through the runner as ``followup-lint check --fix`` does: without ``config`` the
    nearest configuration file applies; suppressions are honoured and findings ``baseline``
    records are left alone.  ``result.data`` holds the fixed bytes (None when unchanged),
    ``result.reports`` what remains.  Bad input raises FollowupLintError.
    """
    from followup_lint.fixes import FixMode, fix_job_result
    from followup_lint.runner import Runner, RunOptions
    from followup_lint.runner import _context as as_context

    options = RunOptions(
        config=config, purpose=purpose, channel=channel, context=as_context(context), template=template
    )
    runner = Runner(options)
    job = runner.job(Path(path))
    runner.rules_for(job.config, runner.loaded_for(job.path).path)
    mode = FixMode(unsafe=unsafe, write=write)
    return fix_job_result(job, mode=mode, baseline=str(baseline) if baseline is not None else None)


def fix_paths(
    paths: Sequence[str | Path],
    *,
    unsafe: bool = False,
    write: bool = True,
    jobs: int = 1,
    **options: Unpack[PathOptions],
) -> RunResult:
    """``followup-lint check --fix`` (``write=False``: ``--diff``) on files and folders: the
    same run as ``lint_paths`` (the same keywords), with each file fixed before it is reported.
    Each file's first result carries ``fix`` (codes fixed, fixes withheld and why, the diff)."""
    from followup_lint.fixes import FixMode
    from followup_lint.runner import Runner, path_run_options

    return Runner(path_run_options(FixMode(unsafe=unsafe, write=write), **options)).run(paths, jobs=jobs)

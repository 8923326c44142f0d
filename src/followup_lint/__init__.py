"""followup_lint: check a job-interview follow-up draft against sound career guidance.

>>> import followup_lint
>>> report = followup_lint.lint("Subject: Thanks\\n\\nHi Ana,\\nThank you!\\nBest,\\nLee")
>>> report.score is not None
True
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from followup_lint._version import __version__
from followup_lint.config import Config
from followup_lint.context import Context
from followup_lint.draft import Draft, parse_draft
from followup_lint.errors import FollowupLintError
from followup_lint.report import SCHEMA_VERSION, Edit, Finding, Notice, Report, Severity, Suggestion

if TYPE_CHECKING:
    from followup_lint.linter import Linter
    from followup_lint.runner import RunResult, lint_paths


def __getattr__(name: str) -> Any:
    # The engine imports spaCy (~0.8 s): load it on first use, so `import followup_lint` and the
    # CLI's start-up stay cheap and the CLI can start Harper's build in parallel first.
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
    "FollowupLintError",
    "Linter",
    "Notice",
    "Report",
    "RunResult",
    "Severity",
    "Suggestion",
    "__version__",
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

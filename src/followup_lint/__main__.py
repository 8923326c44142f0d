"""``python -m followup_lint`` runs the CLI."""

from followup_lint.cli import run

run()

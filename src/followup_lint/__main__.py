"""``python -m followup_lint`` runs the CLI."""

from followup_lint.cli import main

raise SystemExit(main())

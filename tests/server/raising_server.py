"""`followup-lint server` with two things broken, for the survival test.

A check kind raises on drafts that say KABOOM (the engine turns that into notice FL909), and the
analysis every check shares raises on drafts that say MELTDOWN (nothing in the engine catches
that: the server itself must).  The test starts this instead of the plain server, so real
exceptions happen inside the real server process; followup_lint itself knows nothing of them.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from followup_lint.checks import REGISTRY
from followup_lint.cli import main

MARKER = "KABOOM"
MELTDOWN = "MELTDOWN"


def _break(kind: str) -> None:
    original = REGISTRY[kind]

    def run(inp: Any, params: Any) -> Any:
        if MARKER in inp.draft.text:
            raise RuntimeError(f"the {kind} check fell over")
        return original.run(inp, params)

    REGISTRY[kind] = dataclasses.replace(original, run=run)


def _break_analysis() -> None:
    from followup_lint import analysis

    original = analysis.Analysis.__init__

    def init(self: Any, draft: Any, *args: Any, **kwargs: Any) -> None:
        if MELTDOWN in draft.text:
            raise RuntimeError("the analysis fell over")
        original(self, draft, *args, **kwargs)

    analysis.Analysis.__init__ = init  # type: ignore[method-assign]


if __name__ == "__main__":
    _break("existence")
    _break_analysis()
    raise SystemExit(main(["server"]))

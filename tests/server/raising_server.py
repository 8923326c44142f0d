"""`followup-lint server` with one check kind broken: it raises on drafts that say KABOOM.

The survival test starts this instead of the plain server, so a real check raises inside the
real server process; nothing in followup_lint itself knows about it.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from followup_lint.checks import REGISTRY
from followup_lint.cli import main

MARKER = "KABOOM"


def _break(kind: str) -> None:
    original = REGISTRY[kind]

    def run(inp: Any, params: Any) -> Any:
        if MARKER in inp.draft.text:
            raise RuntimeError(f"the {kind} check fell over")
        return original.run(inp, params)

    REGISTRY[kind] = dataclasses.replace(original, run=run)


if __name__ == "__main__":
    _break("existence")
    raise SystemExit(main(["server"]))

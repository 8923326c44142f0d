"""Run the round-2 channel probes; print misses with the reported cue."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from importlib import import_module
PROBES = import_module(sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else "channel_round2").PROBES
from followup_lint import Linter

linter = Linter()
miss = 0
for i, (text, want) in enumerate(PROBES):
    r = linter.lint_text(text) if hasattr(linter, "lint_text") else linter.lint(text)
    got = r.channel
    cue = r.inferred.get("channel") if isinstance(r.inferred, dict) else r.inferred
    if got != want:
        miss += 1
        print(f"MISS #{i} want={want} got={got} cue={cue!r}: {text[:90]!r}")
    elif "-v" in sys.argv:
        print(f"ok   #{i} {want} cue={cue!r}")
print(f"{miss} of {len(PROBES)} missed")

"""How followup-lint does on the blind probe drafts of tests/corpus/probes/ (see its README).

    python benchmarks/probes.py                  # every round's probes
    python benchmarks/probes.py --show           # and each draft it misjudges
    python benchmarks/probes.py --folder DIR     # a new batch not yet in the corpus (good/ or fault/ by its labels)

Probes are drafts written for a round by helpers who never saw the rules: sincere good follow-ups in
fresh wordings (``good/``), and follow-ups good but for one fault (``fault/``), each labelled by
tests/corpus/calibration/LABELLING.md's decision rules.  The round's rules were then fixed on them, so
they are development drafts, not a held-out measure: the figures say what later changes break.

For the good drafts: errors and warnings per draft, and which rules give them.  For the faulty ones:
precision, recall and F1 per guidance item (items with at least 5 labelled drafts), as
benchmarks/calibrate.py computes them, counting warnings and errors.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROBES = ROOT / "tests" / "corpus" / "probes"
sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT / "src")]


def load(folder: Path) -> list:
    """The probe drafts of ``folder`` as calibration samples (their context keys as the corpus's)."""
    from calibrate import CONTEXT_ALIASES, Sample

    samples = []
    for label in sorted(folder.glob("*.toml")):
        data = tomllib.loads(label.read_text(encoding="utf-8"))
        context = {CONTEXT_ALIASES.get(k, k): v for k, v in data.get("context", {}).items()}
        if data["channel"] == "linkedin":
            context.setdefault("linkedin_connected", not data.get("connection_request", False))
        text = label.with_suffix(".txt").read_text(encoding="utf-8")
        samples.append(
            Sample(
                label.stem,
                folder.name,
                text,
                data["purpose"],
                data["channel"],
                data["source_verdict"],
                bool(data.get("hostile", False)),
                frozenset(data.get("violates", [])),
                context,
            )
        )
    return samples


def main(argv: Sequence[str] | None = None) -> int:
    from calibrate import evaluate, lint_all

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="print each draft the linter misjudges")
    parser.add_argument(
        "--folder",
        type=Path,
        action="append",
        help="measure this folder of drafts instead (repeatable); one whose drafts are all good is read as good/",
    )
    args = parser.parse_args(argv)
    if args.folder:
        batches = [(f, "good" if _all_good(f) else "fault") for f in args.folder]
    else:
        batches = [
            (round_dir / kind, kind)
            for round_dir in sorted(p for p in PROBES.iterdir() if p.is_dir())
            for kind in ("good", "fault")
            if (round_dir / kind).is_dir()
        ]
    for folder, kind in batches:
        samples = load(folder) if folder.is_dir() else []
        if not samples:
            print(f"{folder}: no labelled drafts (<slug>.toml beside <slug>.txt) found", file=sys.stderr)
            return 2
        outcomes = lint_all(samples)
        result = evaluate(outcomes)
        print(f"{folder.parent.name}/{folder.name}: {len(outcomes)} drafts")
        if kind == "good":
            rules = Counter(code for o in outcomes for code, sev, _ in o.findings if sev in ("warning", "error"))
            per = result["per_good_draft"]
            print(
                f"  with an error: {result['good_with_error']}; warnings per draft {per['warning']:.2f}; "
                f"rules warning or erring: {dict(sorted(rules.items()))}"
            )
        else:
            print(f"  macro-F1 {result['macro_f1']:.2f} over {len(result['items'])} items")
            for item, v in result["items"].items():
                print(f"  {item:20} F1 {v['f1']:.2f} (right {v['tp']}, false alarms {v['fp']}, misses {v['fn']})")
        if args.show:
            for o in outcomes:
                said = o.flagged("warning")
                wrong, missed = sorted(said - o.sample.violates), sorted(o.sample.violates - said)
                if wrong or missed:
                    print(f"    {o.sample.slug}: false alarms {wrong}, misses {missed}")
    return 0


def _all_good(folder: Path) -> bool:
    return all(
        tomllib.loads(t.read_text(encoding="utf-8")).get("source_verdict") == "good" for t in folder.glob("*.toml")
    )


if __name__ == "__main__":
    raise SystemExit(main())

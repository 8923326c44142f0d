"""Citation audit: does each rule fire on the drafts labelled with the guidance items it cites?

    python benchmarks/item_attribution.py                  # dev split, every (rule, item) pair
    python benchmarks/item_attribution.py --disagreeing    # only pairs that disagree more than agree
    python benchmarks/item_attribution.py --folds 3 --fold 1,2

``benchmarks/calibrate.py`` counts a finding as flagging every guidance item it cites (its rule's
list, or the part of it the finding's evidence names, e.g. one stance pattern's ``guidance``).  This
lists, for every (rule, cited item) pair, on how many drafts the rule fired at ``--min-severity``
(default: warning) or above, split by whether the draft is labelled with the item (*agree*) or not
(*disagree*), and by the draft's published verdict.  A pair that disagrees more than it agrees is a
rule that cites an item it does not judge, or one that fires on the wrong drafts; which of the two
is decided by reading docs/guidance.md and the corpus's LABELLING.md, not from these counts alone.

Only the dev split is read: the held-out split is never used to develop rules.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import calibrate  # a sibling script, not a package

Pair = tuple[str, str]


def attribution(outcomes: Sequence[calibrate.Outcome], min_severity: str = "warning") -> dict[Pair, Counter[str]]:
    """Per (rule, cited item): counts keyed 'agree-good', 'agree-bad', 'disagree-good', 'disagree-bad'."""
    floor = calibrate.SEVERITIES.index(min_severity)
    table: dict[Pair, Counter[str]] = {}
    for o in outcomes:
        pairs = {
            (code, item)
            for code, sev, items in o.findings
            if calibrate.SEVERITIES.index(sev) >= floor
            for item in items
        }
        for code, item in pairs:
            side = "agree" if item in o.sample.violates else "disagree"
            table.setdefault((code, item), Counter())[f"{side}-{o.sample.verdict}"] += 1
    return dict(sorted(table.items()))


def drafts_for(
    outcomes: Sequence[calibrate.Outcome], code: str, item: str, min_severity: str = "warning"
) -> list[tuple[str, str, str]]:
    """The drafts on which ``code`` fired citing ``item``: (slug, verdict, 'agree' or 'disagree')."""
    floor = calibrate.SEVERITIES.index(min_severity)
    out = []
    for o in outcomes:
        if any(
            c == code and item in items and calibrate.SEVERITIES.index(sev) >= floor for c, sev, items in o.findings
        ):
            side = "agree" if item in o.sample.violates else "disagree"
            out.append((o.sample.slug, o.sample.verdict, side))
    return out


def render(table: dict[Pair, Counter[str]], disagreeing_only: bool = False) -> str:
    lines = [
        "| rule | item | agree (good / bad) | disagree (good / bad) |",
        "|---|---|---|---|",
    ]
    for (code, item), c in table.items():
        agree = c["agree-good"] + c["agree-bad"]
        disagree = c["disagree-good"] + c["disagree-bad"]
        if disagreeing_only and disagree <= agree:
            continue
        mark = " **" if disagree > agree else ""
        lines.append(
            f"| {code} | {item}{mark} | {agree} ({c['agree-good']} / {c['agree-bad']}) "
            f"| {disagree} ({c['disagree-good']} / {c['disagree-bad']}) |"
        )
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=calibrate.CORPUS)
    ap.add_argument("--min-severity", choices=calibrate.SEVERITIES, default="warning")
    ap.add_argument("--folds", type=int, default=1, metavar="N")
    ap.add_argument("--fold", type=calibrate._fold_list, default=[], metavar="K[,K...]")
    ap.add_argument("--disagreeing", action="store_true", help="only the pairs that disagree more than they agree")
    ap.add_argument(
        "--show",
        action="append",
        default=[],
        metavar="RULE:ITEM",
        help="also list the drafts of a pair, e.g. FL130:G-PERSONAL",
    )
    args = ap.parse_args(argv)
    if args.fold and args.folds < 2:
        ap.error("--fold needs --folds N with N of at least 2")
    try:
        samples = calibrate.load_corpus(args.corpus, ("dev",))
    except calibrate.CorpusError as exc:
        print(exc, file=sys.stderr)
        return 2
    samples = calibrate.select(samples, args.folds, args.fold)
    outcomes = calibrate.lint_all(samples)
    table = attribution(outcomes, args.min_severity)
    print(render(table, args.disagreeing), end="")
    for pair in args.show:
        code, _, item = pair.partition(":")
        print(f"\n{code} citing {item}:")
        for slug, verdict, side in drafts_for(outcomes, code, item, args.min_severity):
            print(f"  {side:8} {verdict:4} {slug}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

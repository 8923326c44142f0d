"""How the reading of the whole draft does on development drafts the rules had not yet been tuned to.

    pip install -e '.[train]'
    python benchmarks/unseen_checkpoints.py            # the four checkpoints of docs/scoring.md
    python benchmarks/unseen_checkpoints.py COMMIT:SLUGFILE ...

A checkpoint is a commit of main whose code predates any tuning to some dev drafts (the commit that
merged their corpus batches, before a rule was changed for them), with the file naming those drafts,
one slug a line. ``benchmarks/unseen_checkpoints/<commit>.txt`` holds the four used for docs/scoring.md
("Read as a whole"): batches 9-10 at 1dfa679, 11-12 at 4fc113d, 13-18 at fb39577, 19-22 at 65d5736.

For each, the script checks the commit out in a temporary worktree, lints those drafts with that
commit's code (the corpus and its labels as they are now), trains the reading's models (the settings
of benchmarks/train_reading_model.py) on the rest of today's dev split, and prints, over all
checkpoints, macro-F1 and warnings per good draft with FL330's warnings as they were and with those
below ``sure_at`` weighed by the reading, and how many cited items it set aside rightly and wrongly.
Never the held-out split.  About a minute a checkpoint.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT / "src")]

# Run inside the old commit's code: lint the named dev drafts, keeping FL330's sentence scores.
_LINT_AT_COMMIT = r"""
import pickle, sys
sys.path.insert(0, sys.argv[3])
import calibrate
from followup_lint import Config, Linter
from followup_lint.checks import REGISTRY
scores = {}
kind = REGISTRY["learned-tone"]
run = kind.run
def capture(inp, params):
    for raw in run(inp, params):
        if raw.fields and "score" in raw.fields:
            scores[(raw.start, raw.end)] = float(raw.fields["score"])
        yield raw
try:
    kind.run = capture
except Exception:
    object.__setattr__(kind, "run", capture)
try:
    linter = Linter(Config(rules={"FL330": {"params": {"read_as_a_whole": False}}}))
except Exception:
    linter = Linter()
want = set(open(sys.argv[2]).read().split())
rows = []
for s in calibrate.load_corpus(splits=["dev"]):
    if s.slug in want:
        scores.clear()
        r = linter.lint(s.text, context=s.context or None)
        rows.append((s.slug, [(f.code, f.severity.value, tuple(f.guidance), scores.get((f.start, f.end))) for f in r.findings]))
pickle.dump(rows, open(sys.argv[1], "wb"))
"""


def lint_at(commit: str, slugs: Path, out: Path) -> list[tuple[str, list]]:
    """The findings the code of ``commit`` gives the drafts named in ``slugs``."""
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree), commit], check=True)
        try:
            env = {**os.environ, "PYTHONPATH": str(tree / "src")}
            args = [sys.executable, "-c", _LINT_AT_COMMIT, str(out), str(slugs), str(ROOT / "benchmarks")]
            subprocess.run(args, check=True, env=env, cwd=ROOT)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)
    with out.open("rb") as f:
        return pickle.load(f)


def main(argv: Sequence[str] | None = None) -> int:
    from calibrate import load_corpus
    from train_reading_model import MIN_COUNT, STANDS_AT, C

    from followup_lint.draft import parse_draft
    from followup_lint.draft_reading import ITEMS, reading_features

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pairs", nargs="*", help="COMMIT:SLUGFILE, the dev drafts that commit's rules had not seen")
    parser.add_argument("--sure-at", type=float, default=3.6, help="FL330's sure_at (default 3.6)")
    args = parser.parse_args(argv)
    pairs = args.pairs or [f"{p.stem}:{p}" for p in sorted((ROOT / "benchmarks" / "unseen_checkpoints").glob("*.txt"))]
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import normalize

    from followup_lint import Linter

    dev = {s.slug: s for s in load_corpus(splits=["dev"])}
    # today's read-as-a-whole rules (FL213, FL332, FL333): the item each flags, and at what reading
    raise_at = {r.params.item: r.params.raise_at for r in Linter().rules if r.check == "read-as-a-whole"}
    modes = ("as they were", f"FL330 below {args.sure_at} weighed", "and the read-as-a-whole rules")
    tally = {m: {"tp": Counter(), "fp": Counter(), "fn": Counter(), "warnings": 0, "good": 0} for m in modes}
    set_aside, raised = Counter(), Counter()
    for pair in pairs:
        commit, _, slug_file = pair.partition(":")
        with tempfile.TemporaryDirectory() as tmp:
            rows = lint_at(commit, Path(slug_file).resolve(), Path(tmp) / "rows.pkl")
        unseen = {slug for slug, _ in rows}
        train = [s for slug, s in sorted(dev.items()) if slug not in unseen]
        found = [reading_features(parse_draft(s.text)) for s in train]
        counts = Counter(f for fs in found for f in fs)
        vectors = DictVectorizer().fit([{f: 1 for f in counts if counts[f] >= MIN_COUNT}])
        x = normalize(vectors.transform([dict.fromkeys(fs, 1) for fs in found]))
        models = {
            item: LogisticRegression(C=C, class_weight="balanced", max_iter=5000).fit(
                x, [item in s.violates for s in train]
            )
            for item in ITEMS
        }
        for slug, findings in rows:
            s = dev[slug]
            xs = normalize(vectors.transform([dict.fromkeys(reading_features(parse_draft(s.text)), 1)]))
            reading = {item: float(m.predict_proba(xs)[0, 1]) for item, m in models.items()}
            for mode in modes:
                flagged, warnings = set(), 0
                for code, severity, guidance, score in findings:
                    if severity not in ("warning", "error"):
                        continue
                    cited = list(guidance)
                    if mode != modes[0] and code == "FL330" and severity == "warning" and (score or 0) < args.sure_at:
                        cleared = [g for g in cited if g in reading and reading[g] < STANDS_AT]
                        if mode == modes[1]:
                            set_aside.update((g in s.violates) for g in cleared)
                        cited = [g for g in cited if g not in cleared]
                        if not cited:
                            continue
                    flagged.update(cited)
                    warnings += severity == "warning"
                if mode == modes[2]:  # an item no finding flags, where the reading is sure enough
                    for item, bar in sorted(raise_at.items()):
                        if item not in flagged and reading.get(item, 0.0) >= bar:
                            flagged.add(item)
                            warnings += 1
                            raised[(item, item in s.violates, s.verdict)] += 1
                t = tally[mode]
                if s.verdict == "good":
                    t["warnings"] += warnings
                    t["good"] += 1
                for item in flagged | s.violates:
                    key = "tp" if item in flagged and item in s.violates else "fp" if item in flagged else "fn"
                    t[key][item] += 1
    for mode in modes:
        t = tally[mode]
        scored = [i for i in set(t["tp"]) | set(t["fn"]) if t["tp"][i] + t["fn"][i] >= 5]
        f1 = {i: 2 * t["tp"][i] / (2 * t["tp"][i] + t["fp"][i] + t["fn"][i]) for i in scored}
        tone = {i: round(f1[i], 2) for i in ITEMS if i in f1}
        print(
            f"{mode}: {t['good']} good drafts; macro-F1 {sum(f1.values()) / len(f1):.3f}, warnings per good "
            f"{t['warnings'] / t['good']:.3f}, the reading's items {json.dumps(tone)}"
        )
    print(f"items set aside: {set_aside[False]} false alarms, {set_aside[True]} hits")
    for item in sorted(raise_at):
        right = sum(n for (i, hit, _), n in raised.items() if i == item and hit)
        wrong = {
            v: sum(n for (i, hit, w), n in raised.items() if i == item and not hit and w == v) for v in ("good", "bad")
        }
        print(
            f"{item} flagged by the reading alone: {right} rightly, {wrong['bad']} wrongly on bad drafts, {wrong['good']} on good"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Train the whole-draft reading of the tone items (rules/models/reading.json) and measure what it does.

    pip install -e '.[train]'
    python benchmarks/train_reading_model.py            # measure out of fold, train, write the model
    python benchmarks/train_reading_model.py --dry-run  # figures only, nothing written

One logistic regression per item of ``followup_lint.draft_reading.ITEMS`` (the tone items FL330
weighs, and G-PERSONAL) (scikit-learn, fixed seed,
classes weighted to balance) over the distinct words and word pairs of what the draft says
(``followup_lint.draft_reading.reading_features``: the subject without "Re:", the note without headers
or quoted mail, pairs within a line, the names of media left out), learned from the calibration corpus's **development**
split only (never ``heldout/``): the label is whether the draft is labelled as falling short of the
item.  Only the weights are shipped, as JSON; linting never imports scikit-learn.

The settings (``C``, ``STANDS_AT``) were chosen on development drafts that each entered the corpus
after the rules of the day had been tuned (batches 9-10, 11-12 and 13-18 of the y- series, linted by
the code of the commit that merged them), with models trained on the rest of dev; the rules it
applies to (FL330 alone, below its ``sure_at``) on those and batches 19-22 (docs/scoring.md, "Read as
a whole").

What this script prints is the same measure out of fold on the whole dev split with today's rules
(5 folds, three seeds): each item's F1 with FL330's warnings as they are and with the reading applied (at any score: on real
drafts the false alarms it sets aside all score below `sure_at`).
Today's rules were tuned on these drafts, so their false alarms here are few and the figure mostly
counts harm (a warning rightly given, set aside); the gain is on drafts the rules were not tuned on.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT / "src")]
SEED = 0
SEEDS = (0, 1, 2)
C = 16.0
STANDS_AT = 0.15
MIN_COUNT = 2  # a feature seen in fewer training drafts gets no weight
DROP_BELOW = 0.005  # features whose weight is smaller are left out of the file
MODEL_PATH = ROOT / "rules" / "models" / "reading.json"


def inputs_digest() -> str:
    """A SHA-256 of what the models learn from: each dev draft's text and its labels for the items, in
    the corpus's stable order; stored in the file, so a test can tell when the split changed and the
    model was not retrained."""
    from calibrate import load_corpus

    from followup_lint.draft_reading import ITEMS

    digest = hashlib.sha256()
    for s in load_corpus(splits=["dev"]):
        digest.update(json.dumps([s.text, sorted(set(ITEMS) & s.violates)]).encode())
    return digest.hexdigest()


def fit(feats: Sequence[set[str]], labels: Sequence[bool]) -> dict:
    """One item's model (bias and weights) trained on ``feats``/``labels``."""
    from sklearn.linear_model import LogisticRegression
    from train_purpose_model import feature_matrix

    counts = Counter(f for found in feats for f in found)
    index = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_COUNT))}
    model = LogisticRegression(C=C, class_weight="balanced", max_iter=5000, random_state=SEED)
    model.fit(feature_matrix(feats, index), list(labels))
    weights = {f: round(float(model.coef_[0][i]), 5) for f, i in index.items()}
    return {
        "bias": round(float(model.intercept_[0]), 5),
        "weights": {f: w for f, w in weights.items() if abs(w) >= DROP_BELOW},
    }


def f1(truth: Sequence[bool], flagged: Sequence[bool]) -> float:
    tp = sum(t and f for t, f in zip(truth, flagged, strict=True))
    fp = sum(f and not t for t, f in zip(truth, flagged, strict=True))
    fn = sum(t and not f for t, f in zip(truth, flagged, strict=True))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main(argv: Sequence[str] | None = None) -> int:
    from calibrate import lint_all, load_corpus
    from sklearn.model_selection import StratifiedKFold

    from followup_lint import Config, Linter
    from followup_lint.content_model import ContentModel
    from followup_lint.draft import parse_draft
    from followup_lint.draft_reading import ITEMS, UNWEIGHED, reading_features

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    args = parser.parse_args(argv)
    samples = load_corpus(splits=["dev"])
    feats = [reading_features(parse_draft(s.text)) for s in samples]
    # the warnings as the rules give them, before any reading: those of the rules the reading may set
    # aside (read_as_a_whole) apart from the rest
    rules = Linter().rules
    readable = {r.code for r in rules if getattr(r.params, "read_as_a_whole", False)}
    # the read-as-a-whole rules (FL213, FL332, FL333) flag an item from this very reading: left out
    raising = {r.code: r.params for r in rules if r.check == "read-as-a-whole"}
    linter = Linter(Config(rules={code: {"params": {"read_as_a_whole": False}} for code in readable}))
    outcomes = lint_all(samples, linter)
    fixed = [
        {
            g
            for c, s, gs in o.findings
            if s in ("warning", "error") and c not in raising and (c not in readable or s == "error")
            for g in gs
        }
        for o in outcomes
    ]
    raise_at = {p.item: p.raise_at for p in raising.values()}
    open_ = [{g for c, s, gs in o.findings if s == "warning" and c in readable for g in gs} for o in outcomes]
    figures = {}
    data: dict = {"format": 1, "stands_at": STANDS_AT, "items": {}, "unweighed": sorted(UNWEIGHED)}
    for item in ITEMS:
        labels = [item in s.violates for s in samples]
        rule = [item in f or item in o for f, o in zip(fixed, open_, strict=True)]
        held = [item in f for f in fixed]
        kept, raised = [], Counter()
        for seed in SEEDS:
            reading = [0.0] * len(samples)
            for train, test in StratifiedKFold(5, shuffle=True, random_state=seed).split(feats, labels):
                m = fit([feats[i] for i in train], [labels[i] for i in train])
                model = ContentModel(item, m["bias"], m["weights"], STANDS_AT, Path())
                for i in test:
                    reading[i] = model.probability(feats[i])
            kept.append([h or (r and p >= STANDS_AT) for h, r, p in zip(held, rule, reading, strict=True)])
            if item in raise_at:  # where no other rule flags the item, the read-as-a-whole rule would
                for i, p in enumerate(reading):
                    if p >= raise_at[item] and not rule[i]:
                        raised[
                            "rightly"
                            if labels[i]
                            else "wrongly, good drafts"
                            if samples[i].verdict == "good"
                            else "wrongly, bad drafts"
                        ] += 1
        before = f1(labels, rule)
        after = sum(f1(labels, k) for k in kept) / len(SEEDS)
        wrongly = sum(sum(r and not k[i] and labels[i] for i, r in enumerate(rule)) for k in kept) / len(SEEDS)
        rightly = sum(sum(r and not k[i] and not labels[i] for i, r in enumerate(rule)) for k in kept) / len(SEEDS)
        print(
            f"{item}: {sum(labels)} of {len(samples)} dev drafts labelled; F1 {before:.3f} -> {after:.3f} "
            f"out of fold (set aside per run: {rightly:.1f} false alarms, {wrongly:.1f} rightly given)"
        )
        if item in raise_at:
            per_run = {
                k: round(raised[k] / len(SEEDS), 1) for k in ("rightly", "wrongly, bad drafts", "wrongly, good drafts")
            }
            print(f"  flagged at {raise_at[item]} where no other rule does, out of fold per run: {per_run}")
        figures[item] = {
            "labelled": sum(labels),
            "f1_before": round(before, 3),
            "f1_after": round(after, 3),
            "false_alarms_set_aside": round(rightly, 1),
            "right_warnings_set_aside": round(wrongly, 1),
        }
        data["items"][item] = fit(feats, labels)
    data["trained"] = {"dev_drafts": len(samples), "C": C, "out_of_fold": figures, "inputs_sha256": inputs_digest()}
    print(f"features with a weight: {sum(len(m['weights']) for m in data['items'].values())}")
    if not args.dry_run:
        MODEL_PATH.write_text(json.dumps(data, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_PATH.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

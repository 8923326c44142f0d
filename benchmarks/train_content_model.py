"""Train a content rule's learned backstop (rules/models/<rule>.json) and measure what following it costs.

    pip install -e '.[train]'
    python benchmarks/train_content_model.py FL204              # cross-validate, train, write the model
    python benchmarks/train_content_model.py FL204 --dry-run    # figures only, nothing written

The model is a logistic regression (scikit-learn, fixed seed) over the words and word pairs of the text
the rule reads (``followup_lint.content_model.features``); only its weights are shipped, as JSON, and
linting never imports scikit-learn.  What it learns from:

- the calibration corpus's **development** split (never ``heldout/``): every dev draft the rule runs on,
  satisfied unless the draft is labelled as falling short of the rule's guidance item;
- the rule's probes (``tests/corpus/content-train/<rule>.jsonl``, gathered from its tests by
  ``benchmarks/harvest_content_probes.py``), each with the verdict its passing tests assert.

The rule asks the model only where its wordings found nothing, and is satisfied at or above
``threshold_of(rule)``.  What that costs is measured out of fold (5 folds, three seeds): on the dev drafts, with
the probes always in training, and on the probes, with the dev drafts always in training.  The rule was
tuned on both, so its wordings already hear nearly all of them: these figures mostly count harm (a draft
that falls short, satisfied by the model).  The gain is measured on blind batches written before the
model saw them (docs/inference.md, "Content backstops").
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT / "tests")]
SEED = 0
SEEDS = (0, 1, 2)
C = 4.0  # inverse regularisation, as the purpose model's
MIN_COUNT = 2  # a feature seen in fewer training drafts gets no weight
DROP_BELOW = 0.005  # features whose weight is smaller are left out of the file
THRESHOLD = 0.8  # the rule is satisfied at or above this probability (the grid below shows why)
# A rule whose model reads fewer drafts may need another bar: FL220's (235 probes, 144 dev drafts, few
# words per reply) gives probabilities nearer the middle; 0.7 is the lowest point of the grid where the
# out-of-fold harm is no worse than FL204's at 0.8 (about 1 in 100 unheard probes, none of dev).
# FL205's (775 probes, 306 dev drafts) was set at 0.9 by the out-of-fold harm grid before the blind
# batch's scores were read: 0.8 satisfied 2.0 of the 70 unheard dev drafts that fall short per run (and
# 0.3 of 423 unheard probes); 0.9 none of either.
# FL203's (904 probes, 505 dev drafts, 2026-12-05) was set at 0.95 by this grid before any blind batch
# was scored: the lowest point with none of dev's unheard short drafts satisfied (0.9: 1.0 per run,
# 0.8: 8.0) and under 1 in 100 unheard probes (0.95: 1.7 of 365 per run; 0.9: 6.7).
# FL204's own was moved from 0.8 to 0.9 on 2026-12-06 by the same criterion: at 0.8 it satisfied 4.3 of dev's
# 162 unheard short drafts per run and 3.0 of 325 unheard probes (out of fold), at 0.9 none of either, for 1.0
# of 8 rightly satisfied instead of 2.0.
THRESHOLDS = {"FL220": 0.7, "FL205": 0.9, "FL203": 0.95, "FL204": 0.9}


def threshold_of(rule: str) -> float:
    return THRESHOLDS.get(rule, THRESHOLD)


GRID = (0.6, 0.7, 0.8, 0.9, 0.95)


def model_path(rule: str) -> Path:
    return ROOT / "rules" / "models" / f"{rule}.json"


def dev_rows(rule: str) -> list[dict]:
    """Each dev draft the rule runs on (linted as calibrate.py lints it, purpose and channel inferred):
    the text it reads, whether the draft meets the rule's guidance item by its labels, and whether the
    rule's wordings alone heard it."""
    from calibrate import lint_all, load_corpus
    from harvest_content_probes import RuleRecorder, builtin_rule

    item = builtin_rule(rule).guidance[0]
    recorder = RuleRecorder(rule)
    recorder.install()
    rows = []
    for s in load_corpus(splits=["dev"]):
        recorder.rows = []
        lint_all([s])
        for row in recorder.rows:
            rows.append({**row, "satisfied": item not in s.violates, "slug": s.slug})
    return rows


def probe_rows(rule: str) -> list[dict]:
    from harvest_content_probes import probes_path

    return [json.loads(line) for line in probes_path(rule).read_text(encoding="utf-8").splitlines()]


def inputs_digest(rule: str) -> str:
    """A SHA-256 of everything the model learns from: each dev draft's text and context and whether it
    is labelled as falling short of the rule's item (in the corpus's stable order), and the probes
    file; stored in the model, so a test can tell when either changed and the model was not retrained."""
    from calibrate import load_corpus
    from harvest_content_probes import builtin_rule, probes_path

    item = builtin_rule(rule).guidance[0]
    digest = hashlib.sha256()
    for s in load_corpus(splits=["dev"]):
        digest.update(json.dumps([s.text, s.context, item in s.violates], sort_keys=True, default=str).encode())
    digest.update(probes_path(rule).read_bytes())
    return digest.hexdigest()


def fit(feats: Sequence[set[str]], labels: Sequence[bool], rule: str) -> dict:
    """A model dict (the file's contents) trained on ``feats``/``labels``."""
    from collections import Counter

    from sklearn.linear_model import LogisticRegression
    from train_purpose_model import feature_matrix

    counts = Counter(f for found in feats for f in found)
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocab)}
    model = LogisticRegression(C=C, max_iter=5000, random_state=SEED).fit(feature_matrix(feats, index), list(labels))
    weights = {}
    for f, i in index.items():
        w = round(float(model.coef_[0][i]), 5)
        if abs(w) >= DROP_BELOW:
            weights[f] = w
    return {
        "format": 1,
        "rule": rule,
        "bias": round(float(model.intercept_[0]), 5),
        "weights": weights,
        "threshold": threshold_of(rule),
    }


def out_of_fold(feats, labels, tested: Sequence[int], always: Sequence[int], rule: str) -> list[tuple[int, float]]:  # type: ignore[no-untyped-def]
    """(row, probability) of each ``tested`` row, read by a model that did not see it (five folds of
    ``tested``, for each of three seeds; ``always`` is in every training set)."""
    from sklearn.model_selection import StratifiedKFold

    from followup_lint.content_model import ContentModel

    out = []
    for seed in SEEDS:
        folds = StratifiedKFold(5, shuffle=True, random_state=seed).split(tested, [labels[i] for i in tested])
        for train, test in folds:
            keep = [*(tested[k] for k in train), *always]
            data = fit([feats[i] for i in keep], [labels[i] for i in keep], rule)
            model = ContentModel(rule, data["bias"], data["weights"], threshold_of(rule), Path())
            out.extend((tested[k], model.probability(feats[tested[k]])) for k in test)
    return out


def rescued(readings, rows: Sequence[dict], threshold: float) -> tuple[float, float]:
    """Per run: rows the wordings did not hear that the model satisfies, rightly and wrongly."""
    right = wrong = 0
    for i, p in readings:
        if not rows[i]["by_wordings"] and p >= threshold:
            right += rows[i]["satisfied"]
            wrong += not rows[i]["satisfied"]
    return right / len(SEEDS), wrong / len(SEEDS)


def main(argv: Sequence[str] | None = None) -> int:
    from followup_lint.content_model import features

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("rule", help="the rule's code, e.g. FL204")
    parser.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    args = parser.parse_args(argv)
    dev, probes = dev_rows(args.rule), probe_rows(args.rule)
    rows = [*dev, *probes]
    feats = [features(r["text"]) for r in rows]
    labels = [bool(r["satisfied"]) for r in rows]
    tested_dev, tested_probes = list(range(len(dev))), list(range(len(dev), len(rows)))
    figures = {}
    for name, tested, always in (("dev", tested_dev, tested_probes), ("probes", tested_probes, tested_dev)):
        unheard = [i for i in tested if not rows[i]["by_wordings"]]
        short = sum(not rows[i]["satisfied"] for i in unheard)
        print(
            f"{name}: {len(tested)} rows; the wordings hear nothing in {len(unheard)}, "
            f"{len(unheard) - short} of them meet the rule (the wordings' false alarms), {short} fall short"
        )
        readings = out_of_fold(feats, labels, tested, always, args.rule)
        for threshold in GRID:
            right, wrong = rescued(readings, rows, threshold)
            mark = " (shipped)" if threshold == threshold_of(args.rule) else ""
            print(f"  threshold {threshold}: satisfies {right:.1f} rightly and {wrong:.1f} wrongly per run{mark}")
        right, wrong = rescued(readings, rows, threshold_of(args.rule))
        figures[name] = {
            "rows": len(tested),
            "unheard": len(unheard),
            "rightly": round(right, 1),
            "wrongly": round(wrong, 1),
        }
    data = fit(feats, labels, args.rule)
    data["trained"] = {
        "dev_rows": len(dev),
        "probe_rows": len(probes),
        "C": C,
        "out_of_fold": figures,
        "inputs_sha256": inputs_digest(args.rule),
    }
    print(f"features with a weight: {len(data['weights'])}")
    if not args.dry_run:
        out = model_path(args.rule)
        out.write_text(json.dumps(data, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

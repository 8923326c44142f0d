"""Calibration benchmark: how often followup-lint's verdicts are right on published follow-ups.

    python benchmarks/calibrate.py                       # both splits, printed
    python benchmarks/calibrate.py --split dev           # the development split only
    python benchmarks/calibrate.py --write docs/accuracy.md
    python benchmarks/calibrate.py --split dev --folds 3 --fold 1,2   # develop on two folds of dev ...
    python benchmarks/calibrate.py --split dev --folds 3 --fold 3     # ... and check on the third
    python benchmarks/calibrate.py --split dev --only-prefix m-       # only the drafts named m-...

The corpus (tests/corpus/calibration/, format in its SOURCES-*.md files) holds follow-ups that
career sites publish as good models or as warnings, each with labels: its purpose and channel, the
guidance items it falls short of, and the context a sender would know.  Every draft is linted the
way a user would run the tool: the context is passed, the purpose and the channel are left for the
linter to infer.  Reported per split:

- purpose and channel inference accuracy;
- per guidance item precision, recall and F1 (items with at least 5 labelled drafts in the split);
  a finding counts toward every guidance item it cites (its rule's list, or the part of it the
  finding's own evidence names: an impatience pattern cites G-TONE-PATIENT alone);
- errors, warnings and info tips per good draft, and how many good drafts get an error;
- score AUC: the chance that a good draft scores above a bad one (ties count half);
- each rule's firing rate on the good drafts.

Folds.  ``--folds N`` deals each draft into one of N folds by a hash of its file name (the slug):
fold ``1 + int(sha256(slug), 16) % N``.  The deal depends on the name alone, so it does not move
when drafts are added, removed or relabelled, nor from one machine or Python to the next.  Rules
are developed looking at some folds of the dev split and checked on a fold not looked at, so a
change fitted to a few drafts' wording shows up as a loss on the unseen fold.  ``--only-prefix``
keeps the drafts whose slug starts with a prefix (a batch of new drafts, e.g. ``m-``).

Only the public API is used (``followup_lint.Linter``).  The heldout split is for measuring, never
for developing rules.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
import sys
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus" / "calibration"
GUIDANCE_DOC = ROOT / "docs" / "guidance.md"
SPLITS = ("dev", "heldout")
PURPOSES = ("thank-you", "status-check", "rejection-reply")
CHANNELS = ("email", "linkedin", "letter", "call")
VERDICTS = ("good", "bad")
SEVERITIES = ("info", "warning", "error")
MIN_POSITIVES = 5
REQUIRED_KEYS = {"source", "source_verdict", "purpose", "channel", "hostile", "violates", "note"}
OPTIONAL_KEYS = {"connection_request", "context"}
# The corpus uses the CLI's and followup-context.toml's short names for two context fields.
CONTEXT_ALIASES = {
    "date": "sent_at",
    "sent": "sent_at",
    "interviewer": "interviewers",
    "previous_follow_up": "previous_follow_ups",
}
SLUG = re.compile(r"[a-z]-[a-z0-9]+(?:-[a-z0-9]+)*")  # a builder's one-letter tag, then words
COMMAND = "python benchmarks/calibrate.py --write docs/accuracy.md"


class CorpusError(Exception):
    """A corpus file is missing or malformed; the message names the file and the problem."""


@dataclass(frozen=True)
class Sample:
    """One labelled draft of the corpus."""

    slug: str
    split: str
    text: str
    purpose: str
    channel: str
    verdict: str
    hostile: bool
    violates: frozenset[str]
    context: dict[str, Any]


@dataclass
class Outcome:
    """What the linter said about one sample."""

    sample: Sample
    purpose: str
    channel: str
    score: float | None
    findings: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)  # code, severity, guidance

    def flagged(self, min_severity: str) -> set[str]:
        """The guidance items the findings at or above ``min_severity`` cite."""
        floor = SEVERITIES.index(min_severity)
        return {g for _, sev, items in self.findings if SEVERITIES.index(sev) >= floor for g in items}

    def codes(self, severities: Iterable[str]) -> set[str]:
        wanted = set(severities)
        return {code for code, sev, _ in self.findings if sev in wanted}


# --- the corpus ------------------------------------------------------------------------------------
def guidance_ids(doc: Path = GUIDANCE_DOC) -> set[str]:
    """The guidance item ids listed in the table of docs/guidance.md."""
    return set(re.findall(r"^\| (G-[A-Z-]+) \|", doc.read_text(encoding="utf-8"), flags=re.M))


def context_fields() -> set[str]:
    """The field names ``followup_lint.Context`` accepts."""
    from followup_lint import Context

    return set(Context.model_fields)


def problems_in(path: Path, data: dict[str, Any], known_items: set[str], known_context: set[str]) -> list[str]:
    """Everything wrong with one label file, as 'file: problem' lines (empty when it is well formed)."""
    out: list[str] = []

    def bad(msg: str) -> None:
        out.append(f"{path}: {msg}")

    for key in sorted(REQUIRED_KEYS - data.keys()):
        bad(f"missing key {key!r}")
    for key in sorted(data.keys() - REQUIRED_KEYS - OPTIONAL_KEYS):
        bad(f"unknown key {key!r}")
    if data.get("purpose") not in PURPOSES:
        bad(f"purpose {data.get('purpose')!r} is not one of {', '.join(PURPOSES)}")
    if data.get("channel") not in CHANNELS:
        bad(f"channel {data.get('channel')!r} is not one of {', '.join(CHANNELS)}")
    if data.get("source_verdict") not in VERDICTS:
        bad(f"source_verdict {data.get('source_verdict')!r} is not 'good' or 'bad'")
    if not isinstance(data.get("hostile", False), bool):
        bad("hostile must be true or false")
    if not isinstance(data.get("connection_request", False), bool):
        bad("connection_request must be true or false")
    if data.get("connection_request") and data.get("channel") != "linkedin":
        bad("connection_request is set on a draft that is not a LinkedIn note")
    if not str(data.get("source", "")).startswith(("http://", "https://")):
        bad("source must be the address of the page the draft was adapted from")
    violates = data.get("violates", [])
    if not isinstance(violates, list) or not all(isinstance(v, str) for v in violates):
        bad("violates must be a list of guidance ids")
    else:
        for item in violates:
            if item not in known_items:
                bad(f"violates names unknown guidance item {item!r}")
        if len(set(violates)) != len(violates):
            bad("violates lists an item twice")
    ctx = data.get("context", {})
    if not isinstance(ctx, dict):
        bad("[context] must be a table")
    else:
        for key in ctx:
            if CONTEXT_ALIASES.get(key, key) not in known_context:
                bad(f"unknown [context] key {key!r}")
    return out


def load_corpus(root: Path = CORPUS, splits: Sequence[str] = SPLITS) -> list[Sample]:
    """Every labelled draft in ``splits``, in a stable order; raises CorpusError listing all problems."""
    known_items, known_context = guidance_ids(), context_fields()
    problems: list[str] = []
    samples: list[Sample] = []
    for split in splits:
        folder = root / split
        if not folder.is_dir():
            problems.append(f"{folder}: split folder missing")
            continue
        txts = {p.stem for p in folder.glob("*.txt") if not p.name.startswith(".")}
        tomls = {p.stem for p in folder.glob("*.toml") if not p.name.startswith(".")}
        problems += [f"{folder / (s + '.txt')}: no labels ({s}.toml missing)" for s in sorted(txts - tomls)]
        problems += [f"{folder / (s + '.toml')}: no draft ({s}.txt missing)" for s in sorted(tomls - txts)]
        # hidden entries are tools' own (an editor's swap file, followup-lint's cache when it is run
        # inside the folder, which ignores itself in git), not part of the corpus
        visible = [p for p in folder.iterdir() if not p.name.startswith(".")]
        for other in sorted(p for p in visible if p.suffix not in (".txt", ".toml")):
            problems.append(f"{other}: not a draft (.txt) or its labels (.toml)")
        for slug in sorted(txts & tomls):
            label_path = folder / f"{slug}.toml"
            if not SLUG.fullmatch(slug):
                problems.append(
                    f"{label_path}: slug must be lower-case words joined by hyphens, prefixed with a one-letter builder tag (g-, b-, n-, m-)"
                )
            try:
                data = tomllib.loads(label_path.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                problems.append(f"{label_path}: not valid TOML ({exc})")
                continue
            found = problems_in(label_path, data, known_items, known_context)
            text = (folder / f"{slug}.txt").read_text(encoding="utf-8")
            if not text.strip():
                found.append(f"{folder / (slug + '.txt')}: empty draft")
            if found:
                problems += found
                continue
            ctx = {CONTEXT_ALIASES.get(k, k): v for k, v in data.get("context", {}).items()}
            if data["channel"] == "linkedin" and "connection_request" in data:
                # the sender knows whether the reader is already a connection
                ctx.setdefault("linkedin_connected", not data["connection_request"])
            samples.append(
                Sample(
                    slug,
                    split,
                    text,
                    data["purpose"],
                    data["channel"],
                    data["source_verdict"],
                    data["hostile"],
                    frozenset(data["violates"]),
                    ctx,
                )
            )
    seen = Counter(s.slug for s in samples)
    problems += [f"{root}: slug {slug!r} appears in more than one split" for slug, n in seen.items() if n > 1]
    if problems:
        raise CorpusError("\n".join(problems))
    return samples


def fold_of(slug: str, folds: int) -> int:
    """The fold (1..folds) a draft belongs to: a hash of its slug, stable across runs and machines."""
    if folds < 1:
        raise ValueError("folds must be at least 1")
    return 1 + int(hashlib.sha256(slug.encode("utf-8")).hexdigest(), 16) % folds


def select(
    samples: Iterable[Sample], folds: int = 1, chosen: Iterable[int] = (), prefixes: Iterable[str] = ()
) -> list[Sample]:
    """The samples in the ``chosen`` folds of ``folds`` (all when none is chosen) whose slug starts
    with one of ``prefixes`` (any slug when none is given), in their original order."""
    wanted, starts = set(chosen), tuple(prefixes)
    bad = sorted(k for k in wanted if not 1 <= k <= folds)
    if bad:
        raise ValueError(f"fold {bad[0]} is not between 1 and {folds}")
    return [
        s
        for s in samples
        if (not wanted or fold_of(s.slug, folds) in wanted) and (not starts or s.slug.startswith(starts))
    ]


def _fold_list(text: str) -> list[int]:
    try:
        return [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a fold number or a comma-separated list of them") from None


# --- linting -----------------------------------------------------------------------------------------
def lint_all(samples: Sequence[Sample], linter: Any = None) -> list[Outcome]:
    """Lint each sample as a user would: with its context, purpose and channel inferred."""
    if linter is None:
        from followup_lint import Linter

        linter = Linter()
    outcomes = []
    for s in samples:
        report = linter.lint(s.text, context=s.context or None)
        findings = [(f.code, f.severity.value, tuple(f.guidance)) for f in report.findings]
        outcomes.append(Outcome(s, report.purpose, report.channel, report.score, findings))
    return outcomes


# --- metrics -----------------------------------------------------------------------------------------
def _ratio(num: float, den: float) -> float | None:
    return num / den if den else None


def auc(good: Sequence[float], bad: Sequence[float]) -> float | None:
    """P(a good draft scores above a bad one), ties counted half (the Mann-Whitney statistic)."""
    if not good or not bad:
        return None
    wins = sum(1.0 if g > b else 0.5 if g == b else 0.0 for g in good for b in bad)
    return wins / (len(good) * len(bad))


def rule_rates(outcomes: Sequence[Outcome], severities: Iterable[str] = ("error", "warning")) -> dict[str, float]:
    """Share of the good drafts on which each rule raised a finding of one of ``severities``."""
    good = [o for o in outcomes if o.sample.verdict == "good"]
    counts: Counter[str] = Counter()
    for o in good:
        counts.update(o.codes(severities))
    return {code: n / len(good) for code, n in sorted(counts.items())} if good else {}


def item_scores(outcomes: Sequence[Outcome], positives: Counter[str], min_severity: str) -> dict[str, dict[str, Any]]:
    """Precision, recall and F1 per guidance item with enough labelled drafts, counting a finding
    of ``min_severity`` or above as flagging every item it cites (``Finding.guidance``)."""
    items: dict[str, dict[str, Any]] = {}
    for item in sorted(i for i, k in positives.items() if k >= MIN_POSITIVES):
        tp = fp = fn = 0
        for o in outcomes:
            said, truth = item in o.flagged(min_severity), item in o.sample.violates
            tp += said and truth
            fp += said and not truth
            fn += truth and not said
        p, r = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
        f1 = 2 * p * r / (p + r) if p is not None and r is not None and p + r > 0 else 0.0
        items[item] = {
            "positives": positives[item],
            "tp": tp,
            "fp": fp,
            "fn": fn,
            "precision": p,
            "recall": r,
            "f1": f1,
        }
    return items


def _macro(items: dict[str, dict[str, Any]]) -> float | None:
    return _ratio(sum(v["f1"] for v in items.values()), len(items))


def evaluate(outcomes: Sequence[Outcome], min_severity: str = "warning") -> dict[str, Any]:
    """Every figure the page reports, for one split."""
    n = len(outcomes)
    good = [o for o in outcomes if o.sample.verdict == "good"]
    bad = [o for o in outcomes if o.sample.verdict == "bad"]
    result: dict[str, Any] = {
        "drafts": n,
        "good": len(good),
        "bad": len(bad),
        "hostile": sum(o.sample.hostile for o in outcomes),
        "purpose_accuracy": _ratio(sum(o.purpose == o.sample.purpose for o in outcomes), n),
        "channel_accuracy": _ratio(sum(o.channel == o.sample.channel for o in outcomes), n),
        "purpose_misses": [
            (o.sample.slug, o.sample.purpose, o.purpose) for o in outcomes if o.purpose != o.sample.purpose
        ],
        "channel_misses": [
            (o.sample.slug, o.sample.channel, o.channel) for o in outcomes if o.channel != o.sample.channel
        ],
    }
    positives: Counter[str] = Counter(item for o in outcomes for item in o.sample.violates)
    result["min_severity"] = min_severity
    result["items"] = item_scores(outcomes, positives, min_severity)
    result["macro_f1"] = _macro(result["items"])
    if min_severity != "info":  # the same figures with info tips counted as flags, shown beside them
        result["items_info"] = item_scores(outcomes, positives, "info")
        result["macro_f1_info"] = _macro(result["items_info"])
    result["unscored_items"] = {i: k for i, k in sorted(positives.items()) if k < MIN_POSITIVES}
    per_sev = {
        sev: _ratio(sum(sum(1 for _, s, _ in o.findings if s == sev) for o in good), len(good)) for sev in SEVERITIES
    }
    result["per_good_draft"] = per_sev
    result["good_with_error"] = sum(any(s == "error" for _, s, _ in o.findings) for o in good)
    scored_good = [o.score for o in good if o.score is not None]
    scored_bad = [o.score for o in bad if o.score is not None]
    result["unscored_drafts"] = n - len(scored_good) - len(scored_bad)
    result["auc"] = auc(scored_good, scored_bad)
    result["mean_score_good"] = _ratio(sum(scored_good), len(scored_good))
    result["mean_score_bad"] = _ratio(sum(scored_bad), len(scored_bad))
    rates: dict[str, dict[str, float]] = defaultdict(dict)
    for sev in SEVERITIES:
        for code, share in rule_rates(outcomes, (sev,)).items():
            rates[code][sev] = share
    for code, share in rule_rates(outcomes, ("error", "warning")).items():
        rates[code]["error_or_warning"] = share
    result["rule_rates"] = dict(
        sorted(rates.items(), key=lambda kv: (-sum(v for k, v in kv[1].items() if k in SEVERITIES), kv[0]))
    )
    return result


# --- output ------------------------------------------------------------------------------------------
def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f} %"


def _num(value: float | None, digits: int = 2) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def _counted(min_severity: str) -> str:
    return {"info": "info tips count", "warning": "warnings and errors count", "error": "errors count"}[min_severity]


def _item_table(items: dict[str, dict[str, Any]], counted: str) -> list[str]:
    lines = [
        f"### Guidance items (at least {MIN_POSITIVES} labelled drafts; {counted})",
        "",
        "| item | labelled | flagged right | false alarms | missed | precision | recall | F1 |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for item, v in items.items():
        lines.append(
            f"| {item} | {v['positives']} | {v['tp']} | {v['fp']} | {v['fn']} | {_num(v['precision'])} "
            f"| {_num(v['recall'])} | {_num(v['f1'])} |"
        )
    return lines


def _subset_name(folds: int, chosen: Sequence[int], prefixes: Sequence[str]) -> str:
    """How a selection of drafts is named in a heading: 'folds 1, 2 of 3', 'names starting m-'."""
    parts = []
    if chosen:
        word = "fold" if len(chosen) == 1 else "folds"
        parts.append(f"{word} {', '.join(str(k) for k in sorted(set(chosen)))} of {folds}")
    if prefixes:
        parts.append("names starting " + " or ".join(f"`{p}`" for p in prefixes))
    return "; ".join(parts)


def render(split: str, r: dict[str, Any], min_severity: str, subset: str = "") -> str:
    """One split's figures as Markdown (also what the command prints); ``subset`` names a
    selection of the split's drafts (folds, a name prefix) in the heading."""
    lines = [
        f"## {split} split" + (f" ({subset})" if subset else ""),
        "",
        (f"{r['drafts']} drafts: {r['good']} published as good, {r['bad']} as bad ({r['hostile']} hostile)."),
        "",
        "| measure | value |",
        "|---|---|",
        f"| purpose inferred correctly | {_pct(r['purpose_accuracy'])} |",
        f"| channel inferred correctly | {_pct(r['channel_accuracy'])} |",
        f"| macro-F1 over the scored guidance items ({_counted(min_severity)}) | {_num(r['macro_f1'])} |",
        *(
            [f"| macro-F1 over the scored guidance items (info tips count too) | {_num(r['macro_f1_info'])} |"]
            if "macro_f1_info" in r
            else []
        ),
        f"| score AUC (good above bad) | {_num(r['auc'], 3)} |",
        f"| mean score, good / bad drafts | {_num(r['mean_score_good'], 1)} / {_num(r['mean_score_bad'], 1)} |",
        f"| errors per good draft | {_num(r['per_good_draft']['error'])} |",
        f"| warnings per good draft | {_num(r['per_good_draft']['warning'])} |",
        f"| info tips per good draft | {_num(r['per_good_draft']['info'])} |",
        f"| good drafts with at least one error | {r['good_with_error']} of {r['good']} |",
        "",
    ]
    if r["unscored_drafts"]:
        lines += [f"{r['unscored_drafts']} drafts got no score (not assessed) and are left out of the AUC.", ""]
    lines += _item_table(r["items"], f"findings of severity {min_severity} or above count")
    if "items_info" in r:
        lines += ["", *_item_table(r["items_info"], "info tips count too, for comparison")]
    if r["unscored_items"]:
        rest = ", ".join(f"{i} ({k})" for i, k in r["unscored_items"].items())
        lines += ["", f"Too few labelled drafts to score: {rest}."]
    lines += [
        "",
        "### Rules on the good drafts (share of good drafts with a finding of each severity)",
        "",
        "| rule | error | warning | info |",
        "|---|---|---|---|",
    ]
    for code, v in r["rule_rates"].items():
        lines.append(
            f"| {code} | {_pct(v.get('error', 0.0))} | {_pct(v.get('warning', 0.0))} | {_pct(v.get('info', 0.0))} |"
        )
    for what, misses in (("Purpose", r["purpose_misses"]), ("Channel", r["channel_misses"])):
        if misses and split == "heldout":
            # Names would invite tuning on the held-out drafts: give the counts per confusion only.
            lines += [
                "",
                f"{what} inferred wrongly on {len(misses)} drafts (not named: this split is held out): "
                + _confusions(misses)
                + ".",
            ]
        elif misses:
            lines += [
                "",
                f"{what} inferred wrongly: "
                + "; ".join(f"`{s}` ({want} read as {got})" for s, want, got in misses)
                + ".",
            ]
    return "\n".join(lines) + "\n"


def _confusions(misses: Sequence[tuple[str, str, str | None]]) -> str:
    """How often each labelled value was read as each other value, most frequent first."""
    counts = Counter((want, got or "nothing") for _, want, got in misses)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return "; ".join(f"{want} read as {got} {n}" for (want, got), n in ranked)


def _commit() -> str:
    try:
        head = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--", "src", "rules"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + (" with uncommitted changes to src/ or rules/" if dirty else "")


def page(results: dict[str, dict[str, Any]], min_severity: str) -> str:
    """docs/accuracy.md."""
    head = f"""# Accuracy on published follow-ups

How often followup-lint's verdicts are right on follow-ups that career sites, hiring managers and
recruiters publish, as good models or as warnings. The corpus is in
[tests/corpus/calibration/](../tests/corpus/calibration/) (its SOURCES files cite every page and say
how drafts were labelled and split). Each draft is linted as a user would lint it: the context a
sender knows (interview date, send date, company, interviewer, role, and on LinkedIn whether the
reader is already a connection) is passed, and the purpose and
the channel are left to the linter to infer. The *heldout* split was set aside before any rule was
tuned and is never used to develop rules; the *dev* split is.

- Measured on {date.today().isoformat()} at commit {_commit()}.
- Reproduce: `{COMMAND}` (add `--split dev` to print one split).
- **Robustness of inference.** `python benchmarks/infer_robustness.py` lints each dev draft again
  after changes of surface that keep its meaning (subject, greeting or sign-off dropped or changed,
  names swapped, lines re-wrapped, CRLF, "Re:" toggled, a phone footer, lower case, British or American
  spelling, typographic quotes, no-break spaces, contractions) and counts, per kind of change, how
  often the inferred purpose or channel flips (`--list` names each flip). A change that removes the
  very cue a guess came from is counted as *cue removed*, not as a flip.
- **Blind probes.** `python benchmarks/probes.py` lints drafts of our own written blind for a round
  of rule work ([tests/corpus/probes/](../tests/corpus/probes/): sincere good follow-ups in fresh
  wordings, and follow-ups good but for one fault). Rules were fixed on them, so they are no held-out
  measure; a test keeps every good probe free of errors.
- A finding counts toward every guidance item its rule cites ([guidance](guidance.md)); items
  with fewer than {MIN_POSITIVES} labelled drafts in a split are not scored. AUC is the chance that a
  draft published as good scores above one published as bad.
- **What counts as a flag.** In the first table of each split a guidance item counts as flagged
  only by a finding of severity **{min_severity}** or above. This is a choice of definition, made
  openly: by the [severity policy](scoring.md) an *info* finding is a tip about what good notes
  often skip (a phone number under an e-mail, a fit sentence), not a claim that the draft falls
  short, and issue 9's bar for good drafts budgets errors and warnings only. Counting tips as
  alarms would score, for instance, the missing-phone tip that most published good e-mails get as a
  false alarm against G-CLOSING. So that nothing is hidden, the second table and the second
  macro-F1 line give the same figures with info tips counted as flags; items that the linter judges
  only with tips (a fit sentence, a question about next steps) score low in the first table
  because the linter never raises an alarm about them.

"""
    return head + "\n".join(render(split, r, min_severity) for split, r in results.items())


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="the calibration corpus folder")
    ap.add_argument("--split", choices=(*SPLITS, "both"), default="both")
    ap.add_argument(
        "--min-severity",
        choices=SEVERITIES,
        default="warning",
        help="lowest severity that counts as flagging a guidance item (default: warning; the figures with info tips counted are shown too)",
    )
    ap.add_argument("--write", type=Path, metavar="PAGE", help="also write the figures as Markdown to PAGE")
    ap.add_argument(
        "--folds", type=int, default=1, metavar="N", help="deal the drafts into N folds by a hash of their name"
    )
    ap.add_argument(
        "--fold",
        type=_fold_list,
        default=[],
        metavar="K[,K...]",
        help="report only the drafts of these folds (1..N), e.g. 1,2 to develop and 3 to check",
    )
    ap.add_argument(
        "--only-prefix",
        action="append",
        default=[],
        metavar="PREFIX",
        help="report only the drafts whose name starts with PREFIX (e.g. m-); may be repeated",
    )
    args = ap.parse_args(argv)
    if args.folds < 1:
        ap.error("--folds must be at least 1")
    if args.fold and args.folds < 2:
        ap.error("--fold needs --folds N with N of at least 2")
    if any(not 1 <= k <= args.folds for k in args.fold):
        ap.error(f"--fold takes fold numbers from 1 to {args.folds}")
    subset = args.fold or args.only_prefix
    if subset and args.write:
        ap.error("--write makes docs/accuracy.md, which reports whole splits: drop --fold and --only-prefix")
    splits = SPLITS if args.split == "both" else (args.split,)
    try:
        samples = load_corpus(args.corpus, splits)
    except CorpusError as exc:
        print(exc, file=sys.stderr)
        return 2
    samples = select(samples, args.folds, args.fold, args.only_prefix)
    from followup_lint import Linter

    linter = Linter()
    results = {}
    for split in splits:
        outcomes = lint_all([s for s in samples if s.split == split], linter)
        results[split] = evaluate(outcomes, args.min_severity)
        print(render(split, results[split], args.min_severity, _subset_name(args.folds, args.fold, args.only_prefix)))
    if args.write:
        args.write.write_text(page(results, args.min_severity), encoding="utf-8")
        print(f"wrote {args.write}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

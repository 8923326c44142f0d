"""Inter-labeller agreement on the calibration corpus: how far a second, blind labelling of a sample
of dev drafts agrees with the corpus's own ``violates`` labels.

    python benchmarks/label_agreement.py --sample      # (re)write the seeded sample list
    python benchmarks/label_agreement.py --show        # print the sampled drafts, labels hidden
    python benchmarks/label_agreement.py               # print the agreement table
    python benchmarks/label_agreement.py --write docs/label-agreement.md

Why.  Items such as G-PERSONAL, G-SPECIFICS, G-FIT or G-POSITIVE are judgement calls.  If two
careful labellers following LABELLING.md agree on an item at F1 0.8, a linter cannot be expected to
score much above 0.8 against either of them: the agreement is a ceiling estimate for any linter
scored against one labeller.

The sample.  ``SAMPLE_SIZE`` good and ``SAMPLE_SIZE`` bad drafts of the dev split (never heldout),
drawn by ``random.Random(SEED).sample`` from each verdict's slugs in sorted order.  The draw depends
on the seed and on the dev split's file names only; ``--sample`` writes it to SAMPLE_FILE so that
anyone can check it (the test does).  Adding drafts to dev changes the draw, so the list on disk,
not the draw, is what the second labels were made for.

The second labels.  ``tests/corpus/calibration/second-labels/dev.tsv``: a header line, then one line
per sampled draft, ``slug<TAB>items<TAB>why``; items comma-separated, ``-`` for none.  They were
made blind: the labeller saw only what ``--show`` prints (the draft's text, its purpose, channel,
connection-request flag and context), never ``violates``, ``note``, ``source_verdict`` or ``hostile``.

The figures.  Per guidance item with at least MIN_POSITIVES positives in either labelling: F1 of the
second labelling taking the first as truth (F1 is symmetric, so it does not matter which is truth),
and Cohen's kappa over the drafts the item applies to (docs/guidance.md's "applies to" column; an
item that does not apply is never labelled, so counting those drafts would inflate kappa).  Macro-F1
is the mean of the items' F1, as in benchmarks/calibrate.py; it is also given for the good and the
bad drafts alone (items with MIN_POSITIVES positives in that subset).
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus" / "calibration"
DEV = CORPUS / "dev"
SECOND = CORPUS / "second-labels"
SAMPLE_FILE = SECOND / "dev-sample.txt"
LABELS_FILE = SECOND / "dev.tsv"
EXPOSED_FILE = SECOND / "dev-exposed.txt"  # drafts whose first labels the second labeller partly saw
SEED = 20261203
SAMPLE_SIZE = 40  # per verdict
MIN_POSITIVES = 5
COMMAND = "python benchmarks/label_agreement.py --write docs/label-agreement.md"
HIDDEN = ("violates", "note", "source_verdict", "hostile", "source")
WRITTEN = ("email", "linkedin", "letter")
ALL_PURPOSES = ("thank-you", "status-check", "rejection-reply")
ALL_CHANNELS = ("email", "linkedin", "letter", "call")
# docs/guidance.md, column "applies to": (purposes, channels) each item is judged on.
APPLIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "G-TIMING-THANKS": (("thank-you",), ALL_CHANNELS),
    "G-TIMING-STATUS": (("status-check",), ALL_CHANNELS),
    "G-FREQUENCY": (("status-check",), ALL_CHANNELS),
    "G-SUBJECT": (ALL_PURPOSES, ("email",)),
    "G-CONCISE": (ALL_PURPOSES, ALL_CHANNELS),
    "G-GRATITUDE": (ALL_PURPOSES, ALL_CHANNELS),
    "G-INTEREST": (("thank-you", "status-check"), ALL_CHANNELS),
    "G-FIT": (("thank-you",), ALL_CHANNELS),
    "G-SPECIFICS": (("thank-you",), ALL_CHANNELS),
    "G-NEXT-STEPS": (("thank-you", "status-check"), ALL_CHANNELS),
    "G-SALUTATION": (ALL_PURPOSES, WRITTEN),
    "G-CLOSING": (ALL_PURPOSES, ("email", "letter")),
    "G-TONE-PROFESSIONAL": (ALL_PURPOSES, ALL_CHANNELS),
    "G-TONE-PATIENT": (ALL_PURPOSES, ALL_CHANNELS),
    "G-POSITIVE": (ALL_PURPOSES, ALL_CHANNELS),
    "G-CORRECT": (ALL_PURPOSES, ALL_CHANNELS),
    "G-SENDER": (ALL_PURPOSES, ("email",)),
    "G-PERSONAL": (ALL_PURPOSES, ALL_CHANNELS),
    "G-REJECTION": (("rejection-reply",), ALL_CHANNELS),
    "G-CHANNEL": (ALL_PURPOSES, ALL_CHANNELS),
}


@dataclass(frozen=True)
class Draft:
    """One sampled dev draft with both labellings."""

    slug: str
    verdict: str
    purpose: str
    channel: str
    first: frozenset[str]
    second: frozenset[str]


# --- the sample --------------------------------------------------------------------------------------
def dev_verdicts(root: Path = DEV) -> dict[str, str]:
    """slug -> source_verdict for every dev draft."""
    return {p.stem: tomllib.loads(p.read_text(encoding="utf-8"))["source_verdict"] for p in sorted(root.glob("*.toml"))}


def draw(verdicts: Mapping[str, str], seed: int = SEED, size: int = SAMPLE_SIZE) -> list[str]:
    """``size`` good then ``size`` bad slugs, each group drawn with ``random.Random(seed)`` and sorted."""
    rng = random.Random(seed)
    chosen: list[str] = []
    for verdict in ("good", "bad"):
        pool = sorted(s for s, v in verdicts.items() if v == verdict)
        chosen.extend(sorted(rng.sample(pool, size)))
    return chosen


def read_sample(path: Path = SAMPLE_FILE) -> list[str]:
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]


def show(slugs: Iterable[str], root: Path = DEV) -> str:
    """The drafts as the blind labeller sees them: text, purpose, channel and context, no labels."""
    out: list[str] = []
    for slug in slugs:
        meta = tomllib.loads((root / f"{slug}.toml").read_text(encoding="utf-8"))
        visible = {k: v for k, v in meta.items() if k not in HIDDEN}
        out.append(f"===== {slug}")
        out.extend(f"{k}: {v}" for k, v in visible.items())
        out.append("-----")
        out.append((root / f"{slug}.txt").read_text(encoding="utf-8").rstrip())
        out.append("")
    return "\n".join(out)


# --- the labels --------------------------------------------------------------------------------------
def parse_tsv(text: str) -> dict[str, frozenset[str]]:
    """slug -> second-labelling items, from the TSV's text (header line first)."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if not lines or lines[0].split("\t") != ["slug", "items", "why"]:
        raise ValueError("the first line must be the header slug<TAB>items<TAB>why")
    labels: dict[str, frozenset[str]] = {}
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != 3 or not cells[0] or not cells[2].strip():
            raise ValueError(f"line {n}: expected slug<TAB>items<TAB>why with a non-empty why")
        slug, items, _why = cells
        if slug in labels:
            raise ValueError(f"line {n}: {slug} is labelled twice")
        found = frozenset() if items.strip() == "-" else frozenset(i.strip() for i in items.split(","))
        unknown = found - APPLIES.keys()
        if unknown:
            raise ValueError(f"line {n}: unknown items {sorted(unknown)}")
        labels[slug] = found
    return labels


def load(root: Path = DEV, labels_file: Path = LABELS_FILE) -> list[Draft]:
    second = parse_tsv(labels_file.read_text(encoding="utf-8"))
    drafts = []
    for slug, items in second.items():
        meta = tomllib.loads((root / f"{slug}.toml").read_text(encoding="utf-8"))
        drafts.append(
            Draft(slug, meta["source_verdict"], meta["purpose"], meta["channel"], frozenset(meta["violates"]), items)
        )
    return drafts


# --- the arithmetic ----------------------------------------------------------------------------------
def applies(item: str, draft: Draft) -> bool:
    purposes, channels = APPLIES[item]
    return draft.purpose in purposes and draft.channel in channels


def f1(truth: Sequence[bool], said: Sequence[bool]) -> float:
    """F1 of ``said`` against ``truth``; 1.0 when neither has a positive."""
    tp = sum(t and s for t, s in zip(truth, said, strict=True))
    positives = sum(truth) + sum(said)
    return 1.0 if positives == 0 else 2 * tp / positives


def kappa(a: Sequence[bool], b: Sequence[bool]) -> float | None:
    """Cohen's kappa of two binary labellings; None when chance agreement is total (one class only)."""
    n = len(a)
    if n == 0:
        return None
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    pa, pb = sum(a) / n, sum(b) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    return None if expected == 1 else (observed - expected) / (1 - expected)


def item_agreement(drafts: Sequence[Draft], min_positives: int = MIN_POSITIVES) -> dict[str, dict[str, Any]]:
    """Per item with ``min_positives`` positives in either labelling: counts, F1 and kappa."""
    rows: dict[str, dict[str, Any]] = {}
    for item in sorted(APPLIES):
        first = [item in d.first for d in drafts]
        second = [item in d.second for d in drafts]
        if max(sum(first), sum(second)) < min_positives:
            continue
        scope = [d for d in drafts if applies(item, d)]
        rows[item] = {
            "first": sum(first),
            "second": sum(second),
            "both": sum(a and b for a, b in zip(first, second, strict=True)),
            "applies": len(scope),
            "f1": f1(first, second),
            "kappa": kappa([item in d.first for d in scope], [item in d.second for d in scope]),
        }
    return rows


def bootstrap_macro(
    drafts: Sequence[Draft], items: Iterable[str], rounds: int = 2000, seed: int = SEED
) -> tuple[float, float] | None:
    """A 95 % percentile interval for the macro-F1 over ``items``, resampling drafts with replacement
    (seeded, so the page is reproducible).  The items are fixed to the full sample's."""
    items = list(items)
    if not drafts or not items:
        return None
    rng = random.Random(seed)
    values = []
    for _ in range(rounds):
        picked = [drafts[rng.randrange(len(drafts))] for _ in drafts]
        values.append(
            sum(f1([i in d.first for d in picked], [i in d.second for d in picked]) for i in items) / len(items)
        )
    values.sort()
    return values[int(0.025 * rounds)], values[int(0.975 * rounds) - 1]


def macro(rows: Mapping[str, Mapping[str, Any]]) -> float | None:
    return sum(r["f1"] for r in rows.values()) / len(rows) if rows else None


def micro(drafts: Sequence[Draft]) -> float:
    """F1 over all (draft, item) pairs."""
    tp = sum(len(d.first & d.second) for d in drafts)
    positives = sum(len(d.first) + len(d.second) for d in drafts)
    return 1.0 if positives == 0 else 2 * tp / positives


# --- the page ----------------------------------------------------------------------------------------
def _num(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def _commit() -> str:
    try:
        return subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def differ(drafts: Sequence[Draft]) -> int:
    return sum(d.first != d.second for d in drafts)


def table(drafts: Sequence[Draft], exposed: Iterable[str] = ()) -> str:
    good = [d for d in drafts if d.verdict == "good"]
    bad = [d for d in drafts if d.verdict == "bad"]
    rows = item_agreement(drafts)
    by_good, by_bad = item_agreement(good), item_agreement(bad)
    lines = [
        "| item | first | second | both | F1 | kappa (drafts it applies to) | F1 good | F1 bad |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for item, r in rows.items():
        g = by_good.get(item, {}).get("f1")
        b = by_bad.get(item, {}).get("f1")
        lines.append(
            f"| {item} | {r['first']} | {r['second']} | {r['both']} | {r['f1']:.2f} | "
            f"{_num(r['kappa'])} ({r['applies']}) | {_num(g)} | {_num(b)} |"
        )
    exact = sum(d.first == d.second for d in drafts)
    interval = bootstrap_macro(drafts, rows)
    few = {i: r for i, r in item_agreement(drafts, 1).items() if i not in rows}
    if few:
        lines += [
            "",
            f"Items with 1 to {MIN_POSITIVES - 1} positives in either labelling (too few to score, shown for the record):",
            "",
        ]
        lines += [
            f"- {i}: first {r['first']}, second {r['second']}, both {r['both']} (F1 {r['f1']:.2f})"
            for i, r in few.items()
        ]
    lines += [
        "",
        f"- drafts: {len(drafts)} ({len(good)} good, {len(bad)} bad); items with >= {MIN_POSITIVES} positives in either labelling: {len(rows)}",
        f"- macro-F1 over those items: **{_num(macro(rows))}**; good drafts alone: {_num(macro(by_good))} ({len(by_good)} items); bad drafts alone: {_num(macro(by_bad))} ({len(by_bad)} items)",
        f"- 95 % bootstrap interval of that macro-F1 (2,000 resamples of the drafts, seed {SEED}): "
        + ("n/a" if interval is None else f"{interval[0]:.2f} to {interval[1]:.2f}"),
        f"- drafts whose label sets differ: {differ(good)} of {len(good)} good, {differ(bad)} of {len(bad)} bad",
        f"- micro-F1 over all (draft, item) labels: {micro(drafts):.2f}; good {micro(good):.2f}, bad {micro(bad):.2f}",
        f"- drafts with identical label sets: {exact} of {len(drafts)}",
    ]
    seen = set(exposed)
    if seen:
        blind = [d for d in drafts if d.slug not in seen]
        lines.append(
            f"- the {len(blind)} drafts none of whose first labels the second labeller had seen: "
            f"macro-F1 {_num(macro(item_agreement(blind)))}, micro-F1 {micro(blind):.2f}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--sample", action="store_true", help="write the seeded sample list to " + str(SAMPLE_FILE))
    ap.add_argument("--show", action="store_true", help="print the sampled drafts with their labels hidden")
    ap.add_argument("--write", type=Path, help="replace the generated part of this page with the table")
    args = ap.parse_args(argv)
    if args.sample:
        slugs = draw(dev_verdicts())
        SAMPLE_FILE.parent.mkdir(parents=True, exist_ok=True)
        header = f"# dev drafts sampled by benchmarks/label_agreement.py: seed {SEED}, {SAMPLE_SIZE} good then {SAMPLE_SIZE} bad\n"
        SAMPLE_FILE.write_text(header + "\n".join(slugs) + "\n", encoding="utf-8")
        print(f"wrote {len(slugs)} slugs to {SAMPLE_FILE.relative_to(ROOT)}")
        return 0
    if args.show:
        print(show(read_sample()))
        return 0
    body = table(load(), read_sample(EXPOSED_FILE) if EXPOSED_FILE.exists() else ())
    if args.write is None:
        print(body)
        return 0
    stamp = f"Generated {date.today().isoformat()} at commit {_commit()} by `{COMMAND}`."
    generated = f"{BEGIN}\n{stamp}\n\n{body}\n{END}"
    page = args.write.read_text(encoding="utf-8") if args.write.exists() else f"{BEGIN}\n{END}\n"
    if BEGIN not in page or END not in page:
        print(f"{args.write}: no {BEGIN} ... {END} block to replace", file=sys.stderr)
        return 1
    head, rest = page.split(BEGIN, 1)
    _old, tail = rest.split(END, 1)
    args.write.write_text(head + generated + tail, encoding="utf-8")
    print(f"wrote {args.write}")
    return 0


BEGIN = "<!-- generated by benchmarks/label_agreement.py: begin -->"
END = "<!-- generated by benchmarks/label_agreement.py: end -->"

if __name__ == "__main__":
    raise SystemExit(main())

"""Output golden for speed work: every report a warm ``Linter`` gives, as JSON, to compare byte for byte.

    python benchmarks/golden.py --write /tmp/golden.jsonl     # before a change
    python benchmarks/golden.py --check /tmp/golden.jsonl     # after it: exit 1 and the first difference
    python benchmarks/golden.py --check /tmp/golden.jsonl --batch   # the same through Linter.lint_many

A speed change must not change a single finding, span, message or score.  The drafts: the files in
examples/ (through ``lint_paths``, so readers, suppressions and sidecars take part), both splits of the
calibration corpus (linted as benchmarks/calibrate.py lints them; a regression check only) and the
generated drafts of benchmarks/bench.py, each with Harper on and off, and once more through a Linter
shared by two threads.  A draft without a send time is judged against today's date, so write and
check the golden on the same day.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import make_drafts  # noqa: E402
from calibrate import load_corpus  # noqa: E402


def lines(generated: int, seed: int, batch: bool = False) -> Iterator[str]:
    """One line per report: a label, a tab, the report's JSON."""
    import followup_lint
    from followup_lint import Config, Linter

    for result in followup_lint.lint_paths([ROOT / "examples"]).results:
        shown = result.path.replace(str(ROOT), ".")
        if result.report is not None:  # the checkout's folder left out, so any checkout compares
            yield f"examples:{shown}\t{result.report.model_dump_json().replace(str(ROOT), '.')}"
        else:
            yield f"examples:{shown}\terror {result.error}"
    samples = load_corpus()
    drafts = make_drafts(generated, seed)
    for name, config in (("default", Config()), ("harper-off", Config(ignore=["FL4"]))):
        linter = Linter(config)
        if batch:  # the same reports through lint_many: a chunk's drafts share Harper calls
            from followup_lint.streaming import Item

            items = [Item(s.text, context=s.context or None) for s in samples]
            for s, report in zip(samples, linter.lint_many(items), strict=True):
                yield f"{name}:corpus:{s.split}/{s.slug}\t{report.model_dump_json()}"
            for i, report in enumerate(linter.lint_many(drafts)):
                yield f"{name}:bench:{i}\t{report.model_dump_json()}"
            continue
        for s in samples:
            yield f"{name}:corpus:{s.split}/{s.slug}\t{linter.lint(s.text, context=s.context or None).model_dump_json()}"
        for i, d in enumerate(drafts):
            yield f"{name}:bench:{i}\t{linter.lint(d).model_dump_json()}"
    shared = Linter()  # one Linter, two threads: the reports must be those of the serial run
    with ThreadPoolExecutor(2) as pool:
        for i, report in enumerate(pool.map(shared.lint, drafts)):
            yield f"default:bench:{i}\t{report.model_dump_json()}"


def main() -> int:
    ap = argparse.ArgumentParser()
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", metavar="FILE")
    group.add_argument("--check", metavar="FILE")
    ap.add_argument("--drafts", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--batch", action="store_true", help="lint the corpus and generated drafts through lint_many")
    args = ap.parse_args()
    got = list(lines(args.drafts, args.seed, args.batch))
    if args.write:
        Path(args.write).write_text("\n".join(got) + "\n", encoding="utf-8")
        print(f"{len(got)} reports written to {args.write}")
        return 0
    want = Path(args.check).read_text(encoding="utf-8").splitlines()
    if len(want) != len(got):
        print(f"{len(got)} reports, the golden has {len(want)}")
        return 1
    for a, b in zip(want, got, strict=True):
        if a != b:
            at = next(i for i, (x, y) in enumerate(zip(a + "\0", b + "\0", strict=False)) if x != y)
            print(f"first difference at {a.split(chr(9), 1)[0]}, character {at}:")
            print(f"- ...{a[max(0, at - 150) : at + 150]}\n+ ...{b[max(0, at - 150) : at + 150]}")
            return 1
    print(f"{len(got)} reports identical to {args.check}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Tone challenge: recall on hostile follow-up sentences and false alarms on polite ones.

    python benchmarks/tone_challenge.py                  # the development part, misses listed
    python benchmarks/tone_challenge.py --split check    # the part kept back, figures only
    python benchmarks/tone_challenge.py --set tone-challenge-2 --split check   # the blind set

The sentences (tests/corpus/tone-challenge/) are ours, written for this measure in many ways of
saying each stance (different verbs, subjects, hedges, word order, typos, lower case, text-speak),
with polite sentences that share their words (a competing offer and its deadline, a
disappointment, a request for an update).  Two thirds are for developing the tone rules; the other
third, ``check``, is run rarely and never read while writing patterns, so it says whether the
rules generalise.  tests/corpus/tone-challenge-2/ holds a second set, written blind (its writer
read neither the rules nor the first set) and used only as a check.  Each sentence is linted inside an ordinary follow-up; a hostile one counts as
caught when a finding of a rule judging G-TONE-PATIENT or G-TONE-PROFESSIONAL lies inside it, and
a polite one is a false alarm when such a finding lies inside it for any purpose.
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from followup_lint import Linter

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
CHALLENGE = CORPUS / "tone-challenge"
TONE_ITEMS = frozenset({"G-TONE-PATIENT", "G-TONE-PROFESSIONAL"})
PURPOSES = ("thank-you", "status-check", "rejection-reply")


@dataclass(frozen=True)
class Sentence:
    label: str  # hostile | polite
    stance: str
    purpose: str
    text: str


def load(split: str, folder: Path = CHALLENGE) -> list[Sentence]:
    """The sentences of one part: tab-separated label, stance, purpose, sentence."""
    out = []
    for line in (folder / f"{split}.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, stance, purpose, text = line.split("\t")
            out.append(Sentence(label, stance, purpose, text))
    return out


def wrap(sentence: str) -> str:
    return (
        "Subject: Following up – Data Analyst interview\n\nHi Priya,\n\nThank you for meeting me on Tuesday about "
        f"the analyst role. {sentence}\n\nBest regards,\nJordan Lee"
    )


def tone_codes(linter: Linter, sentence: str, purpose: str) -> list[str]:
    """Codes of the findings judging patience or professionalism inside the sentence."""
    text = wrap(sentence)
    start = text.index(sentence)
    report = linter.lint(text, purpose=purpose, channel="email")
    return [
        f.code
        for f in report.findings
        if TONE_ITEMS & set(f.guidance) and start <= f.start and f.end <= start + len(sentence)
    ]


@dataclass
class Result:
    caught: Counter[str]
    total: Counter[str]
    missed: list[Sentence]
    alarms: list[tuple[Sentence, str, list[str]]]
    polite: int

    @property
    def recall(self) -> float:
        return sum(self.caught.values()) / max(1, sum(self.total.values()))


def measure(linter: Linter, sentences: list[Sentence]) -> Result:
    result = Result(Counter(), Counter(), [], [], 0)
    for s in sentences:
        if s.label == "hostile":
            result.total[s.stance] += 1
            if tone_codes(linter, s.text, s.purpose):
                result.caught[s.stance] += 1
            else:
                result.missed.append(s)
        else:
            result.polite += 1
            for purpose in PURPOSES:
                codes = tone_codes(linter, s.text, purpose)
                if codes:
                    result.alarms.append((s, purpose, codes))
                    break
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default=CHALLENGE.name, help="folder under tests/corpus (default: %(default)s)")
    parser.add_argument("--split", choices=("dev", "check"), default="dev")
    parser.add_argument("--show", action="store_true", help="list misses and false alarms (default for dev)")
    args = parser.parse_args(argv)
    path = CORPUS / args.set / f"{args.split}.tsv"
    if not path.is_file():
        parser.error(f"{path}: no such file")
    result = measure(Linter(), load(args.split, path.parent))
    hostile = sum(result.total.values())
    print(f"tone challenge ({args.set}), {args.split}: {hostile} hostile, {result.polite} polite sentences")
    print(f"recall {sum(result.caught.values())}/{hostile} = {result.recall:.2f}")
    print(f"false alarms {len(result.alarms)}/{result.polite} = {len(result.alarms) / max(1, result.polite):.2f}")
    for stance in sorted(result.total):
        print(f"  {stance:12} {result.caught[stance]}/{result.total[stance]}")
    if args.show or args.split == "dev":
        for s in result.missed:
            print(f"MISS  {s.stance:12} {s.purpose:16} {s.text}")
        for s, purpose, codes in result.alarms:
            print(f"ALARM {','.join(codes):12} {purpose:16} {s.text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

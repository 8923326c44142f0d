"""Collect the drafts our purpose tests give inference, each with the purpose the cue rules give it,
as training data for the purpose model (``tests/corpus/purpose-train/probes.jsonl``).

    python benchmarks/harvest_purpose_probes.py

The purpose tests hold several hundred blind probes and look-alikes written against the cue rules:
"Since we spoke I have looked up the book you recommended" is a thank-you, though it counts time;
"Thank you for your email regarding the outcome of the first round. I'm delighted to be invited back"
answers no rejection.  Those are the drafts a model of words alone gets wrong, so it learns from them.
The label of each is the purpose inference gives it while the tests run (no guess: the linter's
default, a thank-you); run this only when the purpose tests pass, and that is what they assert
wherever they assert a purpose.  (The rules' answer alone would not do: where they find no cue, a
test may rely on the model, and "no cue" read as a thank-you would teach it the opposite.)  The run
stops if a test fails.  The file is committed, so training needs no test run; rerun this after
adding purpose tests.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "corpus" / "purpose-train" / "probes.jsonl"
HARVESTED_FROM = OUT.with_name("harvested-from.json")  # the SHA-256 of each test file harvested
# The tests whose drafts are purpose probes (tests/test_purpose_model.py is left out: its batch
# measures the model and must stay unseen by it).
SOURCES = (
    *sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "tests" / "guidance").glob("test_inference*.py")
        if p.name != "test_inference_growth.py"
    ),
    "tests/guidance/test_purpose_ambiguities.py",
    "tests/guidance/test_issue9_misjudgements.py",
    "tests/test_purpose_blind_round3.py",
    "tests/test_purpose_blind_round4.py",
    "tests/test_round11_purpose11.py",
    "tests/test_round11_purpose11b.py",
    "tests/test_round12_purpose12.py",
)
DEFAULT = "thank-you"
MAX_CHARS = 20_000  # growth tests feed huge drafts: no probe


class Recorder:
    """A pytest plugin that wraps inference and records (draft, context, the rules' purpose)."""

    def __init__(self) -> None:
        self.rows: dict[str, dict] = {}

    def pytest_configure(self, config: pytest.Config) -> None:
        from followup_lint import infer, linter

        original = infer.infer_purpose

        def recording(draft, context=None):  # type: ignore[no-untyped-def]
            guess = original(draft, context)
            if len(draft.text) <= MAX_CHARS:
                ctx = _stable(context)
                row = {"text": draft.text, "context": ctx, "purpose": guess[0] if guess else DEFAULT}
                self.rows[json.dumps([row["text"], ctx], sort_keys=True)] = row
            return guess

        infer.infer_purpose = recording
        linter.infer_purpose = recording


def _stable(context) -> dict:  # type: ignore[no-untyped-def]
    """The context as data that does not depend on when the harvest ran: a send time the linter took
    from the clock is kept as a date, and only where a date it is measured from is known."""
    if context is None:
        return {}
    data = context.model_dump(mode="json", exclude_defaults=True)
    if "sent_at" in data:
        if "interview_date" in data or "decision_date" in data:
            data["sent_at"] = data["sent_at"][:10]
        else:
            del data["sent_at"]
    return data


def sources_digests() -> dict[str, str]:
    """The SHA-256 of each test file the probes come from: a test can then tell when one changed
    (a purpose test added or reworded) and the probes were not harvested again."""
    return {src: hashlib.sha256((ROOT / src).read_bytes()).hexdigest() for src in SOURCES}


def main() -> int:
    recorder = Recorder()
    code = pytest.main(["-q", "-p", "no:cacheprovider", *SOURCES], plugins=[recorder])
    if code != 0:
        print("the purpose tests do not pass: nothing written (their asserts are the labels)", file=sys.stderr)
        return int(code)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    rows = [recorder.rows[k] for k in sorted(recorder.rows)]
    OUT.write_text("".join(json.dumps(r, sort_keys=True, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    HARVESTED_FROM.write_text(json.dumps(sources_digests(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} probes to {OUT.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

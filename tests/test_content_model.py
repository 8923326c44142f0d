"""The learned backstop of a content rule (followup_lint.content_model: FL204's here, FL220's measured in
tests/test_rejection_model_blind.py and tests/test_rejection_blind_round9_seventh.py).

The blind batch below was written (2026-12-04) before the model was trained or run on it, in a frame
none of FL204's tests use: 20 statements of interest and 20 look-alikes.  With the wordings alone 6
statements were unheard and 2 look-alikes counted; with the backstop at its threshold (0.8) 3
statements were unheard and the same 2 look-alikes counted (0.7 would have counted one more
look-alike; 0.9 heard none of the three).  Retrained with the look-alikes of four more FL204 test
files, it hears 2 of the 6, still with no look-alike added.  Since 2026-12-06 its threshold is 0.9 (the
out-of-fold grid of benchmarks/train_content_model.py: at 0.8 it satisfied about 4 of dev's unheard short
drafts per run, at 0.9 none), and it hears 1 of the 6.  The one it hears, and every look-alike, are
asserted here; the five it misses are listed, not asserted.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest
from check_timing import FAIL_RATIO, FLOOR, SIZES

from followup_lint import FollowupLintError, Linter
from followup_lint.content_model import ContentModel, features, load_content_model
from followup_lint.rulepack import load_rule_file

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

THANK_YOU = (
    "Subject: Following up\n\nDear Mr Okoro,\n\nMany thanks for the conversation on Tuesday about the stores role. "
    "{s}\n\nKind regards,\nLeila Haddad"
)
STATUS = (
    "Subject: Stores role\n\nDear Mr Okoro,\n\nI interviewed for the stores role on 3 March and wondered whether "
    "there is news on timing. {s}\n\nKind regards,\nLeila Haddad"
)

HEARD_BY_THE_MODEL_ONLY = [
    ("status-check", "I would still love nothing more than to be part of the studio."),
]
STILL_UNHEARD = [  # the model's probability stays below its threshold (0.9)
    "I walked out hoping very much that I get to be the one who takes this on.",
    "Our chat sealed it for me: this is the school I want to teach at.",
    "If the offer comes, my answer is already yes.",
    "The more I hear about the lab, the surer I am that I belong there.",
    "The opportunity is still the one I'm hoping for most.",
]
LOOK_ALIKES = [
    ("thank-you", "I enjoyed hearing how the depot runs its night shifts."),
    ("thank-you", "It was great to learn about the charity's new shelter."),
    ("status-check", "I'm keen to know whether a decision has been made."),
    ("status-check", "I would love to hear back when you have a moment."),
    ("thank-you", "My experience running the allotment co-op fits the role well."),
    ("thank-you", "I look forward to hearing about the next steps."),
    ("thank-you", "The tour of the lab was a highlight of my week."),
    ("thank-you", "I found the discussion of the budget cuts eye-opening."),
    ("thank-you", "I have attached the references you asked for."),
    ("status-check", "I wanted to check whether the timeline has moved."),
    ("thank-you", "Thank you again for showing me the kitchen."),
    ("status-check", "Please let me know if you need anything else from me."),
    ("thank-you", "Your point about patient handovers stayed with me."),
    ("thank-you", "I appreciated the honest picture of the workload."),
    ("status-check", "I know these things take time and I appreciate your patience."),
    ("thank-you", "It was a pleasure to meet the whole team."),
    ("thank-you", "I would be happy to send samples of my lesson plans."),
    ("status-check", "I'd love an update on where things stand."),
]


def _fl204(linter: Linter, purpose: str, sentence: str) -> bool:
    frame = THANK_YOU if purpose == "thank-you" else STATUS
    report = linter.lint(frame.format(s=sentence), purpose=purpose, channel="email")
    return any(f.code == "FL204" for f in report.findings)


@pytest.mark.parametrize(("purpose", "sentence"), HEARD_BY_THE_MODEL_ONLY)
def test_interest_no_wording_hears_is_heard_by_the_backstop(linter: Linter, purpose: str, sentence: str) -> None:
    assert not _fl204(linter, purpose, sentence)


@pytest.mark.parametrize(("purpose", "sentence"), LOOK_ALIKES)
def test_a_look_alike_of_interest_is_not_taken_for_it(linter: Linter, purpose: str, sentence: str) -> None:
    assert _fl204(linter, purpose, sentence)


def test_the_backstop_is_consulted_only_where_no_wording_was_heard(linter: Linter) -> None:
    """A note the model would read as lacking interest still passes when a wording hears it: the
    model can only satisfy the rule, never unsatisfy it."""
    rule = next(r for r in linter.rules if r.code == "FL204")
    model = load_content_model(rule.params._backstop_path)
    # a wording FL204 hears whose interest the model, trained on longer notes, reads as weak (0.69 alone
    # after the retrain of 2026-12-05 on 877 dev drafts; "I am interested." now reads 0.85 and no longer
    # shows the gate)
    sentence = "Count me in."
    assert model.probability(features(sentence)) < model.threshold
    assert not _fl204(linter, "thank-you", sentence)


def test_probability_is_the_logistic_of_the_scaled_weights() -> None:
    model = ContentModel("FL999", bias=-1.0, weights={"w:keen": 4.0, "b:very keen": 2.0}, threshold=0.8, path=Path())
    found = features("very keen")  # w:very, w:keen, b:very keen
    assert found == {"w:very", "w:keen", "b:very keen"}
    z = -1.0 + (4.0 + 2.0) / 3**0.5
    assert model.probability(found) == pytest.approx(1 / (1 + 2.718281828459045**-z))
    assert model.evidence(found) == ("keen", "very keen")
    assert model.probability(set()) == pytest.approx(1 / (1 + 2.718281828459045))


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{", "cannot read the content model"),
        ('{"format": 1, "rule": "FL1", "bias": 0, "weights": {}}', "malformed"),
        ('{"format": 1, "rule": "FL1", "bias": 0, "weights": {"w:a": "x"}, "threshold": 0.8}', "malformed"),
        ('{"format": 1, "rule": "FL1", "bias": 0, "weights": {"w:a": 1e999}, "threshold": 0.8}', "finite"),
        ('{"format": 1, "rule": "FL1", "bias": 0, "weights": {}, "threshold": 0.2}', "outside 0.5-1"),
        ('{"format": 2, "rule": "FL1", "bias": 0, "weights": {}, "threshold": 0.8}', "format 2"),
    ],
)
def test_a_malformed_model_is_an_error_naming_the_file(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FollowupLintError, match=problem) as caught:
        load_content_model(path)
    assert str(path) in str(caught.value)


def test_a_rule_naming_a_missing_backstop_is_an_error_at_load(tmp_path: Path) -> None:
    text = (ROOT / "rules" / "FL204-interest.toml").read_text(encoding="utf-8")
    (tmp_path / "FL204-interest.toml").write_text(
        text.replace('backstop = "FL204"', 'backstop = "no-such-model"'), encoding="utf-8"
    )
    with pytest.raises(FollowupLintError, match="no-such-model"):
        load_rule_file(tmp_path / "FL204-interest.toml")


def test_a_rule_pack_may_ship_its_own_backstop_beside_its_rules(tmp_path: Path) -> None:
    text = (ROOT / "rules" / "FL204-interest.toml").read_text(encoding="utf-8")
    (tmp_path / "FL204-interest.toml").write_text(
        text.replace('backstop = "FL204"', 'backstop = "mine"'), encoding="utf-8"
    )
    (tmp_path / "models").mkdir()
    model = {"format": 1, "rule": "FL204", "bias": 5.0, "weights": {}, "threshold": 0.8}
    (tmp_path / "models" / "mine.json").write_text(json.dumps(model), encoding="utf-8")
    rule = load_rule_file(tmp_path / "FL204-interest.toml")
    assert rule.params._backstop_path == (tmp_path / "models" / "mine.json").resolve()


def _best(linter: Linter, text: str, purpose: str = "thank-you") -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        linter.lint(text, purpose=purpose, channel="email")
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("purpose", ["thank-you", "rejection-reply"])  # FL204's backstop, FL220's
@pytest.mark.parametrize("unit", ["We spoke about the depot's night shifts. ", "!!!!???? ", "[[<<>>]] ", "aaaaaaaaaa"])
def test_a_draft_the_backstop_reads_grows_linearly(linter: Linter, unit: str, purpose: str) -> None:
    text = "Hi Ana,\n\nThanks for the chat. {}\n\nLee"
    times = {n: _best(linter, text.format(unit * 20 * n), purpose) for n in SIZES}
    first = times[10] / max(times[1], FLOOR)
    second = times[100] / max(times[10], FLOOR)
    assert first < FAIL_RATIO and second < FAIL_RATIO, times


@pytest.mark.parametrize("rule", ["FL204", "FL220"])
def test_the_probes_were_harvested_from_the_rule_tests_as_they_are(rule: str) -> None:
    """A test of the rule added or reworded after the last harvest leaves the probes (and so the model)
    behind what the tests assert: run benchmarks/harvest_content_probes.py, then retrain."""
    import harvest_content_probes as harvest

    recorded = json.loads(harvest.harvested_from_path(rule).read_text(encoding="utf-8"))
    stale = sorted(src for src, digest in harvest.sources_digests(rule).items() if recorded.get(src) != digest)
    assert not stale, (
        f"changed since the probes were harvested: {stale}; run benchmarks/harvest_content_probes.py {rule}"
    )


@pytest.mark.parametrize("rule", ["FL204", "FL220"])
def test_the_backstop_was_trained_on_the_dev_split_and_probes_as_they_are(rule: str) -> None:
    """A dev draft added or relabelled, or probes harvested again, without retraining would ship a
    model that never saw them: run benchmarks/train_content_model.py (the `train` extra)."""
    import train_content_model as train

    trained = json.loads(train.model_path(rule).read_text(encoding="utf-8"))["trained"]
    assert trained.get("inputs_sha256") == train.inputs_digest(rule), (
        f"the dev split or the probes changed since rules/models/{rule}.json was trained; "
        f"run benchmarks/train_content_model.py {rule}"
    )

"""The whole-draft reading of the tone items (followup_lint.draft_reading): the tone model's warning
(FL330) in a draft that reads courteous throughout becomes a tip; in a draft that leans the same way,
or on a sentence the model is sure of, it stands; pattern rules are never touched; the model file is
checked and kept in step with the dev split."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from check_timing import FAIL_RATIO, FLOOR, SIZES

from followup_lint import Config, FollowupLintError, Linter
from followup_lint.draft_reading import ITEMS, load_reading_model, tip_message, weighed
from followup_lint.report import Severity

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

# A warm status check that names a competing offer: career sites publish notes like it as good. The
# tone model reads its question on the process as pushy (FL330); the draft as a whole is courteous. (Its
# request "Could we find ten minutes this week to talk about where your process stands?" was the sentence
# until the model's retrain of 2026-12-07, which no longer reads it as pushy.)
WARM = """Subject: Checking in on the Logistics Planner role

Dear Mr. Okafor,

Thank you again for the conversation last Thursday about the Logistics Planner position. I enjoyed \
learning how your team plans the winter routes, and the role remains my first choice.

I wanted to let you know that I received an offer from another company this week. I have not \
answered it yet, because I would much rather hear from you first. How is the process going on \
your side?

I am grateful for your time and look forward to hearing from you.

Kind regards,
Amara Singh
"""
WARM_CONTEXT = {
    "interview_date": "2026-11-19",
    "sent_at": "2026-11-27T10:00:00",
    "interviewers": ["Mr. Okafor"],
    "company": "Northline",
    "role": "Logistics Planner",
}
CURT = """Subject: Interview

Hi,

I interviewed on Tuesday. I need an answer by Friday. I have other offers and I am not going to \
wait around forever.

Jordan
"""
CURT_CONTEXT = {"interview_date": "2026-11-24", "sent_at": "2026-11-25T10:00:00"}


OFF = Config(rules={"FL330": {"params": {"read_as_a_whole": False}}})


def _tone(report):  # type: ignore[no-untyped-def]
    return [f for f in report.findings if not ITEMS.keys().isdisjoint(f.guidance)]


def test_the_tone_models_warning_in_a_courteous_draft_is_a_tip_that_says_why() -> None:
    off = Linter(OFF).lint(WARM, context=WARM_CONTEXT)
    on = Linter().lint(WARM, context=WARM_CONTEXT)
    assert [(f.code, f.severity) for f in _tone(off)] == [("FL330", Severity.WARNING)]
    (tip,) = _tone(on)
    assert tip.code == "FL330" and tip.severity is Severity.INFO and tip.cost == 0
    assert tip.message.startswith("Read alone, this sentence can sound hostile or impatient")
    assert "read as a whole the draft sounds patient, professional and positive" in tip.message
    assert (tip.start, tip.end) == (_tone(off)[0].start, _tone(off)[0].end)
    assert on.score is not None and off.score is not None and on.score > off.score


def test_a_sentence_the_tone_model_is_sure_of_stands_whatever_the_draft() -> None:
    sure = Config(rules={"FL330": {"params": {"sure_at": 0.01}}})  # every sentence at or above the bar
    (f,) = _tone(Linter(sure).lint(WARM, context=WARM_CONTEXT))
    assert f.code == "FL330" and f.severity is Severity.WARNING


def test_the_tone_models_warning_in_a_draft_that_leans_the_same_way_stands() -> None:
    # "Cowardly, really." only the tone model reads, below sure_at (about 3.5); the draft is curt
    text = CURT.replace("wait around forever.", "wait around forever. Cowardly, really.")
    off = Linter(OFF).lint(text, context=CURT_CONTEXT)
    on = Linter().lint(text, context=CURT_CONTEXT)
    warned = [(f.code, f.guidance) for f in _tone(off) if f.severity is Severity.WARNING]
    assert "FL330" in {code for code, _ in warned}, "the sentence must draw FL330 for this test to mean anything"
    assert [(f.code, f.guidance) for f in _tone(on) if f.severity is Severity.WARNING] == warned
    assert on.score == off.score


def test_a_tip_backs_no_other_rules_error() -> None:
    """A sentence the reading set aside is not the tone model agreeing with a stance rule's error
    (corroboration.py, ``tone-model``): alone, "I trust this is clear." is a warning. The model's own
    score of the stance rule's sentence is the other signal; it is put out of reach here (the model
    retrained on 2026-12-07 scores "I trust this is clear." over ``corroborate_threshold``, which backs
    the error by itself), so only the tip elsewhere could back the error, and must not."""
    text = WARM.replace("I am grateful for your time", "I trust this is clear. I am grateful for your time")
    no_score = Config(rules={"FL330": {"params": {"corroborate_threshold": 50.0}}})
    tone = _tone(Linter(no_score).lint(text, context=WARM_CONTEXT))
    assert any(f.code == "FL330" and f.severity is Severity.INFO for f in tone), tone
    assert not any(f.severity is Severity.ERROR for f in tone), tone


def test_a_rule_that_reads_the_draft_as_a_whole_must_cite_exactly_the_tone_items(tmp_path: Path) -> None:
    config = Config.model_validate({"rules": {"FL330": {"params": {"read_as_a_whole": True}}}})
    assert Linter(config).rules  # FL330's own list is the three items
    from followup_lint.rulepack import load_rule_file

    source = (ROOT / "rules" / "FL330-learned-tone.toml").read_text(encoding="utf-8")
    narrowed = source.replace(
        'guidance = ["G-TONE-PROFESSIONAL", "G-TONE-PATIENT", "G-POSITIVE"]', 'guidance = ["G-TONE-PATIENT"]'
    )
    narrowed = narrowed.replace('code = "FL330"', 'code = "FL990"')
    assert narrowed != source
    path = tmp_path / "FL990-narrow.toml"
    path.write_text(narrowed, encoding="utf-8")
    with pytest.raises(FollowupLintError, match="read_as_a_whole"):
        load_rule_file(path)


@pytest.mark.parametrize("value", [0, -1.0])
def test_sure_at_must_be_positive(value: float) -> None:
    with pytest.raises(FollowupLintError, match="sure_at"):
        Linter(Config.model_validate({"rules": {"FL330": {"params": {"sure_at": value}}}})).lint(WARM)


def test_every_probe_listed_as_a_cost_exists() -> None:
    """An id in tests/read_as_a_whole_costs.py or tests/tone_retrain_costs.py that names no test any more
    would be ignored silently: every one must be collected by pytest."""
    from read_as_a_whole_costs import READ_AS_TIP
    from tone_retrain_costs import RETRAIN_COSTS

    listed = {*READ_AS_TIP, *RETRAIN_COSTS}
    files = sorted({node.partition("::")[0] for node in listed})
    found = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", *files],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    collected = set(found.stdout.splitlines())
    assert sorted(listed - collected) == [], found.stderr[-2000:]


def test_a_pattern_rules_warning_in_a_warm_draft_stands() -> None:
    """A jab or a plea a pattern names is a fault however warm the note around it."""
    for line in ("Frankly, I've waited long enough.", "Thanks for wasting my afternoon."):
        text = WARM.replace("I am grateful for your time", line + " I am grateful for your time")
        found = _tone(Linter().lint(text, context=WARM_CONTEXT))
        assert any(f.code != "FL330" and f.severity is not Severity.INFO for f in found), (line, found)


def test_only_the_tone_model_reads_the_draft_as_a_whole() -> None:
    marked = {r.code for r in Linter().rules if getattr(r.params, "read_as_a_whole", False)}
    assert marked == {"FL330"}


def test_the_reading_keeps_the_items_it_does_not_set_aside() -> None:
    reading = {"G-TONE-PATIENT": 0.01, "G-TONE-PROFESSIONAL": 0.5, "G-POSITIVE": 0.01}
    assert weighed(["G-TONE-PATIENT", "G-TONE-PROFESSIONAL"], reading, 0.15) == (
        ["G-TONE-PROFESSIONAL"],
        ["G-TONE-PATIENT"],
    )
    assert weighed(["G-POSITIVE", "G-FREQUENCY"], reading, 0.15) == (["G-FREQUENCY"], ["G-POSITIVE"])
    assert weighed(["G-TONE-PATIENT"], dict.fromkeys(ITEMS, 0.15), 0.15) == (["G-TONE-PATIENT"], [])
    note = tip_message("‘ten’", ["G-TONE-PATIENT", "G-POSITIVE"], reading)
    assert "weigh most: ‘ten’" in note and "sounds patient and positive" in note and "1%" in note


def test_the_shipped_model_reads_each_item() -> None:
    reading = load_reading_model()
    assert set(reading.models) == set(ITEMS) and 0 < reading.stands_at < 1
    warm, curt = reading.read(WARM), reading.read(CURT)
    assert all(warm[item] < reading.stands_at for item in ITEMS)
    assert curt["G-TONE-PATIENT"] > reading.stands_at


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("{", "cannot read the reading model"),
        ('{"format": 2}', "format 2"),
        ('{"format": 1, "stands_at": 0.15}', "malformed"),
        ('{"format": 1, "stands_at": 1.5, "items": {}}', "out of range"),
        ('{"format": 1, "stands_at": 0.15, "items": {"G-POSITIVE": {"bias": 0, "weights": {}}}}', "one model per item"),
    ],
)
def test_a_malformed_model_file_is_an_error_naming_it(tmp_path: Path, content: str, says: str) -> None:
    path = tmp_path / "reading.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FollowupLintError, match=says) as caught:
        load_reading_model(path)
    assert str(path) in str(caught.value)


def test_the_model_was_trained_on_the_dev_split_as_it_is() -> None:
    """A dev draft added or relabelled without retraining would ship a model that never saw it: run
    benchmarks/train_reading_model.py (the `train` extra)."""
    import train_reading_model as train

    trained = json.loads(train.MODEL_PATH.read_text(encoding="utf-8"))["trained"]
    assert trained.get("inputs_sha256") == train.inputs_digest(), (
        "the dev split changed since rules/models/reading.json was trained; run benchmarks/train_reading_model.py"
    )


def _best(text: str) -> float:
    reading = load_reading_model()
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        reading.read(text)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("unit", ["I need an answer by Friday. ", "!!!!???? ", "[[<<>>]] ", "aaaaaaaaaa", "😀🙏 "])
def test_the_reading_grows_linearly(unit: str) -> None:
    times = {n: _best("Hi Ana,\n\n" + unit * 20 * n + "\n\nLee") for n in SIZES}
    first = times[10] / max(times[1], FLOOR)
    second = times[100] / max(times[10], FLOOR)
    assert first < FAIL_RATIO and second < FAIL_RATIO, times


def test_the_unseen_checkpoints_name_dev_drafts_only() -> None:
    """benchmarks/unseen_checkpoints.py measures on these; a held-out draft there would leak."""
    dev = ROOT / "tests" / "corpus" / "calibration" / "dev"
    lists = sorted((ROOT / "benchmarks" / "unseen_checkpoints").glob("*.txt"))
    assert [p.stem for p in lists] == ["1dfa679", "4fc113d", "65d5736", "b7555c9", "bf3a720", "fb39577"]
    for path in lists:
        slugs = path.read_text(encoding="utf-8").split()
        assert slugs and all((dev / f"{slug}.toml").is_file() for slug in slugs), path

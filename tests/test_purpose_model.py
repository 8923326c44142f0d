"""The learned purpose model (rules/models/purpose.json) and where inference follows it.

Its cost and gain are measured by benchmarks/train_purpose_model.py (cross-validated on the dev split,
and a replay of blind round 4 against the rules as they stood before it: 16 of 93 wrong -> 7).  Here:
the model is only asked where the rules have no cue or only thanks; what it says is explained by the
draft's own words; a malformed file is a clear error; and its cost grows linearly.

Blind batch 5 (12 drafts written on 2026-12-04 before the model was wired in, 4 of each purpose, in
plain words no cue family was written for): the rules alone missed 1 ("So it's a no this time. That
stings a little"), 0 with the model.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest
from check_timing import FAIL_RATIO, FLOOR, SIZES
from inferred_cues import cues_not_in_draft

from followup_lint import FollowupLintError, Linter, infer
from followup_lint.draft import parse_draft
from followup_lint.purpose_model import PurposeModel, features, load_purpose_model

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

R, S, T = "rejection-reply", "status-check", "thank-you"

BATCH5 = [
    (R, "Hi Marta,\n\nRead your note this morning. Not the news I was hoping for, but I appreciate you telling me directly rather than leaving it hanging. If the infrastructure team opens another seat next year, I'd like to be in the running again.\n\nAll the best,\nDevon"),
    (R, "Dear Mr. Haddad,\n\nI have received your letter about the archivist post. While naturally I would have liked a different outcome, I understand the panel had a strong field. Should you be willing, a few words on where my application fell short would help me greatly.\n\nYours sincerely,\nRuth Okafor"),
    (R, "Fair enough, Jon. Best of luck to whoever you picked, and cheers for the chat last week.\nSam"),
    (R, "Hello Priya,\n\nSo it's a no this time. That stings a little, I won't pretend otherwise. I learned a lot from the case study though, and I'd welcome any pointers on the pricing model I presented.\n\nWarmly,\nIan"),
    (S, "Hi Grace,\n\nHope your week is going well. Just checking in on the product designer role - I know these things take time, and I'm happy to send anything else that would help the team decide. Is there a rough timeframe I should keep in mind?\n\nBest,\nAmara"),
    (S, "Dear Dr. Lindqvist,\n\nI am writing regarding the postdoctoral position for which I met the committee on 14 October. I remain keen on the project and wondered whether the committee has reached a view, or whether I should expect to wait a while longer.\n\nKind regards,\nTomasz Nowak"),
    (S, "hey ben, any movement on the warehouse lead job? been a couple of weeks and i havent seen anything come through. no rush just want to plan around it. thanks, kev"),
    (S, "Hi Sofia,\n\nCircling back on the account manager opening. I've had another company come back with an offer and would much rather join your team, so I wanted to ask where your process has got to before I answer them.\n\nMany thanks,\nLeon"),
    (T, "Hi Chloe,\n\nReally enjoyed talking through the onboarding redesign with you and Raj this afternoon. The idea of cutting the setup steps from nine to four stuck with me, and I sketched a rough flow on the train home, attached in case it is useful.\n\nBest,\nNina"),
    (T, "Dear Mrs. Adeyemi,\n\nIt was a pleasure to meet you and the governors this morning and to see the new science block. I came away even more certain that I would like to teach at Hollybrook, particularly after hearing about the Year 9 mentoring scheme.\n\nWith kind regards,\nPeter Lau"),
    (T, "Hi Omar - great to meet you earlier. Loved hearing how the night shift team handles the handover. Looking forward to the next steps. Cheers, Jas"),
    (T, "Dear Hiring Committee,\n\nI appreciated the chance to present my research on river sediment yesterday and the thoughtful questions from the panel. The discussion about field sampling costs gave me new ideas for my fieldwork budget, and I would be glad to send further details.\n\nSincerely,\nElena Ruiz"),
]  # fmt: skip


@pytest.mark.parametrize(("want", "text"), BATCH5, ids=[f"batch5-{i}" for i in range(len(BATCH5))])
def test_blind_batch5_purpose(linter: Linter, want: str, text: str) -> None:
    report = linter.lint(text)
    cue = report.inferred.get("purpose", "")
    assert report.purpose == want, cue
    assert not cues_not_in_draft(cue, text), cue


def test_a_draft_the_rules_cannot_place_is_read_by_the_model_and_explained(linter: Linter) -> None:
    text = BATCH5[3][1]
    assert infer._infer_purpose(parse_draft(text)) is None  # no cue family holds these words
    report = linter.lint(text)
    cue = report.inferred["purpose"]
    assert report.purpose == R
    assert "learned purpose model" in cue and "%" in cue
    assert not cues_not_in_draft(cue, text)


def _forced(purpose: str, path: Path) -> PurposeModel:
    """A model sure of ``purpose`` whatever the draft says."""
    purposes = (R, S, T)
    bias = tuple(20.0 if p == purpose else 0.0 for p in purposes)
    return PurposeModel(purposes, bias, {}, no_cue=0.6, thanks_only=0.8, path=path)


def test_the_model_never_overturns_a_cue_the_rules_found(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(infer, "load_purpose_model", lambda: _forced(T, tmp_path))
    text = "Hi Ana,\n\nThanks for letting me know I was not selected. Could you share any feedback?\n\nLee"
    assert Linter().lint(text).purpose == R


def test_the_model_may_overturn_thanks_alone_and_fills_in_for_no_cue(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(infer, "load_purpose_model", lambda: _forced(S, tmp_path))
    thanks_only = "Hi Ana,\n\nThank you for your time on Monday.\n\nLee"
    nothing = "Hi Ana,\n\nThe weather has been lovely here.\n\nLee"
    for text in (thanks_only, nothing):
        report = Linter().lint(text)
        assert report.purpose == S
        assert "learned purpose model (100%" in report.inferred["purpose"]


def test_an_unsure_model_leaves_the_rules_alone(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    unsure = PurposeModel((R, S, T), (0.1, 0.0, 0.0), {}, no_cue=0.6, thanks_only=0.8, path=tmp_path)
    monkeypatch.setattr(infer, "load_purpose_model", lambda: unsure)
    report = Linter().lint("Hi Ana,\n\nThe weather has been lovely here.\n\nLee")
    assert (report.purpose, report.inferred["purpose"]) == (T, "default")


def test_a_given_purpose_is_never_inferred(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(infer, "load_purpose_model", lambda: _forced(R, tmp_path))
    report = Linter().lint("Hi Ana,\n\nThe weather has been lovely here.\n\nLee", purpose=S)
    assert report.purpose == S and "purpose" not in report.inferred


def test_the_shipped_model_is_whole() -> None:
    model = load_purpose_model()
    assert sorted(model.purposes) == [R, S, T]
    assert 0.0 < model.no_cue <= model.thanks_only < 1.0
    assert len(model.weights) > 1000
    probs = model.probabilities(features("any update on the decision?"))
    assert abs(sum(probs.values()) - 1.0) < 1e-9
    assert max(probs, key=probs.__getitem__) == S


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "cannot read"),
        (json.dumps({"format": 2}), "malformed"),
        (
            json.dumps(
                {
                    "format": 1,
                    "purposes": ["a"],
                    "bias": {"a": 0},
                    "weights": {"w:x": [1, 2]},
                    "thresholds": {"no_cue": 0.5, "thanks_only": 0.6},
                }
            ),
            "malformed",
        ),
        (
            json.dumps(
                {
                    "format": 1,
                    "purposes": ["a"],
                    "bias": {"a": "nan"},
                    "weights": {},
                    "thresholds": {"no_cue": 0.5, "thanks_only": 0.6},
                }
            ),
            "finite",
        ),
    ],
)
def test_a_bad_model_file_is_an_error_naming_it(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "purpose.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FollowupLintError, match=problem) as caught:
        load_purpose_model(path)
    assert str(path) in str(caught.value)


def test_features_are_the_same_for_the_same_draft_and_know_the_dates() -> None:
    text = "Subject: Update?\n\nHi Ana, any news on the role? Lee"
    assert features(text, 9, 1, True) == features(text, 9, 1, True)
    assert {"c:days-late", "c:decision-date-passed", "c:earlier-follow-ups", "b:any news"} <= features(text, 9, 1, True)
    assert "c:days-fresh" in features(text, 1) and "c:days-week" in features(text, 5)


def _best(text: str) -> float:
    draft = parse_draft(text)
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        infer.infer_purpose(draft)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize(
    "unit",
    [
        "So it's a no this time, that stings. ",
        "'''''''''''''''''''''''''''''''''''''''' ",
        "a'b'c'd'e'f'g'h'i'j'k'l'm'n'o'p'q'r's't'u'v'w'x'y'z ",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    ],
)
def test_inference_with_the_model_grows_linearly(unit: str) -> None:
    times = {n: _best("Hi Ana,\n\n" + unit * 20 * n + "\n\nLee") for n in SIZES}
    first = times[10] / max(times[1], FLOOR)
    second = times[100] / max(times[10], FLOOR)
    assert first < FAIL_RATIO and second < FAIL_RATIO, times


def test_the_probes_were_harvested_from_the_purpose_tests_as_they_are() -> None:
    """A purpose test added or reworded after the last harvest leaves the probes (and so the model)
    behind what the tests assert: run benchmarks/harvest_purpose_probes.py, then retrain."""
    import harvest_purpose_probes as harvest

    recorded = json.loads(harvest.HARVESTED_FROM.read_text(encoding="utf-8"))
    stale = sorted(src for src, digest in harvest.sources_digests().items() if recorded.get(src) != digest)
    assert not stale, f"changed since the probes were harvested: {stale}; run benchmarks/harvest_purpose_probes.py"


def test_the_model_was_trained_on_the_dev_split_and_probes_as_they_are() -> None:
    """A dev draft added or relabelled, or probes harvested again, without retraining would ship a
    model that never saw them: run benchmarks/train_purpose_model.py (the `train` extra)."""
    import train_purpose_model as train

    trained = json.loads(train.OUT.read_text(encoding="utf-8"))["trained"]
    assert trained.get("inputs_sha256") == train.inputs_digest(), (
        "the dev split or the probes changed since rules/models/purpose.json was trained; "
        "run benchmarks/train_purpose_model.py"
    )

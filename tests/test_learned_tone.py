"""FL330, the learned tone model: its features, the shipped weights, the rule's findings and its cost.

The model's recall is measured by benchmarks/train_tone_model.py (cross-validated) and
benchmarks/tone_challenge.py; these tests pin down what a user relies on: the weights load from
an installed package, the same sentence always gets the same score and the same words, a good
example draft raises nothing, the words named are words of the sentence, a sentence a specific
tone rule reports is not reported twice, and the cost stays linear in the input.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from check_timing import prepared_input

import followup_lint
from followup_lint import Config, Linter
from followup_lint.checks import REGISTRY, CheckInput
from followup_lint.errors import FollowupLintError
from followup_lint.rulepack import builtin_rules_dir
from followup_lint.tone_model import features, find_model, load_model

ROOT = Path(__file__).resolve().parents[1]
CODE = "FL330"


@pytest.fixture(scope="module")
def only() -> Linter:
    """A linter running FL330 alone."""
    return Linter(Config(select=[CODE]))


def wrap(sentence: str) -> str:
    return (
        "Subject: Following up on the analyst interview\n\nHi Priya,\n\n"
        f"Thank you for meeting me on Tuesday about the analyst role. {sentence}\n\nBest regards,\nJordan Lee"
    )


def names(sentence: str) -> set[str]:
    return {f.name for f in features([(w, w) for w in sentence.split()])}


def test_features_name_words_pairs_and_classes() -> None:
    found = names("you never replied !!")
    assert {"w:you", "b:you never", "c:@you", "c:@neg", "k:@you never", "k:you @neg", "c:!!", "b:<s> you"} <= found
    assert "c:scare" in names('thanks for the " valuable " feedback')
    assert "c:scare" not in names('I said " we will see what the panel thinks about it " then')  # too long
    assert {"c:@drawn", "c:@caps"} <= names("sooo WHAT")
    assert "w:<num>" in names("waited 12 days") and "w:4" in names("thx 4 the chat")


def test_shipped_model_loads_and_is_small() -> None:
    path = find_model("tone")
    assert path.parent == (builtin_rules_dir() / "models").resolve()
    assert path.stat().st_size < 700_000  # plain data, a few hundred KB (about 530 KB since the retrains of 2026-12-07)
    model = load_model(path)
    assert len(model.weights) > 1000 and model.lexicon
    assert model.threshold > model.bias  # an empty sentence is never reported


def test_shipped_model_loads_from_an_installed_layout(tmp_path: Path) -> None:
    """The wheel puts rules/ inside the package (pyproject's force-include); lint from such a copy."""
    site = tmp_path / "site"
    # The package as imported: the source tree in a checkout, site-packages when the suite runs
    # against an installed wheel (the sdist test), where rules/ is already inside it.
    package = Path(followup_lint.__file__).resolve().parent
    shutil.copytree(package, site / "followup_lint", ignore=shutil.ignore_patterns("__pycache__"))
    if not (site / "followup_lint" / "rules").is_dir():
        shutil.copytree(builtin_rules_dir(), site / "followup_lint" / "rules")
    code = (
        "from followup_lint import Config, Linter\n"
        "from followup_lint.tone_model import find_model\n"
        "print(find_model('tone'))\n"
        "linter = Linter(Config(select=['FL330']))\n"
        "r = linter.lint("
        + repr(wrap("Nice to see how little candidates matter to you."))
        + ", purpose='status-check')\n"
        "print(sorted({f.code for f in r.findings}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env={"PYTHONPATH": str(site)},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert out[0] == str((site / "followup_lint" / "rules" / "models" / "tone.json").resolve())
    assert out[1] == "['FL330']"  # the model, read from the installed copy, flags the sentence


def test_score_is_deterministic(linter: Linter) -> None:
    text = wrap("Must be lovely to have so much free time that a reply takes three weeks.")
    first = [f.model_dump() for f in linter.lint(text, purpose="status-check").findings]
    load_model.cache_clear()
    again = [f.model_dump() for f in Linter().lint(text, purpose="status-check").findings]
    assert first == again


def test_message_names_words_of_the_sentence(only: Linter) -> None:
    sentence = "Oh wonderful, another week of silence from your side."
    text = wrap(sentence)
    found = [f for f in only.lint(text, purpose="status-check").findings if f.code == CODE]
    assert found, "the model should read this sentence as impatient"
    f = found[0]
    assert text[f.start : f.end] == sentence
    quoted = [part.split("’")[0] for part in f.message.split("‘")[1:]]
    assert quoted and all(q in sentence for q in quoted)


@pytest.mark.parametrize("name", sorted(p.name for p in (ROOT / "examples").glob("*.txt") if "weak" not in p.name))
def test_good_examples_raise_nothing(linter: Linter, name: str) -> None:
    text = (ROOT / "examples" / name).read_text(encoding="utf-8")
    assert not [f for f in linter.lint(text).findings if f.code == CODE]


def test_yields_to_the_specific_rule(linter: Linter, only: Linter) -> None:
    """FL322 reports the contempt; FL330, which would also flag the sentence, steps aside."""
    text = wrap("Honestly your whole hiring process is an absolute joke.")
    alone = only.lint(text, purpose="status-check").findings
    both = linter.lint(text, purpose="status-check").findings
    assert [f.code for f in alone] == [CODE]
    assert "FL322" in {f.code for f in both} and CODE not in {f.code for f in both}


def test_a_broken_model_file_is_one_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "models" / "tone.json"
    bad.parent.mkdir()
    bad.write_text(json.dumps({"format": 1, "bias": 0, "threshold": 1}), encoding="utf-8")
    with pytest.raises(FollowupLintError, match=r"tone\.json.*malformed"):
        load_model(find_model("tone", tmp_path))
    with pytest.raises(FollowupLintError, match="model `nope` not found"):
        find_model("nope", tmp_path)


def _input(linter: Linter, body: str) -> CheckInput:
    return prepared_input(linter, body, subject="Following up", purpose="status-check")


@pytest.mark.parametrize(
    "unit",
    [
        "Still nothing from you people!! Unbelievable. ",  # many short sentences
        "and you never ever replied to me so so so “valuable” sooo ",  # one sentence that keeps growing
        "!!! ??? ... ,,, “ ” 😀 ",  # punctuation and symbols
    ],
)
def test_cost_grows_linearly(linter: Linter, unit: str) -> None:
    rule = next(r for r in linter.rules if r.code == CODE)
    run = REGISTRY[rule.check].run
    list(run(_input(linter, "warm up"), rule.params))
    times = {}
    for n in (1, 10, 100):
        inp = _input(linter, unit * (4 * n))
        best = float("inf")
        for _ in range(5):
            start = time.perf_counter()
            list(run(inp, rule.params))
            best = min(best, time.perf_counter() - start)
        # a floor of 5 ms: below it a loaded machine's scheduling noise, not the check, sets the ratio
        times[n] = max(best, 0.005)
    assert times[100] / times[10] < 40 and times[10] / times[1] < 40, times


def _draft_model(tmp_path: Path, draft_threshold: float | None) -> Path:
    """A tiny model: "sharp" weighs 1 and "very" 1 more, a sentence needs 1.5, a draft 0.5."""
    folder = tmp_path / "models"
    folder.mkdir(parents=True, exist_ok=True)
    data = {"format": 1, "bias": 0.0, "threshold": 1.5, "weights": {"w:sharp": 1.0, "w:very": 1.0}}
    if draft_threshold is not None:
        data["draft_threshold"] = draft_threshold
    (folder / "tone.json").write_text(json.dumps(data), encoding="utf-8")
    load_model.cache_clear()
    return tmp_path


@pytest.mark.parametrize(
    ("body", "reported"),
    [
        ("That was sharp. Thanks for the chat.", []),  # one moderate sentence: not enough
        ("That was sharp. This is sharp too. Thanks for the chat.", ["That was sharp.", "This is sharp too."]),
        ("That was very sharp. Thanks for the chat.", ["That was very sharp."]),  # over the sentence threshold
    ],
)
def test_several_moderate_sentences_make_a_hostile_draft(
    linter: Linter, tmp_path: Path, body: str, reported: list[str]
) -> None:
    from followup_lint.checks.learned_tone import LearnedToneParams

    params = LearnedToneParams.model_validate({}, context={"rule_dir": str(_draft_model(tmp_path, 0.5))})
    inp = _input(linter, body)
    found = list(REGISTRY["learned-tone"].run(inp, params))
    text = inp.draft.text
    assert [text[f.start : f.end] for f in found] == reported
    # a model without a draft threshold, or a rule that asks for three sentences, judges sentences only
    plain = LearnedToneParams.model_validate({}, context={"rule_dir": str(_draft_model(tmp_path / "plain", None))})
    three = LearnedToneParams.model_validate({"draft_sentences": 3}, context={"rule_dir": str(tmp_path)})
    for other in (plain, three):
        got = [text[f.start : f.end] for f in REGISTRY["learned-tone"].run(inp, other)]
        assert got == [s for s in reported if "very" in s]
    load_model.cache_clear()

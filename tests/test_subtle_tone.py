"""FL334, the second, quieter tone model (docs/tone.md, "The second opinion (FL334)"): a tip on an aside
the other tone rules leave (a grumble about the wait, a remark on the interviewer's looks), a warning
when a reviewer asks for one, silent where another tone rule already names the fault, and linear in cost.
The drafts are round 16's blind probes (tests/corpus/probes/round16/fault), which the model never
trained on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from check_timing import assert_grows_linearly, prepared_input

from followup_lint import Config, Linter
from followup_lint.tone_model import find_model, load_model

ROOT = Path(__file__).resolve().parents[1]
PROBES = ROOT / "tests" / "corpus" / "probes" / "round16" / "fault"
CODE = "FL334"


@pytest.fixture(scope="module")
def strict() -> Linter:
    """The rule made a warning, as a career centre that wants it stricter would configure it."""
    return Linter(Config(rules={CODE: {"severity": "warning"}}))


def _tone(linter: Linter, text: str) -> list[tuple[str, str, str]]:
    report = linter.lint(text)
    return [(f.code, f.severity.value, text[f.start : f.end]) for f in report.findings if f.code in {"FL330", CODE}]


def _probe(slug: str) -> str:
    folder = PROBES if slug.startswith("p16-") else PROBES.parents[1] / "round17" / "fault"
    return (folder / f"{slug}.txt").read_text(encoding="utf-8")


def test_the_model_ships_beside_the_first_and_is_small() -> None:
    path = find_model("tone-subtle")
    assert path.parent == find_model("tone").parent
    assert path.stat().st_size < 400_000
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["trained_on"]["subtle"] == 420 and "challenge" not in data["trained_on"]
    assert load_model(path).threshold > 0


@pytest.mark.parametrize(
    ("slug", "words"),
    [
        # p17-t-014's joke on a beige office was here until the tone model, retrained on the probe drafts
        # (2026-12-07), read it itself: FL330 warns on it now, and FL334 yields (below)
        ("p16-f-002-remarks-on-interviewers-beard", "the beard suits you"),
    ],
)
def test_an_aside_no_other_rule_names_gets_a_tip(linter: Linter, strict: Linter, slug: str, words: str) -> None:
    text = _probe(slug)
    found = _tone(linter, text)
    assert [(code, sev) for code, sev, _ in found] == [(CODE, "info")]
    assert words in found[0][2]
    assert [(code, sev) for code, sev, _ in _tone(strict, text)] == [(CODE, "warning")]


def test_an_aside_the_first_model_reads_is_its_warning(linter: Linter) -> None:
    text = _probe("p17-t-014-li-msg-thank-you-beige-office-joke")
    found = _tone(linter, text)
    assert [(code, sev) for code, sev, _ in found] == [("FL330", "warning")]
    assert "quite so much beige" in found[0][2]


def test_it_yields_to_the_first_model_unless_it_is_the_stronger(linter: Linter, strict: Linter) -> None:
    # FL330 reads "maddening" too, but the reading of the whole draft made its finding a tip
    text = _probe("p16-f-028-portal-was-maddening")
    assert [(code, sev) for code, sev, _ in _tone(linter, text)] == [("FL330", "info")]
    assert sorted((code, sev) for code, sev, _ in _tone(strict, text)) == [("FL330", "info"), (CODE, "warning")]


def test_it_is_dropped_where_another_rule_warns_on_the_tone(strict: Linter) -> None:
    text = _probe("p16-f-023-frustrated-by-forty-minute-wait")
    body_end = text.index("\n\n", text.index("forty minutes"))
    pressing = (
        text[:body_end]
        + " I will need your answer by tomorrow at the latest, or I will assume it is a no."
        + text[body_end:]
    )
    report = strict.lint(pressing)
    others = [f for f in report.findings if f.category == "tone" and f.code != CODE and f.severity.rank >= 1]
    assert others, "the added deadline should be reported by a tone rule"
    assert CODE not in [f.code for f in report.findings]


@pytest.mark.parametrize(
    "unit",
    [
        "I'll admit the portal was maddening and the parking a nightmare. ",  # many short sentences
        "and the wait and the parking and my current manager and the commute ",  # one sentence that keeps growing
    ],
)
def test_cost_grows_linearly(linter: Linter, unit: str) -> None:
    assert_grows_linearly(
        linter, CODE, lambda n: prepared_input(linter, unit * (4 * n), subject="Thank you", purpose="thank-you"), CODE
    )

"""Round 14 review fixes (fix14patient), batch B: probes in other words, written after the FL311/FL315/
FL317/FL310 narrowing and committed before their first run. GOOD must give no finding of the rule, BAD a
warning or error of it."""

from __future__ import annotations

import pytest

from followup_lint import Linter
from tests.test_round14_fix14patient import _codes, _text


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


GOOD = [
    (
        "FL311",
        "T",
        "The pay structure you outlined is clear, and I can attend the second round unless it moves to a Friday.",
        None,
    ),
    (
        "FL311",
        "T",
        "I have my own car, so before I start I'll make sure the insurance covers business use.",
        "Field Engineer",
    ),
    ("FL311", "T", "Lowering the error rate was the goal; otherwise the pipeline ran well.", None),
    ("FL315", "T", "Sorry for the short notice on my reference details; they are below.", None),
    (
        "FL315",
        "T",
        "I'm sorry the video link dropped during my answer about forecasting; to finish it, I'd use a rolling average.",
        None,
    ),
    ("FL315", "R", "The news stung briefly, and I'm thankful for how clearly you explained it.", None),
    (
        "FL317",
        "R",
        "I was told at the start that the process might take six weeks, so I was surprised and pleased by how quickly it moved.",
        None,
    ),
    ("FL317", "R", "I'll re-examine my case study approach before my next application.", None),
    ("FL317", "R", "I'd be glad if you would reconsider me when a similar post opens next year.", None),
    ("FL310", "T", "When our sprint budget ran out, I negotiated a cheaper hosting plan for the team.", None),
    ("FL310", "T", "We were searching for six months for a reliable supplier before I joined the project.", None),
    ("FL310", "T", "I coached 25 kids to support them in their reading, which I loved.", "Teaching Assistant"),
]

BAD = [
    ("FL311", "T", "If the base can't reach £52k, I'll have to pull out of the process.", None),
    ("FL311", "T", "Without a fully remote set-up I won't be able to proceed.", None),
    (
        "FL315",
        "T",
        "I'm mortified, I went to pieces on the budgeting question and I can't stop thinking about it.",
        None,
    ),
    ("FL315", "R", "That was a real kick in the teeth after all the preparation I put in.", None),
    ("FL317", "R", "Could the hiring manager look again at my application in light of my references?", None),
    (
        "FL317",
        "R",
        "I was led to believe the portfolio would carry most weight, so I was shocked to be turned down over the test.",
        None,
    ),
    ("FL310", "T", "Our savings are nearly exhausted, so I would take anything you have.", None),
    ("FL310", "T", "I have been looking for a job for two years and I am desperate now.", None),
]


@pytest.mark.parametrize(("code", "kind", "sentence", "role"), GOOD)
def test_good_wording_is_quiet(linter: Linter, code: str, kind: str, sentence: str, role: str | None) -> None:
    assert code not in _codes(linter, _text(kind, sentence), kind, role, None)


@pytest.mark.parametrize(("code", "kind", "sentence", "role"), BAD)
def test_bad_variant_is_flagged(linter: Linter, code: str, kind: str, sentence: str, role: str | None) -> None:
    assert code in _codes(linter, _text(kind, sentence), kind, role, None)

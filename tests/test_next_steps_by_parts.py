"""FL203 hears a forward reference by its parts (G-NEXT-STEPS: a thank-you refers forward to the
process): a word of the process (the panel, a round, the stage, the shortlist, the outcome,
proceeding) AND, in the same sentence, a marker that it is still to come (when ... will, whether,
due, ahead, let me know, news of, the panel will meet); a sentence that only names the process
looks back.  Sentences written for this test on 2026-12-03 (not from the corpus or any page): of 30
forward references in unseen wordings the fixed wordings missed 6 (the first list), none now; the
20 look-backs of that batch and 9 of the 10 written against the parts still draw the finding."""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def fires(linter: Linter, sentence: str) -> bool:
    text = (
        "Subject: Thank you – Analyst interview\n\nHi Ana,\n\n"
        f"Thank you for your time today. I am very keen on the role. {sentence}\n\nBest,\nLee"
    )
    report = linter.lint(text, purpose="thank-you")
    return any(f.code == "FL203" for f in report.findings)


HEARD_BY_PARTS = [
    "I'd be grateful for a rough idea of when the panel will meet.",
    "Do let me know if round two goes ahead.",
    "I'll keep an eye out for news of the final stage.",
    "Please let me know how you'd like to proceed.",
    "I'd welcome the chance to move forward in the process.",
    "I gather the shortlist is due next Friday, so I'll keep that day clear.",
]


@pytest.mark.parametrize("sentence", HEARD_BY_PARTS)
def test_fl203_hears_a_forward_reference_by_its_parts(linter: Linter, sentence: str) -> None:
    assert not fires(linter, sentence)


LOOK_BACKS = [
    "The panel was friendly and the questions were fair.",
    "The final round was tough, but I learned a lot from it.",
    "I liked the moment in the panel when we compared rotas.",
    "I was glad the process moved so quickly.",
    "Your selection of case studies was thoughtful.",
    "I enjoyed the first round with Sam.",
    "The process of building the new lab must have been demanding.",
    "It was good to see the shortlisting room.",
    "The panel's questions on safety made me think.",
    "I enjoyed the walk round the plant.",
    "Let's stay in touch.",
    "I look forward to working with you.",
]


@pytest.mark.parametrize("sentence", LOOK_BACKS)
def test_fl203_still_fires_on_look_backs_that_name_the_process(linter: Linter, sentence: str) -> None:
    assert fires(linter, sentence)


def test_parts_must_share_a_sentence(linter: Linter) -> None:
    assert fires(linter, "The panel was lovely. Let me know if you visit Leeds.")

"""Blind probes of names written in lower case (FL409, G-CORRECT), round 13.

Every probe was written for this test with the verdict LABELLING.md gives it (a name written in lower case
is a G-CORRECT slip; a dev draft "names all in lower case" is labelled so), before the rule existed or,
for batch B, before its last change ran on it.

Batch A (15: 8 bad, 7 good), first run of the new rule: 0 bad missed, 2 good flagged (the sender's name
inside an e-mail address); after: 1 bad missed ("okafor-style", a name joined to a word by a hyphen, left
alone with addresses and handles; strict xfail).  Batch B (12: 5 bad, 7 good), written after that change and
run once: 1 bad missed ("Morning rose!": a greeting the parser does not take for one, so "rose", a common
word, counts only where it stands as a name; strict xfail), 0 good flagged.
"""

from __future__ import annotations

import pytest
from check_timing import assert_grows_linearly

from followup_lint import Linter
from followup_lint.analysis import Analysis
from followup_lint.checks import CheckInput
from followup_lint.context import Context
from followup_lint.draft import parse_draft

_CTX = {
    "company": "Quarry Lane Foods",
    "role": "Production Planner",
    "interviewers": ["Rose Okafor", "Will Danby"],
    "interview_date": "2026-12-01",
    "sender_name": "Priya Nand",
}


def _draft(greeting: str, body: str, signature: str) -> str:
    return (
        f"Subject: Production Planner interview\n\n{greeting}\n\nThank you for the interview yesterday about the "
        f"Production Planner role. {body} I am keen on the role and look forward to hearing from you.\n\n"
        f"Best regards,\n{signature}"
    )


# (batch, greeting, a sentence of the body, signature, bad)
_PROBES = [
    ("A", "Hi rose,", "I liked the line tour.", "Priya Nand", True),
    ("A", "Dear ms. okafor,", "I liked the line tour.", "Priya Nand", True),
    ("A", "Hello Rose,", "Please thank will danby for the tour too.", "Priya Nand", True),
    ("A", "Hi Rose,", "I liked the line tour.", "priya nand", True),
    ("A", "Hi Rose,", "I liked the line tour.", "priya", True),
    ("A", "Hi Rose and will,", "I liked the line tour.", "Priya Nand", True),
    ("A", "Hi Rose,", "Thanks to okafor's team for the coffee.", "Priya Nand", True),
    (
        "A",
        "Hi Rose,",
        "I liked hearing how output rose after the new ovens, and I will bring my scheduling experience.",
        "Priya Nand",
        False,
    ),
    ("A", "Dear Ms. Okafor,", "I will follow up with the references you asked for.", "Priya Nand", False),
    ("A", "Hi Rose,", "The quarry lane site was impressive.", "Priya Nand", False),
    ("A", "Hi Rose,", "My email is priya.nand@gmail.com if anything else is needed.", "Priya Nand", False),
    ("A", "Hi Rose,", "I liked the line tour.", "Priya Nand\npriya.nand@gmail.com", False),
    ("A", "Hi Rose,", "Our planners at home use okafor-style boards? No.", "Priya Nand", True),
    ("A", "Hi Will,", "I will send the sample schedule tonight.", "Priya Nand", False),
    ("A", "Good morning Rose,", "I liked the line tour.", "Priya", False),
    ("B", "Morning rose!", "The allergen board was clever.", "Priya Nand", True),
    ("B", "Dear Mrs okafor", "The allergen board was clever.", "Priya Nand", True),
    ("B", "Hi Rose,", "Cheers, priya", "Priya Nand", True),
    ("B", "Hi Rose,", "Please pass my thanks to mr danby.", "Priya Nand", True),
    ("B", "Hi Rose,", "The allergen board was clever.", "p. nand", True),
    ("B", "Hi Rose,", "The allergen board was clever.", "PRIYA NAND", False),
    ("B", "Hi Rose,", "The rose garden by the canteen was a nice touch.", "Priya Nand", False),
    (
        "B",
        "Dear Mr. Danby,",
        "I will bring the shift data as you asked, and I am sure it will help.",
        "Priya Nand",
        False,
    ),
    ("B", "Hi Rose,", "Find me at linkedin.com/in/priya-nand if useful.", "Priya Nand", False),
    ("B", "Hi Rose,", "The allergen board was clever.", "Priya Nand (she/her)", False),
    ("B", "Hi Rose,", "The allergen board was clever.", "Dr. Priya Nand", False),
    ("B", "Hi Rose, Will,", "The allergen board was clever.", "Priya Nand", False),
]

_XFAIL = {"Our planners at home use okafor-style boards? No.", "The allergen board was clever.|Morning rose!"}


def _xfail(greeting: str, body: str) -> bool:
    return body in _XFAIL or f"{body}|{greeting}" in _XFAIL


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


@pytest.mark.parametrize(
    ("greeting", "body", "signature", "bad"),
    [
        pytest.param(g, b, s, bad, id=f"{k}-{i}", marks=[pytest.mark.xfail(strict=True)] if _xfail(g, b) else [])
        for i, (k, g, b, s, bad) in enumerate(_PROBES)
    ],
)
def test_name_case_probe(linter: Linter, greeting: str, body: str, signature: str, bad: bool) -> None:
    report = linter.lint(_draft(greeting, body, signature), context=_CTX, channel="email", purpose="thank-you")
    found = [f.message for f in report.findings if f.code == "FL409"]
    assert bool(found) == bad, found


def test_the_fix_capitalises_first_name_and_surname_together(linter: Linter) -> None:
    report = linter.lint(_draft("Hi Rose,", "I liked the tour.", "priya nand"), context=_CTX, channel="email")
    (finding,) = [f for f in report.findings if f.code == "FL409"]
    assert finding.suggestions[0].safe
    assert [e.replacement for e in finding.suggestions[0].edits] == ["Priya Nand"]


@pytest.mark.parametrize("shape", ["rose okafor ", "priya.nand@x.io ", "Rose rose ROSE "])
def test_name_case_grows_linearly(linter: Linter, shape: str) -> None:
    """One pass of one pattern over the text: time grows with the draft, no faster."""

    def make(n: int) -> CheckInput:
        draft = parse_draft(f"Subject: Thanks\n\nHi rose,\n\n{shape * (200 * n)}\n\nBest,\npriya nand")
        context = Context(interviewers=["Rose Okafor"], sender_name="Priya Nand")
        return CheckInput(
            draft=draft, analysis=Analysis(draft, linter.nlp), context=context, purpose="thank-you", channel="email"
        )

    assert_grows_linearly(linter, "FL409", make, shape)

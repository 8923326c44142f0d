"""False alarms on good, ordinary follow-ups, each pinned both ways: the ordinary wording passes,
and the wording the rule is for is still heard.  The drafts are our own."""

from __future__ import annotations

import pytest

from followup_lint import Linter


def _codes(linter: Linter, text: str, purpose: str = "thank-you", **kw: object) -> set[str]:
    return {f.code for f in linter.lint(text, purpose=purpose, channel="email", **kw).findings}


def _thank_you(body: str, subject: str = "Thank you – Data Analyst interview") -> str:
    return f"Subject: {subject}\n\nHi Ana,\n\nThank you for meeting me on Tuesday. {body}\n\nBest,\nLee"


# FL304: an acronym or a product name in capitals inside ordinary text is not shouting; only words
# of the language, in a run or one long one, raise the voice.
@pytest.mark.parametrize(
    "body",
    [
        "I enjoyed hearing how the lab processes its data in RELION.",
        "My NEBOSH certificate covered the site safety work we discussed.",
        "The AUTOSAR tooling you showed me looked well thought out.",
        "I hold the NEBOSH IGC and have used TOGAF and PRINCE2 on two programmes.",
        "I have run SOLIDWORKS and ABAQUS models for similar brackets.",
    ],
)
def test_acronyms_and_product_names_in_capitals_are_not_shouting(linter: Linter, body: str) -> None:
    assert "FL304" not in _codes(linter, _thank_you(body))


@pytest.mark.parametrize(
    "body",
    [
        "I am ABSOLUTELY thrilled about the role.",
        "PLEASE LET ME KNOW by Friday.",
        "I am VERY EXCITED about the RELION work.",
        "I would be GRATEFUL for an answer.",
    ],
)
def test_words_of_the_language_in_capitals_are_still_shouting(linter: Linter, body: str) -> None:
    assert "FL304" in _codes(linter, _thank_you(body))


# FL319: "give me a shout / a ring / a call / a bell" invites the reader to get in touch; only a
# named thing demanded after the article ("a straight answer", "the reason") is a demand.
@pytest.mark.parametrize(
    "body",
    [
        "Give me a shout when you know more.",
        "Give me a ring on Thursday if that suits.",
        "Give us a bell when you have news.",
        "Give me a call whenever suits you.",
        "Send me the slides whenever convenient and I'll read them before the next stage.",
    ],
)
def test_an_invitation_to_get_in_touch_is_no_entitlement(linter: Linter, body: str) -> None:
    assert "FL319" not in _codes(linter, _thank_you(body))


@pytest.mark.parametrize(
    "body",
    [
        "Give me a straight answer.",
        "Give me the reason for the decision.",
        "Send me your notes on my interview.",
        "Tell me why I was turned down.",
    ],
)
def test_a_demand_for_an_answer_is_still_entitlement(linter: Linter, body: str) -> None:
    assert "FL319" in _codes(linter, _thank_you(body), purpose="status-check")


def _about_role(name: str) -> str:
    return _thank_you(f"I enjoyed our talk about the {name} role and the on-call rota.")


# FL209: an acronym whose letters are the initials of the role's words names that role.
@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("SRE", "Site Reliability Engineer"),
        ("SRE", "Senior Site Reliability Engineer"),
        ("PM", "Product Manager"),
        ("QA", "Quality Assurance Analyst"),
        ("BA", "Business Analyst"),
        ("Site Reliability Engineer", "SRE"),
    ],
)
def test_an_acronym_of_the_role_is_the_role(linter: Linter, written: str, role: str) -> None:
    assert "FL209" not in _codes(linter, _about_role(written), context={"role": role})


@pytest.mark.parametrize(
    ("written", "role"), [("PM", "Data Analyst"), ("BA", "Product Manager"), ("SRE", "Sales Engineer")]
)
def test_an_acronym_of_another_role_is_still_the_wrong_role(linter: Linter, written: str, role: str) -> None:
    assert "FL209" in _codes(linter, _about_role(written), context={"role": role})

"""FL401-FL407 in the registers of round 8 (lists, sign-offs, addresses, abbreviations, Englishes of
Australia, South Africa and India), and the slips the round found missed.  Sentences written for
this test, before the linter was run on them; look-alikes keep the slips flagged."""

from __future__ import annotations

import pytest

from followup_lint import Linter

LANGUAGE = {"FL305", *(f"FL40{i}" for i in range(1, 8))}


def findings(linter: Linter, sentence: str) -> list[tuple[str, str, str]]:
    text = f"Subject: Thank you – Analyst interview\n\nHi Ana,\n\nThank you for the interview. {sentence}\n\nBest,\nLee"
    report = linter.lint(text, purpose="thank-you")
    return [(f.code, f.severity.value, text[f.start : f.end]) for f in report.findings if f.code in LANGUAGE]


def flagged(linter: Linter, sentence: str) -> list[tuple[str, str]]:
    """The findings a reader is warned of (warnings and errors), as (code, words)."""
    return [(code, words) for code, severity, words in findings(linter, sentence) if severity != "info"]


# A web address written without "https://", or a file path: its names and folders are no words.
@pytest.mark.parametrize(
    "sentence",
    [
        "My code is at github.com/arunk/ratelimit-demo today.",
        "Portfolio: behance.net/mirandaqx and dribbble.com/mqx.",
        "I also work on the /srv/datapipe/ingestr folder.",
        "Notes are in ~/notes/qtrly today.",
    ],
)
def test_addresses_and_paths_are_not_misspellings(linter: Linter, sentence: str) -> None:
    assert flagged(linter, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("Our team loves teh new setup.", "teh"),
        ("I sent it via email/recieved no reply.", "recieved"),
        ("The role and/or teh team.", "teh"),
    ],
)
def test_a_slip_beside_a_slash_in_prose_is_still_an_error(linter: Linter, sentence: str, slip: str) -> None:
    assert ("FL401", "error", slip) in findings(linter, sentence)


# Everyday words of Australian, New Zealand, South African and Indian English.
@pytest.mark.parametrize(
    "sentence",
    [
        "It was great to meet the crew at smoko.",
        "The ambos and firies on site were impressive.",
        "Eish, the traffic was bad, but I made it on time.",
        "We had chai and dosa at lunch, then hard yakka in the afternoon.",
    ],
)
def test_world_english_everyday_words_are_not_errors(linter: Linter, sentence: str) -> None:
    assert flagged(linter, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I am free Mon., Wed. and Fri. mornings.",
        "The shift runs Sat. and Sun. evenings.",
        "We start in Sept. and finish in Oct. or so.",
        "The room holds approx. forty people.",
        "It is priced at £40 incl. delivery.",
        "The est. cost was fine.",
        "I worked for Smith & Co. and then moved on.",
    ],
)
def test_a_word_after_an_abbreviation_needs_no_capital(linter: Linter, sentence: str) -> None:
    assert flagged(linter, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed it. the team was kind.",
        "It was great to meet you on Wed. thanks again for the tour.",
        "It was no. three on the list.",
    ],
)
def test_a_sentence_after_a_full_stop_still_wants_a_capital(linter: Linter, sentence: str) -> None:
    assert any(code == "FL404" for code, _ in flagged(linter, sentence))


# "a" before a vowel sound and "an" before a consonant: a warning where a lower-case word follows.
@pytest.mark.parametrize(
    "sentence",
    [
        "It was a interesting conversation.",
        "I would be a asset to the team.",
        "It was an useful chat.",
        "I spent a hour with the team.",
        "I am an university graduate.",
    ],
)
def test_a_wrong_article_is_a_warning(linter: Linter, sentence: str) -> None:
    assert any(code == "FL402" for code, _ in flagged(linter, sentence))


# The British "honour" family the backend does not know, so its a/an rule is silent: FL407 hears it.
@pytest.mark.parametrize(
    ("sentence", "slips"),
    [
        ("It would be a honour to join you.", 1),
        ("It was a honourable mention.", 1),
        ("It would be an honour to join you, a true honour.", 0),
    ],
)
def test_a_before_honour(linter: Linter, sentence: str, slips: int) -> None:
    assert len([c for c, _ in flagged(linter, sentence) if c in ("FL402", "FL407")]) == slips


@pytest.mark.parametrize(
    "sentence",
    [
        "It was a one-off, and a unique chance.",
        "It was an historic day and an honour.",
        "It was a EU grant for an SAP project.",
        "We reviewed option a and chose plan a.",
        "The M&A integration and the Q&A session were useful.",
        "Use the Building A entrance on the left.",
        "I went to a university, and it took an hour.",
    ],
)
def test_articles_the_backend_cannot_hear_are_not_flagged(linter: Linter, sentence: str) -> None:
    assert [c for c, _ in flagged(linter, sentence) if c in ("FL402", "FL405")] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Your welcome, and thanks again for the tour.",
        "Your welcome!",
        "No problem, your welcome.",
        "You are most welcome to call. Again, your most welcome to call me.",
        "I look forward hearing from you.",
        "Looking forward meeting the rest of the team.",
        "I look forward your reply.",
    ],
)
def test_your_welcome_and_a_dropped_to_are_slips(linter: Linter, sentence: str) -> None:
    assert any(code == "FL407" for code, _ in flagged(linter, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Your welcome pack arrived today.",
        "Thank you for your welcome.",
        "Your welcome to the team meant a lot.",
        "Looking forward, the team will need a second analyst.",
        "I look forward to hearing from you.",
    ],
)
def test_your_welcome_as_a_noun_and_look_forward_to_pass(linter: Linter, sentence: str) -> None:
    assert [c for c, _ in flagged(linter, sentence) if c == "FL407"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Everyone were so welcoming.",
        "Everybody are friendly there.",
        "Nobody were rude.",
        "These projects was really interesting.",
        "Those small details is what I liked.",
    ],
)
def test_number_disagreement_is_a_warning(linter: Linter, sentence: str) -> None:
    assert any(code == "FL406" for code, _ in flagged(linter, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "If everyone were to join, it would be great.",
        "I felt as though nobody were watching.",
        "Everyone was so welcoming and everyone's questions were fair.",
        "Those focus groups were useful, and those who were there agreed.",
        "The team have been great.",
    ],
)
def test_agreement_that_is_right_passes(linter: Linter, sentence: str) -> None:
    assert [c for c, _ in flagged(linter, sentence) if c == "FL406"] == []


# FL325: an offer to take the work further is no threat to escalate (a good note drew an error).
@pytest.mark.parametrize(
    "sentence",
    [
        "I'd welcome the chance to help push it further.",
        "The pick rate is good, and I'd be glad to push it higher.",
        "Happy to pursue it further in a second interview.",
    ],
)
def test_an_offer_to_take_work_further_is_no_threat(linter: Linter, sentence: str) -> None:
    text = f"Subject: Thank you – Analyst interview\n\nHi Ana,\n\nThank you for the interview. {sentence}\n\nBest,\nLee"
    assert [f.code for f in linter.lint(text, purpose="thank-you").findings if f.code == "FL325"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "If I don't hear back by Friday, I will take this further.",
        "Rest assured I will pursue this further.",
        "I will not be ignored; I will take this further.",
        "I'm keen to push this further with your CEO if needed, unless you reply.",
    ],
)
def test_a_threat_to_take_it_further_is_still_an_error(linter: Linter, sentence: str) -> None:
    text = f"Subject: Following up\n\nHi Ana,\n\nThank you for the interview. {sentence}\n\nBest,\nLee"
    assert "FL325" in [f.code for f in linter.lint(text).findings]

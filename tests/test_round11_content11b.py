"""Round 11b blind batch (content11b): FL115's yield to hostility, bounded.

A hostile status check or rejection reply is labelled for its tone; its length is the fault too only
when the rant runs well past what the note needs (LABELLING.md, G-CONCISE: "padded or rambling well
past what its purpose needs"). Probes written for this batch, in wordings of their own: hostile
notes of several lengths (those well past the limit must keep FL115; those a little past it leave
the length to the tone rules), by e-mail and by letter, plus polite long notes that keep FL115.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

_HOSTILE = [
    "Frankly, your hiring team is incompetent and the whole process has been a joke from start to finish.",
    "You people cannot even be bothered to answer a simple e-mail.",
]
_FILLER = [
    "I drove across town twice for interviews that started late and ended early.",
    "I prepared a presentation on your supplier data that nobody on the panel asked to see.",
    "I rearranged my shifts, paid for parking and sat in your reception for most of an afternoon.",
    "Your recruiter promised an answer within a week, and that week came and went without a word.",
    "I chased the coordinator on the phone and was passed between three extensions.",
    "I have eleven years of warehouse planning behind me and two certificates your advert asked for.",
    "Every date you gave me slipped, and each time I was the one who had to ask what had happened.",
    "I turned down a contract elsewhere because your manager told me the decision was almost made.",
    "I read your annual report, your blog and the minutes of your last open meeting before we spoke.",
    "The second interviewer spent half the hour on his phone and never asked about my projects.",
    "I sent the references you wanted on the same evening, all three of them, with phone numbers.",
    "Nobody explained why the role was reposted on the jobs board the day after my final round.",
    "I have given this application more hours than some of my paid projects this year.",
    "My former director wrote to your head of operations to vouch for me, and she heard nothing either.",
]


def _draft(kind: str, n_filler: int, letter: bool = False) -> str:
    ask = (
        "I expect to hear where my application stands by Friday."
        if kind == "status"
        else "I am replying to your rejection only to say that I expected better."
    )
    body = " ".join([_HOSTILE[0], *_FILLER[:n_filler], _HOSTILE[1], ask])
    if letter:
        return f"14 Orchard Row\nLeeds LS2 7PQ\n\n3 December 2026\n\nDear Ms Okafor,\n\n{body}\n\nYours sincerely,\nDana Pryce"
    return f"Subject: My application\n\nHi Ms Okafor,\n\n{body}\n\nDana"


_OVER_BOUND = pytest.mark.xfail(
    strict=True, reason="238 words by letter is 1.49 x its 160: past the bound of 1.4 written blind as quiet"
)

# (kind, filler sentences, letter?, FL115 expected). Body words: about 40 + 15 per filler sentence.
_PROBES = [
    ("status", 6, False, False),  # 131 words: a rant a little past the limit; tone is the fault
    ("status", 7, False, False),  # 151
    ("rr", 8, False, False),  # 170
    ("status", 9, False, True),  # 185: well past it
    ("rr", 10, False, True),  # 204
    ("status", 13, False, True),  # 250
    pytest.param("rr", 12, True, False, marks=_OVER_BOUND),  # letter 238, expected quiet when written
    ("status", 14, True, True),  # letter 268: well past the letter's limit
]


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


@pytest.mark.parametrize(("kind", "n", "letter", "expected"), _PROBES)
def test_hostile_note_keeps_length_warning_only_well_past_limit(linter, kind, n, letter, expected):
    report = linter.lint(_draft(kind, n, letter))
    assert report.purpose in ("status-check", "rejection-reply")
    assert any(f.severity.value == "error" for f in report.findings), "the probe must read as hostile"
    assert any(f.code == "FL115" for f in report.findings) is expected


_POLITE_LONG = (
    "Subject: Checking in on the planner role\n\nHi Ms Okafor,\n\nI hope your week is going well. "
    + " ".join(
        [
            "I wanted to ask whether there is any news on the planner role we discussed on the 12th.",
            "Since then I have finished the forecasting course I mentioned and started a small project on stock ageing.",
            "I also spoke to a friend who works in your Bradford depot, who described the night shift and its rota.",
            "It made me even keener on the team and the way you run the morning handover.",
            "I know these decisions take time, with holidays and budgets to settle, and I do not want to rush you.",
            "If it helps, I can send the project notes or another reference, and I can come in again any weekday.",
            "I am still very interested and would be glad to hear when a decision is likely.",
            "Thank you again for the time you and Mr Hale gave me, and for the tour of the floor afterwards.",
        ]
    )
    + "\n\nKind regards,\nDana Pryce"
)


def test_polite_long_status_check_keeps_length_warning(linter):
    report = linter.lint(_POLITE_LONG)
    assert report.purpose == "status-check"
    assert any(f.code == "FL115" for f in report.findings)


# --- FL205: a fit statement whose qualifier is hyphenated, or whose link is a contribution verb -------
# (written for this batch: the writer's own stint named with a hyphenated qualifier, "my final-year
# internship"; the writer's work said to complement or strengthen the reader's; look-alikes carry the
# same shapes with no experience of the writer's, so the note still lacks a fit statement)
_FIT = [
    "During my second-year placement with a county court I drafted bench memos on tenancy disputes.",
    "My part-time job at a garden centre meant counting stock for the whole outdoor section every Sunday.",
    "In my year-long co-op at a bus depot I kept the maintenance log for forty vehicles.",
    "My final-year project was a queue model for a hospital pharmacy, built with real dispensing data.",
    "My published work on river sediment would complement the department's hydrology group.",
    "My recent papers on early-years literacy could strengthen the faculty's teacher-training offer.",
    "The grant applications I wrote for two housing charities would add to the fundraising office's reach.",
    "My fieldwork on coastal erosion would round out the institute's climate portfolio.",
]
_NO_FIT = [
    "My two-hour journey to the campus was well worth it.",
    "I think the new library wing would complement the old quad nicely.",
    "The plans for the new depot would strengthen the city's bus network.",
    "My end-of-term exams finish next week, so I can start any time after that.",
    "The renovation would add to the building's charm.",
    "My follow-up questions are below, whenever you have a moment.",
    "My three-day weekend went on reading about the museum's history.",
    "Your article on valuation discounts would complement any reading list.",
]


def _thank_you(sentence: str) -> str:
    return (
        "Subject: Thank you for Tuesday\n\nDear Dr Marsh,\n\nThank you for meeting me on Tuesday and for the "
        f"walk round the site. {sentence} I look forward to hearing about the next stage.\n\nBest wishes,\nSam Idowu"
    )


@pytest.mark.parametrize("sentence", _FIT)
def test_fl205_hears_fit(linter, sentence):
    report = linter.lint(_thank_you(sentence))
    assert report.purpose == "thank-you"
    assert not any(f.code == "FL205" for f in report.findings)


@pytest.mark.parametrize("sentence", _NO_FIT)
def test_fl205_still_warns_without_fit(linter, sentence):
    report = linter.lint(_thank_you(sentence))
    assert report.purpose == "thank-you"
    assert any(f.code == "FL205" for f in report.findings)


# --- FL203: slang that invites the reader to get in touch looks ahead (LABELLING.md, the "Hit me up"
# rule of batch 3) -----------------------------------------------------------------------------------
_LOOKS_AHEAD = [
    "Hit me up if anything comes up.",
    "Just hmu when you've got news, ok?",
    "Holler at me when the team decides.",
    "Feel free to hit me up anytime this week.",
    "hit me back whenever you're free",
]
_NO_LOOK_AHEAD = [
    "That question about the walk-in really hit me.",
    "The heat off the grill hit me the second I walked in.",
    "Somebody hit me up for a lighter outside, lol.",
    "Holler if you ever want that hot sauce recipe, it's my gran's.",
    "The rush hit me hard at the end of the trial shift.",
]


def _casual(sentence: str) -> str:
    return (
        "Subject: thanks for today - line cook trial\n\nHey Marco,\n\nThanks so much for the trial shift "
        f"today, the brigade was great and I learned a ton on the sauté station. {sentence}\n\nCheers,\nJo"
    )


@pytest.mark.parametrize("sentence", _LOOKS_AHEAD)
def test_fl203_hears_slang_that_looks_ahead(linter, sentence):
    report = linter.lint(_casual(sentence))
    assert report.purpose == "thank-you"
    assert not any(f.code == "FL203" for f in report.findings)


@pytest.mark.parametrize("sentence", _NO_LOOK_AHEAD)
def test_fl203_still_warns_without_look_ahead(linter, sentence):
    report = linter.lint(_casual(sentence))
    assert report.purpose == "thank-you"
    assert any(f.code == "FL203" for f in report.findings)

"""Round 14 confirmation batch B of tone14patient, written after the FL311/FL315/FL317 change and before
running it: the same five bad kinds and their look-alikes in other words and sentence shapes (a package
"would have to start at", "CTC revised", "unless ... I'll have to pull out"; "please excuse my dreadful
showing", "I cannot forgive myself"; "a kick in the guts", "what the point of all that preparation was";
"reassess me", "a second go"; "what exactly did I do wrong").

First run (as written, committed before it): 11 of 20 bad missed, 1 of 20 good flagged; the same 11 and 1
with the rules before the change, so the first patterns reached none of them. After the clause readings
(two word classes in one sentence, either order): 0 of 20 bad missed; the one good flagged is FL330's (the
learned model, not retrained this round) and stays a strict xfail.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter
from tests.test_round14_tone14patient import PAT, POS, tone_items


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def _x(*args: object) -> pytest.param:  # a probe the linter misjudged on batch B's first run
    return pytest.param(*args, marks=pytest.mark.xfail(strict=True))


#: (sentence, channel, purpose, item that must be cited)
BAD = [
    (
        "Thinking it over, the package would have to start at $95k, not the 85 we spoke about, for me to keep going.",
        "email",
        "thank-you",
        PAT,
    ),
    (
        "Before we book the final round, please note my minimum is now a hybrid week with three days at home.",
        "email",
        "status-check",
        PAT,
    ),
    (
        "Kindly note I can join only if CTC is revised to 18 LPA, as discussed amongst my family.",
        "linkedin",
        "thank-you",
        PAT,
    ),
    (
        "Only thing is, unless the van's thrown in and overtime's paid at double, I'll have to pull out.",
        "call",
        "thank-you",
        PAT,
    ),
    (
        "Upon reflection, I must insist on a starting salary in the upper band before I attend any further stage.",
        "letter",
        "thank-you",
        PAT,
    ),
    (
        "Please excuse my dreadful showing on the Excel test; nerves got the better of me and I'm still cringing about it.",
        "email",
        "thank-you",
        POS,
    ),
    (
        "I am very regretful for my poor English in the interview, it was shameful for me and I hope it is not counting too much.",
        "linkedin",
        "thank-you",
        POS,
    ),
    (
        "I just wanted to say again how sorry I am that I lost my train of thought on the fire-drill question, I've hardly slept.",
        "call",
        "thank-you",
        POS,
    ),
    (
        "I cannot forgive myself for forgetting the name of your head teacher, and I quite understand if it has coloured your view of me.",
        "letter",
        "thank-you",
        POS,
    ),
    (
        "Not the news I wanted after two months of waiting, and frankly a bit of a kick in the guts.",
        "email",
        "rejection-reply",
        POS,
    ),
    ("Eish, that one hurt. I was so sure I'd nailed it.", "linkedin", "rejection-reply", POS),
    (
        "I confess I am left wondering what the point of all that preparation was.",
        "letter",
        "rejection-reply",
        POS,
    ),
    (
        "It's difficult not to feel this is personal when it keeps happening.",
        "email",
        "rejection-reply",
        POS,
    ),
    (
        "With respect, the job advert said a driving licence was optional, so it seems unfair to have ruled me out on that basis.",
        "email",
        "rejection-reply",
        PAT,
    ),
    (
        "I'd ask you to take into account that I was given the wrong room and started twenty minutes late, and to reassess me on that footing.",
        "email",
        "rejection-reply",
        PAT,
    ),
    (
        "I was under the impression from our call that the technical round was a formality, which is why this outcome has come as such a surprise.",
        "letter",
        "rejection-reply",
        PAT,
    ),
    (
        "Would it be possible to have a second go at the group exercise, since the instructions kept changing?",
        "linkedin",
        "rejection-reply",
        PAT,
    ),
    ("What exactly did I do wrong? I'd rather hear it than keep guessing.", "email", "rejection-reply", PAT),
    (
        "I'm struggling to see what more I could have offered, so I'd like it spelt out.",
        "email",
        "rejection-reply",
        PAT,
    ),
    ("Honestly, I'd just like someone to tell me why it's never me.", "call", "rejection-reply", PAT),
]

#: (sentence, channel, purpose)
GOOD = [
    (
        "Since you asked about expectations, somewhere between £52k and £56k would be in line with my current role.",
        "email",
        "thank-you",
    ),
    (
        "A second employer has made me an offer and would like an answer by Monday; I remain very keen on your role and wanted to keep you informed.",
        "email",
        "status-check",
    ),
    (
        "The estimating exercise was tough but fun, and it showed me how your team prices jobs.",
        "linkedin",
        "thank-you",
    ),
    (
        "One more thought on your question about late deliveries: I'd start by mapping where the delays really begin.",
        "email",
        "thank-you",
    ),
    (
        "I realised on the drive home I never mentioned my forklift ticket, so I wanted to add that.",
        "call",
        "thank-you",
    ),
    (
        "Naturally I was sorry to hear it, but I valued the chance to see the archive and meet your staff.",
        "letter",
        "rejection-reply",
    ),
    (
        "That's disappointing news, though I appreciate you letting me know so promptly.",
        "email",
        "rejection-reply",
    ),
    (
        "Would you be willing to share a little feedback on my presentation? I'd like to keep improving.",
        "email",
        "rejection-reply",
    ),
    (
        "Congratulations to whoever joins you; I'd love to stay in touch for future openings.",
        "linkedin",
        "rejection-reply",
    ),
    (
        "Thank you for explaining the shift allowance; it was useful to understand how the rota works.",
        "email",
        "thank-you",
    ),
    (
        "I'm sorry I couldn't stay for the site tour, and I'd be glad to come back for it any time.",
        "email",
        "thank-you",
    ),
    (
        "I know these decisions take time, and I'm happy to wait; I just wanted to confirm you have my updated reference details.",
        "email",
        "status-check",
    ),
    (
        "I was told at the start that the role might close quickly, so thank you for still making time to see me.",
        "email",
        "rejection-reply",
    ),
    _x(
        "I will take your comments about my presentation on board and review my slides before my next interview.",
        "letter",
        "rejection-reply",
    ),
    (
        "I'll be on leave from the 20th, so if it's easier to reach me before then, that would be lovely.",
        "call",
        "status-check",
    ),
    (
        "I went over my notes from our chat on the train home and I'm even more excited about the project.",
        "linkedin",
        "thank-you",
    ),
    (
        "As a final-year student I'd need the placement to fit around my exams in May; happy to talk through dates.",
        "email",
        "thank-you",
    ),
    (
        "It smarted for a day or two, but your feedback on my portfolio was generous and genuinely useful.",
        "email",
        "rejection-reply",
    ),
    (
        "I have a notice period of sixty days, though my present company may agree to release me earlier.",
        "email",
        "thank-you",
    ),
    (
        "I'm a bit deflated, I'll admit, but I'm grateful for the experience and will apply again.",
        "email",
        "rejection-reply",
    ),
]


@pytest.mark.parametrize(("sentence", "channel", "purpose", "item"), BAD)
def test_bad_probe_cites_its_item(linter: Linter, sentence: str, channel: str, purpose: str, item: str) -> None:
    assert item in tone_items(linter, sentence, channel, purpose)


@pytest.mark.parametrize(("sentence", "channel", "purpose"), GOOD)
def test_good_probe_draws_no_tone_finding(linter: Linter, sentence: str, channel: str, purpose: str) -> None:
    assert tone_items(linter, sentence, channel, purpose) == set()

"""Round 14 (tone14pro), confirmation batch B for G-TONE-PROFESSIONAL, written after the batch A fix
and before running it, in wordings unlike batch A's (other titles and sectors, other feeds and
family, other shapes of advice, other jokes and puns).  Same reading as batch A: flagged means a
warning or error citing G-TONE-PROFESSIONAL.

As written, run once before any further change: 12 of 29 misjudged (bad missed 12 of 16: "Hey" before
other titles 3 of 4, private life 3 of 5, advice 3 of 4, jokes 3 of 3; good flagged 0 of 13).  After the batch B fix (FL302: "Hey" before any honorific
(Justice, Councillor, Sister ...), joke shapes (a riddle, "owl always"); FL329: a private feed
or status, "needs redoing", "might I suggest you", "I'd fix that first"): 1 of 29 (a pet greeted by
name, "Tell Mr. Whiskers I said hello!", which no wording tells from a colleague greeted by name).
"""

from __future__ import annotations

import pytest
from test_round14_tone14pro import _card, _li, _mail, _params, flagged

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


BAD_B = {
    "hey-justice": (_mail("Hey Justice Reddy,", "", sign="Yours faithfully,\nPriyanka Govender"), "email"),
    "hey-councillor": (_mail("Hey Councillor Pretorius,", ""), "email"),
    "hey-llp-partner": (
        _mail("Hey Graeme,", "Please pass my thanks to the other partners at Fairlie & Boyd LLP too."),
        "email",
    ),
    "hey-sister-hospital": (
        _mail("Hey Sister Naidoo,", "The ward round at Addington Hospital was an eye-opener."),
        "email",
    ),
    "private-whatsapp-status": (
        _mail("Dear Mrs. Ogunleye,", "P.S. Your little boy's nativity costume on your WhatsApp status was adorable."),
        "email",
    ),
    "private-in-my-feed": (
        _mail("Dear Kwame,", "Also, well done on your half-marathon PB last Sunday; it popped up in my feed."),
        "email",
    ),
    "private-tell-the-cat": (_mail("Dear Ms. Venter,", "Tell Mr. Whiskers I said hello!"), "email"),
    "private-rap-video": (
        _li("Hi Deepa,", "I put together a short rap about why I'm the right fit; the video link is below."),
        "linkedin",
    ),
    "private-cartoon": (
        _mail("Dear Mr. Haddad,", "I've attached a cartoon I drew of you and the rest of the panel."),
        "email",
    ),
    "advice-might-i-suggest": (
        _mail("Dear Mr. Kruger,", "Might I suggest you train your receptionist to greet candidates properly."),
        "email",
    ),
    "advice-id-fix-first": (
        _li(
            "Hi Tomasz,", "Speaking as a customer, your app's checkout is clunky and I'd fix that before anything else."
        ),
        "linkedin",
    ),
    "advice-needs-redoing": (
        _mail("Dear Ms. Mahlangu,", "In my view the whole shift rota needs redoing from scratch."),
        "email",
    ),
    "advice-hire-younger": (
        _mail("Dear Mr. Abbott,", "Your social media is frankly dated; get someone younger to run it."),
        "email",
    ),
    "joke-riddle": (
        _mail("Dear Ms. Lungu,", "What do you call a payroll officer who sends thank-you notes? Hired, I hope!"),
        "email",
    ),
    "joke-owl-pun": (_card("Owl always be grateful!", "Dear Mrs. Ng,"), "letter"),
    "joke-zest-pun": (_card("You're the zest!", "Dear Mr. Dlamini,"), "letter"),
}

GOOD_B = {
    "hey-surf-shop": (_li("Hey Kofi,", "The board-repair bench was a treat to see."), "email"),
    "hey-linkedin-bootcamp": (_li("Hey Lerato,", "Great to reconnect after the bootcamp."), "linkedin"),
    "hi-llp-partner": (
        _mail("Hi Graeme,", "Please pass my thanks to the other partners at Fairlie & Boyd LLP too."),
        "email",
    ),
    "good-morning-sister": (
        _mail("Good morning Sister Naidoo,", "The ward round at Addington Hospital was an eye-opener."),
        "email",
    ),
    "private-raised-son": (
        _mail("Dear Mrs. Ogunleye,", "I hope your son's cricket trial went well; you mentioned it was on Saturday."),
        "email",
    ),
    "private-company-instagram": (
        _mail("Dear Kwame,", "I saw on the company's Instagram that the Durban branch opened this week."),
        "email",
    ),
    "private-fundraiser": (
        _mail("Dear Ms. Venter,", "Well done to the team on the half-marathon fundraiser you told me about."),
        "email",
    ),
    "private-copywriter-jingle": (
        _li("Hi Deepa,", "I wrote the jingle for Kwiksave's radio campaign, which is in my portfolio."),
        "linkedin",
    ),
    "advice-following-question": (
        _mail(
            "Dear Ms. Mahlangu,",
            "Following your question about the rota, I've sketched how I would cover weekend shifts (attached).",
        ),
        "email",
    ),
    "advice-roadmap-help": (
        _li("Hi Tomasz,", "I'd be keen to help refresh the app's checkout, which you said is next on the roadmap."),
        "linkedin",
    ),
    "joke-lemon-tart": (
        _card("Thank you", "Dear Mrs. Ng,", "It was a pleasure to taste the new lemon tart."),
        "letter",
    ),
    "joke-thanks-a-million": (
        _mail("Dear Mr. Haddad,", "Thanks a million for fitting me in before your flight."),
        "email",
    ),
    "joke-laughed-story": (
        _mail("Dear Mr. Abbott,", "I still smile at your story about the delivery van and the roundabout."),
        "email",
    ),
}

XFAIL_BAD_B: set[str] = {"private-tell-the-cat"}
XFAIL_GOOD_B: set[str] = set()


@pytest.mark.parametrize(("text", "channel"), _params(BAD_B, XFAIL_BAD_B))
def test_bad_b_is_flagged(linter: Linter, text: str, channel: str) -> None:
    assert flagged(linter, text, channel)


@pytest.mark.parametrize(("text", "channel"), _params(GOOD_B, XFAIL_GOOD_B))
def test_good_b_stays_quiet(linter: Linter, text: str, channel: str) -> None:
    assert flagged(linter, text, channel) == []

"""Round 14 (tone14pro), blind batch A for G-TONE-PROFESSIONAL, written before any rule change; the
wordings are our own (grepped against tests/ outside the held-out split), not the dev drafts'.

A probe is a whole short draft.  "Flagged" means a finding of severity warning or above that cites
G-TONE-PROFESSIONAL (what the calibration counts).  Kinds (from the bad dev drafts with no finding):

- HEY: "Hey" to a reader the writer owes a formal register: a title and surname ("Hey Dr. Mensah,"),
  "Hey Sir/Madam", a posted letter or card, a senior reader named in the draft (managing director,
  partner, chief executive, principal).  HEY_OK: "Hey" to a start-up founder by e-mail or a peer on
  LinkedIn, and "Hi"/"Hello" to a senior reader.
- PRIVATE: the reader's private life known from their feeds or fussed over (an anniversary found
  online, a pet's name with a scratch behind the ears, a run on their Strava), a poem or a song
  written for them.  PRIVATE_OK: small talk the interviewer raised, called back plainly.
- ADVICE: unasked advice on how the employer should run its business.  ADVICE_OK: ideas the
  interviewer asked for, an answer expanded, help offered with a plan the interviewer described.
- JOKE: a punning or jokey card or note, a knock-knock joke, "pun intended", a "ha ha" about an
  interview mishap.  JOKE_OK: warm plain cards, the same food and drink words used literally.

Misjudged before the change: 20 of 45 (bad missed 20 of 21: hey 6/6, private 6/6, advice 4/4,
joke 4/5; good flagged 0 of 24); after the change (FL302: "Hey" to a title, in a letter or to a
formal reader; jokes and puns; FL329: private feeds and occasions, pet fuss, poems, unasked
advice): 0 of 45.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter
from followup_lint.report import Severity


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def flagged(linter: Linter, text: str, channel: str, purpose: str = "thank-you", **ctx: str) -> list[str]:
    report = linter.lint(text, purpose=purpose, channel=channel, context=ctx or None)
    return sorted(
        {
            f.code
            for f in report.findings
            if "G-TONE-PROFESSIONAL" in f.guidance and f.severity in (Severity.WARNING, Severity.ERROR)
        }
    )


def _mail(greeting: str, extra: str, sign: str = "Kind regards,\nNomvula Dube", subject: str = "") -> str:
    subject = subject or "Thank you – Payroll Officer interview"
    return (
        f"Subject: {subject}\n\n{greeting}\n\n"
        "Thank you for seeing me on Wednesday about the Payroll Officer post. I appreciated hearing how "
        "the team is moving the monthly run onto the new Sage system, and I led a similar switch for 300 "
        f"staff at Ubuntu Freight last year. {extra}\n\nI remain very keen on the role and look forward to "
        f"hearing about the next stage.\n\n{sign}"
    )


def _card(front: str, greeting: str, extra: str = "") -> str:
    return (
        f"{front}\n\n{greeting}\n\nThank you for showing me round the bakery on Monday and for explaining "
        "how the early shift gets the sourdough out by six. I ran the ovens at Crumb & Co for two years "
        f"and would love to join your team. {extra}\n\nI hope to hear from you about the next step.\n\n"
        "Warm regards,\nLiam O'Shea"
    )


def _li(greeting: str, extra: str) -> str:
    return (
        f"{greeting}\n\nThanks again for the call this morning about the QA Engineer opening. Your point "
        "about flaky end-to-end tests hit home; I cut ours by half at Tessell with contract tests. "
        f"{extra} Really keen on the role, and happy to hear about next steps whenever suits.\n\nBest,\nArjun"
    )


# (text, channel, purpose, context) -> must be flagged
BAD = {
    "hey-dr-title": (_mail("Hey Dr. Mensah,", ""), "email"),
    "hey-ms-title": (_mail("Hey Ms. Whitcombe,", ""), "email"),
    "hey-sir": (_mail("Hey Sir,", "", sign="Regards,\nRahul Verma"), "email"),
    "hey-letter": (_card("14 Orchard Lane\nKilkenny\n\n3 December 2026", "Hey Graham,"), "letter"),
    "hey-md-named": (
        _mail(
            "Hey Charlotte,",
            "It was generous of you as managing director to give me a full hour.",
            sign="Best,\nTom Reilly",
        ),
        "email",
    ),
    "hey-partner-named": (
        _mail(
            "Hey Siobhan,",
            "I know a partner's diary is full, so I am grateful for the slot.",
            sign="Best,\nKeira Walsh",
        ),
        "email",
    ),
    "private-anniversary": (
        _mail("Dear Mrs. Pillay,", "Also, happy anniversary to you and Dev for Saturday; I saw the post!"),
        "email",
    ),
    "private-pet-name": (
        _mail("Dear Mr. Jacobs,", "Please give Pepper a scratch behind the ears from me."),
        "email",
    ),
    "private-strava": (
        _mail("Dear Ms. Botha,", "I noticed on Strava that you finished the Comrades in under nine hours, wow!"),
        "email",
    ),
    "private-engagement": (
        _mail("Dear Aisha,", "And congratulations on your engagement, which I came across on your page."),
        "email",
    ),
    "private-poem": (
        _mail(
            "Dear Mr. Ferreira,",
            "I wrote a short poem about the role, pasted below:\nPayslips neat and payroll right,\n"
            "I will check the sums each night!",
        ),
        "email",
    ),
    "private-song": (
        _mail(
            "Dear Ms. Kaur,", "I have also composed a little song for your team, which I will sing at my next visit."
        ),
        "email",
    ),
    "advice-website": (
        _mail(
            "Dear Mr. Naidoo,",
            "If I may offer some advice, your careers page is very hard to find and you should fix it "
            "before you lose more applicants.",
        ),
        "email",
    ),
    "advice-standups": (
        _mail(
            "Dear Ms. Adeyemi,",
            "Frankly, your team would run far better without the daily stand-up; I would scrap it on day one.",
        ),
        "email",
    ),
    "advice-process": (
        _mail(
            "Dear Mr. Clarke,",
            "A tip for the future: your hiring process has too many rounds, and you ought to cut it to two.",
        ),
        "email",
    ),
    "advice-menu": (
        _card(
            "Thank You",
            "Dear Chef Moreau,",
            "One piece of unsolicited advice: the menu is far too long and half of it should go.",
        ),
        "letter",
    ),
    "joke-pun-card": (_card("Thanks a brunch! You're simply toast-ally great!", "Dear Mrs. Ng,"), "letter"),
    "joke-melon": (_card("With thanks", "Dear Mr. Dlamini,", "You're one in a melon!"), "letter"),
    "joke-knock-knock": (
        _li("Hi Sanjay,", "Knock knock! Who's there? Your next QA engineer, ha ha."),
        "linkedin",
    ),
    "joke-pun-intended": (
        _mail("Dear Ms. Lungu,", "I promise to keep your payroll running like clockwork (pun intended)."),
        "email",
    ),
    "joke-mishap-haha": (
        _mail(
            "Dear Mr. Okoro,", "Sorry again for tripping over your bin on the way in, ha ha, not my finest entrance!"
        ),
        "email",
    ),
}

GOOD = {
    "hey-startup": (
        _li("Hey Jonas,", "The whiteboard session was a lot of fun."),
        "email",
    ),
    "hey-linkedin-peer": (_li("Hey Callum,", "Good to put a face to the name after the meetup."), "linkedin"),
    "hi-md": (
        _mail("Hi Charlotte,", "It was generous of you as managing director to give me a full hour."),
        "email",
    ),
    "hello-dr": (_mail("Hello Dr. Mensah,", ""), "email"),
    "dear-sir-madam": (_mail("Good afternoon Ms. Whitcombe,", ""), "email"),
    "hi-letter": (_card("14 Orchard Lane\nKilkenny\n\n3 December 2026", "Dear Graham,"), "letter"),
    "private-raised-daughter": (
        _mail("Dear Mrs. Pillay,", "I hope your daughter's netball final went well on Saturday."),
        "email",
    ),
    "private-raised-dog": (
        _mail("Dear Mr. Jacobs,", "I hope Pepper's operation went smoothly, as you mentioned at the start."),
        "email",
    ),
    "private-raised-cricket": (
        _mail("Dear Ms. Botha,", "I also enjoyed our chat about the cricket; fingers crossed for the Proteas."),
        "email",
    ),
    "private-diwali": (
        _mail("Dear Mr. Iyer,", "Wishing you and the team a happy Diwali.", sign="Regards,\nSneha Rao"),
        "email",
    ),
    "private-linkedin-article": (
        _mail("Dear Aisha,", "I have since read your LinkedIn article on apprenticeships, which made me think."),
        "email",
    ),
    "private-award": (
        _mail("Dear Ms. Kaur,", "Congratulations again to the team on the payroll award you mentioned."),
        "email",
    ),
    "advice-asked": (
        _mail(
            "Dear Mr. Naidoo,",
            "You asked how I would speed up month-end, so here are the two ideas I mentioned: an earlier "
            "cut-off for overtime claims and a checklist for new starters.",
        ),
        "email",
    ),
    "advice-answer-expanded": (
        _mail(
            "Dear Ms. Adeyemi,",
            "I have been thinking more about your question on late timesheets; at Ubuntu Freight a reminder "
            "two days before cut-off halved them.",
        ),
        "email",
    ),
    "advice-own-plan": (
        _mail(
            "Dear Mr. Clarke,",
            "If it helps, I would start by shadowing the current officer for a run before changing anything.",
        ),
        "email",
    ),
    "advice-help-offered": (
        _card(
            "Thank You",
            "Dear Chef Moreau,",
            "I would be glad to help you trim the menu for spring, as you described.",
        ),
        "letter",
    ),
    "joke-plain-card": (_card("Thank you", "Dear Mrs. Ng,"), "letter"),
    "joke-literal-food": (
        _card("With thanks", "Dear Mr. Dlamini,", "The cinnamon bun you handed me was the best I have had."),
        "letter",
    ),
    "joke-light-warm": (
        _li("Hi Sanjay,", "I enjoyed the story about the release that went out on a Friday."),
        "linkedin",
    ),
    "joke-clockwork-plain": (
        _mail("Dear Ms. Lungu,", "I would keep the payroll calendar running on time, as I did at Ubuntu."),
        "email",
    ),
    "joke-mishap-plain": (
        _mail("Dear Mr. Okoro,", "Thank you as well for your patience when my train ran late."),
        "email",
    ),
    "voicemail-hi": (
        (
            "Hi Mr. Dlamini, this is Thabo Nkosi calling about the site supervisor interview on Tuesday. "
            "Thank you again for your time; I'm keen on the role and look forward to hearing about next steps. "
            "My number is 082 555 0147. Thanks, bye."
        ),
        "call",
    ),
    "student-hi": (
        _mail(
            "Hi Professor Lin,", "", sign="Best wishes,\nMei Tan", subject="Thank you – research assistant interview"
        ),
        "email",
    ),
    "aussie-warm": (
        _mail("G'day Bruce,", "Good luck with the footy tipping this weekend, as you said.", sign="Cheers,\nJess"),
        "linkedin",
    ),
}

# misjudged before the round 14 change were marked xfail(strict=True); all 20 pass after it
XFAIL_BAD: set[str] = set()
XFAIL_GOOD: set[str] = set()


def _params(table: dict, marked: set[str]) -> list:
    return [
        pytest.param(*value, id=key, marks=pytest.mark.xfail(strict=True) if key in marked else ())
        for key, value in table.items()
    ]


@pytest.mark.parametrize(("text", "channel"), _params(BAD, XFAIL_BAD))
def test_bad_is_flagged(linter: Linter, text: str, channel: str) -> None:
    assert flagged(linter, text, channel)


@pytest.mark.parametrize(("text", "channel"), _params(GOOD, XFAIL_GOOD))
def test_good_stays_quiet(linter: Linter, text: str, channel: str) -> None:
    assert flagged(linter, text, channel) == []

"""G-PERSONAL, G-SALUTATION and G-SPECIFICS blind batch, round 11 (written 2026-12-05 before any
change; none from the corpus, every wording our own).

Four kinds of misjudgement seen on the new dev drafts of batches 7-10, each probed with bad notes the
rule must catch and at least as many good look-alikes it must leave alone:

- boilerplate (FL210): a form letter that names the role only, as a mail merge fills in a job title,
  while the employer goes unnamed ("your company"), could go to any employer hiring for that title;
  and a one-paragraph LinkedIn form note is no less a form letter because the writer's own name is
  run into its last line after a sign-off.  A note that names the employer, a place, or one thing
  from the interview stays quiet.
- a greeting made of a description rather than a name ("Dear Director Who Cancelled Twice,") greets
  nobody by name (FL130, G-SALUTATION) and is no wrong name (FL132); a real wrong name still is.
- a role title with a slip of one letter ("Procurment Analyst") is a typo, not the wrong role
  (FL209); another title is still the wrong role.
- G-SPECIFICS (FL202): the writer's own doings (a friend request on a social network, an invitation
  to the writer's own gig) are no detail of the interview; the same network or an invitation named
  as something discussed or offered at the interview is.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

XF = pytest.mark.xfail(strict=True, reason="misjudged before the round 11 change")


def mail(greeting: str, body: str, sign: str = "Kind regards,\nNoor Haddad", subject: str = "Thank you") -> str:
    return f"Subject: {subject}\n\n{greeting}\n\n{body}\n\n{sign}"


def codes(linter: Linter, text: str, context: dict, channel: str | None = None, purpose: str = "thank-you") -> set[str]:  # type: ignore[type-arg]
    kw: dict = {"purpose": purpose, "context": context}  # type: ignore[type-arg]
    if channel:
        kw["channel"] = channel
    report = linter.lint(text, **kw)
    return {f.code for f in report.findings if f.severity.value in ("warning", "error")}


FREIGHT = {"company": "Tarnbrook Freight", "role": "Logistics Coordinator", "interviewers": ["Emeka Okonkwo"]}
LIBRARY = {"company": "Ashdown County Libraries", "role": "Outreach Librarian", "interviewers": ["Helen Marsh"]}
STUDIO = {"company": "Pellow & Quaite", "role": "Junior Interior Designer", "interviewers": ["Ruth Pellow"]}

# ---------------------------------------------------------------------------------------------
# boilerplate: (context, channel, text, must FL210 fire)
BOILER_BAD = [
    # 0 the role filled in, the employer left as "the organisation"
    (
        FREIGHT,
        "email",
        mail(
            "Dear Mr. Okonkwo,",
            "Thank you for meeting with me on Tuesday about the Logistics Coordinator opening. It was a "
            "pleasure to hear more about the role and the organisation. I am certain my experience would "
            "let me contribute from the start, and I remain keen on the opportunity.",
        ),
    ),
    # 1 a posted letter: the title twice, the employer as "your firm"
    (
        LIBRARY,
        "letter",
        mail(
            "Dear Ms. Marsh,",
            "I write to thank you for considering me for the post of Outreach Librarian. I valued the "
            "chance to learn about your organisation and its goals, and I feel my background fits the "
            "Outreach Librarian post well. I would be delighted to hear from you in due course.",
            sign="Yours sincerely,\nGwen Talbot",
        ),
    ),
    # 2 a LinkedIn form note, the writer's name run into its last line
    (
        STUDIO,
        "linkedin",
        (
            "Good evening! Many thanks for your time earlier today, I found it a truly valuable "
            "conversation and I am grateful for the insight into your work. I hope we can keep in touch "
            "as I would welcome any future opportunity to collaborate. Best wishes, Tamsin Achterberg"
        ),
    ),
    # 3 the same, the role filled in, signed "Thanks, Name"
    (
        FREIGHT,
        "linkedin",
        (
            "Hello Emeka, thank you for the interview for the Logistics Coordinator role. I really "
            "enjoyed speaking with you and learning more about the team, and I believe I would be a "
            "strong addition. I look forward to the next steps. Thanks, Wren Oduya"
        ),
    ),
]
BOILER_GOOD = [
    # 4 the employer and the role named, nothing recalled (FL202's business, not a form letter)
    (
        FREIGHT,
        "email",
        mail(
            "Dear Mr. Okonkwo,",
            "Thank you for meeting with me on Tuesday about the Logistics Coordinator opening at "
            "Tarnbrook Freight. I am very interested in the role and in joining your team, and I am "
            "happy to provide anything further you need.",
        ),
    ),
    # 5 the role only, with one thing from the interview
    (
        LIBRARY,
        "email",
        mail(
            "Dear Ms. Marsh,",
            "Thank you for seeing me about the Outreach Librarian post. I keep thinking about the "
            "housebound readers' van and how its route could take in the new care homes. I would be glad "
            "to hear from you about the next stage.",
        ),
    ),
    # 6 a LinkedIn note with a detail and a run-in sign-off
    (
        STUDIO,
        "linkedin",
        (
            "Hi Ruth, thanks so much for this afternoon. Seeing the sample library and hearing how you "
            "source reclaimed oak for the hotel project was the best part, and I would love to help with "
            "it. Best wishes, Tamsin Achterberg"
        ),
    ),
    # 7 a LinkedIn note that names the employer
    (
        STUDIO,
        "linkedin",
        (
            "Hi Ruth, thank you for the conversation today. I came away even keener on the chance to "
            "join Pellow & Quaite and hope to hear about the next steps before long. Warm regards, "
            "Tamsin Achterberg"
        ),
    ),
    # 8 the role only, and a place of the visit
    (
        FREIGHT,
        "email",
        mail(
            "Dear Mr. Okonkwo,",
            "Thank you for having me on Tuesday about the coordinator opening. Walking round the "
            "Kettering cross-dock with you was very useful, and I remain keen on the opportunity and "
            "look forward to hearing from you.",
        ),
    ),
    # 9 only the role is known: naming it is all there is to compare
    (
        {"role": "Logistics Coordinator", "interviewers": ["Emeka Okonkwo"]},
        "email",
        mail(
            "Dear Mr. Okonkwo,",
            "Thank you for meeting with me on Tuesday about the Logistics Coordinator opening. It was a "
            "pleasure to hear more about the role and the organisation. I am certain my experience would "
            "let me contribute from the start, and I remain keen on the opportunity.",
        ),
    ),
]


@pytest.mark.parametrize(
    ("ctx", "channel", "text"),
    BOILER_BAD,
)
def test_a_form_letter_is_boilerplate(linter: Linter, ctx: dict, channel: str, text: str) -> None:  # type: ignore[type-arg]
    assert "FL210" in codes(linter, text, ctx, channel)


@pytest.mark.parametrize(("ctx", "channel", "text"), BOILER_GOOD)
def test_a_note_particular_to_this_employer_is_no_form_letter(
    linter: Linter, ctx: dict, channel: str, text: str
) -> None:  # type: ignore[type-arg]
    assert "FL210" not in codes(linter, text, ctx, channel)


# ---------------------------------------------------------------------------------------------
# greetings: (context, greeting, codes that must fire, codes that must stay quiet)
BODY = "Thank you for the interview on Monday and for the tour of the returns bay. I remain keen on the role."
GREET = [
    # 0-2 a description where the name belongs: nobody greeted by name, no wrong name
    pytest.param(FREIGHT, "Dear Director Who Cancelled Twice,", {"FL130"}, {"FL132"}),
    pytest.param(FREIGHT, "Hello Recruiter whose inbox is always full,", {"FL130"}, {"FL132"}),
    pytest.param(FREIGHT, "Dear Person Whose Signature Is On The Letter,", {"FL130"}, {"FL132"}),
    # 3 a real wrong name is still a slip
    pytest.param(FREIGHT, "Dear Mr. Abernethy,", {"FL132"}, set()),
    # 4-7 real names, including ones that begin like "who"
    pytest.param(FREIGHT, "Dear Mr. Okonkwo,", set(), {"FL130", "FL132"}),
    pytest.param({**FREIGHT, "interviewers": ["Wei Chen"]}, "Dear Director Chen,", set(), {"FL130", "FL132"}),
    pytest.param({**FREIGHT, "interviewers": ["Anneliese Whorton"]}, "Dear Ms. Whorton,", set(), {"FL130", "FL132"}),
    pytest.param({**FREIGHT, "interviewers": ["Maeve Whooley"]}, "Hi Maeve,", set(), {"FL130", "FL132"}),
]


@pytest.mark.parametrize(("ctx", "greeting", "fire", "quiet"), GREET)
def test_a_greeting_by_description_names_nobody(
    linter: Linter,
    ctx: dict,  # type: ignore[type-arg]
    greeting: str,
    fire: set[str],
    quiet: set[str],
) -> None:
    found = codes(linter, mail(greeting, BODY), ctx, "email")
    assert fire <= found and not (quiet & found)


# ---------------------------------------------------------------------------------------------
# a role title with a slip of one letter: (role, title said, must FL209 fire)
ROLE = [
    pytest.param("Procurement Analyst", "Procurment Analyst", False),  # a letter dropped
    pytest.param("Warehouse Supervisor", "Warehouse Supervsior", False),  # two swapped
    pytest.param("Pharmacy Technician", "Pharmacy Technican", False),
    pytest.param("Maintenance Engineer", "Maintenance Enginer", False),
    pytest.param("Payroll Analyst", "Payroll Administrator", True),  # another title
    pytest.param("Procurement Analyst", "Supply Planner", True),
    pytest.param("Sales Trainer", "Sales Trainee", True, marks=XF),  # one letter, but another job
]


@pytest.mark.parametrize(("role", "said", "wrong"), ROLE)
def test_a_slip_in_the_role_title_is_a_typo_not_the_wrong_role(
    linter: Linter, role: str, said: str, wrong: bool
) -> None:
    ctx = {"company": "Marrick Holdings", "role": role, "interviewers": ["Jon Tebbit"]}
    text = mail(
        "Dear Mr. Tebbit,",
        f"Thank you for interviewing me for the {said} position yesterday. Hearing how your team "
        "closes the month in four days was useful, and I am keen to help.",
    )
    assert ("FL209" in codes(linter, text, ctx, "email")) is wrong


# ---------------------------------------------------------------------------------------------
# G-SPECIFICS: the writer's own doings are no detail (context, channel, text, must FL202 fire)
EVENTS = {"company": "Lantern Events", "role": "Events Assistant", "interviewers": ["Marisol Vega"]}
SPEC = [
    pytest.param(
        EVENTS,
        "linkedin",
        "Hi Marisol, thanks for the interview this morning for the Events Assistant role. I've followed "
        "you on Instagram and sent you a request on Facebook as well. Cheers, Tobi Adeyemi",
        True,
    ),
    pytest.param(
        EVENTS,
        "email",
        mail(
            "Dear Marisol,",
            "Thank you for meeting me yesterday about the Events Assistant role. My choir sings at the "
            "Corn Exchange on Friday night and you would be very welcome to come along.",
        ),
        True,
    ),
    pytest.param(
        EVENTS,
        "linkedin",
        "Hi Marisol! Great to meet you today for the Events Assistant job. Found you on Twitter and "
        "TikTok too, so I'll see you there. Tobi",
        True,
    ),
    # look-alikes: the network or the invitation is something of the interview
    pytest.param(
        EVENTS,
        "linkedin",
        "Hi Marisol, thanks for the chat about the Instagram campaign for the spring wedding fair. I'd "
        "love to help build it. Tobi Adeyemi",
        False,
    ),
    pytest.param(
        EVENTS,
        "email",
        mail(
            "Dear Marisol,",
            "Thank you for meeting me yesterday. Hearing how your team grew the Facebook group for the "
            "riverside food market was inspiring.",
        ),
        False,
    ),
    pytest.param(
        EVENTS,
        "email",
        mail(
            "Dear Marisol,",
            "Thank you for meeting me yesterday and for inviting me to come along to the Friday load-in "
            "at the Corn Exchange. I'll be there at eight.",
        ),
        False,
    ),
]


@pytest.mark.parametrize(("ctx", "channel", "text", "missing"), SPEC)
def test_the_writers_own_doings_are_no_detail(
    linter: Linter, ctx: dict, channel: str, text: str, missing: bool
) -> None:  # type: ignore[type-arg]
    assert ("FL202" in codes(linter, text, ctx, channel)) is missing


# ---------------------------------------------------------------------------------------------
# A second, smaller batch written AFTER the change (2026-12-05), for the two refinements the dev
# split asked for: the role alone stays particular in a note of the writer's own words (a joke, a
# complaint, a request) and is boilerplate only among stock phrases; and the writer with the "I"
# left out ("Just sent you ...") is still the writer.  Not counted in the blind figures.
AFTER_BOILER = [
    # a complaint in the writer's own words that names the role: no mail merge
    (
        FREIGHT,
        "email",
        mail(
            "Hi Emeka,",
            "Thanks for Tuesday. Three hours for a coordinator interview felt long, and the car park "
            "machine ate two pound coins, so I hope the Logistics Coordinator job is worth the trouble.",
        ),
        False,
    ),
    # a joke in the writer's own words
    (
        LIBRARY,
        "email",
        mail(
            "Dear Ms. Marsh,",
            "Thank you for seeing me about the Outreach Librarian post. I promise my shushing is "
            "gentle, my date stamps are straight, and my puns about overdue books are mostly bearable.",
        ),
        False,
    ),
    # one stock phrase among the writer's own words
    (
        STUDIO,
        "email",
        mail(
            "Dear Ms. Pellow,",
            "Thank you for Thursday's interview for the Junior Interior Designer role. I left with a "
            "sketchbook full of ideas and sore feet from all the stairs, and I would love to hear back.",
        ),
        False,
    ),
    # stock phrases round the role: a mail merge
    (
        STUDIO,
        "email",
        mail(
            "Dear Ms. Pellow,",
            "Thank you for the opportunity to interview for the Junior Interior Designer role. I am "
            "confident my skills and experience would make me a valuable addition to your team, and I "
            "look forward to hearing about the next steps.",
        ),
        True,
    ),
]


@pytest.mark.parametrize(("ctx", "channel", "text", "flagged"), AFTER_BOILER)
def test_after_the_role_alone_is_boilerplate_only_among_stock_phrases(
    linter: Linter,
    ctx: dict,  # type: ignore[type-arg]
    channel: str,
    text: str,
    flagged: bool,
) -> None:
    assert ("FL210" in codes(linter, text, ctx, channel)) is flagged


AFTER_SPEC = [
    (
        "linkedin",
        (
            "Hi Marisol, thanks for the interview for the Events Assistant role today. Just followed you "
            "on Instagram and added you on Snapchat too. Tobi"
        ),
        True,
    ),
    (
        "linkedin",
        (
            "Hi Marisol, thanks for the interview today. Found the tour of the Harbour Hall green rooms "
            "really useful for the Events Assistant role. Tobi"
        ),
        False,
    ),
]


@pytest.mark.parametrize(("channel", "text", "missing"), AFTER_SPEC)
def test_after_the_writer_with_the_i_left_out_is_still_the_writer(
    linter: Linter, channel: str, text: str, missing: bool
) -> None:
    assert ("FL202" in codes(linter, text, EVENTS, channel)) is missing


def test_after_an_opening_verb_without_you_is_not_the_writers_own_doing(linter: Linter) -> None:
    # "Found the ... useful" may recall the visit: the elided "I" counts only for an act done to the
    # reader ("Just sent you ...")
    text = (
        "Hi Marisol, thanks for the interview today. Found the Harbour Hall green rooms really useful "
        "to see for the Events Assistant role. Tobi"
    )
    assert "FL202" not in codes(linter, text, EVENTS, "linkedin")

"""Round 14 blind batch A of the lowscore14 family: G-CORRECT (lower-case "i", weekday and month names),
G-SENDER (nickname addresses) and G-SALUTATION (no greeting; one note to a person and a group).

Every probe was written for this test, in wordings not found elsewhere in tests/, with the verdict a reader
would give it under tests/corpus/calibration/LABELLING.md, before the linter ran on it; none comes from the
corpus.  A probe is ``(id, item, bad, context, text)``: a bad probe must draw a warning or an error citing
``item``; a good one must draw none citing it.

Batch A, 47 probes (23 bad, 24 good), before any change: 13 misjudged.  G-CORRECT 5 of 14 (4 bad missed: a
weekday or month name in lower case, "wednesday", "20 november", "end of january", "last friday"; 1 good flagged:
the roman numeral "(i)" read as the pronoun); G-SENDER 7 of 20 (7 bad missed: party, drink, karaoke and fandom
handles, "sweet ... gal", "netballqueen"; 0 good flagged); G-SALUTATION 1 of 13 (1 bad missed: "Hello Mr van Wyk
and the interview panel,"; 0 good flagged).  A note wholly in lower case drew 5 G-CORRECT findings (one wanted).  After the change (FL409 reads days and
months and a wholly lower-case note once; FL404 leaves "(i)" and a lower-case note's capitals alone; FL320's
party, drink and fandom words and a modifier and a head across separators; FL133 reads a surname's particle
and "Sir/Madam and the panel"): 0 of 47, and the lower-case note draws one finding.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

_SHOP = {
    "company": "Greenleaf Hardware",
    "role": "Store Supervisor",
    "interviewers": ["Mr. Pieter van Wyk"],
    "interview_date": "2026-11-26",
    "sent_at": "2026-11-27",
}
_BANK = {
    "company": "Kaveri Cooperative Bank",
    "role": "Credit Officer",
    "interviewers": ["Mrs. Lakshmi Rao"],
    "interview_date": "2026-11-20",
    "sent_at": "2026-12-02",
}
_LAB = {
    "company": "Southern Cross Diagnostics",
    "role": "Laboratory Technician",
    "interviewers": ["Dr. Hamish Doyle"],
    "interview_date": "2026-11-24",
    "sent_at": "2026-11-25",
}
_GARAGE = {
    "company": "Ridgeway Motors",
    "role": "Apprentice Mechanic",
    "interviewers": ["Gary Holt"],
    "interview_date": "2026-11-18",
    "sent_at": "2026-11-19",
}


def _mail(sender: str, greeting: str, body: str, sign: str, subject: str = "Thank you for the interview") -> str:
    head = f"From: {sender}\n" if sender else ""
    return f"{head}Subject: {subject}\n\n{greeting}\n\n{body}\n\nKind regards,\n{sign}"


_THANKS = (
    "Thank you for showing me round the workshop and for explaining how the team schedules its services. "
    "I enjoyed seeing the new diagnostic bay, and my two years servicing fleet vans would help there. "
    "I remain keen on the role and look forward to hearing from you."
)

PROBES = [
    # --- G-CORRECT: lower-case "i", weekday and month names in an otherwise capitalised note --------------------
    (
        "c01",
        "G-CORRECT",
        True,
        _GARAGE,
        _mail(
            "",
            "Hi Gary,",
            "Thanks for having me in on wednesday. I enjoyed seeing the new diagnostic bay, and my year of "
            "servicing fleet vans would help the team. I'm keen on the apprenticeship and look forward to "
            "hearing from you.",
            "Liam Carter",
        ),
    ),
    (
        "c02",
        "G-CORRECT",
        True,
        _BANK,
        _mail(
            "",
            "Dear Mrs. Rao,",
            "I had attended the interview for the Credit Officer post on 20 november and wished to know if "
            "there is any update on the selection. I remain very interested in joining Kaveri Cooperative Bank.",
            "Arjun Menon",
            subject="Credit Officer interview – status",
        ),
    ),
    (
        "c03",
        "G-CORRECT",
        True,
        _LAB,
        _mail(
            "",
            "Dear Dr. Doyle,",
            "Thank you for the interview yesterday. i enjoyed hearing how the lab validates each new assay, "
            "and my placement at the hospital pathology unit gave me practice with exactly that. I am keen to "
            "join the team and look forward to hearing from you.",
            "Chloe Nguyen",
        ),
    ),
    (
        "c04",
        "G-CORRECT",
        True,
        _SHOP,
        _mail(
            "",
            "Dear Mr. van Wyk,",
            "Thank you for letting me know about your decision. i've enjoyed getting to know Greenleaf through "
            "this process and i'd welcome the chance to apply again when a supervisor post opens.",
            "Sipho Mahlangu",
            subject="Re: Store Supervisor application",
        ),
    ),
    (
        "c05",
        "G-CORRECT",
        True,
        _LAB,
        _mail(
            "",
            "Dear Dr. Doyle,",
            "I'm writing to follow up on my interview of 24 November. You mentioned a decision by the end of "
            "january, and I wanted to confirm I am still very keen on the technician role.",
            "Chloe Nguyen",
            subject="Laboratory Technician – follow-up",
        ),
    ),
    (
        "c06",
        "G-CORRECT",
        True,
        _SHOP,
        (
            "Hi Pieter, thanks again for the chat last friday about the supervisor job. I liked hearing how the "
            "Saturday rush is planned and I'd be glad to help with the rosters. Cheers, Sipho"
        ),
    ),
    (
        "c07",
        "G-CORRECT",
        True,
        _GARAGE,
        (
            "Subject: thanks\n\nhi gary,\n\nthanks for the interview on tuesday. i really liked the workshop and "
            "i think my time fixing vans at my uncle's place would help. i hope to hear from you soon.\n\n"
            "cheers,\nliam carter"
        ),
    ),
    (
        "c08",
        "G-CORRECT",
        True,
        _BANK,
        (
            "Dear Madam,\n\nKindly note that i attended the interview on the 20th and am awaiting the result. "
            "i am available for joining from 1st january itself.\n\nYours faithfully,\nArjun Menon"
        ),
    ),
    # look-alikes: "may", "march", "sat", "wed", "sun" as ordinary words, "i.e.", roman numerals, "iPhone"
    (
        "c09",
        "G-CORRECT",
        False,
        _GARAGE,
        _mail(
            "",
            "Hi Gary,",
            "Thanks for the interview on Tuesday. I sat the written test before lunch and found it fair. You may "
            "want my manufacturer certificates, i.e. the two brake courses, so I have attached them.",
            "Liam Carter",
        ),
    ),
    (
        "c10",
        "G-CORRECT",
        False,
        _LAB,
        _mail(
            "",
            "Dear Dr. Doyle,",
            "Thank you for the interview in November. The sample tracking you described, where the results "
            "march from bench to report without a paper form, was impressive. Options (i) and (ii) you outlined "
            "both suit my experience, and I may be able to start in March.",
            "Chloe Nguyen",
        ),
    ),
    (
        "c11",
        "G-CORRECT",
        False,
        _SHOP,
        _mail(
            "",
            "Dear Mr. van Wyk,",
            "Thank you for meeting me on Wednesday. The way staff log stock on the iPad at the till was a good "
            "idea, and the sun-faded signage we discussed is an easy fix. I'd be glad to help the store in May "
            "and beyond.",
            "Sipho Mahlangu",
        ),
    ),
    (
        "c12",
        "G-CORRECT",
        False,
        _BANK,
        _mail(
            "",
            "Dear Mrs. Rao,",
            "Thank you for the interview on Friday 20 November. I noted your point about the august standing of "
            "the cooperative movement in the district, and I look forward to hearing from you in the new year.",
            "Arjun Menon",
        ),
    ),
    (
        "c13",
        "G-CORRECT",
        False,
        _GARAGE,
        _mail(
            "",
            "Hi Gary,",
            "Thanks for the interview. The sat nav fitting job you showed me was a good test, and the Mon–Fri "
            "shift pattern suits me. I will wed my practical skills to the college course if I get the place.",
            "Liam Carter",
        ),
    ),
    (
        "c14",
        "G-CORRECT",
        False,
        _BANK,
        _mail(
            "",
            "Dear Mrs. Rao,",
            "Thank you for the interview on Friday. As discussed, I can join from Monday, 5 January, once my "
            "notice period at the branch is served. I look forward to hearing from you.",
            "Arjun Menon",
        ),
    ),
    # --- G-SENDER: nickname addresses; surnames and given names that are words ----------------------------------
    ("s01", "G-SENDER", True, _GARAGE, _mail("mojito.mandy@gmail.com", "Hi Gary,", _THANKS, "Amanda Pretorius")),
    (
        "s02",
        "G-SENDER",
        True,
        _SHOP,
        _mail("netballqueen_thandi@yahoo.com", "Dear Mr. van Wyk,", _THANKS, "Thandiwe Zulu"),
    ),
    ("s03", "G-SENDER", True, _LAB, _mail("karaoke.king.raj@outlook.com", "Dear Dr. Doyle,", _THANKS, "Rajesh Iyer")),
    ("s04", "G-SENDER", True, _BANK, _mail("kopite_dan88@hotmail.com", "Dear Mrs. Rao,", _THANKS, "Daniel Hughes")),
    ("s05", "G-SENDER", True, _GARAGE, _mail("rave.girl.zoe@gmail.com", "Hi Gary,", _THANKS, "Zoe Adams")),
    (
        "s06",
        "G-SENDER",
        True,
        _SHOP,
        _mail("sweet.jasmine.gal@gmail.com", "Dear Mr. van Wyk,", _THANKS, "Nomvula Khumalo"),
    ),
    ("s07", "G-SENDER", True, _LAB, _mail("prosecco.queen@icloud.com", "Dear Dr. Doyle,", _THANKS, "Harriet Shaw")),
    (
        "s08",
        "G-SENDER",
        True,
        _BANK,
        _mail("cricket.crazy.vikram@gmail.com", "Dear Mrs. Rao,", _THANKS, "Vikram Shetty"),
    ),
    ("s09", "G-SENDER", True, _GARAGE, _mail("disco.dave@gmail.com", "Hi Gary,", _THANKS, "David Morgan")),
    ("s10", "G-SENDER", False, _SHOP, _mail("sweet.amara@gmail.com", "Dear Mr. van Wyk,", _THANKS, "Amara Sweet")),
    ("s11", "G-SENDER", False, _LAB, _mail("king.dineo@gmail.com", "Dear Dr. Doyle,", _THANKS, "Dineo King")),
    ("s12", "G-SENDER", False, _BANK, _mail("queenie.mkhize@outlook.com", "Dear Mrs. Rao,", _THANKS, "Queenie Mkhize")),
    ("s13", "G-SENDER", False, _GARAGE, _mail("angel.mokoena@gmail.com", "Hi Gary,", _THANKS, "Angel Mokoena")),
    ("s14", "G-SENDER", False, _SHOP, _mail("kenji.love@yahoo.com", "Dear Mr. van Wyk,", _THANKS, "Kenji Love")),
    ("s15", "G-SENDER", False, _LAB, _mail("amy.sweetman@gmail.com", "Dear Dr. Doyle,", _THANKS, "Amy Sweetman")),
    ("s16", "G-SENDER", False, _BANK, _mail("priya.fan@gmail.com", "Dear Mrs. Rao,", _THANKS, "Priya Fan")),
    ("s17", "G-SENDER", False, _GARAGE, _mail("sam.gunner@outlook.com", "Hi Gary,", _THANKS, "Sam Gunner")),
    (
        "s18",
        "G-SENDER",
        False,
        _SHOP,
        _mail("rose.partridge@gmail.com", "Dear Mr. van Wyk,", _THANKS, "Rose Partridge"),
    ),
    (
        "s19",
        "G-SENDER",
        False,
        _LAB,
        _mail("discombe.harriet@gmail.com", "Dear Dr. Doyle,", _THANKS, "Harriet Discombe"),
    ),
    ("s20", "G-SENDER", False, _GARAGE, _mail("sunny.rasool@gmail.com", "Hi Gary,", _THANKS, "Sunny Rasool")),
    # --- G-SALUTATION: no greeting at all; one person greeted with a group --------------------------------------
    (
        "n01",
        "G-SALUTATION",
        True,
        _SHOP,
        _mail("", "", _THANKS.replace("Thank you for showing", "I wanted to thank you for showing"), "Sipho Mahlangu"),
    ),
    (
        "n02",
        "G-SALUTATION",
        True,
        _BANK,
        _mail(
            "",
            "",
            "This is regarding my interview for the Credit Officer post on 20 November. Kindly let me know the "
            "status of my application. I remain interested in the position.",
            "Arjun Menon",
            subject="Credit Officer interview",
        ),
    ),
    (
        "n03",
        "G-SALUTATION",
        True,
        _LAB,
        _mail(
            "",
            "",
            "Just a short note to say thanks for yesterday's interview and the tour of the microbiology bench. "
            "I'm very keen on the technician role and look forward to hearing from you.",
            "Chloe Nguyen",
        ),
    ),
    (
        "n04",
        "G-SALUTATION",
        True,
        _SHOP,
        _mail("", "Hello Mr van Wyk and the interview panel,", _THANKS, "Sipho Mahlangu"),
    ),
    ("n05", "G-SALUTATION", True, _LAB, _mail("", "Dear Dr. Doyle, Ms. Baird and Mr. Tran,", _THANKS, "Chloe Nguyen")),
    (
        "n06",
        "G-SALUTATION",
        True,
        _BANK,
        _mail("", "Good morning Madam and all panel members,", _THANKS, "Arjun Menon"),
    ),
    ("n07", "G-SALUTATION", False, _SHOP, _mail("", "Good afternoon Mr. van Wyk,", _THANKS, "Sipho Mahlangu")),
    ("n08", "G-SALUTATION", False, _LAB, _mail("", "G'day Hamish,", _THANKS, "Chloe Nguyen")),
    (
        "n09",
        "G-SALUTATION",
        False,
        _GARAGE,
        _mail("", "", "Gary, " + _THANKS[0].lower() + _THANKS[1:], "Liam Carter"),
    ),
    (
        "n10",
        "G-SALUTATION",
        False,
        _BANK,
        _mail(
            "",
            "Respected Mrs. Rao,",
            "Thank you for the interview on 20 November. Please also convey my thanks to the other panel members "
            "for their time. I remain keen to join Kaveri Cooperative Bank.",
            "Arjun Menon",
        ),
    ),
    ("n11", "G-SALUTATION", False, _SHOP, _mail("", "Dear Mr van Wyk", _THANKS, "Sipho Mahlangu")),
    (
        "n12",
        "G-SALUTATION",
        False,
        _LAB,
        _mail("", "Hi Hamish,", _THANKS + " Please pass my thanks to the team as well.", "Chloe Nguyen"),
    ),
    (
        "n13",
        "G-SALUTATION",
        False,
        _SHOP,
        _mail(
            "",
            "Hello Ms. Okafor,",
            "I am following up on my interview for the Store Supervisor role on 26 November. Is there any news "
            "on the decision? I remain keen on the post.",
            "Sipho Mahlangu",
            subject="Store Supervisor – follow-up",
        ),
    ),
]

# misjudged after the round's change (strict xfail); before it, the 13 named in the module's docstring were
XFAIL_A: set[str] = set()

_LINTER = Linter()


def _flags(item: str, ctx: dict, text: str) -> list[str]:
    report = _LINTER.lint(text, context=ctx)
    return [
        f"{f.code} {f.message}"
        for f in report.findings
        if item in f.guidance and f.severity.value in ("warning", "error")
    ]


@pytest.mark.parametrize(
    ("pid", "item", "bad", "ctx", "text"),
    [pytest.param(*p, id=p[0], marks=[pytest.mark.xfail(strict=True)] if p[0] in XFAIL_A else []) for p in PROBES],
)
def test_batch_a(pid: str, item: str, bad: bool, ctx: dict, text: str) -> None:
    found = _flags(item, ctx, text)
    if bad:
        assert found, f"{pid}: expected a finding citing {item}"
    else:
        assert not found, f"{pid}: expected none citing {item}, got {found}"


def test_all_lower_case_note_is_one_slip() -> None:
    """A note written wholly in lower case is one G-CORRECT slip, not one finding a word."""
    text = next(p[4] for p in PROBES if p[0] == "c07")
    found = _flags("G-CORRECT", _GARAGE, text)
    assert 1 <= len(found) <= 3, found

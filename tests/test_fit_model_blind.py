"""A blind batch for FL205's learned backstop (G-FIT: a thank-you reminds the reader why the writer fits
the role, tying something of theirs to the role's needs; enthusiasm, praise of the firm, the reader's
own career or a bare claim of being a good fit falls short).  Written on 2026-12-05 before the backstop
was trained or run on it, in wordings of my own from many trades and Englishes, by e-mail, LinkedIn and
call.  It is not a source of the backstop's training probes (benchmarks/harvest_content_probes.py), and
must stay so.

``GOOD`` (20) tie something the writer has done, holds or knows to the role: FL205 may not fire.
``SHORT`` (12) thank warmly but tie nothing of the writer's to the role (enthusiasm, the reader's
experience, a wish to learn, a bare claim, what the writer liked): FL205 must fire.
What is misjudged is marked xfail(strict=True): see ``_MISJUDGED``.  A confirmation batch (10 good, 6
short) was written after the backstop's threshold was fixed and before the model read it.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def _email(role: str, greeting: str, body: str, sign_off: str) -> str:
    return f"Subject: Thank you – {role} interview\n\n{greeting}\n\n{body}\n\n{sign_off}"


GOOD = [
    (
        "f01",
        "email",
        _email(
            "Sous Chef",
            "Hi Marco,",
            "Thanks for having me in the kitchen on Saturday. Six seasons on the pass at a 120-cover bistro mean a busy Friday service is home ground for me.",
            "Cheers,\nDanny",
        ),
    ),
    (
        "f02",
        "email",
        _email(
            "Staff Nurse",
            "Dear Sister O'Brien,",
            "Thank you for showing me round Ward 7. Most of my placement hours were spent on an acute stroke unit, so the early mobility work you described felt familiar.",
            "Kind regards,\nAoife Byrne",
        ),
    ),
    (
        "f03",
        "linkedin",
        "Hi Ravi, thanks for the call today. The payments reconciliation problem you mentioned is exactly what I untangled at Finlo last year, so I could pick it up quickly. Best, Meera",
    ),
    (
        "f04",
        "email",
        _email(
            "Electrician",
            "Alright Steve,",
            "Cheers for the chat at the depot. Been wiring commercial units since my apprenticeship finished, so the fit-out job at the retail park is right up my street.",
            "Ta,\nKyle",
        ),
    ),
    (
        "f05",
        "email",
        _email(
            "Primary Teacher",
            "Dear Mrs Naidoo,",
            "Thank you for the lesson observation this morning. For three years I ran the reading recovery group at Hillcrest Primary, which is much the same support your Grade 2 learners need.",
            "Warm regards,\nThandiwe Mokoena",
        ),
    ),
    (
        "f06",
        "call",
        "Hi Joanne, Priya Shah here, thanks for seeing me about the pharmacy technician post. Just to say, I dispensed for a busy high-street chemist for two years, so the blister-pack rounds won't be new to me. My number is 07700 900456. Thanks, bye.",
    ),
    (
        "f07",
        "email",
        _email(
            "Backend Developer",
            "Hey Sam,",
            "Thanks for walking me through the billing service. The Postgres partitioning you're planning is something I rolled out at my old job for a table of 2 billion rows.",
            "Cheers,\nOla",
        ),
    ),
    (
        "f08",
        "email",
        _email(
            "Accounts Assistant",
            "Dear Mr Tan,",
            "Thank you for the interview on Tuesday. Having done month-end closing for a trading firm of similar size, I am confident I can support your finance team with the audit in March.",
            "Yours sincerely,\nLim Wei Ling",
        ),
    ),
    (
        "f09",
        "email",
        _email(
            "Barista",
            "hi Jo,",
            "thanks heaps for the trial shift!! i did two summers at a beach kiosk doing 300 coffees a morning so the rush didnt phase me one bit",
            "Tash",
        ),
    ),
    (
        "f10",
        "linkedin",
        "Dear Mr Okafor, thank you for the interview. As a chartered surveyor who has valued farmland across the Midlands, I believe I can add real value to your rural team. Regards, Tom Hale",
    ),
    (
        "f11",
        "email",
        _email(
            "Site Supervisor",
            "Dear Ms Kowalski,",
            "Thank you for the site visit. I held the SMSTS ticket and ran a crew of twelve on a four-storey timber frame job, which should translate well to your housing scheme.",
            "Best regards,\nPiotr Nowak",
        ),
    ),
    (
        "f12",
        "email",
        _email(
            "Customer Success Manager",
            "Hi Dana,",
            "Thank you for today. The churn problem in your mid-market accounts is one I know well: my book of 40 SaaS clients kept a 96 percent renewal rate last year.",
            "Best,\nJordan",
        ),
    ),
    (
        "f13",
        "email",
        _email(
            "Veterinary Nurse",
            "Dear Dr Hargreaves,",
            "Thank you for letting me sit in on the morning surgery list. Anaesthetic monitoring was the part of my training I enjoyed most, and I was the practice's go-to for it at Oakfield Vets.",
            "Kind regards,\nBeth Morgan",
        ),
    ),
    (
        "f14",
        "email",
        _email(
            "Logistics Coordinator",
            "Good morning Mr Banerjee,",
            "Thank you for your kind time yesterday. I have handled customs clearance for perishable cargo at Nhava Sheva port, so your cold-chain exports are familiar territory for me.",
            "Regards,\nAnkit Sharma",
        ),
    ),
    (
        "f15",
        "email",
        _email(
            "Graphic Designer",
            "Hi Lou,",
            "Thanks for looking through my portfolio with me. The rebrand for the Fernhill cider co-op, which you liked, was the same brief as your packaging refresh: small budget, loud shelf.",
            "Cheers,\nRosa",
        ),
    ),
    (
        "f16",
        "call",
        "Hello Mr Adeyemi, this is Kemi calling about yesterday's interview for the HR officer role. Thank you again. I wanted to add that I sorted out onboarding for over two hundred hires at my present company, which is the scale you said you are heading for. Goodbye.",
    ),
    (
        "f17",
        "email",
        _email(
            "Mechanic",
            "G'day Shane,",
            "Thanks for the look around the workshop. I've been spannering on Hilux and Ranger diesels for a fleet mob out west, so your mining utes are bread and butter to me.",
            "Cheers mate,\nJake",
        ),
    ),
    (
        "f18",
        "email",
        _email(
            "Research Assistant",
            "Dear Professor Mwangi,",
            "Thank you for the conversation on Friday. The household survey in Kisumu that I coordinated for my master's used the same ODK tools your project relies on.",
            "With best regards,\nWanjiru Kamau",
        ),
    ),
    (
        "f19",
        "linkedin",
        "Hi Claire, lovely to meet you today. Knowing Xero inside out from running the books for my family's café, I'd be up and running on your bookkeeping from week one. Thanks, Holly",
    ),
    (
        "f20",
        "email",
        _email(
            "Warehouse Operative",
            "Dear Gary,",
            "Thanks for the interview this morning. Counted, picked and loaded for Tesco's regional depot the last three winters, so peak season at your place won't catch me out.",
            "Regards,\nMarek",
        ),
    ),
]

SHORT = [
    (
        "s01",
        "email",
        _email(
            "Sous Chef",
            "Hi Marco,",
            "Thanks for having me in on Saturday. The new menu sounds brilliant and I'd love to be part of it. Hope to hear from you soon.",
            "Cheers,\nDanny",
        ),
    ),
    (
        "s02",
        "email",
        _email(
            "Staff Nurse",
            "Dear Sister O'Brien,",
            "Thank you for the tour of Ward 7. It was inspiring to hear about your twenty years on the stroke unit and how you built the team up.",
            "Kind regards,\nAoife Byrne",
        ),
    ),
    (
        "s03",
        "linkedin",
        "Hi Ravi, thanks for the call. I'm a fast learner and would be a great addition to the payments team. Best, Meera",
    ),
    (
        "s04",
        "email",
        _email(
            "Electrician",
            "Alright Steve,",
            "Cheers for the chat at the depot. Sorry I was a bit late, the traffic on the ring road was murder. Let me know what you decide.",
            "Ta,\nKyle",
        ),
    ),
    (
        "s05",
        "email",
        _email(
            "Primary Teacher",
            "Dear Mrs Naidoo,",
            "Thank you for the lesson observation. I hope to gain a lot of classroom experience at your school and to learn from your staff.",
            "Warm regards,\nThandiwe Mokoena",
        ),
    ),
    (
        "s06",
        "call",
        "Hi Joanne, Priya Shah here, thanks for seeing me about the pharmacy technician post. I really enjoyed it and I'm very keen. My number is 07700 900456. Thanks, bye.",
    ),
    (
        "s07",
        "email",
        _email(
            "Backend Developer",
            "Hey Sam,",
            "Thanks for walking me through the billing service. The way your team handles on-call sounds really healthy. Looking forward to the next round.",
            "Cheers,\nOla",
        ),
    ),
    (
        "s08",
        "email",
        _email(
            "Accounts Assistant",
            "Dear Mr Tan,",
            "Thank you for the interview on Tuesday. I am confident that I am the right person for this job and will not disappoint you.",
            "Yours sincerely,\nLim Wei Ling",
        ),
    ),
    (
        "s09",
        "email",
        _email(
            "Barista",
            "hi Jo,",
            "thanks heaps for today!! the cafe is so cute and everyone was lovely, fingers crossed",
            "Tash",
        ),
    ),
    (
        "s10",
        "email",
        _email(
            "Customer Success Manager",
            "Hi Dana,",
            "Thank you for today. I was glad to hear the role is hybrid, as the commute from my side of town is long. Please tell me when you expect to decide.",
            "Best,\nJordan",
        ),
    ),
    (
        "s11",
        "email",
        _email(
            "Mechanic",
            "G'day Shane,",
            "Thanks for the look around the workshop. Your boys clearly know their stuff and the new hoists are mint. Keen to hear back.",
            "Cheers mate,\nJake",
        ),
    ),
    (
        "s12",
        "email",
        _email(
            "Research Assistant",
            "Dear Professor Mwangi,",
            "Thank you for the conversation on Friday. Your paper on household water use in Kisumu was fascinating, and I would be honoured to work under your guidance.",
            "With best regards,\nWanjiru Kamau",
        ),
    ),
]


# The confirmation batch: written after the backstop's threshold was fixed (0.9) and before the model
# read it.
CONFIRM_GOOD = [
    (
        "c01",
        "email",
        _email(
            "Dental Nurse",
            "Dear Dr Patel,",
            "Thank you for the visit to the surgery. Decontamination and instrument tracking were my daily jobs at Riverside Dental, so your new autoclave log would be straightforward for me.",
            "Kind regards,\nGemma Hall",
        ),
    ),
    (
        "c02",
        "linkedin",
        "Hi Tariq, thanks for today. Spent the last two winters gritting and ploughing council routes, so your depot's night rota is familiar ground. Best, Rob",
    ),
    (
        "c03",
        "email",
        _email(
            "Data Analyst",
            "Hi Noor,",
            "Thanks for the chat about the dashboard backlog. The Power BI rebuild I shipped for our sales ops cut their weekly report from a day to an hour, and your backlog looks much the same.",
            "Best,\nAmir",
        ),
    ),
    (
        "c04",
        "email",
        _email(
            "Carpenter",
            "Hi Bev,",
            "Cheers for showing me the job in Mosgiel. Hung doors and fitted kitchens for Fletcher's for six years, so the villa refurb you've got on is my kind of work.",
            "Thanks,\nWiremu",
        ),
    ),
    (
        "c05",
        "call",
        "Hello Ms Grant, it's Leah from this morning's interview for the receptionist job. Thank you. I forgot to say I looked after the front desk at a busy physio clinic, so booking and payments are second nature. My number is 07700 900123. Bye.",
    ),
    (
        "c06",
        "email",
        _email(
            "Social Worker",
            "Dear Ms Ndlovu,",
            "Thank you for the panel interview. Child protection casework in Soweto was where I cut my teeth, and it prepared me well for the caseload you described.",
            "Yours sincerely,\nLerato Dube",
        ),
    ),
    (
        "c07",
        "email",
        _email(
            "QA Engineer",
            "Hey Priyanka,",
            "Thanks for the session. At Zeta I owned the Cypress suite end to end, about 900 tests, which is pretty much what your team wants someone to take over.",
            "Cheers,\nVikram",
        ),
    ),
    (
        "c08",
        "email",
        _email(
            "Hotel Duty Manager",
            "Dear Mr Costa,",
            "Thank you for the tour of the hotel. Night audits and guest complaints were bread and butter during my four years at a 200-room airport hotel, so I'd be comfortable running your late shifts.",
            "Kind regards,\nElena Ruiz",
        ),
    ),
    (
        "c09",
        "email",
        _email(
            "Gardener",
            "Dear Mrs Pemberton,",
            "Thank you for showing me the walled garden. Pruning old espaliered pears was half my job on the Hartley estate, so your orchard wall would be in safe hands.",
            "With thanks,\nOwen",
        ),
    ),
    (
        "c10",
        "email",
        _email(
            "Teaching Assistant",
            "Hi Miss Clarke,",
            "thank u for today. i support my little brother who is autistic every day and use visual timetables with him, so i think i could really help the boy in year 3 you told me about",
            "Thanks,\nJade",
        ),
    ),
]

CONFIRM_SHORT = [
    (
        "d01",
        "email",
        _email(
            "Dental Nurse",
            "Dear Dr Patel,",
            "Thank you for the visit. The surgery is beautiful and the team seemed so friendly. I really hope I get the chance to join you.",
            "Kind regards,\nGemma Hall",
        ),
    ),
    (
        "d02",
        "linkedin",
        "Hi Tariq, thanks for today. I'm a hard grafter and I never let anyone down. Best, Rob",
    ),
    (
        "d03",
        "email",
        _email(
            "Data Analyst",
            "Hi Noor,",
            "Thanks for the chat. It was great to hear how you moved from finance into analytics, and your advice on SQL courses was really useful.",
            "Best,\nAmir",
        ),
    ),
    (
        "d04",
        "email",
        _email(
            "Carpenter",
            "Hi Bev,",
            "Cheers for showing me the job. Sorry I had to dash off, I had to pick the kids up from school. Let me know either way.",
            "Thanks,\nWiremu",
        ),
    ),
    (
        "d05",
        "email",
        _email(
            "Social Worker",
            "Dear Ms Ndlovu,",
            "Thank you for the panel interview. I am eager to learn the work and to grow as a professional in your organisation.",
            "Yours sincerely,\nLerato Dube",
        ),
    ),
    (
        "d06",
        "email",
        _email(
            "QA Engineer",
            "Hey Priyanka,",
            "Thanks for the session. Could you send me the details of the take-home test and when it is due?",
            "Cheers,\nVikram",
        ),
    ),
]

# Misjudged by the wordings alone (FL205's TOML without a backstop), before any model was trained: 4 of
# the 20 good notes flagged (f12: a result of "my book of 40 SaaS clients"; f15: one's own rebrand as
# "the same brief"; f17: "I've been spannering on ..."; f20: a subjectless "Counted, picked and loaded
# for ..."), none of the 12 that fall short missed.  The confirmation batch by the wordings alone: 2 of
# its 10 good flagged (c02: a subjectless "Spent the last two winters gritting ..."; c05: "I looked
# after the front desk at ..."), none of its 6 short missed.
# With the backstop (a model trained on 775 probes from fifteen FL205 test files and the 306 dev drafts,
# at 0.9, the threshold its out-of-fold harm grid set before these scores were read): the same, 4 of 20
# and 0 of 12, 2 of 10 and 0 of 6.  The model scored the misjudged good notes 0.48 to 0.83 (f12 0.83,
# c05 0.78, the rest below 0.57) and the short ones 0.08 to 0.62, so it did not ship
# (docs/inference.md, "Content backstops").
# (round 13, nextsteps13: c02 heard by years of work told with a gerund, "two winters gritting")
# (round 26: f12 heard by the reader's problem as one the writer knows well, "is one I know well")
_MISJUDGED = {"f15", "f17", "f20", "c05"}


def _params(items: list[tuple[str, str, str]]) -> list:  # type: ignore[type-arg]
    return [
        pytest.param(key, channel, text, id=key, marks=[pytest.mark.xfail(strict=True)] if key in _MISJUDGED else [])
        for key, channel, text in items
    ]


def _warned(linter: Linter, text: str, channel: str) -> bool:
    report = linter.lint(text, purpose="thank-you", channel=channel)
    return any(f.code == "FL205" for f in report.findings)


@pytest.mark.parametrize(("key", "channel", "text"), _params(GOOD))
def test_a_note_that_ties_experience_to_the_role_is_left_alone(
    linter: Linter, key: str, channel: str, text: str
) -> None:
    assert not _warned(linter, text, channel)


@pytest.mark.parametrize(("key", "channel", "text"), _params(SHORT))
def test_a_note_that_ties_nothing_to_the_role_is_flagged(linter: Linter, key: str, channel: str, text: str) -> None:
    assert _warned(linter, text, channel)


@pytest.mark.parametrize(("key", "channel", "text"), _params(CONFIRM_GOOD))
def test_a_good_note_of_the_confirmation_batch_is_left_alone(linter: Linter, key: str, channel: str, text: str) -> None:
    assert not _warned(linter, text, channel)


@pytest.mark.parametrize(("key", "channel", "text"), _params(CONFIRM_SHORT))
def test_a_short_note_of_the_confirmation_batch_is_flagged(linter: Linter, key: str, channel: str, text: str) -> None:
    assert _warned(linter, text, channel)

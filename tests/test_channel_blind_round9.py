"""Blind probes of channel inference and the channel rules, round 9 (the held-out report: calls read as
LinkedIn notes, cards and letters read as e-mails; FL114 held a live two-way call to a voicemail's length).
Every draft was written for this test, with the verdict a reader would give it, before the linter ran on it;
none comes from the corpus.  Each is linted as the calibration linted its drafts: with the context (company,
role, interviewers, interview date), the channel left to inference.

``CALLS``, ``LINKEDIN``, ``PAPER``, ``EMAILS`` (22, written before any change): 7 misjudged before, 0 after
(calls 3 of 8, LinkedIn notes 1 of 5, cards and letters 2 of 5, e-mails 1 of 4).  ``SECOND`` (17): see there.
``LENGTH`` (6 FL114 probes): good live scripts flagged 2 of 4 before, 0 after; long ones missed 0 of 2.
"""

from __future__ import annotations

import pytest
from check_timing import assert_grows_linearly, prepared_input
from inferred_cues import cues_not_in_draft

from followup_lint import Linter

_DOCK = {
    "company": "Northgate Distribution",
    "role": "Warehouse Team Leader",
    "interviewers": ["Deborah Quinn"],
    "interview_date": "2026-11-23",
}
_LAB = {
    "company": "Calder Diagnostics",
    "role": "Laboratory Technician",
    "interviewers": ["Paul Mensah", "Ruth Adair"],
    "interview_date": "2026-11-19",
}
_SCHOOL = {
    "company": "St Aidan's Primary",
    "role": "Teaching Assistant",
    "interviewers": ["Helen Clarke"],
    "interview_date": "2026-11-27",
}

# Calls and voicemails a reader hears as spoken: thin voicemails with no sign-off block, live calls the
# employer picks up, call-backs.
CALLS = [
    (
        "k1",
        _DOCK,
        "Morning Deborah, it's Marcus. Quick one about the team leader job - has the panel had a chance to meet yet? No rush at all, I'm on the usual number. Speak later.",
    ),
    (
        "k2",
        _LAB,
        "Hi Paul, Kemi Adeyemi getting back to you about the technician post. Sorry we keep missing each other! I'm free until four today, otherwise tomorrow morning. Speak then.",
    ),
    (
        "k3",
        _SCHOOL,
        "Hiya Mrs. Clarke, Jade Collins here, we met on Thursday about the teaching assistant post. Just a quick message to say thank you so much. I'll give you another try on Monday if we don't speak before. Bye!",
    ),
    (
        "k4",
        _DOCK,
        "Hello, this message is for Deborah Quinn. My name is Tomasz Nowak and I interviewed on the 23rd for the team leader role. I'm keen to hear where things are up to. The best number for me is oh-seven-seven-double-oh, nine-oh-oh, four-five-six. Many thanks.",
    ),
    (
        "k5",
        _LAB,
        "Hi there, I'm hoping to have a quick word with Ruth Adair if she's free? ... Oh hi Ruth! It's Sam Ortiz, from the interview last Wednesday. I won't take much of your time - I just wanted to check whether you'd reached a decision. ... Okay, great, that's really helpful. Thanks so much, Ruth.",
    ),
    (
        "k6",
        _SCHOOL,
        "Me: Hello, is that Mrs. Clarke?\nHer: Speaking.\nMe: Hi, it's Leah Grant - I came in for the teaching assistant interview last week. Have you got two minutes?\nHer: (yes / busy)\nMe: I just wanted to ask if there's any news yet, and to say I'm still really keen.",
    ),
    (
        "k7",
        _DOCK,
        "Hi Deborah, it's Marcus Webb giving you a quick bell about the team leader job. Just wondered if there's any news. Best to get me after five. Cheers, speak soon.",
    ),
    (
        "k8",
        _LAB,
        "Hello Dr. Mensah, good afternoon. It's Priya Shah, I was one of the candidates for the laboratory technician post. I'm phoning back after your message this morning. Whenever suits you, I'm around all day. Thank you.",
    ),
]

# Short notes typed into LinkedIn that must stay LinkedIn (no Subject:, no sign-off block).
LINKEDIN = [
    (
        "l1",
        _DOCK,
        "Hi Deborah, great to meet you on Monday! Thanks for the chat about the team leader role - I'd love to keep in touch.",
    ),
    (
        "l2",
        _LAB,
        "Hey Paul, thanks again for the phone screen yesterday. Happy to share more about my QC work if that's useful. Speak soon!",
    ),
    (
        "l3",
        _SCHOOL,
        "Hi Helen, lovely to meet you at the interview on Thursday, and thanks for the tour of the reading corner. Talk soon!",
    ),
    (
        "l4",
        _LAB,
        "Hi Ruth - I saw you'd tried to ring earlier, sorry! Thanks so much for thinking of me for the technician role. When would be a good time to chat?",
    ),
    (
        "l5",
        _DOCK,
        "Deborah - just a quick note to say thanks for Monday. Really enjoyed the walk round the dispatch floor. Hope the peak goes smoothly!",
    ),
]

# Cards and letters a reader takes for paper.
PAPER = [
    (
        "p1",
        _LAB,
        "Dear Dr. Mensah,\n\nI sent a short e-mail on Friday, but I wanted to follow it with something you could pin up by your desk. Thank you for the interview and for showing me the new analysers; I came away keen to join the team.\n\nWith best wishes,\nHanna Berg",
    ),
    (
        "p2",
        _SCHOOL,
        "Dear Mrs. Clarke,\n\nFurther to my e-mail on Monday, I am writing by hand to thank you properly for the interview and for the chance to read with Year 2. I would love to join St Aidan's.\n\nKind regards,\nRay Holt",
    ),
    (
        "p3",
        _DOCK,
        "Dear Ms. Quinn,\n\nThank you for the interview on the 23rd. As promised, I have printed a copy of my forklift certificate and tucked it in with this note.\n\nYours sincerely,\nTomasz Nowak",
    ),
    (
        "p4",
        _LAB,
        "Dear Ruth,\n\nI emailed my thanks on the day, but a typed message never feels like enough, so here is a proper paper one too. Thank you for your patience with my questions about the sample logging.\n\nWarmly,\nKemi",
    ),
    (
        "p5",
        _SCHOOL,
        "Dear Helen and everyone at St Aidan's,\n\nThank you for such a warm welcome on Thursday. I've popped this card in with the children's drawings you asked to see.\n\nBest wishes,\nLeah Grant",
    ),
]

# E-mails that must stay e-mails: one naming a card it will be followed by, one naming a paper copy.
EMAILS = [
    (
        "e1",
        _LAB,
        "Dear Dr. Mensah,\n\nThank you for the interview on Wednesday. I will follow this e-mail with a handwritten note, but wanted to say thank you straight away.\n\nKind regards,\nHanna Berg",
    ),
    (
        "e2",
        _SCHOOL,
        "Hi Helen,\n\nThank you for Thursday. A card is on its way too, but I wanted to say thanks today while it is fresh.\n\nBest,\nLeah",
    ),
    (
        "e3",
        _DOCK,
        "Subject: Thank you - Warehouse Team Leader\n\nDear Ms. Quinn,\n\nThank you for the interview. I'll bring a paper copy of my forklift certificate to the second round.\n\nBest regards,\nTomasz Nowak",
    ),
    (
        "e4",
        _LAB,
        "Dear Ruth,\n\nI emailed last week about the technician post and wondered whether there is any news. I remain very keen.\n\nBest wishes,\nKemi Adeyemi\nkemi.adeyemi@example.com",
    ),
]

# A second batch, written after the fix of the first as a measurement, in other voices: 5 of 17 misjudged before
# its own fixes (a call that says its last message cut off; "thanks for the call on Friday ... Talk soon." in a
# chat; a card signed "Nora x"; a letter sent "by the internal post" that says "rather than your inbox"; a
# "Dear Colin, ... Best wishes, Felix Durand" e-mail with no Subject: line), 1 after: the last, read as a card
# by design (a "Dear ..." greeting over a signed name with no Subject: line and nothing of an e-mail), is a
# strict xfail.
_BAKERY = {
    "company": "Fairweather Bakery",
    "role": "Assistant Baker",
    "interviewers": ["Glen Harper"],
    "interview_date": "2026-11-25",
}
_COUNCIL = {
    "company": "Ridgeway Council",
    "role": "Planning Officer",
    "interviewers": ["Amira Hassan", "Colin Reeve"],
    "interview_date": "2026-11-18",
}
SECOND = [
    (
        "m1",
        "call",
        _BAKERY,
        "Hi Glen, it's Nora Vance from the bake trial on Wednesday. Just wanted to say thanks ever so much for letting me have a go on the deck oven. Hope the Christmas orders aren't too mad! Ring me whenever, it's the mobile on my form. Ta-ra.",
    ),
    (
        "m2",
        "call",
        _COUNCIL,
        "Good afternoon, Planning, is Amira Hassan there please? ... Thank you. ... Hello Amira, it's Felix Durand, I interviewed for the planning officer post on the 18th.",
    ),
    (
        "m3",
        "call",
        _COUNCIL,
        "Hi Colin, Felix Durand again - sorry, I think my last message cut off. As I was saying, I'd really like to hear how the panel got on. Catch you later.",
    ),
    (
        "m4",
        "call",
        _BAKERY,
        "Hello Mr. Harper, this is a message from Nora Vance. I came in on Wednesday for the assistant baker job and I'm just checking in to see how things are going. You can get me any time on seven-nine-one, four-four-two, eight-oh-six. Thanks very much.",
    ),
    (
        "m5",
        "call",
        _COUNCIL,
        "Answerphone script\nHello Amira, Felix Durand here, calling about the planning officer post. I'd be grateful for a quick update when you have a moment. My number is 01632 960 481. Thank you.",
    ),
    (
        "m6",
        "call",
        _BAKERY,
        "Glen! Hi, it's Nora. Is this an okay moment? ... Lovely. I just wanted to check whether you'd had a chance to think about the trial, and say again how much I enjoyed it.",
    ),
    (
        "n1",
        "linkedin",
        _BAKERY,
        "Hi Glen, thanks again for Wednesday - the sourdough starter tour was a highlight! Would love to stay in touch.",
    ),
    (
        "n2",
        "linkedin",
        _COUNCIL,
        "Hi Amira, hope you had a good weekend. Just wondering if there's any news on the planning officer post? Thanks!",
    ),
    (
        "n3",
        "linkedin",
        _COUNCIL,
        "Colin - thanks so much for the call on Friday, it was really helpful to hear the feedback. Talk soon.",
    ),
    (
        "n4",
        "linkedin",
        _BAKERY,
        "Hey Glen, I tried ringing the bakery but couldn't get through, so thought I'd drop you a line here instead. Any news on the baker role?",
    ),
    (
        "q1",
        "letter",
        _BAKERY,
        "Dear Glen,\n\nJust a few lines, in my best handwriting, to thank you for Wednesday's trial. I loved every minute.\n\nWith thanks,\nNora",
    ),
    (
        "q2",
        "letter",
        _COUNCIL,
        "Dear Ms. Hassan,\n\nI e-mailed the team on Monday, but I wanted to send a more formal letter as well. Thank you for the interview for the planning officer post; I remain very interested.\n\nYours sincerely,\nFelix Durand\n14 Albion Street\nLeeds LS1 6AG",
    ),
    (
        "q3",
        "letter",
        _BAKERY,
        "To Glen and the early shift,\n\nThank you all for making the trial so much fun. I've stuck a photo of my loaf on the back!\n\nNora x",
    ),
    (
        "q4",
        "letter",
        _COUNCIL,
        "Dear Amira,\n\nAs this will reach you by the internal post rather than your inbox, I'll keep it brief: thank you for the interview, and I hope to hear from you soon.\n\nKind regards,\nFelix",
    ),
    (
        "f1",
        "email",
        _COUNCIL,
        "Dear Ms. Hassan,\n\nThank you for the interview for the planning officer post. I have also put a short letter in the post, but wanted you to have my thanks today.\n\nKind regards,\nFelix Durand\nfelix.durand@example.com",
    ),
    (
        "f2",
        "email",
        _BAKERY,
        "Hi Glen,\n\nJust a quick e-mail to say thanks for Wednesday. I'll drop the signed form round by hand on Friday.\n\nCheers,\nNora",
    ),
    (
        "f3",
        "email",
        _COUNCIL,
        "Dear Colin,\n\nThank you for ringing me on Friday with the feedback; it was very helpful. I have noted the points about the site visit.\n\nBest wishes,\nFelix Durand",
    ),
]
UNDECIDED = {"f3"}

CHANNEL_CASES = (
    [(c[0], "call", c[1], c[2]) for c in CALLS]
    + [(c[0], "linkedin", c[1], c[2]) for c in LINKEDIN]
    + [(c[0], "letter", c[1], c[2]) for c in PAPER]
    + [(c[0], "email", c[1], c[2]) for c in EMAILS]
    + list(SECOND)
)
# the probes misjudged before the fix (filled in after the first run)
MISJUDGED: set[str] = set()  # before: k2, k3, k5, l2, p2, p4, e1


def _case(c: tuple[str, str, dict[str, object], str]) -> object:
    marks = [pytest.mark.xfail(strict=True, reason="misjudged")] if c[0] in MISJUDGED | UNDECIDED else []
    return pytest.param(*c[1:], id=c[0], marks=marks)


@pytest.mark.parametrize(("expected", "context", "text"), [_case(c) for c in CHANNEL_CASES])
def test_the_channel_is_inferred(linter: Linter, expected: str, context: dict[str, object], text: str) -> None:
    report = linter.lint(text, context=context)
    assert report.channel == expected, report.inferred.get("channel")


@pytest.mark.parametrize(
    ("expected", "context", "text"), [c[1:] for c in CHANNEL_CASES], ids=[c[0] for c in CHANNEL_CASES]
)
def test_the_cue_is_in_the_draft(linter: Linter, expected: str, context: dict[str, object], text: str) -> None:
    cue = str(linter.lint(text, context=context).inferred.get("channel", ""))
    assert not cues_not_in_draft(cue, text), cue


# FL114 (call script length): a live two-way call, the other side's turns marked, is measured turn by turn;
# a voicemail, or one turn that reads a letter aloud, is still held to about 40 seconds.
LENGTH = [
    (
        "t1",
        False,
        _DOCK,
        "Hi, is that Deborah? ... Hi Deborah, it's Marcus Webb, I interviewed for the team leader role on the 23rd. Have you got a minute? ... Great, thanks. I wanted to say thanks again for showing me round the dispatch floor, and to ask whether the panel has made a decision yet. ... Ah, that's fine, I understand these things take time. Is there anything else you'd like from me in the meantime, references or anything like that? ... Brilliant. I'll look out for your e-mail then. In case it's useful, my mobile is 07700 900456. Thanks again, Deborah, and have a good week.",
    ),
    (
        "t2",
        False,
        _LAB,
        "Me: Hello, could I speak to Ruth Adair, please?\nThem: Speaking.\nMe: Hi Ruth, it's Sam Ortiz - I interviewed for the laboratory technician post last Wednesday. Is now an okay time?\nThem: Yes, go ahead.\nMe: Thanks. I just wanted to thank you again for the interview and for the tour of the microbiology bench, and to ask whether there's any news on the decision.\nThem: We're still seeing people this week.\nMe: That's no problem at all. I'm still very keen, so if anything else would help, do let me know. My number is 07911 123456. Thanks so much, and speak soon.",
    ),
    (
        "t3",
        False,
        _SCHOOL,
        "Hello Mrs. Clarke, it's Leah Grant, I came in last Thursday for the teaching assistant post. Do you have a moment?\nIf she says they've decided on someone else: thank her for letting me know, and ask whether she could give me any feedback on the interview or the reading session, so I can do better next time. Ask to be kept in mind for any future posts.\nIf she says they haven't decided yet: say that's no problem, that I'm still very keen on working with the Year 2 class, and ask roughly when they expect to let people know.\nEither way: thank her for her time and give my number, 07700 900789.",
    ),
    (
        "t4",
        True,
        _DOCK,
        "Hi Deborah, it's Marcus Webb calling about the Warehouse Team Leader interview on the 23rd. I just wanted to say thank you again for your time and for showing me round the site. I really enjoyed seeing the new dispatch lanes, and I've been thinking a lot about what you said about the peak-season staffing, because at my last place we had a very similar problem every December and I ended up rewriting the rota from scratch with the shift managers, which took weeks but cut overtime by a fifth. I'd love to bring that to Northgate. I also wanted to ask if there's any news on the decision, and whether you need anything else from me, like references or my forklift certificate. My number is 07700 900456. Thanks again, bye.",
    ),
    (
        "t5",
        True,
        _LAB,
        "Hi, is that Ruth? ... Hi Ruth, it's Sam Ortiz from the technician interview. I'm ringing because I wanted to go through everything I should have said in the interview, because I was nervous and I think I undersold myself: I have four years on automated analysers, I have run the sample reception desk on my own for a whole summer, I've trained two new starters, I've done the ISO audit paperwork twice, and I'm happy to do weekends and late shifts whenever the rota needs it, and I can start at a week's notice if you need me to, because my contract here is rolling month to month now. ... Okay, thanks.",
    ),
    (
        "t6",
        False,
        _DOCK,
        "Hi Deborah, this is Marcus Webb, that's Marcus Webb, on 07700 900456. I interviewed with you on Monday the 23rd for the Warehouse Team Leader role at Northgate. You mentioned you hoped to decide by the end of last week, so I'm just ringing to check whether there's any news, or when you expect to let people know. I'm still very keen, especially after seeing the new dispatch lanes. Thanks again for your time on the day. Once more, that's Marcus Webb on 07700 900456. Thanks, bye.",
    ),
]
LENGTH_MISJUDGED: set[str] = set()  # before: t2, t3


def _length_case(c: tuple[str, bool, dict[str, object], str]) -> object:
    marks = [pytest.mark.xfail(strict=True, reason="misjudged")] if c[0] in LENGTH_MISJUDGED else []
    return pytest.param(*c[1:], id=c[0], marks=marks)


@pytest.mark.parametrize(("warned", "context", "text"), [_length_case(c) for c in LENGTH])
def test_call_script_length(linter: Linter, warned: bool, context: dict[str, object], text: str) -> None:
    report = linter.lint(text, context=context, channel="call")
    assert any(f.code == "FL114" for f in report.findings) == warned, [
        f.message for f in report.findings if f.code == "FL114"
    ]


@pytest.mark.parametrize("number", ["07700 900456", "555.014.2871", "(555) 014-2871", "+44 7700 900456"])
def test_a_callback_number_said_again_counts_once_however_it_is_written(linter: Linter, number: str) -> None:
    """The repeat is found in the analysis's sentences, so a number written with dots stays one number
    (a sentence split at its dots once hid the repeat, and this script read as 40.8 seconds)."""
    text = (
        f"Hi Deborah, this is Marcus Webb on {number}. I interviewed with you on Monday the 23rd for the Warehouse "
        "Team Leader role at Northgate. You mentioned you hoped to decide by the end of last week, so I'm ringing "
        "to check whether there's any news, or when you expect to let people know. I'm still very keen, especially "
        "after seeing the new dispatch lanes and hearing how the night shift hands over to the day team. Thanks "
        "again for your time on the day. It was good to meet the shift managers too. Once more, that's Marcus Webb "
        f"on {number}. Thanks, bye."
    )
    report = linter.lint(text, context=_DOCK, channel="call")
    assert not [f.message for f in report.findings if f.code == "FL114"]


# Growth: FL114's turns and repeated numbers cost time linear in the script (1x, 10x, 100x of a unit full of
# turn marks, branch lines, speaker labels and the same number said again and again).
_GROWTH_UNITS = {
    "turns": "Have you got a minute? ... Great. [she answers] Me: fine\nThem: yes\nIf she says no: thank her.\n",
    "repeats": "My number is 07700 900456. Again, 07700 900456. That's 07700 900456 once more, and 0161 496 0011. ",
    "near misses": "a? .. b . … c [pause me : if she says no then 0770 090 ",
}


@pytest.mark.parametrize("shape", sorted(_GROWTH_UNITS))
def test_call_script_length_grows_linearly(linter: Linter, shape: str) -> None:
    assert_grows_linearly(
        linter,
        "FL114",
        lambda n: prepared_input(linter, _GROWTH_UNITS[shape] * (3 * n), channel="call"),
        shape,
    )


def test_a_context_that_says_linkedin_outranks_a_subject_line(linter: Linter) -> None:
    """The lead's decision (round 9): ``linkedin_connected`` in the context, either way, settles the channel
    before any guess from the draft's headers, so FL120 tells the writer that LinkedIn has no subject."""
    text = "Subject: Thanks for Monday\n\nHi Deborah,\n\nThanks for showing me the dispatch floor on Monday.\n\nMarcus"
    for connected in (True, False):
        noted = linter.lint(text, context={**_DOCK, "linkedin_connected": connected})
        assert noted.channel == "linkedin" and "linkedin_connected" in str(noted.inferred["channel"])
        assert "FL120" in {f.code for f in noted.findings}
    # an explicit channel still outranks the context, and with no such context the Subject: line makes an e-mail
    assert linter.lint(text, context={**_DOCK, "linkedin_connected": True}, channel="email").channel == "email"
    emailed = linter.lint(text, context=_DOCK)
    assert emailed.channel == "email" and "FL120" not in {f.code for f in emailed.findings}

"""G-PERSONAL blind batch, round 10 (written 2026-12-05 before any change; none from the corpus).

Good notes rightly name other firms, people and places in frames round 9 did not try: the writer's
current employer in the present tense, "my manager at X", a client the writer built for, the
interviewer's former firm, the parent group and a subsidiary, a product with a firm-like name, a
hospital of a trust, a school of a district, a council's sites, a charity's partner, a franchise, a
firm whose name is a common word, a department or head office: none may get FL132/FL134/FL208/FL209/
FL505 at warning or error.  Bad notes carry a real slip (a wrong first name spoken to in the body,
a role title in lower case, "the X team" left from another note, another employer in fresh frames)
and must be flagged (a warning is enough)."""

from __future__ import annotations

import pytest
from personal_probes import findings

from followup_lint import Linter

XF = pytest.mark.xfail(strict=True, reason="still misjudged after round 10")


def mail(greeting: str, body: str, sign: str = "Kind regards,\nNoor Haddad") -> str:
    return f"Subject: Thank you for today\n\n{greeting}\n\n{body}\n\n{sign}"


# (context, note) pairs that must stay quiet
GOOD = [
    # 0 the writer's current employer, present tense
    (
        {"company": "Harrowgate Foods", "role": "Demand Planner", "interviewers": ["Callum Reid"]},
        mail(
            "Hi Callum,",
            "Thanks for the conversation this morning. I currently lead a small forecasting team at "
            "Pennock Logistics, and the demand planner role at Harrowgate Foods would let me go deeper.",
        ),
    ),
    # 1 "my manager at X"
    (
        {"company": "Harrowgate Foods", "role": "Demand Planner", "interviewers": ["Callum Reid"]},
        mail(
            "Dear Callum,",
            "Thank you for your time on Wednesday. My manager at Pennock Logistics is happy to speak "
            "with you as a reference whenever suits.",
        ),
    ),
    # 2 a client the writer built for
    (
        {"company": "Quayside Apps", "role": "Mobile Developer", "interviewers": ["Ines Ferreira"]},
        mail(
            "Hi Ines,",
            "It was great to talk through offline sync with you. The booking app we built for Saltmarsh "
            "Hotels ran into the same conflicts, so I'd enjoy tackling them at Quayside Apps.",
        ),
    ),
    # 3 the interviewer's former firm
    (
        {"company": "Corriemoor Energy", "role": "Grid Analyst", "interviewers": ["Fiona Baird"]},
        mail(
            "Dear Fiona,",
            "Thank you for the interview. Your story about heading the pricing team at Dunmore Utilities "
            "before coming to Corriemoor Energy was a useful way to see the job.",
        ),
    ),
    # 4 the parent group named beside the employer
    (
        {"company": "Ashdown Foods", "role": "Brand Assistant", "interviewers": ["Harriet Lowe"]},
        mail(
            "Hi Harriet,",
            "Thank you for meeting me. I hadn't known Ashdown Foods sits within the Calder Group, and I "
            "like that a brand assistant can move between its sister brands.",
        ),
    ),
    # 5 the subsidiary, when the context names the parent
    (
        {"company": "Calder Group", "role": "Brand Assistant", "interviewers": ["Harriet Lowe"]},
        mail(
            "Dear Harriet,",
            "Thank you for your time yesterday. I'm excited about the brand assistant opening at Ashdown "
            "Foods, the Calder Group's snack business.",
        ),
    ),
    # 6 a product named like a firm, said as the employer's product
    (
        {"company": "Finchley Software", "role": "Product Analyst", "interviewers": ["Omar Said"]},
        mail(
            "Hi Omar,",
            "Thanks for the chat. I've used Ledgerly, your invoicing app, for two years, and I have a "
            "few thoughts on Ledgerly's roadmap I'd be glad to share.",
        ),
    ),
    # 7 a hospital of the trust
    (
        {"company": "Severnside Hospitals NHS Trust", "role": "Staff Nurse", "interviewers": ["Grace Obi"]},
        mail(
            "Dear Grace,",
            "Thank you for the interview on Tuesday. I would be very happy in the staff nurse post at "
            "Wyecliffe Hospital, so close to where I trained.",
        ),
    ),
    # 8 a school of the district
    (
        {"company": "Maple Valley School District", "role": "Grade 4 Teacher", "interviewers": ["Dana Whitcomb"]},
        mail(
            "Dear Ms. Whitcomb,",
            "Thank you for the interview. I'd be thrilled to take the Grade 4 position at Cedar Ridge "
            "Elementary and to help with its reading program.",
        ),
    ),
    # 9 a council's library
    (
        {"company": "Brackmoor District Council", "role": "Library Assistant", "interviewers": ["Paul Esh"]},
        mail(
            "Dear Paul,",
            "Thank you for seeing me today. The library assistant job at Hollins Library sounds like a "
            "great fit for me.",
        ),
    ),
    # 10 a charity's partner, "your work with X"
    (
        {"company": "Riverlight Trust", "role": "Youth Worker", "interviewers": ["Sunita Rao"]},
        mail(
            "Hi Sunita,",
            "Thank you for the interview. I really admire your work with Harbour Youth Project and would "
            "love to be part of it.",
        ),
    ),
    # 11 a franchise the employer runs
    (
        {"company": "Kettleby Ventures", "role": "Assistant Manager", "interviewers": ["Mark Tull"]},
        mail(
            "Hi Mark,",
            "Thanks for explaining how Kettleby Ventures runs its five Pizza Ardente stores. I'd be glad "
            "to start at Pizza Ardente Mill Road as assistant manager.",
        ),
    ),
    # 12 a city's name inside the firm's name
    (
        {"company": "Bristol Harbour Ferries", "role": "Deckhand", "interviewers": ["Lewis Cole"]},
        mail(
            "Hi Lewis,",
            "Thanks for the trial trip today. I'm moving back to Bristol next month and would love to "
            "work for Bristol Harbour Ferries all season.",
        ),
    ),
    # 13 a firm whose name is a common word
    (
        {"company": "Bloom", "role": "Florist", "interviewers": ["Tess Marlow"]},
        mail(
            "Hi Tess,",
            "Thank you for the trial shift on Saturday. Working with spring stock was a joy, and I'd "
            "love to join Bloom for the wedding season.",
        ),
    ),
    # 14 "Anchor" as the firm, a common word in the sentence too
    (
        {"company": "Anchor Marine Insurance", "role": "Claims Handler", "interviewers": ["Ravi Menon"]},
        mail(
            "Dear Ravi,",
            "Thank you for the interview. Anchor has clearly built a loyal client base, and I'd like to "
            "be an asset to Anchor's claims desk.",
        ),
    ),
    # 15 head office named in a role frame
    (
        {"company": "Pellworth Retail", "role": "Buying Assistant", "interviewers": ["Jo Mayne"]},
        mail(
            "Hi Jo,",
            "Thanks for the interview. I'm really keen on the buying assistant role at Head Office and "
            "the chance to work with the menswear buyers.",
        ),
    ),
    # 16 HQ
    (
        {"company": "Pellworth Retail", "role": "Buying Assistant", "interviewers": ["Jo Mayne"]},
        mail(
            "Hi Jo,",
            "Thank you for showing me round. I can picture myself at HQ with the menswear team already.",
        ),
    ),
    # 17 a department joined
    (
        {"company": "Tallis Bank", "role": "Procurement Analyst", "interviewers": ["Femi Ade"]},
        mail(
            "Dear Femi,",
            "Thank you for the interview. I'd be excited to join Procurement and help tidy the supplier "
            "data you described.",
        ),
    ),
    # 18 "the X team" named by its function
    (
        {"company": "Tallis Bank", "role": "Procurement Analyst", "interviewers": ["Femi Ade"]},
        mail(
            "Dear Femi,",
            "Thank you for the interview. The Payments team sounds like it would be a great partner for "
            "the procurement work we discussed.",
        ),
    ),
    # 19 "the X team" named by its city
    (
        {"company": "Tallis Bank", "role": "Procurement Analyst", "interviewers": ["Femi Ade"]},
        mail(
            "Dear Femi,",
            "Thank you for the interview. It was good to hear the Glasgow team will be growing next year.",
        ),
    ),
    # 20 the employer's own team by name
    (
        {"company": "Tallis Bank", "role": "Procurement Analyst", "interviewers": ["Femi Ade"]},
        mail(
            "Dear Femi,",
            "Thank you for the interview. Everyone on the Tallis team was generous with their time.",
        ),
    ),
    # 21 a tool the job uses in a "work with" frame
    (
        {"company": "Tallis Bank", "role": "Procurement Analyst", "interviewers": ["Femi Ade"]},
        mail(
            "Dear Femi,",
            "Thank you for the interview. I'm comfortable with Coupa and happy to work with Ariba too.",
        ),
    ),
    # 22 a client the employer serves, "for X"
    (
        {"company": "Lindqvist Studio", "role": "Junior Designer", "interviewers": ["Elsa Lindqvist"]},
        mail(
            "Hi Elsa,",
            "Thank you for showing me the rebrand your team did for Tidewater Rail. I'd love to work on "
            "projects like that at Lindqvist Studio.",
        ),
    ),
    # 23 the writer's present employer, "I'm at X now"
    (
        {"company": "Kinloch Distillers", "role": "Shift Supervisor", "interviewers": ["Ewan Grant"]},
        mail(
            "Dear Ewan,",
            "Thanks for the tour of the stillhouse. I'm at Glenbervie Bottling now, where I run the night "
            "line, so the shift supervisor post at Kinloch Distillers feels like the right step.",
        ),
    ),
    # 24 the writer's employer as "my employer, X"
    (
        {"company": "Kinloch Distillers", "role": "Shift Supervisor", "interviewers": ["Ewan Grant"]},
        mail(
            "Dear Ewan,",
            "Thank you for your time. My notice at Glenbervie Bottling is four weeks, so I could start at "
            "Kinloch Distillers in early March.",
        ),
    ),
    # 25 a reference from another firm
    (
        {"company": "Kinloch Distillers", "role": "Shift Supervisor", "interviewers": ["Ewan Grant"]},
        mail(
            "Dear Ewan,",
            "Thank you for the interview. As promised, my former supervisor at Glenbervie Bottling, Anne "
            "Laird, is expecting your call.",
        ),
    ),
    # 26 the interviewer's colleague addressed by name in a list of thanks
    (
        {"company": "Wrenfield Homes", "role": "Site Manager", "interviewers": ["Gareth Pugh", "Lowri Evans"]},
        mail(
            "Dear Gareth,",
            "Thank you for the site visit, and please thank Lowri for the walk round the show homes. "
            "It was a pleasure, Gareth, and I hope to hear from you soon.",
        ),
    ),
    # 27 a short form of the interviewer's name spoken to in the body
    (
        {"company": "Wrenfield Homes", "role": "Site Manager", "interviewers": ["Gwendolyn Pugh"]},
        mail(
            "Dear Gwendolyn,",
            "Thank you for the site visit. I learned a lot today, Gwen, and I'd love to join Wrenfield "
            "Homes this spring.",
        ),
    ),
    # 28 the writer speaks of a third person by a name with a comma before a clause
    (
        {"company": "Wrenfield Homes", "role": "Site Manager", "interviewers": ["Gareth Pugh"]},
        mail(
            "Dear Gareth,",
            "Thank you for the site visit. I also enjoyed meeting your planner, Bethan, whose schedule "
            "board was brilliant.",
        ),
    ),
    # 29 a role title in lower case that is the role
    (
        {"company": "Tallis Bank", "role": "Procurement Analyst", "interviewers": ["Femi Ade"]},
        mail(
            "Dear Femi,",
            "Thank you for the interview. I'm very keen on the procurement analyst role and the supplier "
            "clean-up you described.",
        ),
    ),
    # 30 a lower-case title with rank words
    (
        {"company": "Tallis Bank", "role": "Procurement Analyst", "interviewers": ["Femi Ade"]},
        mail(
            "Dear Femi,",
            "Thank you for the interview. The junior analyst position you described suits me well.",
        ),
    ),
    # 31 the job applied for called by its function in lower case
    (
        {"company": "Tallis Bank", "role": "Procurement Analyst", "interviewers": ["Femi Ade"]},
        mail(
            "Dear Femi,",
            "Thank you for the interview. I'm keen on the analyst job and on learning Coupa properly.",
        ),
    ),
    # 32 the writer's current title in lower case, present tense
    (
        {"company": "Tallis Bank", "role": "Procurement Analyst", "interviewers": ["Femi Ade"]},
        mail(
            "Dear Femi,",
            "Thank you for the interview. The buyer role I'm in now taught me supplier negotiation, which "
            "I'd bring to Tallis Bank.",
        ),
    ),
    # 33 a charity the writer volunteers for, in a frame
    (
        {"company": "Marlow Legal", "role": "Paralegal", "interviewers": ["Priti Shah"]},
        mail(
            "Dear Priti,",
            "Thank you for meeting me. I still volunteer for Citizens Advice on Saturdays, which is why "
            "the housing work at Marlow Legal appeals.",
        ),
    ),
    # 34 a university as the writer's school, in a present frame
    (
        {"company": "Marlow Legal", "role": "Paralegal", "interviewers": ["Priti Shah"]},
        mail(
            "Dear Priti,",
            "Thank you for meeting me. I finish my LPC at Kingsford University in June, so I could join "
            "Marlow Legal over the summer.",
        ),
    ),
    # 35 the interviewer's former firm in the interviewer's words
    (
        {"company": "Marlow Legal", "role": "Paralegal", "interviewers": ["Priti Shah"]},
        mail(
            "Dear Priti,",
            "Thank you for meeting me. Your advice from your training contract at Hale & Dorsey, to "
            "keep a clean file note, has stuck with me.",
        ),
    ),
    # 36 a rival named as a comparison
    (
        {"company": "Greystone Coffee", "role": "Store Manager", "interviewers": ["Aisha Bello"]},
        mail(
            "Hi Aisha,",
            "Thanks for the interview. Unlike the big chains such as Beanhouse, Greystone Coffee trains "
            "every barista for a month, which I love.",
        ),
    ),
    # 37 a franchise brand, the employer the franchisee
    (
        {"company": "Oakridge Hospitality", "role": "Front Desk Supervisor", "interviewers": ["Lena Fox"]},
        mail(
            "Hi Lena,",
            "Thanks for the interview. The front desk supervisor role at your Hollow Inn Express in "
            "Derby is exactly what I was hoping for.",
        ),
    ),
    # 38 the employer's other site, "our"/"your" site
    (
        {"company": "Oakridge Hospitality", "role": "Front Desk Supervisor", "interviewers": ["Lena Fox"]},
        mail(
            "Hi Lena,",
            "Thanks for the interview. I'd be happy to start at the Derby site or the Nottingham one, "
            "whichever helps most.",
        ),
    ),
    # 39 the interviewer named with a title in the body
    (
        {"company": "Oakridge Hospitality", "role": "Front Desk Supervisor", "interviewers": ["Lena Fox"]},
        mail(
            "Dear Ms. Fox,",
            "Thank you for the interview. It was a real pleasure, Ms. Fox, to hear about your plans.",
        ),
    ),
    # 40 a trust's other hospital in a sure frame, umbrella named in the note
    (
        {"company": "Severnside Hospitals NHS Trust", "role": "Staff Nurse", "interviewers": ["Grace Obi"]},
        mail(
            "Dear Grace,",
            "Thank you for the interview. I'd love to work for Severnside and would happily rotate to "
            "Wyecliffe Hospital when needed.",
        ),
    ),
    # 41 "the X team" where X is the writer's own past team
    (
        {"company": "Tallis Bank", "role": "Procurement Analyst", "interviewers": ["Femi Ade"]},
        mail(
            "Dear Femi,",
            "Thank you for the interview. The Harcourt team I left in May still asks me about the "
            "supplier portal I set up.",
        ),
    ),
]

# (context, note, codes any of which must be raised)
BAD = [
    # 0 a wrong first name spoken to in the body
    (
        {"company": "Harrowgate Foods", "role": "Demand Planner", "interviewers": ["Anita Dhar"]},
        mail("Hi Anita,", "Thank you for the interview today. Thanks again, Priya, for explaining the S&OP cycle."),
        {"FL134"},
    ),
    # 1 a wrong name closing the note's last line
    (
        {"company": "Harrowgate Foods", "role": "Demand Planner", "interviewers": ["Anita Dhar"]},
        mail("Dear Anita,", "I enjoyed our talk about promotions forecasting. Thanks again, Priya!"),
        {"FL134"},
    ),
    # 2 a wrong name after "I look forward to hearing from you"
    (
        {"company": "Harrowgate Foods", "role": "Demand Planner", "interviewers": ["Anita Dhar"]},
        mail("Hi Anita,", "Thank you for your time. I look forward to hearing from you, Priya."),
        {"FL134"},
    ),
    # 3 a lower-case title of another job
    (
        {"company": "Tallis Bank", "role": "Procurement Analyst", "interviewers": ["Femi Ade"]},
        mail("Dear Femi,", "Thank you for the interview. I'm very keen on the senior buyer role at Tallis Bank."),
        {"FL209"},
    ),
    (
        {"company": "Tallis Bank", "role": "Procurement Analyst", "interviewers": ["Femi Ade"]},
        mail(
            "Dear Femi,",
            "Thank you for the interview. I'd love to be considered for the marketing coordinator position.",
        ),
        {"FL209"},
    ),
    (
        {"company": "Ferris Dental", "role": "Dental Nurse", "interviewers": ["Ola Berg"]},
        mail("Dear Ola,", "Thank you for meeting me. The receptionist job sounds like a great fit for me."),
        {"FL209"},
    ),
    # 6 "the X team" left from another note
    (
        {"company": "Initech", "role": "Data Analyst", "interviewers": ["Ana Lopez"]},
        mail("Hi Ana,", "Thank you for the interview. I'd be proud to be on the Globex team and help with reporting."),
        {"FL208"},
    ),
    (
        {"company": "Initech", "role": "Data Analyst", "interviewers": ["Ana Lopez"]},
        mail("Hi Ana,", "Thanks for today. Please pass my thanks to the whole Vandelay Industries team."),
        {"FL208"},
    ),
    (
        {"company": "Initech", "role": "Data Analyst", "interviewers": ["Ana Lopez"]},
        mail("Hi Ana,", "Thanks for today. I can't wait to hear back from the Globex hiring team."),
        {"FL208"},
    ),
    # 9 another employer in fresh frames
    (
        {"company": "Initech", "role": "Data Analyst", "interviewers": ["Ana Lopez"]},
        mail("Hi Ana,", "Thank you for the interview. I'm confident I can make a difference at Globex from day one."),
        {"FL208"},
    ),
    (
        {"company": "Initech", "role": "Data Analyst", "interviewers": ["Ana Lopez"]},
        mail("Hi Ana,", "Thank you for the interview. I'd love the chance to contribute at Globex as a data analyst."),
        {"FL208"},
    ),
    (
        {"company": "Initech", "role": "Data Analyst", "interviewers": ["Ana Lopez"]},
        mail("Hi Ana,", "Thank you for the interview. I'm eager to learn more about the next steps at Globex."),
        {"FL208"},
    ),
    (
        {"company": "Initech", "role": "Data Analyst", "interviewers": ["Ana Lopez"]},
        mail("Hi Ana,", "Thank you for considering me for a place at Globex."),
        {"FL208"},
    ),
    (
        {"company": "Initech", "role": "Data Analyst", "interviewers": ["Ana Lopez"]},
        mail("Hi Ana,", "Thank you for the interview. Globex is exactly the kind of place I want to grow my career."),
        {"FL208"},
    ),
    (
        {"company": "Initech", "role": "Data Analyst", "interviewers": ["Ana Lopez"]},
        mail("Hi Ana,", "Thank you for the interview. I'm thrilled at the prospect of joining you all at Globex."),
        {"FL208"},
    ),
    (
        {"company": "Initech", "role": "Data Analyst", "interviewers": ["Ana Lopez"]},
        mail(
            "Hi Ana,", "Thank you for the interview. Please let me know if the Globex hiring panel needs anything else."
        ),
        {"FL208"},
    ),
    # 16 wrong greeting name with a title and a comma-less greeting
    (
        {"company": "Initech", "role": "Data Analyst", "interviewers": ["Ana Lopez"]},
        mail("Good morning Mrs Patel", "Thank you for the interview yesterday."),
        {"FL132"},
    ),
    # 17 a wrong surname spoken to in the body
    (
        {"company": "Initech", "role": "Data Analyst", "interviewers": ["Ana Lopez"]},
        mail(
            "Dear Ms. Lopez,", "Thank you for the interview. I appreciated your candour, Ms. Patel, about the backlog."
        ),
        {"FL134"},
    ),
    # 18 a leftover employer in the subject
    (
        {"company": "Initech", "role": "Data Analyst", "interviewers": ["Ana Lopez"]},
        (
            "Subject: Thank you – Data Analyst role at Globex\n\nHi Ana,\n\nThank you for the interview today.\n\n"
            "Kind regards,\nNoor Haddad"
        ),
        {"FL208"},
    ),
    # 19 a lower-case title of another job in a "would be a" frame
    (
        {"company": "Ferris Dental", "role": "Dental Nurse", "interviewers": ["Ola Berg"]},
        mail("Dear Ola,", "Thank you for meeting me. I think I'd make a good practice manager for your team."),
        {"FL209"},
    ),
]

# indexes still misjudged after the round-10 change (before it: good {0, 3, 5, 6, 7, 8, 15, 16, 21},
# bad {3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 18, 19})
GOOD_MISSES: set[int] = {21}
BAD_MISSES: set[int] = {6}


@pytest.mark.parametrize(
    ("context", "text"),
    [pytest.param(c, t, marks=[XF] if i in GOOD_MISSES else [], id=f"good{i}") for i, (c, t) in enumerate(GOOD)],
)
def test_good_note_gets_no_personal_finding(linter: Linter, context: dict, text: str) -> None:
    assert findings(linter, text, context) == []


@pytest.mark.parametrize(
    ("context", "text", "want"),
    [pytest.param(c, t, w, marks=[XF] if i in BAD_MISSES else [], id=f"bad{i}") for i, (c, t, w) in enumerate(BAD)],
)
def test_slip_is_flagged(linter: Linter, context: dict, text: str, want: set[str]) -> None:
    got = {code for code, _ in findings(linter, text, context)}
    assert got & want


# Batch B (written after the change, before running it): look-alikes of the round-10 frames that
# must stay quiet, the employer "Initech", the role "Data Analyst".
LOOKALIKES_B = [
    "I'd be glad to join the Arlington team after the holidays.",
    "I would love to join the New York team if a seat opens there.",
    "Please pass my thanks to the whole Initech hiring team.",
    "I look forward to hearing from the Platform Engineering team.",
    "I'd enjoy being on the Customer Success team's rota too.",
    "I'm confident I can make a difference at Initech from the first week.",
    "I'm happy to wait to hear about the next steps at Initech.",
    "Initech is exactly the kind of company I want to work for.",
    "I'd make a strong analyst for your team.",
    "The exciting new role you described sounds ideal.",
    "I'd make a good fit for your team, I think.",
    "The account manager you introduced me to was very helpful.",
    "In my previous Marketing Assistant role at Globex I ran the weekly reports.",
    "The barista job I had at university taught me to stay calm.",
    "I currently run the reporting desk at Globex, so the analyst role at Initech feels right.",
    "I'd be thrilled to take the analyst post at Initech's Leeds office.",
]


@pytest.mark.parametrize("sentence", LOOKALIKES_B)
def test_round10_frames_leave_lookalikes_alone(linter: Linter, sentence: str) -> None:
    context = {"company": "Initech", "role": "Data Analyst", "interviewers": ["Ana Lopez"]}
    text = mail("Hi Ana,", f"Thank you for the interview today. {sentence}")
    assert findings(linter, text, context) == []


# Batch C (written before the FL134 change, to check it): a wrong first name spoken to at the start
# of a sentence in the body ("Greg, I especially enjoyed ...") must get FL134; the right name there,
# a sentence adverb, a place, the company, a weekday or an apposition must not.  The interviewer is
# Fiona Baird, greeted "Hi Fiona,".
OPENING_BAD = [
    "Thanks for yesterday. Priyanka, I really enjoyed the walk through the test rig.",
    "Thanks for yesterday. Mateus, thank you as well for the coffee.",
    "Thanks for yesterday. Svetlana, your point about flaky tests has stayed with me.",
]
OPENING_GOOD = [
    "Thanks for yesterday. Fiona, I really enjoyed the walk through the test rig.",
    "Thanks for yesterday. Honestly, I enjoyed every part of it.",
    "Thanks for yesterday. Overall, it was the best interview I've had.",
    "Thanks for yesterday. Saltire, I can tell, takes testing seriously.",
    "Thanks for yesterday. Thursday, I think, works for the follow-up call.",
    "Thanks for yesterday. Priyanka, who ran the demo, was brilliant.",
    "Thanks for yesterday. Secondly, I wanted to send the link I mentioned.",
    "Thanks for yesterday. Priyanka and Tom, thank you both for the demo.",
]


def _opening_note(sentence: str) -> tuple[dict, str]:
    context = {"company": "Saltire Robotics", "role": "Software Engineer", "interviewers": ["Fiona Baird"]}
    return context, mail("Hi Fiona,", sentence)


@pytest.mark.parametrize("sentence", OPENING_BAD)
def test_wrong_name_opening_a_sentence_is_flagged(linter: Linter, sentence: str) -> None:
    context, text = _opening_note(sentence)
    assert "FL134" in {code for code, _ in findings(linter, text, context)}


@pytest.mark.parametrize("sentence", OPENING_GOOD)
def test_opening_word_that_is_no_wrong_name_is_quiet(linter: Linter, sentence: str) -> None:
    context, text = _opening_note(sentence)
    assert findings(linter, text, context) == []


# Batch D (written after batch C, before running it): more good sentences naming another firm rightly
# beside the employer "Marrowfield Labs" (the writer's present or past employer in fresh tenses, a
# client, a referee's university, a rival, a partner site).  Before the fix that came with it, 2 of
# 24 got an FL208 error ("I've been working for X since 2022", "the team at X's site last week").
GOOD_D = [
    "My partner and I both hope to build a future in Cambridge, and Marrowfield Labs would make that possible.",
    "Before my current contract with Genvista ends in March, I'd love to join Marrowfield Labs.",
    "I'd be thrilled to join Marrowfield Labs, having spent four years at Genvista as a lab assistant.",
    "I'm looking forward to seeing how my time at Genvista could be an asset to Marrowfield Labs.",
    "Your talk at the Biocity Forum last spring is what first drew me to Marrowfield Labs.",
    "I'd love to work for a lab like yours rather than for Genvista again.",
    "The assay work I did for Pharmora as a contractor maps neatly onto your pipeline.",
    "My PhD supervisor at Kingsford University, Prof. Lyle, is happy to be a referee.",
    "I've been working for Genvista since 2022, where I run the plate reader.",
    "I know you're also talking to candidates from Genvista, so I wanted to share my results.",
    "Joining Marrowfield Labs would let me move on from Genvista's contract model.",
    "I'd be proud to join Marrowfield, just as my old mentor from Genvista did in 2019.",
    "Working at Genvista taught me GLP, which I'd bring to Marrowfield Labs.",
    "I look forward to the chance to join the Marrowfield Labs team at the Babraham campus.",
    "I could start at Marrowfield Labs once my notice at Genvista is served.",
    "I'd love to see myself grow at Marrowfield Labs the way Dr. Sato did after leaving Genvista.",
    "My colleague at Genvista joined Marrowfield Labs last year and speaks highly of it.",
    "The Wellcome grant you mentioned would be a great project to join.",
    "I'd be glad to join Helen's team at Marrowfield Labs.",
    "I'm excited about a career at Marrowfield, and about learning from a team that spun out of Oxbridge Bio.",
    "I would love to join Marrowfield Labs and help on the Novagen collaboration.",
    "Thanks for letting me shadow the team at Novagen's site last week.",
    "I'd be happy to join you at Marrowfield Labs or at the Novagen site, whichever suits.",
    "Having interviewed with Genvista's rival last year, I appreciated how open you were.",
]


@pytest.mark.parametrize("sentence", GOOD_D)
def test_batch_d_other_firms_named_rightly(linter: Linter, sentence: str) -> None:
    context = {"company": "Marrowfield Labs", "role": "Research Technician", "interviewers": ["Helen Okafor"]}
    text = mail("Dear Helen,", f"Thank you for meeting me today. {sentence}")
    assert findings(linter, text, context) == []


# Look-alike slips for batch D's fix: the writer's present job is skipped only when said as such.
BAD_D = [
    "I'm so excited to join Genvista as a research technician.",
    "I have been hoping to join Genvista for years.",
    "I've been dreaming of a career at Genvista since my degree.",
    "I'd love to be part of the team at Genvista's Babraham site.",
]


@pytest.mark.parametrize("sentence", BAD_D)
def test_batch_d_slips_still_flagged(linter: Linter, sentence: str) -> None:
    context = {"company": "Marrowfield Labs", "role": "Research Technician", "interviewers": ["Helen Okafor"]}
    text = mail("Dear Helen,", f"Thank you for meeting me today. {sentence}")
    assert "FL208" in {code for code, _ in findings(linter, text, context)}


# Batch E (written after batch D, before running it): good sentences with job titles in lower case,
# the role "Site Engineer".  Before the fix that came with it, 3 of 20 got an FL209 warning (a title
# "you mentioned for later on", one "at my current firm", one that "came up in conversation"); the
# last is still a warning (a different title said of this firm, told apart only by reading on).
GOOD_E = [
    "I'd be a good engineer for your team, and a quick learner.",
    "The site engineer role sounds like the right challenge.",
    "The graduate engineer post was exactly what I hoped for.",
    "The project manager I'd report to sounded very supportive.",
    "I enjoyed meeting the quantity surveyor you work with.",
    "The role of the site manager on your sites was clear from our talk.",
    "The foreman job I did last summer helped me read drawings.",
    "I'd make a good addition to the team.",
    "The civil engineer position suits my degree well.",
    "I'd be a great engineer at Hartwell, I think.",
    "Thanks for explaining how the site engineer and the site manager roles split the work.",
    "The apprentice role I started in is where I learned setting out.",
    "The manager role you mentioned for later on sounds interesting.",
    "I've always wanted the engineer job at a firm like yours.",
    "My brother's electrician job gave me my first taste of site work.",
    "The supervisor position at my current firm is part-time, so I'm free most weeks.",
    "The temporary role ends in May.",
    "I'd be an asset to the team as a site engineer.",
    "The trainee engineer position you described would suit me.",
    "The surveyor job came up in conversation, but my heart is in engineering.",
]

GOOD_E_MISSES = {19}


@pytest.mark.parametrize(
    "sentence",
    [pytest.param(t, marks=[XF] if i in GOOD_E_MISSES else [], id=f"goodE{i}") for i, t in enumerate(GOOD_E)],
)
def test_batch_e_lower_case_titles_rightly_used(linter: Linter, sentence: str) -> None:
    context = {"company": "Hartwell Construction", "role": "Site Engineer", "interviewers": ["Ruth Ames"]}
    text = mail("Dear Ruth,", f"Thank you for meeting me today. {sentence}")
    assert findings(linter, text, context) == []

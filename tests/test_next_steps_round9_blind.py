"""FL203 (G-NEXT-STEPS), blind batch of round 9 (2026-12-05), written before the linter saw it and
before reading the dev drafts the rule misjudges; wordings checked against tests/ for freshness.

LABELLING.md: a status check falls short when it does not ask for an update, the decision or a
timeline, and its politeness is judged under the tone items, so a demand, an ultimatum, a plea or
text-speak still asks; a rhetorical, sarcastic or resigned line does not.  A thank-you falls short
when it never refers forward to the process; a look back that names the process (the panel, the
technical test) is no forward reference.

Five kinds, each in a short draft of its own (trades and Englishes vary):
- ASKS_HARSH: status-check asks in hostile, curt, text-speak, pleading, demanding and ultimatum forms
  (must count as asking: FL203 quiet);
- NO_ASK: rhetorical, sarcastic or resigned status-check lines that ask nothing (FL203 must speak);
- ASKS_POLITE: polite status-check asks in unusual wordings (FL203 quiet);
- FORWARD: thank-you forward references (FL203 quiet);
- LOOK_BACK: thank-you look-backs that name the process but do not look ahead (FL203 must speak).

Misjudged before the change: 40 of 81 (harsh asks not heard 18 of 25, polite asks 8 of 15, forward
references 12 of 15; look-backs counted 2 of 10; rhetorical lines taken for asks 0 of 16); after
it, 0 of 81.  These probes were the development batch: tests/test_next_steps_round9_blind2.py holds
the batch written after the change, to count what generalises.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def _status_check(role: str, opener: str, line: str, sign: str = "Regards,\nSam Okafor") -> str:
    return f"Subject: {role} interview – following up\n\nHello Priya,\n\n{opener} {line}\n\n{sign}"


def _thank_you(role: str, opener: str, line: str, sign: str = "Best wishes,\nJo Marsh") -> str:
    return f"Subject: Thank you – {role} interview\n\nDear Mr Baptiste,\n\n{opener} {line}\n\n{sign}"


def _fl203(linter: Linter, text: str, purpose: str) -> bool:
    report = linter.lint(text, purpose=purpose, channel="email")
    return any(f.code == "FL203" for f in report.findings)


# (role, opener, the line heard)
ASKS_HARSH = [
    (
        "Warehouse Operative",
        "I interviewed nearly three weeks ago and have heard nothing.",
        "Answer me this week or I'm pulling my application.",
    ),
    (
        "Delivery Driver",
        "Two phone calls and an email so far.",
        "Somebody ring me today with an answer, I've waited long enough.",
    ),
    ("Sous Chef", "wat's going on.", "wats happening w/ the job?? txt me back"),
    ("Barback", "oi its me from tuesday.", "any word on the bar job or wot"),
    ("Account Manager", "Third email.", "Decision. Now. Please."),
    (
        "Junior Engineer",
        "I attended the interview on 12 March.",
        "Kindly do the needful and intimate me the status of my candidature.",
    ),
    ("Lab Technician", "I attended the final round on the 4th.", "Please revert with the result at the earliest."),
    ("Carpenter", "It's Declan from the Thursday interview.", "Would ye let me know is the job gone or not."),
    (
        "Workshop Assistant",
        "Howzit, it's Thabo from last week.",
        "Just shout if there's news on the workshop post, hey.",
    ),
    ("Electrician", "G'day, Brendan here from the site interview.", "Give us a bell and tell us if I got the gig."),
    (
        "Receptionist",
        "I know I've written already.",
        "I'm begging you, put me out of my misery and tell me if I got it.",
    ),
    (
        "Care Assistant",
        "I have been waiting every day by the phone.",
        "Please, please tell me something, even if it's bad news.",
    ),
    ("Bookkeeper", "I'm done chasing this.", "Reply by Friday or consider me withdrawn."),
    ("Project Lead", "I sat through three rounds and a case study for you.", "You owe me an answer."),
    ("Copywriter", "I've been patient for a month.", "Which is it, am I hired or not?"),
    ("Line Cook", "yo.", "u guys still deciding or wat"),
    ("Admin Clerk", "hi mdm, i interviewed last monday.", "pls update me on my interview result tq"),
    ("Retail Assistant", "Hi, it's Wei Ling from Monday.", "Can or not? Let me know the result ah."),
    ("Security Officer", "Good day sir, I came for the interview on Tuesday.", "Abeg, what's the latest on the job?"),
    (
        "Sales Executive",
        "I've had 'we'll be in touch' twice now.",
        "I want an answer today, not another holding reply.",
    ),
    ("Graphic Designer", "Enough of the runaround.", "Tell me straight: did someone else get it?"),
    ("Data Analyst", "It has been five weeks since my interview.", "I insist on knowing where my application is."),
    ("Plumber", "Rang twice, no one picked up.", "Text me yes or no by tonight."),
    ("Teaching Assistant", "I'm sorry to keep bothering you.", "Any crumb of news at all would mean the world."),
    ("Porter", "Still nothing from you lot.", "Has it gone to someone else or what?"),
]

NO_ASK = [
    (
        "Warehouse Operative",
        "It has been a month since the interview.",
        "Who knew a two-line email was so hard to send?",
    ),
    ("Delivery Driver", "Three weeks and nothing.", "I suppose silence is an answer of sorts."),
    ("Sous Chef", "I read the advert again today.", "Do you people ever read your own job adverts?"),
    (
        "Account Manager",
        "Not a word since the interview.",
        "Don't worry, I'm sure you're terribly busy choosing someone else.",
    ),
    ("Bookkeeper", "I've waited patiently.", "Take your time, it's only my rent riding on it."),
    ("Junior Engineer", "It has been six weeks.", "I'll take the quiet as a no and look elsewhere."),
    ("Receptionist", "I left two messages.", "Is it too much to expect basic courtesy from a recruiter?"),
    ("Carpenter", "Another application, another wall of silence.", "Why do I even bother?"),
    ("Care Assistant", "It's been a month already.", "What's another month of waiting, right?"),
    ("Copywriter", "I interviewed in March.", "I've given up expecting an update, honestly."),
    ("Lab Technician", "I gather the letters went out weeks ago.", "Perhaps mine got lost in the post, who can say."),
    ("Sales Executive", "Four emails, no replies.", "How hard can it be to reply to one email?"),
    (
        "Graphic Designer",
        "I'm told you are still deciding.",
        "Whenever you finally decide, I probably won't be free anyway.",
    ),
    ("Retail Assistant", "I've written three times now.", "No need to reply, I can take a hint."),
    ("Porter", "Nobody has called.", "Guess the next steps were never going to include me."),
    ("Data Analyst", "You said you'd be in touch.", "Funny how that phrase never seems to mean anything, isn't it?"),
]

ASKS_POLITE = [
    (
        "Stores Supervisor",
        "Thank you again for the interview on 9 May.",
        "May I trouble you for an update on the vacancy?",
    ),
    (
        "Paralegal",
        "I enjoyed meeting the partners last week.",
        "If it isn't too much trouble, a quick line on where the role has got to would put my mind at rest.",
    ),
    (
        "Policy Officer",
        "Thank you for the panel interview on 2 June.",
        "Should the panel have reached a view, I would be most grateful to hear it.",
    ),
    (
        "Research Assistant",
        "I remain hopeful about the post.",
        "I would value even a brief indication of when a decision may come.",
    ),
    (
        "Marketing Executive",
        "Thank you for the chat on Tuesday.",
        "Would a short call this week suit, to catch up on how the recruitment is progressing?",
    ),
    (
        "Site Engineer",
        "Thank you again for showing me the site.",
        "Is there a particular week candidates should keep free for news?",
    ),
    ("Estimator", "Thank you for your time on the 14th.", "I'd be obliged for any word on how the selection is going."),
    (
        "Finance Officer",
        "I remain very interested in the role.",
        "Whenever convenient, could you indicate whether my application is moving ahead?",
    ),
    (
        "Probation Officer",
        "Thank you for the interview last month.",
        "Is anything more needed from my side before the board sits?",
    ),
    (
        "Librarian",
        "Thank you for the interview on Friday.",
        "Do you happen to know roughly when the interview panel expects to finish?",
    ),
    ("Pharmacist", "Thank you for meeting me at the branch.", "Please do share any developments when you're able."),
    ("HR Advisor", "Thank you for the second interview.", "I'd welcome a brief note on the likely turnaround."),
    (
        "Dental Nurse",
        "Thank you for the practice tour.",
        "Would it be possible to learn whether the post has been offered yet?",
    ),
    (
        "UX Researcher",
        "Thank you for the portfolio review.",
        "I was hoping you might shed some light on where my application sits.",
    ),
    (
        "Archivist",
        "It was a pleasure to meet the team.",
        "Might you be able to say when I should expect to learn more?",
    ),
]

FORWARD = [
    (
        "Commis Chef",
        "Thank you for letting me cook in your kitchen on Saturday.",
        "I'd love to come back for a full service trial whenever you want me in.",
    ),
    (
        "Staff Nurse",
        "Thank you for the interview on the cardiology ward.",
        "I'll keep my phone on during shifts in case the ward manager rings about the outcome.",
    ),
    (
        "Apprentice Electrician",
        "Thanks heaps for the yarn on Tuesday.",
        "Hope to hear from youse soon about the apprenticeship.",
    ),
    (
        "Maths Teacher",
        "Thank you for the interview and the school tour.",
        "I'll look out for the letter about the observed lesson.",
    ),
    (
        "Backend Developer",
        "Thanks for the pairing session today.",
        "Happy to book the system design round whenever your calendar frees up.",
    ),
    (
        "Graduate Engineer",
        "Thank you for the opportunity to interview.",
        "Hoping for a favourable response from your end.",
    ),
    (
        "Store Assistant",
        "Thank you for the interview this morning.",
        "Fingers crossed I make it through to the group assessment!",
    ),
    ("HGV Driver", "Thanks for having me at the depot.", "If you need me for a road test, I'm free any weekday."),
    (
        "Accountant",
        "Thank you for Wednesday's interview.",
        "I'll have my certificates ready should you wish to take things further.",
    ),
    (
        "Site Manager",
        "Thank you for the site walk on Monday.",
        "I'm happy to walk the site with the director too, if that helps you decide.",
    ),
    ("Hair Stylist", "Thanks for the chat at the salon.", "Let me know when you want me back for the trade test."),
    ("Customer Service Officer", "Thank you for the interview yesterday.", "Hope to receive good news from you soon."),
    ("Barista", "Thanks so much for the shift trial!", "Can't wait to find out if I made the cut!"),
    (
        "Research Fellow",
        "Thank you for the interview with the committee.",
        "Should the committee wish to see further publications before deciding, I would be glad to send them.",
    ),
    (
        "Joiner",
        "Thanks for showing me round the workshop.",
        "Hope it all goes well wi the other candidates and I hear fae ye soon.",
    ),
]

LOOK_BACK = [
    ("Policy Analyst", "Thank you for Tuesday.", "The panel interview was the friendliest I've sat."),
    ("Backend Developer", "Thank you for your time.", "I found the technical test challenging but fair."),
    ("Store Manager", "Thank you for seeing me again.", "The second round felt much more relaxed than the first."),
    ("Graduate Analyst", "Thank you for the interview.", "Thanks too for explaining how the selection process works."),
    ("Nurse", "Thank you for meeting me.", "It was reassuring to hear the shortlist was so strong."),
    ("Trainee Surveyor", "Thank you for hosting us.", "The assessment day was well organised from start to finish."),
    (
        "Sales Associate",
        "Thank you for the interview.",
        "I appreciated the recruiter walking me through the stages beforehand.",
    ),
    ("Chef de Partie", "Thank you for the trial.", "Including a practical round made a lot of sense to me."),
    ("Joiner", "Thank you for the trade test.", "It reminded me how much I love working with oak."),
    ("Product Designer", "Thank you for the final interview.", "Meeting the team at the final stage was a highlight."),
]


@pytest.mark.parametrize(("role", "opener", "line"), ASKS_HARSH)
def test_a_harsh_ask_still_asks(linter: Linter, role: str, opener: str, line: str) -> None:
    assert not _fl203(linter, _status_check(role, opener, line), "status-check")


@pytest.mark.parametrize(("role", "opener", "line"), NO_ASK)
def test_a_rhetorical_or_resigned_line_asks_nothing(linter: Linter, role: str, opener: str, line: str) -> None:
    assert _fl203(linter, _status_check(role, opener, line), "status-check")


@pytest.mark.parametrize(("role", "opener", "line"), ASKS_POLITE)
def test_a_polite_ask_in_unusual_words_asks(linter: Linter, role: str, opener: str, line: str) -> None:
    assert not _fl203(linter, _status_check(role, opener, line), "status-check")


@pytest.mark.parametrize(("role", "opener", "line"), FORWARD)
def test_a_thank_you_forward_reference_is_heard(linter: Linter, role: str, opener: str, line: str) -> None:
    assert not _fl203(linter, _thank_you(role, opener, line), "thank-you")


@pytest.mark.parametrize(("role", "opener", "line"), LOOK_BACK)
def test_a_look_back_that_names_the_process_is_no_forward_reference(
    linter: Linter, role: str, opener: str, line: str
) -> None:
    assert _fl203(linter, _thank_you(role, opener, line), "thank-you")

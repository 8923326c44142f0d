"""FL204 (G-INTEREST): interest heard in many voices, in thank-yous and status checks.

Written before the linter saw them (2026-12-04), each placed in a neutral e-mail frame with the purpose
given.  Batch D: 42 sentences (understated, formal, casual, text-speak; look-alikes that enjoy the talk,
claim fit, presume the job, want another role or are sarcastic): 8 of 29 statements missed and 1 of 13
look-alikes counted ("the junior role in accounts instead") -> 0 and 0.  Look-alikes and fresh
statements for that fix (batch D2): 7 of 21 wrong with the old rules, 4 after the first version
("the work you described really appeals", a doubted "kind of work I want to do", "wanted the vacancy
details"), 0 after.  Batch E, written after that as a measurement: 12 of 20 missed and 3 of 10 counted
(the same with the batch-D rules) -> 3 and 0.  Look-alikes for the batch-E fix: 7 of 15 wrong with the
old rules, 1 after the first version (a pre-existing "I'd welcome the job description"), 0 after.
Batch F, written after that commit as a measurement: 11 of 30 wrong (10 of 20 statements missed) -> 2;
its look-alikes: 5 of 12 wrong after the first version (hoping the news is good, the next person to
call, nothing better than to hear the decision, a task one got one's teeth into) -> 0.
Known, left unheard (single wordings, no family): ``KNOWN``.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter


def _fl204(linter: Linter, sentence: str, purpose: str) -> bool:
    if purpose == "thank-you":
        text = f"Subject: Thank you – interview\n\nHi Dana,\n\nThank you for meeting me yesterday. {sentence}\n\nBest,\nSam Reyes"
    else:
        text = (
            "Subject: Checking in – warehouse role\n\nHi Dana,\n\nI hope you are well. I am writing to ask whether there "
            f"is any update on the decision for the role I interviewed for on 12 November. {sentence}\n\nThank you,\nSam Reyes"
        )
    report = linter.lint(text, purpose=purpose, channel="email")
    return any(f.code == "FL204" for f in report.findings)


INTEREST = [
    ("I must say the role rather appeals.", "thank-you"),
    ("I came away thinking it would suit me down to the ground, and I'd very much like to be part of it.", "thank-you"),
    ("I'd be more than happy to take the post on, should you offer it.", "thank-you"),
    ("Not to overstate it, but I left quite taken with the job.", "thank-you"),
    ("I remain very keen, for what it's worth.", "status-check"),
    ("I wish to reaffirm my strong interest in the position of site manager.", "status-check"),
    ("Please accept this note as confirmation that I remain committed to joining the firm.", "status-check"),
    ("Our discussion has only deepened my wish to contribute to the practice.", "thank-you"),
    ("I would welcome the opportunity to serve as your next archivist.", "thank-you"),
    ("The position remains my preferred option among those I am considering.", "status-check"),
    ("Honestly, this is exactly the kind of work I want to do.", "thank-you"),
    ("Count me in if you'll have me!", "thank-you"),
    ("I'm still really up for the job, just so you know.", "status-check"),
    ("Loved hearing about the van routes, I reckon I'd be great at it and I really want the gig.", "thank-you"),
    ("Still super keen on the warehouse role!", "status-check"),
    ("The job sounds ace and I'd love a shot at it.", "thank-you"),
    ("I'm all for joining the night shift crew.", "thank-you"),
    ("still rly want the job tbh", "status-check"),
    ("wud love 2 b part of ur team", "thank-you"),
    ("v keen on the role btw", "status-check"),
    ("I left the interview buzzing about the role.", "thank-you"),
    ("Hearing about the new clinic made me want the job even more.", "thank-you"),
    ("Working on the bridge refit is precisely what I hope to be doing next year.", "thank-you"),
    ("The more I think about the role, the more I want it.", "status-check"),
    ("I'm still very much hoping to hear that I can join you.", "status-check"),
    ("This role is the one I've set my sights on.", "thank-you"),
    ("My enthusiasm for the position is as strong as ever.", "status-check"),
    ("I would really enjoy being part of the outreach team.", "thank-you"),
    ("Interested, I suppose, if it ever gets decided.", "status-check"),
    ("The work you described really appeals.", "thank-you"),
    ("I am firmly committed to coming on board if you'll have me.", "status-check"),
    ("Your practice is still my top choice.", "status-check"),
    ("It's the sort of project I've always wanted to work on.", "thank-you"),
    ("That placement is just what I want to be doing this summer, and I really want the placement.", "thank-you"),
    ("I'm hoping to hear I've been successful.", "status-check"),
    ("I've set my sights on joining the lab.", "thank-you"),
    ("Truth be told, the apprenticeship is precisely what I'd love to do.", "thank-you"),
    ("the job rly appeals tbh", "status-check"),
    ("Still wanting the internship very much.", "status-check"),
    ("I'd consider myself lucky to work alongside your engineers.", "thank-you"),
    ("I would genuinely relish the role.", "thank-you"),
    ("Put simply, I want to work for you.", "thank-you"),
    ("The role ticks every box for me and I'd love to make it happen.", "thank-you"),
    ("I'm still very much in the running from my side, and keen as ever.", "status-check"),
    ("I'd happily move cities for this job.", "thank-you"),
    ("Joining the studio would be a huge step for me and one I'd take gladly.", "thank-you"),
    ("It's a position I'd be proud to hold.", "thank-you"),
    ("I'm eager as ever to get going on the route planning work.", "status-check"),
    ("I've been telling everyone how much I'd like to work there.", "thank-you"),
    ("I would love nothing more than to join the team.", "thank-you"),
    ("The job feels made for me, and I hope it comes my way.", "thank-you"),
    ("Quietly, I'm rather hopeful the post comes to me.", "status-check"),
    ("I left wanting in on the project even more.", "thank-you"),
    ("My interest hasn't wavered one bit.", "status-check"),
    ("I'm very drawn to the work your team does.", "thank-you"),
    ("I'm so ready to start with you.", "thank-you"),
    ("I would relocate for the right team, and yours is it; I'd move to Leeds for this job.", "thank-you"),
    ("A post like this is one I'd accept without hesitation.", "status-check"),
    ("I'd feel very lucky to join the clinic.", "thank-you"),
    ("Really ready to get started whenever you are!", "status-check"),
    # batch F and its look-alikes
    ("I'd very much like the chance to prove myself in the role.", "thank-you"),
    ("I'm still hoping the answer is yes.", "status-check"),
    ("I'd be delighted if things go my way.", "thank-you"),
    ("Should you offer it, I would accept straight away.", "status-check"),
    ("I remain as eager as the day we met.", "status-check"),
    ("I am writing to confirm that I am still available and keen to proceed.", "status-check"),
    ("I'd be chuffed to bits to get the nod.", "thank-you"),
    ("It's a role I could really get my teeth into.", "thank-you"),
    ("I'm more convinced than ever that I want to be on the team.", "thank-you"),
    ("I would like nothing better than to help run the new site.", "thank-you"),
    ("The position is one I would genuinely love to take on.", "thank-you"),
    ("I'm very much still in the running as far as I'm concerned, and I'd love to hear good news.", "status-check"),
    ("I truly hope to be your next sous chef.", "thank-you"),
    ("gonna be honest, i really really want this job", "status-check"),
    ("I'd welcome the chance to continue with the process and, I hope, to join you.", "status-check"),
    ("Please keep me firmly in mind; I'm still very keen.", "status-check"),
    ("It would be wonderful to work with such a thoughtful group.", "thank-you"),
    ("My hope is to start contributing to the archive as soon as I can.", "thank-you"),
    ("Fingers crossed the decision goes my way, as I'd love to join.", "status-check"),
    ("I'd like nothing more than to cook for your guests.", "thank-you"),
]

NOT_INTEREST = [
    ("I really enjoyed our chat about the new depot.", "thank-you"),
    ("It was a pleasure to meet you and the team.", "thank-you"),
    ("I believe my five years in logistics make me a strong fit.", "thank-you"),
    ("I'll see you on Monday at nine for my first shift.", "thank-you"),
    ("I'm sure you'll agree I'm the obvious choice.", "status-check"),
    ("I'd be keen to hear about the junior role in accounts instead.", "status-check"),
    ("Oh yes, I'm just thrilled to be waiting a third week.", "status-check"),
    ("The talk about the office move was interesting.", "thank-you"),
    ("I'd love to know whether a decision has been made.", "status-check"),
    ("Your colleague's work on the archive sounded fascinating.", "thank-you"),
    ("I'm keen to get feedback whatever the outcome.", "status-check"),
    ("I am happy to send references if useful.", "thank-you"),
    ("I hope the rest of the interviews go smoothly for you.", "thank-you"),
    ("I hope the appeals process for the planning permit goes well.", "thank-you"),
    ("The idea appeals to many clients, you said.", "thank-you"),
    ("I'm committed to finishing my current contract first.", "status-check"),
    ("My preferred option for a second interview is Thursday morning.", "thank-you"),
    ("I'm not sure it's the kind of work I want to do any more.", "status-check"),
    ("I wanted the vacancy details you mentioned, if you have them.", "thank-you"),
    ("I hope to hear when the panel meets.", "status-check"),
    ("I'd rather hear about the evening shift instead.", "status-check"),
    ("My sister has set her sights on your graduate scheme.", "thank-you"),
    ("I'd welcome a call on Monday instead, if that suits.", "status-check"),
    ("Thanks for showing me the kind of work the team does.", "thank-you"),
    ("It was lovely to hear how the team began.", "thank-you"),
    ("I hope the role goes to someone who will love it.", "status-check"),
    ("I'm ready to send my certificates whenever you need them.", "thank-you"),
    ("I'd love nothing more than a quick answer, frankly.", "status-check"),
    ("I'll take it from your silence that the post went elsewhere.", "status-check"),
    ("I have done this kind of work for years and know it well.", "thank-you"),
    ("Your office has a wonderful view.", "thank-you"),
    ("I expect I'll be starting on the first, so I'll bring my boots.", "thank-you"),
    ("Sure, I'm thrilled, another week of silence.", "status-check"),
    ("I'd be keen to know the salary band before we go further.", "status-check"),
    ("I'd welcome the job description for the second role, if you have it to hand.", "thank-you"),
    ("I will move my other interview for the day you need me, I expect.", "status-check"),
    ("I'd gladly take it up with HR if there's a problem with my forms.", "thank-you"),
    ("I hope it comes as no surprise that I enjoyed meeting you.", "thank-you"),
    ("I'm ready to send the portfolio link again.", "status-check"),
    ("I hope the role goes to the best person.", "status-check"),
    ("Another week of waiting is fine by me; no rush at all.", "status-check"),
    ("I'd be keen to know the pay date if the contract is agreed.", "status-check"),
    ("I'm not wanting in any way to hurry you.", "status-check"),
    ("I'd love nothing more than a decision by Friday.", "status-check"),
    ("I was lucky to meet your director on the way out.", "thank-you"),
    # batch F and its look-alikes
    ("I'm still hoping for some feedback when you have a moment.", "status-check"),
    ("I would accept a phone call instead of e-mail if that's easier.", "status-check"),
    ("It was wonderful to hear about your own career.", "thank-you"),
    ("I'm confident I'd hit the ground running given my background.", "thank-you"),
    ("I'll bring my own knives when I start next week.", "thank-you"),
    ("I'd like nothing better than a straight answer.", "status-check"),
    ("I'm eager to know where things stand.", "status-check"),
    ("The walk around the kitchen was the highlight of my week.", "thank-you"),
    ("I was keen on the role until I heard about the hours.", "status-check"),
    ("I'd be grateful for an update when possible.", "status-check"),
    ("I hope the news is good for the whole team after the merger.", "thank-you"),
    ("I'd accept a later start time straight away if it helps the rota.", "status-check"),
    ("Things went my way on the drive in, luckily, so I was early.", "thank-you"),
    ("I hope to be the next person you call for references, as my old manager said.", "thank-you"),
    ("I'd love nothing better than to hear your decision this week.", "status-check"),
    ("I'd like the chance to discuss the hours again.", "status-check"),
    ("My hope is to hear from you by Friday.", "status-check"),
    ("I'm eager to find out the outcome.", "status-check"),
    ("The case study was something I could get my teeth into during the task, and I did.", "thank-you"),
    ("I hope your answer is yes to my request for a later call.", "status-check"),
]

KNOWN = [
    "Everything I heard yesterday made me want to say yes before you even ask.",
    "Yes please to the role, if it's going!",
    "this job = dream, srsly",
    "I came away sure that this is where I belong.",
    "The job is still very much on my mind, in the best way.",
]


@pytest.mark.parametrize(("sentence", "purpose"), INTEREST)
def test_interest_is_heard(linter: Linter, sentence: str, purpose: str) -> None:
    assert not _fl204(linter, sentence, purpose)


@pytest.mark.parametrize(("sentence", "purpose"), NOT_INTEREST)
def test_look_alike_is_not_interest(linter: Linter, sentence: str, purpose: str) -> None:
    assert _fl204(linter, sentence, purpose)

"""Blind probes of rejection replies, round 9 (G-REJECTION: sincere thanks and a request for feedback;
G-GRATITUDE: a bare sign-off "Thanks," or sarcastic thanks does not thank, thanks only for letting the
writer know does).  Every draft was written for this test, with the verdict a reader would give it,
before the linter ran on it; none comes from the corpus or any page.

A draft falls short when FL220 (no request for feedback) or FL201 (no thanks) fires on it; a good
reply has neither.  ``SHORT`` (20) falls short in fresh ways: only asks to be kept in mind, for future
openings, to stay connected, for a referral or another role, "let me know if anything changes", thanks
only in the sign-off.  ``GOOD`` (20) asks for feedback and thanks in fresh words from many trades and
Englishes, by e-mail, LinkedIn and voicemail.  Before the change 11 of the 40 were misjudged by rule
(by draft: 1 of 20 short missed, 7 of 20 good flagged), none after.  ``SECOND_SHORT`` and
``SECOND_GOOD`` (10 and 10), written after that change, found 1 and 7 more misjudged (see there),
none after the second change; ``THIRD_SHORT`` and ``THIRD_GOOD`` (8 and 12), written after that,
found 2 and 12 (see there), none after the third change; ``FOURTH_SHORT`` and ``FOURTH_GOOD`` (8
and 10) found 2 and 9 (see there), none after the fourth; ``FIFTH_SHORT`` and ``FIFTH_GOOD`` (8 and
10) found 1 and 7 (see there), none after the fifth; ``SIXTH_SHORT`` and ``SIXTH_GOOD`` (8 and 10)
found 1 and 7 (see there), none after the sixth.  The seventh batch (6 and 8), left unfitted, is in
tests/test_rejection_blind_round9_seventh.py: it is the unseen measure of FL220's learned backstop, so
this file (a source of the backstop's training probes) no longer holds it.
"""

from __future__ import annotations

import pytest
from check_timing import assert_grows_linearly, prepared_input

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


SHORT = [
    # kept in mind, future openings, stay connected, a referral or another role: no feedback asked
    (
        "s01",
        "email",
        "Subject: Re: Site Supervisor application\n\nDear Mr Okafor,\n\nThank you for letting me know. I'd be glad if you kept my CV on file for the next project you staff up.\n\nRegards,\nDele Ade",
    ),
    (
        "s02",
        "email",
        "Subject: Re: Pastry Chef - outcome\n\nHi Margaux,\n\nThanks so much for the call earlier. Should another opening come up in the kitchen, I'd jump at it.\n\nAll the best,\nRosa",
    ),
    (
        "s03",
        "linkedin",
        "Hi Farid, thank you for taking the time to tell me personally. I'd love to stay in touch here and hear about future roles on the data team. Best, Anjali",
    ),
    (
        "s04",
        "email",
        "Subject: Re: Logistics Coordinator\n\nDear Ms Brennan,\n\nI appreciate you letting me know. Would you be willing to pass my name on to the Dublin office if they are hiring?\n\nKind regards,\nCiaran Doyle",
    ),
    (
        "s05",
        "email",
        "Subject: Re: Staff Nurse (Ward 7)\n\nDear Sister Adjei,\n\nThank you for your kind call. Is there perhaps a bank or night-shift post I could be considered for instead?\n\nWith thanks,\nAma Owusu",
    ),
    (
        "s06",
        "call",
        "Hi Gareth, it's Owen Pugh returning your call about the electrician job. Thanks for telling me straight. If anything changes, give me a bell. Cheers.",
    ),
    (
        "s07",
        "email",
        "Subject: Re: Junior Copywriter\n\nHi Tamsin,\n\nThank you for the update. Do let me know if anything changes with the successful candidate.\n\nBest,\nMilo",
    ),
    (
        "s08",
        "linkedin",
        "Dear Mr Tan, thank you for the courtesy of a reply. Please do think of me if a similar vacancy arises in the Singapore team. Warm regards, Wei Ling",
    ),
    # thanks only in the sign-off, no thanks in the body
    (
        "s09",
        "email",
        "Subject: Re: Warehouse Operative\n\nHi Dean,\n\nUnderstood. Could you tell me what I might have done differently in the forklift assessment?\n\nThanks,\nKyle",
    ),
    (
        "s10",
        "email",
        "Subject: Re: Dental Receptionist\n\nDear Dr Shah,\n\nI was disappointed to read your e-mail. Any pointers for my next interview would help.\n\nMany thanks,\nPriya",
    ),
    (
        "s11",
        "linkedin",
        "Hi Lerato, I got the news about the analyst role. I'd still be keen to hear about any other openings. Thanks, Thabo",
    ),
    # feedback named but not asked for; no request at all
    (
        "s12",
        "email",
        "Subject: Re: Graphic Designer\n\nHi Joel,\n\nThank you for letting me know. I don't need any feedback; I know the portfolio was thin. Best of luck with the launch.\n\nCheers,\nBex",
    ),
    (
        "s13",
        "email",
        "Subject: Re: HGV Driver\n\nDear Mrs Lowe,\n\nThank you for your letter. I'm sorry it didn't work out. I wish the depot well and hope our paths cross again.\n\nYours sincerely,\nBarry Hext",
    ),
    (
        "s14",
        "call",
        "Hiya Siobhan, it's Niamh Kelly. Got your message about the care assistant job, that's grand, no worries at all. Keep me in your thoughts for the spring intake. Bye now.",
    ),
    (
        "s15",
        "linkedin",
        "Hi Mateus, thanks for the heads-up on the QA role. Happy to connect here so we can keep in touch. Um abraço, Joana",
    ),
    (
        "s16",
        "email",
        "Subject: Re: Teaching Assistant post\n\nDear Mrs Clarke,\n\nThank you for letting me know. Would you keep me on the list for supply cover this term?\n\nBest wishes,\nHannah",
    ),
    (
        "s17",
        "email",
        "Subject: Re: Sous Chef\n\nChef,\n\nThanks for being upfront with me. If a commis or CDP spot opens, I'm your man.\n\nTom",
    ),
    # no thanks at all, feedback asked
    (
        "s18",
        "email",
        "Subject: Re: Accounts Assistant\n\nDear Mr Iyer,\n\nI have received your decision. Kindly share where my answers fell below the standard you wanted.\n\nRegards,\nRavi Menon",
    ),
    (
        "s19",
        "call",
        "Hello Ms Park, this is Jiwoo Lee about the lab technician decision. I'd like to hear where my practical was lacking, if you can call me back on oh-two, three-four-five, six-seven-eight-nine. Bye.",
    ),
    # feedback only "if you have time"? no: that is a request.  Here only a wish to improve alone
    (
        "s20",
        "email",
        "Subject: Re: Paralegal role\n\nDear Ms Abara,\n\nThank you for telling me. I'll keep applying and hope to be better prepared next time.\n\nKind regards,\nChidi",
    ),
]

GOOD = [
    (
        "g01",
        "email",
        "Subject: Re: Site Supervisor application\n\nDear Mr Okafor,\n\nThank you for letting me know. If you have a moment, any pointers on my site walk-through would be very welcome.\n\nRegards,\nDele Ade",
    ),
    (
        "g02",
        "email",
        "Subject: Re: Pastry Chef - outcome\n\nHi Margaux,\n\nThank you for the tasting day and for ringing me yourself. What would have made my laminated doughs stronger in your eyes?\n\nAll the best,\nRosa",
    ),
    (
        "g03",
        "linkedin",
        "Hi Farid, thanks a lot for telling me personally. Could you say where I could improve on the SQL exercise? Best, Anjali",
    ),
    (
        "g04",
        "email",
        "Subject: Re: Logistics Coordinator\n\nDear Ms Brennan,\n\nI'm grateful for your time and for the honest reply. Are there any areas to work on you'd flag before I apply again?\n\nKind regards,\nCiaran Doyle",
    ),
    (
        "g05",
        "email",
        "Subject: Re: Staff Nurse (Ward 7)\n\nDear Sister Adjei,\n\nThank you kindly for informing me. I would be glad of a few words on my interview, whenever it suits you.\n\nWith thanks,\nAma Owusu",
    ),
    (
        "g06",
        "call",
        "Hi Gareth, it's Owen Pugh returning your call about the electrician job. Cheers for letting me know, much appreciated. If you've a minute sometime, what tipped it? Just so I know for next time. Ta-ra.",
    ),
    (
        "g07",
        "email",
        "Subject: Re: Junior Copywriter\n\nHi Tamsin,\n\nThanks for the update, and for the chance to pitch. Is there anything I could do differently with the brief next time?\n\nBest,\nMilo",
    ),
    (
        "g08",
        "linkedin",
        "Dear Mr Tan, thank you for the courtesy of a reply. May I ask what the panel felt was missing from my case presentation? Warm regards, Wei Ling",
    ),
    (
        "g09",
        "email",
        "Subject: Re: Warehouse Operative\n\nHi Dean,\n\nThanks for letting me know, mate. What could I have done better in the forklift assessment?\n\nThanks,\nKyle",
    ),
    (
        "g10",
        "email",
        "Subject: Re: Dental Receptionist\n\nDear Dr Shah,\n\nThank you for considering me. I'd value your view of where I could strengthen my answers on the booking system.\n\nMany thanks,\nPriya",
    ),
    (
        "g11",
        "linkedin",
        "Hi Lerato, thanks for the news on the analyst role, I really appreciated the process. If you have time, I'd like to know what would have put me ahead. Thanks, Thabo",
    ),
    (
        "g12",
        "email",
        "Subject: Re: Graphic Designer\n\nHi Joel,\n\nThank you for letting me know. I'd welcome a couple of honest pointers on the portfolio, whenever you can.\n\nCheers,\nBex",
    ),
    (
        "g13",
        "email",
        "Subject: Re: HGV Driver\n\nDear Mrs Lowe,\n\nThank you for your letter and for seeing me last week. Was there anything in my driving assessment you would advise me to brush up?\n\nYours sincerely,\nBarry Hext",
    ),
    (
        "g14",
        "call",
        "Hiya Siobhan, it's Niamh Kelly. Thanks a million for letting me know about the care assistant job. If you get a chance, I'd love to hear what I should work on for the spring intake. Bye now.",
    ),
    (
        "g15",
        "linkedin",
        "Hi Mateus, obrigada for the heads-up and thank you for your time. What was the main thing holding my application back? Um abraço, Joana",
    ),
    (
        "g16",
        "email",
        "Subject: Re: Teaching Assistant post\n\nDear Mrs Clarke,\n\nThank you for letting me know, and for the warm welcome at the school. Are there any areas of my practice you would suggest developing?\n\nBest wishes,\nHannah",
    ),
    (
        "g17",
        "email",
        "Subject: Re: Sous Chef\n\nChef,\n\nThanks for being upfront and for the trial shift. Any notes from the pass on my plating would be gold to me.\n\nTom",
    ),
    (
        "g18",
        "email",
        "Subject: Re: Accounts Assistant\n\nDear Mr Iyer,\n\nMany thanks for your prompt intimation. Kindly share where my answers fell below the standard you wanted.\n\nRegards,\nRavi Menon",
    ),
    (
        "g19",
        "call",
        "Hello Ms Park, this is Jiwoo Lee. Thank you for calling about the lab technician decision. I'd like to hear how I did in the practical, if you can call me back. Bye.",
    ),
    (
        "g20",
        "email",
        "Subject: Re: Paralegal role\n\nDear Ms Abara,\n\nThank you for telling me so kindly. What, in your view, would make me a stronger applicant next round?\n\nKind regards,\nChidi",
    ),
]

# A second fresh batch, written after the first change and before the second (10 that fall short, 10
# good).  Misjudged by rule before the second change: t07 of the short ("ta for letting me know" not
# heard as thanks) and 7 of the 10 good (h01-h03, h05-h08: what let me down, what you'd have liked to
# see, where I could have done better, what the committee saw as weaker, the other candidate had what
# I was missing, what I should be brushing up on, the reasons I was unsuccessful so that I can improve).
# After the second change: none.  Two of my own labels were relabelled to agree with the project's,
# not the linter changed: t03, a voicemail's closing "Thank you so much. Bye." is its sign-off (FL201's
# documented convention, after LABELLING.md), so it expects FL201 too; t08, a reason asked for alone
# ("I would like to know the main reason my application was unsuccessful") is, by the labels of a dev
# draft that asks the same ("a demand for a reason rather than a request for feedback"), no request
# for feedback, so it expects FL220 too (h08 asks it so as to improve).
SECOND_SHORT = [
    (
        "t01",
        "email",
        "Subject: Re: Mechanical Fitter vacancy\n\nDear Mr Haldane,\n\nThank you for the courtesy of letting me know. I hope you'll bear me in mind when the next shutdown crew is put together.\n\nYours sincerely,\nAngus Reid",
    ),
    (
        "t02",
        "linkedin",
        "Hi Chloe, thanks for getting back to me about the UX role. Would it be alright if I reached out again in the new year? Cheers, Ben",
    ),
    (
        "t03",
        "call",
        "Hi Mrs Abiodun, it's Funmi returning your call about the pharmacy technician post. I understand, and should the situation change please ring me back. Thank you so much. Bye.",
    ),
    (
        "t04",
        "email",
        "Subject: Re: Bookkeeper role\n\nHi Sandra,\n\nThat's a shame, but I understand. Could you put me forward for the part-time role in your Leeds branch instead?\n\nThanks,\nGemma",
    ),
    (
        "t05",
        "email",
        "Subject: Re: Research Assistant\n\nDear Professor Lindgren,\n\nThank you for writing. I don't expect any pointers, as I know the competition was strong; I will keep an eye on your group's page.\n\nBest regards,\nEmil",
    ),
    (
        "t06",
        "linkedin",
        "Hello Rohan, thank you for informing me about the outcome. Do keep me posted if another opening comes up in Pune. Regards, Sneha",
    ),
    (
        "t07",
        "email",
        "Subject: Re: Plumber (maintenance team)\n\nHi Kev,\n\nNo problem, ta for letting me know. If the other lad doesn't work out, you know where I am.\n\nDarren",
    ),
    (
        "t08",
        "email",
        "Subject: Re: Receptionist\n\nDear Ms Ng,\n\nI note your decision. I would like to know the main reason my application was unsuccessful.\n\nRegards,\nMei",
    ),
    (
        "t09",
        "call",
        "Hey Jordan, Tyler here, got your voicemail about the barista spot. All good man, maybe another time. Catch you later.",
    ),
    (
        "t10",
        "email",
        "Subject: Re: Project Engineer\n\nDear Ms Venter,\n\nThank you for your e-mail. I would appreciate it if you could introduce me to the recruiter handling your Cape Town projects.\n\nKind regards,\nPieter",
    ),
]

SECOND_GOOD = [
    (
        "h01",
        "email",
        "Subject: Re: Mechanical Fitter vacancy\n\nDear Mr Haldane,\n\nThank you for letting me know. If you have time, could you tell me what let me down in the practical test?\n\nYours sincerely,\nAngus Reid",
    ),
    (
        "h02",
        "linkedin",
        "Hi Chloe, thanks so much for the update and for the portfolio review. Anything you'd have liked to see more of in my case studies? Cheers, Ben",
    ),
    (
        "h03",
        "call",
        "Hi Mrs Abiodun, it's Funmi. Thank you for ringing me about the pharmacy technician post. When you have a moment, I'd be grateful to know where I could have done better. Bye.",
    ),
    (
        "h04",
        "email",
        "Subject: Re: Bookkeeper role\n\nHi Sandra,\n\nThanks for letting me know, I really enjoyed meeting you all. What would you say I should improve before I apply again?\n\nThanks,\nGemma",
    ),
    (
        "h05",
        "email",
        "Subject: Re: Research Assistant\n\nDear Professor Lindgren,\n\nThank you for writing and for your time at the interview. Would you share what the committee saw as the weaker points of my proposal?\n\nBest regards,\nEmil",
    ),
    (
        "h06",
        "linkedin",
        "Hello Rohan, thank you for informing me about the outcome. Could you tell me what the other candidate had that I was missing? Regards, Sneha",
    ),
    (
        "h07",
        "email",
        "Subject: Re: Plumber (maintenance team)\n\nHi Kev,\n\nTa for letting me know and for the chat on site. Anything I should be brushing up on for next time?\n\nDarren",
    ),
    (
        "h08",
        "email",
        "Subject: Re: Receptionist\n\nDear Ms Ng,\n\nThank you for your kind reply. I would like to know the main reasons my application was unsuccessful, so that I can improve.\n\nRegards,\nMei",
    ),
    (
        "h09",
        "call",
        "Hey Jordan, Tyler here. Cheers for letting me know about the barista spot, appreciate it. Any chance you could tell me what I could do better on the trial? Catch you later.",
    ),
    (
        "h10",
        "email",
        "Subject: Re: Project Engineer\n\nDear Ms Venter,\n\nThank you for your e-mail and for the honest outcome. I'd be grateful for your observations on my technical presentation.\n\nKind regards,\nPieter",
    ),
]
_EXPECTED_SECOND = {
    "t04": {"FL201", "FL220"},
    "t07": {"FL220"},
    "t08": {"FL201", "FL220"},
    "t09": {"FL201", "FL220"},
    "t03": {"FL201", "FL220"},
}


# A third fresh batch, written after the second change (8 that fall short, 12 good).  Before the third
# change 14 of the 20 were misjudged by rule: every one of the 12 good replies (the phrase list heard
# none of "what could I bring to stand out?", "which part should I revisit?", "how did my answers
# land?", "any hints on what to focus on?", "a debrief on my trial", "what would have made the
# difference?" ...), u04 ("I shan't ask for feedback" read as a request) and u08 ("which of my answers
# let the interview down?" not heard).  So the third change hears the kind by parts (FL220's
# ``together``: a sentence that asks and names the writer's showing or its improvement); none after.
THIRD_SHORT = [
    (
        "u01",
        "email",
        "Subject: Re: Veterinary Nurse\n\nDear Ms Kowalski,\n\nThank you for the kind e-mail. I'd be very happy to be considered for locum cover at the practice over the summer.\n\nBest wishes,\nHolly",
    ),
    (
        "u02",
        "linkedin",
        "Hi Arjun, many thanks for the update on the DevOps role. Let's definitely stay connected, and do ping me if the team grows next quarter. Regards, Kavya",
    ),
    (
        "u03",
        "call",
        "Hello Mr Dlamini, this is Sipho Nkosi. I received your message about the fitter and turner post. I accept the decision. Please keep my details on record. Goodbye.",
    ),
    (
        "u04",
        "email",
        "Subject: Re: Library Assistant\n\nDear Ms Fairweather,\n\nThank you for letting me know. I shan't ask for feedback, as I'm sure you are very busy, but I wish you and the team well.\n\nYours sincerely,\nMarjorie Pike",
    ),
    (
        "u05",
        "email",
        "Subject: Re: Scaffolder\n\nAlright Steve,\n\nFair enough, cheers. Any other jobs going on the Bristol site, I'm up for it.\n\nLiam",
    ),
    (
        "u06",
        "linkedin",
        "Dear Ms Hassan, thank you for your message. If your colleagues in Dubai are recruiting, I would be grateful for an introduction. Kind regards, Omar",
    ),
    (
        "u07",
        "email",
        "Subject: Re: Data Engineer\n\nHi Nora,\n\nAppreciate the heads-up. I'll keep an eye on your careers page and apply again when something fits.\n\nBest,\nSven",
    ),
    (
        "u08",
        "email",
        "Subject: Re: Trainee Solicitor\n\nDear Mr Whitfield,\n\nI acknowledge receipt of your letter. Could you advise me which of my answers let the interview down?\n\nYours faithfully,\nAisha Rahman",
    ),
]
THIRD_GOOD = [
    (
        "v01",
        "email",
        "Subject: Re: Veterinary Nurse\n\nDear Ms Kowalski,\n\nThank you for the kind e-mail and for showing me round the practice. If it isn't too much trouble, what could I bring next time to stand out?\n\nBest wishes,\nHolly",
    ),
    (
        "v02",
        "linkedin",
        "Hi Arjun, many thanks for the update on the DevOps role. Would you mind sharing which part of the system design round I should revisit? Regards, Kavya",
    ),
    (
        "v03",
        "call",
        "Hello Mr Dlamini, this is Sipho Nkosi. Thank you for your message about the fitter and turner post. I'd appreciate hearing what I can do to be a stronger candidate. Goodbye.",
    ),
    (
        "v04",
        "email",
        "Subject: Re: Library Assistant\n\nDear Ms Fairweather,\n\nThank you for letting me know, and for a very pleasant interview. I wonder whether you might say where my answers could have been more convincing?\n\nYours sincerely,\nMarjorie Pike",
    ),
    (
        "v05",
        "email",
        "Subject: Re: Scaffolder\n\nAlright Steve,\n\nCheers for letting me know, fair play. What would you say I need to get better at before the next lot of jobs?\n\nLiam",
    ),
    (
        "v06",
        "linkedin",
        "Dear Ms Hassan, thank you for your message and your time. I would be grateful for any guidance on how to improve my chances next time. Kind regards, Omar",
    ),
    (
        "v07",
        "email",
        "Subject: Re: Data Engineer\n\nHi Nora,\n\nReally appreciate the heads-up and the time the team gave me. Any hints on what to focus on before I apply again?\n\nBest,\nSven",
    ),
    (
        "v08",
        "email",
        "Subject: Re: Trainee Solicitor\n\nDear Mr Whitfield,\n\nThank you for your letter. Could you advise me which of my answers let the interview down?\n\nYours faithfully,\nAisha Rahman",
    ),
    (
        "v09",
        "call",
        "Hi Bronwyn, it's Mia calling back about the apprentice chef spot. Thanks heaps for letting me know, no dramas. If you've got a sec, I'd love a bit of a debrief on my trial. See ya.",
    ),
    (
        "v10",
        "email",
        "Subject: Re: Customer Success Manager\n\nHi Jo,\n\nThank you for letting me know so quickly. Would a ten-minute debrief call be possible? I'd like to learn from it.\n\nBest,\nRahul",
    ),
    (
        "v11",
        "linkedin",
        "Hi Ines, thank you for being so transparent about the decision. Was there one thing that would have made the difference? Best, Lucas",
    ),
    (
        "v12",
        "email",
        "Subject: Re: Electrician (Approved)\n\nDear Mr Boyle,\n\nThanks very much for your time on site. How did my inspection and testing answers land with the panel?\n\nRegards,\nConor",
    ),
]
_EXPECTED_THIRD = {"u03": {"FL201", "FL220"}, "u05": {"FL201", "FL220"}, "u08": {"FL201"}}


# A fourth fresh batch, written after the third change (8 that fall short, 10 good).  Before the
# fourth change 11 of the 18 were misjudged by rule: w01 and w02 (kept in mind or connected "as I keep
# improving" heard as a request by parts), 9 of the 10 good (how I went in the interview, reflections
# on my interview, the weak spot, what separated me from the successful applicant, competencies I did
# not demonstrate, what you would have changed, a skill you'd recommend I pick up, critique; x09's
# "Grazie for the call" not heard as thanks).  The fourth change widens the showing half, and keeps a
# sentence that asks to be kept in mind or in touch out of it; none after.
FOURTH_SHORT = [
    (
        "w01",
        "email",
        "Subject: Re: Marketing Executive\n\nHi Priyanka,\n\nThank you for letting me know. Would you keep me in mind as I keep improving my campaign skills?\n\nBest,\nNeha",
    ),
    (
        "w02",
        "linkedin",
        "Hi Grace, thanks for the update. I'd love to stay connected; I'm always looking to grow and improve. Cheers, Tom",
    ),
    (
        "w03",
        "email",
        "Subject: Re: Carpenter (joinery shop)\n\nHi Phil,\n\nThanks for ringing me. Could you let me know if a better-suited job comes up in the shop?\n\nCheers,\nGary",
    ),
    (
        "w04",
        "call",
        "Hi, it's Leilani for Kiri at the front desk, about the receptionist job. Thank you for letting me know. I wonder if you'd pass my number to the Wellington branch. Kia ora, bye.",
    ),
    (
        "w05",
        "email",
        "Subject: Re: Quality Inspector\n\nDear Mr Sato,\n\nThank you for your reply. I'm confident I would have made the difference on your line, and hope you will reconsider.\n\nSincerely,\nKenji",
    ),
    (
        "w06",
        "email",
        "Subject: Re: Support Worker\n\nDear Ms Baptiste,\n\nThank you for letting me know. Would it be possible to be added to your relief staff list?\n\nBest wishes,\nClaudette",
    ),
    (
        "w07",
        "linkedin",
        "Hello Dmitri, thank you for your note about the analyst role. If you have other openings that would let me develop, I'd be glad to hear of them. Regards, Olga",
    ),
    (
        "w08",
        "email",
        "Subject: Re: Geography Teacher\n\nDear Mr Evans,\n\nThank you for the update. I have plenty to work on, I know, and I shall keep at it.\n\nKind regards,\nRhiannon",
    ),
]
FOURTH_GOOD = [
    (
        "x01",
        "email",
        "Subject: Re: Marketing Executive\n\nHi Priyanka,\n\nThank you for letting me know. Would you say my campaign pitch was the weak spot, or was it something else?\n\nBest,\nNeha",
    ),
    (
        "x02",
        "linkedin",
        "Hi Grace, thanks for the update and for your time. What did the team feel I could have shown more of? Cheers, Tom",
    ),
    (
        "x03",
        "email",
        "Subject: Re: Carpenter (joinery shop)\n\nHi Phil,\n\nThanks for ringing me, appreciated. Where did my test piece let me down, do you reckon?\n\nCheers,\nGary",
    ),
    (
        "x04",
        "call",
        "Kia ora Kiri, it's Leilani about the receptionist job. Thank you for letting me know. When you get a moment, could you tell me how I went in the interview? Bye.",
    ),
    (
        "x05",
        "email",
        "Subject: Re: Quality Inspector\n\nDear Mr Sato,\n\nThank you for your reply and for the factory tour. Might I ask what separated me from the successful applicant?\n\nSincerely,\nKenji",
    ),
    (
        "x06",
        "email",
        "Subject: Re: Support Worker\n\nDear Ms Baptiste,\n\nThank you for letting me know. I'd be thankful for any reflections you or the panel have on my interview.\n\nBest wishes,\nClaudette",
    ),
    (
        "x07",
        "linkedin",
        "Hello Dmitri, thank you for your note about the analyst role. Is there any skill you'd recommend I pick up before the next cycle? Regards, Olga",
    ),
    (
        "x08",
        "email",
        "Subject: Re: Geography Teacher\n\nDear Mr Evans,\n\nThank you for the update and for watching my lesson. What would you have changed about it?\n\nKind regards,\nRhiannon",
    ),
    (
        "x09",
        "call",
        "Hey Marco, it's Dani. Grazie for the call about the sommelier role. Any honest critique of my tasting would really help me. Ciao.",
    ),
    (
        "x10",
        "email",
        "Subject: Re: Payroll Officer\n\nDear Mrs Achterberg,\n\nThank you for your considerate e-mail. Were there particular competencies I did not demonstrate well enough?\n\nKind regards,\nJoost",
    ),
]
_EXPECTED_FOURTH: dict[str, set[str]] = {}


# A fifth fresh batch, written after the fourth change (8 that fall short, 10 good), measured before any
# change for it: 8 of the 18 misjudged by rule (y08, "What did I do wrong in the interview?" not heard,
# and 7 of the 10 good: gaps you spotted, which bits went less well, anything in my driving that
# concerned the assessor, what the other candidates did better, what didn't quite work, what I
# could've done to get over the line, which translations fell below the standard).  y05 was my slip:
# "Got it." with a "Cheers," sign-off never thanks, so it expects FL201 too.  The fifth change widens
# both halves of the request heard by parts (what went wrong or less well, fell below the standard,
# didn't quite work, gaps spotted, the other candidates, anything in my work that ..., could've done,
# over the line, a steer; "I'd find it useful to hear", "keen to know"); none after.
FIFTH_SHORT = [
    (
        "y01",
        "email",
        "Subject: Re: Events Coordinator\n\nHi Fiona,\n\nThank you for letting me know. If the maternity cover role goes ahead, I'd be delighted to be put forward.\n\nWarm wishes,\nIsla",
    ),
    (
        "y02",
        "linkedin",
        "Hi Kwame, thanks for telling me. I'll follow the company page and hope to see something else come up. Best, Yaw",
    ),
    (
        "y03",
        "call",
        "Hi Deepa, it's Harpreet about the optometry assistant post. Thank you for calling. Could you let me know if the second vacancy gets advertised? Thanks, bye.",
    ),
    (
        "y04",
        "email",
        "Subject: Re: Bus Driver\n\nDear Mr Kaur,\n\nThanks for your letter. Could you confirm whether my application will stay on file for the spring recruitment?\n\nRegards,\nDarnell",
    ),
    (
        "y05",
        "email",
        "Subject: Re: IT Technician\n\nHi Sam,\n\nGot it. Please let me know if anything changes with the start date of the person you chose.\n\nCheers,\nAlex",
    ),
    (
        "y06",
        "linkedin",
        "Dear Ms Moreau, thank you for your message. Would you be open to a coffee some time to talk about the industry more generally? Regards, Luc",
    ),
    (
        "y07",
        "email",
        "Subject: Re: Estate Agent Trainee\n\nHi Becky,\n\nThanks very much for the call. I'm sure you picked the right person, and I hope our paths cross again.\n\nAll the best,\nCallum",
    ),
    (
        "y08",
        "email",
        "Subject: Re: Lab Manager\n\nDear Dr Osei,\n\nI read your message. What did I do wrong in the interview?\n\nRegards,\nKofi",
    ),
]
FIFTH_GOOD = [
    (
        "z01",
        "email",
        "Subject: Re: Events Coordinator\n\nHi Fiona,\n\nThank you for letting me know, and for a lovely conversation. Were there gaps you spotted that I ought to fill before the next round of hiring?\n\nWarm wishes,\nIsla",
    ),
    (
        "z02",
        "linkedin",
        "Hi Kwame, thanks for telling me, I appreciate the honesty. In your view, what would a stronger answer to the budgeting question have looked like? Best, Yaw",
    ),
    (
        "z03",
        "call",
        "Hi Deepa, it's Harpreet about the optometry assistant post. Thank you for calling me back. I'd find it really useful to hear which bits of the interview went less well. Bye.",
    ),
    (
        "z04",
        "email",
        "Subject: Re: Bus Driver\n\nDear Mr Kaur,\n\nThanks for your letter and for the road assessment. Was there anything in my driving that concerned the assessor?\n\nRegards,\nDarnell",
    ),
    (
        "z05",
        "email",
        "Subject: Re: IT Technician\n\nHi Sam,\n\nThanks for letting me know. Any chance of a quick steer on what the other candidates did better on the troubleshooting task?\n\nCheers,\nAlex",
    ),
    (
        "z06",
        "linkedin",
        "Dear Ms Moreau, thank you for your message and your time last week. Might you share a word of advice on how I handled the case interview? Regards, Luc",
    ),
    (
        "z07",
        "email",
        "Subject: Re: Estate Agent Trainee\n\nHi Becky,\n\nThanks very much for the call. Out of curiosity, what was it about my valuation role-play that didn't quite work?\n\nAll the best,\nCallum",
    ),
    (
        "z08",
        "email",
        "Subject: Re: Lab Manager\n\nDear Dr Osei,\n\nThank you for your message. I would welcome your candid assessment of my interview, so I can prepare better.\n\nRegards,\nKofi",
    ),
    (
        "z09",
        "call",
        "G'day Shane, Bec here about the landscaper job. Thanks for the call, mate. Keen to know what I could've done to get over the line. Cheers.",
    ),
    (
        "z10",
        "email",
        "Subject: Re: Translator (Spanish-English)\n\nEstimada Sra. Ruiz,\n\nThank you so much for letting me know. Could you indicate which of my sample translations fell below your house standard?\n\nSaludos cordiales,\nValentina",
    ),
]
_EXPECTED_FIFTH = {"y05": {"FL201", "FL220"}, "y08": {"FL201"}}

_FIFTH_MISJUDGED: set[str] = set()  # before the fifth change: y08, z01, z03, z04, z05, z07, z09, z10


# A sixth fresh batch, written after the fifth change (8 that fall short, among them look-alikes of the
# widened wordings; 10 good), measured before any change for it: 8 of the 18 misjudged by rule.  r01
# ("Could you tell me when the successful candidate starts?") was heard as a request because the fifth
# change took "the successful candidate" alone as the showing: narrowed to what that candidate did or
# had, and r01 is right now.  7 of the 10 good were still missed (marked xfail at first): something I
# could have said differently, what you would want from me next time, which requirements I seemed
# furthest from, which parts I handled less well, the deciding factor, what tripped me up, what was
# wrong with my welds.  The sixth change hears those kinds ("did I look ..." left out: a hostile dev
# draft's sarcastic "Did I look you in the eye too much?" is no request); none after.
SIXTH_SHORT = [
    (
        "r01",
        "email",
        "Subject: Re: Sales Assistant\n\nHi Leanne,\n\nThank you for letting me know. Could you tell me when the successful candidate starts, so I know when to stop checking my phone?\n\nBest,\nCourtney",
    ),
    (
        "r02",
        "email",
        "Subject: Re: Chef de Partie\n\nDear Chef Moreau,\n\nThank you for the trial. I'm keen to know whether you have any openings at your sister restaurant.\n\nKind regards,\nAntoine",
    ),
    (
        "r03",
        "linkedin",
        "Hi Bilal, thanks for the update. Could you put me in touch with the other hiring managers in your group? Regards, Zara",
    ),
    (
        "r04",
        "email",
        "Subject: Re: Admin Officer\n\nDear Mrs Mokoena,\n\nThank you for your e-mail. I'd find it helpful to know when you next advertise, so I can apply early.\n\nYours sincerely,\nNomsa",
    ),
    (
        "r05",
        "call",
        "Hi Hamish, it's Fraser about the gamekeeper job. Thanks for phoning. If you've got any other estates looking for staff, would you pass my name on? Cheers now.",
    ),
    (
        "r06",
        "email",
        "Subject: Re: Junior Developer\n\nHi Ola,\n\nThanks for letting me know. I know what went wrong in the coding test, so no need to explain; I'll be applying again next year.\n\nBest,\nTobi",
    ),
    (
        "r07",
        "linkedin",
        "Dear Mr Jensen, thank you for your kind message. Any openings in the Aarhus office would interest me greatly. Best regards, Freja",
    ),
    (
        "r08",
        "email",
        "Subject: Re: Care Coordinator\n\nDear Ms Afolabi,\n\nThank you for letting me know. Would it be possible to stay on your list for the next intake?\n\nWarm regards,\nTemi",
    ),
]
SIXTH_GOOD = [
    (
        "q01",
        "email",
        "Subject: Re: Sales Assistant\n\nHi Leanne,\n\nThank you for letting me know, and for the friendly interview. Is there something I could have said differently about handling complaints?\n\nBest,\nCourtney",
    ),
    (
        "q02",
        "email",
        "Subject: Re: Chef de Partie\n\nDear Chef Moreau,\n\nThank you for the trial shift. Please could you tell me what you would want from me next time on the sauce section?\n\nKind regards,\nAntoine",
    ),
    (
        "q03",
        "linkedin",
        "Hi Bilal, thanks for the update, and for taking time over my application. Which of the requirements did I seem furthest from? Regards, Zara",
    ),
    (
        "q04",
        "email",
        "Subject: Re: Admin Officer\n\nDear Mrs Mokoena,\n\nThank you for your e-mail. I'd find it helpful to know which parts of the in-tray exercise I handled less well than the others.\n\nYours sincerely,\nNomsa",
    ),
    (
        "q05",
        "call",
        "Hi Hamish, it's Fraser about the gamekeeper job. Thanks for phoning, I do appreciate it. Just wondering what the deciding factor was, for my own learning. Cheers now.",
    ),
    (
        "q06",
        "email",
        "Subject: Re: Junior Developer\n\nHi Ola,\n\nThanks for letting me know. Would you be able to point me towards what tripped me up in the coding test?\n\nBest,\nTobi",
    ),
    (
        "q07",
        "linkedin",
        "Dear Mr Jensen, thank you for your kind message. I'd be glad of any observations the team made during my presentation. Best regards, Freja",
    ),
    (
        "q08",
        "email",
        "Subject: Re: Care Coordinator\n\nDear Ms Afolabi,\n\nThank you for letting me know. Would it be possible to hear how my scenario answers compared with what you were looking for?\n\nWarm regards,\nTemi",
    ),
    (
        "q09",
        "email",
        "Subject: Re: Welder Fabricator\n\nAlright Dave,\n\nCheers for giving me a go on the test. What was wrong with my welds, if you don't mind me asking?\n\nTa,\nRyan",
    ),
    (
        "q10",
        "linkedin",
        "Hello Ms Abdi, I really appreciate you telling me yourself. What one change would most improve my chances next time? Kind regards, Hodan",
    ),
]
_EXPECTED_SIXTH: dict[str, set[str]] = {}

_SIXTH_MISJUDGED: set[str] = set()  # before the sixth change: q01, q02, q03, q04, q05, q06, q09


# The rules a reader expects on each reply that falls short: FL201 where the body never thanks (a
# bare sign-off "Thanks," does not), FL220 where no feedback is asked for; the rest expect FL220 only.
_EXPECTED = {
    "s09": {"FL201"},
    "s10": {"FL201"},
    "s11": {"FL201", "FL220"},
    "s14": {"FL201", "FL220"},
    "s18": {"FL201"},
    "s19": {"FL201"},
}

# Misjudged before the change, all right after it (the rules found are not the rules expected).  By
# draft (flagged at all or not): s12 and 7 good replies (g08, g10, g11, g13, g15, g16, g18).  By rule: s11 (a LinkedIn "Thanks, Thabo" read as thanks), s14
# ("keep me in your thoughts for ..." read as a request for thoughts), s18 (a request for where the
# answers fell below the standard not heard) as well.
_SHORT_MISSED: set[str] = set()
_GOOD_FLAGGED: set[str] = set()


def _params(items: list[tuple[str, str, str]], misjudged: set[str]) -> list:  # type: ignore[type-arg]
    return [
        pytest.param(key, channel, text, id=key, marks=[pytest.mark.xfail(strict=True)] if key in misjudged else [])
        for key, channel, text in items
    ]


def _found(linter: Linter, text: str, channel: str) -> set[str]:
    report = linter.lint(text, purpose="rejection-reply", channel=channel)
    return {f.code for f in report.findings if f.code in ("FL220", "FL201")}


@pytest.mark.parametrize(("key", "channel", "text"), _params(SHORT, _SHORT_MISSED))
def test_a_reply_that_falls_short_is_flagged_by_the_right_rules(
    linter: Linter, key: str, channel: str, text: str
) -> None:
    assert _found(linter, text, channel) == _EXPECTED.get(key, {"FL220"})


@pytest.mark.parametrize(("key", "channel", "text"), _params(GOOD, _GOOD_FLAGGED))
def test_a_good_reply_is_left_alone(linter: Linter, key: str, channel: str, text: str) -> None:
    assert not _found(linter, text, channel)


@pytest.mark.parametrize(("key", "channel", "text"), _params(SECOND_SHORT, set()))
def test_a_reply_of_the_second_batch_that_falls_short_is_flagged(
    linter: Linter, key: str, channel: str, text: str
) -> None:
    assert _found(linter, text, channel) == _EXPECTED_SECOND.get(key, {"FL220"})


@pytest.mark.parametrize(("key", "channel", "text"), _params(SECOND_GOOD, set()))
def test_a_good_reply_of_the_second_batch_is_left_alone(linter: Linter, key: str, channel: str, text: str) -> None:
    assert not _found(linter, text, channel)


@pytest.mark.parametrize(("key", "channel", "text"), _params(THIRD_SHORT, set()))
def test_a_reply_of_the_third_batch_that_falls_short_is_flagged(
    linter: Linter, key: str, channel: str, text: str
) -> None:
    assert _found(linter, text, channel) == _EXPECTED_THIRD.get(key, {"FL220"})


@pytest.mark.parametrize(("key", "channel", "text"), _params(THIRD_GOOD, set()))
def test_a_good_reply_of_the_third_batch_is_left_alone(linter: Linter, key: str, channel: str, text: str) -> None:
    assert not _found(linter, text, channel)


@pytest.mark.parametrize(("key", "channel", "text"), _params(FOURTH_SHORT, set()))
def test_a_reply_of_the_fourth_batch_that_falls_short_is_flagged(
    linter: Linter, key: str, channel: str, text: str
) -> None:
    assert _found(linter, text, channel) == _EXPECTED_FOURTH.get(key, {"FL220"})


@pytest.mark.parametrize(("key", "channel", "text"), _params(FOURTH_GOOD, set()))
def test_a_good_reply_of_the_fourth_batch_is_left_alone(linter: Linter, key: str, channel: str, text: str) -> None:
    assert not _found(linter, text, channel)


@pytest.mark.parametrize(("key", "channel", "text"), _params(FIFTH_SHORT, _FIFTH_MISJUDGED))
def test_a_reply_of_the_fifth_batch_that_falls_short_is_flagged(
    linter: Linter, key: str, channel: str, text: str
) -> None:
    assert _found(linter, text, channel) == _EXPECTED_FIFTH.get(key, {"FL220"})


@pytest.mark.parametrize(("key", "channel", "text"), _params(FIFTH_GOOD, _FIFTH_MISJUDGED))
def test_a_good_reply_of_the_fifth_batch_is_left_alone(linter: Linter, key: str, channel: str, text: str) -> None:
    assert not _found(linter, text, channel)


@pytest.mark.parametrize(("key", "channel", "text"), _params(SIXTH_SHORT, _SIXTH_MISJUDGED))
def test_a_reply_of_the_sixth_batch_that_falls_short_is_flagged(
    linter: Linter, key: str, channel: str, text: str
) -> None:
    assert _found(linter, text, channel) == _EXPECTED_SIXTH.get(key, {"FL220"})


@pytest.mark.parametrize(("key", "channel", "text"), _params(SIXTH_GOOD, _SIXTH_MISJUDGED))
def test_a_good_reply_of_the_sixth_batch_is_left_alone(linter: Linter, key: str, channel: str, text: str) -> None:
    assert not _found(linter, text, channel)


# Growth: the new wordings cost time linear in the draft (1x, 10x, 100x of a unit full of near misses:
# the start of each new family with its ending left off, and the sign-off run on with a comma).
_GROWTH_UNITS = {
    "FL220": (
        "What the panel felt was nearly there and what would have put me and where my answers fell "
        "about and what let me and anything you'd have liked and where I could have and what the team saw "
        "as the and anything I should be and to know the reasons why my application was. "
    ),
    # heard by parts: an asking half and a showing half in separate sentences, and near misses of both
    "FL220 parts": (
        "Could you keep me in mind. I want to improve and stand out. Would it be, could it possibly be "
        "possible? If you have. Let it all go down. I wonder. To go back over the plan. "
        "Any of my own on my answers? I would like to raise it. How I went. "
        "Keen to know. It went wrong, fell short, gaps to fill, the other person, anything in my own. "
        "Just wondering. Handled it all less, tripped me, wrong with the, did I, deciding on, from me. "
    ),
    "FL201": "ta for nothing much, ta very much, Thanks, Anna Bell Cole Dee, thanks, ta, Thanks, grazie mille, merci beaucoup, ",
}


@pytest.mark.parametrize("code", sorted(_GROWTH_UNITS))
def test_the_new_wordings_grow_linearly(linter: Linter, code: str) -> None:
    assert_grows_linearly(
        linter,
        code.split()[0],
        lambda n: prepared_input(linter, _GROWTH_UNITS[code] * (3 * n), purpose="rejection-reply"),
        code,
    )

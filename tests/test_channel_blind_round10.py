"""Blind probes of the channel and length rules, round 10 (G-CHANNEL, G-CONCISE).  Every draft was written for
this test, in wordings not found elsewhere in tests/, with the verdict a reader would give it under
tests/corpus/calibration/LABELLING.md, before the linter ran on it; none comes from the corpus.

A probe is ``(id, channel, bad, context, text)``: ``bad`` is whether the draft falls short of the item its group
tests (G-CHANNEL for calls, LinkedIn notes and paper; G-CONCISE for the length group).  A good probe must stay
quiet on both items at warning or above; a bad one must draw a warning or error citing its item.  The channel is
given, as the writer knows it; ``linkedin_connected`` is in the context where the probe is a connection request
(False) or a message to a connection (True).

Counts, written before any change (70 probes): 10 misjudged before.  Calls 4 of 25 (bad missed: a number
"you've got" and one "on file", two cold calls through the switchboard; good flagged: none); LinkedIn 4 of 15
(bad missed: four chases after unanswered e-mails); letters and cards 0 of 15; length 2 of 15 (good flagged: a
156-word formal rejection-reply letter, a rant labelled only for tone).  After the round's changes (FL128 call-cold-or-no-message, FL125's
round-10 patterns, FL115's letter limit and its quiet on hostile drafts): 0 of 70.
"""

from __future__ import annotations

import pytest
from check_timing import assert_grows_linearly, prepared_input

from followup_lint import Config, Linter

_DEPOT = {
    "company": "Harbour Freight Services",
    "role": "Transport Planner",
    "interviewers": ["Gareth Okafor"],
    "interview_date": "2026-11-24",
}
_CLINIC = {
    "company": "Westbrook Vet Clinic",
    "role": "Veterinary Receptionist",
    "interviewers": ["Ines Varga"],
    "interview_date": "2026-11-20",
}
_STUDIO = {
    "company": "Pale Lantern Games",
    "role": "Level Designer",
    "interviewers": ["Omar Siddiqui", "Bea Lindqvist"],
    "interview_date": "2026-11-26",
}
_TRUST = {
    "company": "Fenwick Housing Trust",
    "role": "Tenancy Officer",
    "interviewers": ["Margaret Dale"],
    "interview_date": "2026-11-17",
}

# --- calls and voicemails ---------------------------------------------------------------------------------------
CALLS = [
    # good: short scripts ready for voicemail, live calls with their turns, calls the reader arranged
    (
        "c01",
        False,
        _DEPOT,
        "Hello Mr. Okafor, this is Lina Petrova. I interviewed on Tuesday for the Transport Planner post, and I'm ringing to ask whether a decision has been reached. I'm still very keen. My number is 07700 900314 - again, 07700 900314. Thank you, goodbye.",
    ),
    (
        "c02",
        False,
        _CLINIC,
        "Hi Ines, it's Tom Akers, calling to thank you for this morning's interview for the receptionist job. I loved meeting the nursing team. If you need anything from me, I'm on oh-seven-seven-oh-oh, nine-double-oh, two-one-two. Thanks, bye.",
    ),
    (
        "c03",
        False,
        _DEPOT,
        "Hi, is that Gareth? ... Great. It's Tom Akers, I came in for the planner role on Monday. Is now a good time for a quick question? ... Thanks. I wanted to ask roughly when you expect to decide. ... That's really helpful, thank you. I'll keep an eye on my inbox. Bye for now.",
    ),
    (
        "c04",
        False,
        _CLINIC,
        "Hello Ms. Varga, it's Nadia Kim returning your call about the receptionist job. Thank you for letting me know personally. Would you have a couple of minutes for some feedback on my interview? ... Thank you, that's useful. I'd be glad to be considered for future openings.",
    ),
    (
        "c05",
        False,
        _TRUST,
        "Good morning Ms. Dale, Peter Ng here, one of the candidates for the tenancy officer post, interviewed on the 17th. I'm just checking in on the timeline, as I'm still very interested. You can reach me on 0161 496 0732. Many thanks.",
    ),
    (
        "c06",
        False,
        _DEPOT,
        "Hi, could you put me through to Mr. Okafor, please? He asked me to ring him at two about the planner job. It's Aisha Bello. ... Thank you. ... Hello Mr. Okafor, Aisha Bello as arranged - thanks for making the time.",
    ),
    (
        "c07",
        False,
        _STUDIO,
        "Hello, could I speak to Bea Lindqvist, please? ... Hi Bea, it's Sam Cole, I interviewed for the level designer role last Thursday. Have you got a minute? ... Thanks. I just wanted to check whether there's any news, and to say I'm still very keen. ... Lovely, thanks Bea, speak soon.",
    ),
    (
        "c08",
        False,
        _TRUST,
        "If I get her voicemail: Hello Ms. Dale, this is Kofi Mensah about the Tenancy Officer interview on the 17th. I'm calling to see whether there's an update on the decision. My number is 07911 402 558. Thank you.\nIf she picks up: ask whether now is a good time, then the same question.",
    ),
    (
        "c09",
        False,
        _CLINIC,
        "Hi Ines, Hannah Lowe here - the receptionist at the front desk kindly gave me your direct line. I interviewed on the 20th for the veterinary receptionist post and wanted to ask if there's any news yet. I'm on 07700 900 118. Thanks so much.",
    ),
    (
        "c10",
        False,
        _STUDIO,
        "Hello Omar, it's Jun Park from Thursday's level designer interview. Thanks again for walking me through the greybox reviews. I'm calling to ask about next steps, and I'll send a short e-mail too. My mobile is 07520 334 901. Cheers, bye.",
    ),
    # bad: the number left out with a pointer to where the reader "already has" it
    (
        "c11",
        True,
        _DEPOT,
        "Hi Gareth, it's Dev Malik about the planner job. Just seeing whether you'd decided anything yet. You've got my number. Cheers.",
    ),
    (
        "c12",
        True,
        _CLINIC,
        "Hello, Lena Fischer for Ms. Varga, regarding the receptionist interview on Friday. I'm hoping to hear where things stand. My details are all on the application form, so give me a ring when you can. Thanks.",
    ),
    (
        "c13",
        True,
        _TRUST,
        "Hi Margaret, Ravi Shah again about the tenancy officer vacancy, wondering if there's any news. Same number as before. Bye.",
    ),
    (
        "c14",
        True,
        _STUDIO,
        "Hello Mr. Siddiqui, it's Carla Ruiz, I interviewed for the level designer position. I'm ringing to follow up on the decision. Please call me back on the number you have on file. Thank you.",
    ),
    (
        "c15",
        True,
        _DEPOT,
        "Hi Mr. Okafor, Jamie Boyd calling about the transport planner interview. Checking in to see how things are going. You'll find my mobile on my CV. Thanks a lot.",
    ),
    # bad: cold calls through reception or the switchboard
    (
        "c16",
        True,
        _DEPOT,
        "Good afternoon, could you transfer me to the head of transport? I interviewed for the planner job last week and I'd like to ask him directly how it went. ... It's Jamie Boyd.",
    ),
    (
        "c17",
        True,
        _STUDIO,
        "Hi, I'm after whoever is hiring for the level designer role - can you connect me? ... No, I don't have a name, just whoever ran the interviews. It's Dan Reyes and I'd like to know where I stand.",
    ),
    (
        "c18",
        True,
        _TRUST,
        "Hello reception, could I be put through to Ms. Dale in housing, please? It's about a job. ... Thanks, I'll hold. ... Hi Ms. Dale, Ravi Shah here, I was hoping you could tell me whether I got the tenancy officer post.",
    ),
    # bad: refusing to leave a message
    (
        "c19",
        True,
        _CLINIC,
        "Hi, is Ines there? ... No, I'd rather not leave a message, I'll just keep trying until I catch her. What time is she usually back at her desk? It's Nadia Kim, about the receptionist interview.",
    ),
    (
        "c20",
        True,
        _DEPOT,
        "Hello, it's Dev Malik for Gareth Okafor, about the planner interview. ... He's out? Then I won't leave a message, I'll hang on and call again in an hour, and again after that if I need to.",
    ),
    # bad: no name and no number
    (
        "c21",
        True,
        _CLINIC,
        "Hiya, just ringing about the job, wondering if there's any news yet. Ring me back when you get a sec. Thanks!",
    ),
    # bad: a letter read aloud, a ramble
    (
        "c22",
        True,
        _TRUST,
        "Dear Ms. Dale. I am writing, well, calling, to express my sincere gratitude for the opportunity to interview for the position of Tenancy Officer with Fenwick Housing Trust on the seventeenth of November. Our discussion of the arrears process and the new estate walkabouts confirmed my strong interest in the role. In my four years at Eastgate Homes I managed a patch of three hundred homes, reduced arrears by a tenth and led the move to tablets for inspections. I believe these experiences would allow me to contribute from the very first day. Furthermore, I would welcome the chance to discuss how my mediation training could support your anti-social behaviour team. Please do not hesitate to contact me should you require any further information. Yours sincerely, Ravi Shah, 07911 402 558.",
    ),
    (
        "c23",
        True,
        _STUDIO,
        "Hey Omar, it's Jun Park, from the interview, the level designer one. So I was driving home after and I kept thinking about the puzzle room question, and honestly I think I got it backwards, because what I meant was the player should see the exit first and then the key, not the other way round, which is how we did it on my student project, the one with the lighthouse, which by the way won a prize at the regional jam, though that was mostly the art to be fair, and anyway I also meant to ask about the crunch policy but it felt weird to ask, so yeah, maybe ring me and we can talk about all of that, my number is 07520 334 901. Cheers.",
    ),
    (
        "c24",
        True,
        _DEPOT,
        "Hi Gareth, it's Lina Petrova about the planner post. I know HR asked candidates to wait to be contacted, but I didn't want to wait for a letter, so could you tell me now whether I'm through? My number's 07700 900314.",
    ),
    (
        "c25",
        False,
        _CLINIC,
        "Good afternoon, Ms. Varga, this is Kemi Ade. Thank you again for Friday's interview for the veterinary receptionist role; I enjoyed hearing how you run the evening clinic. I'm calling to ask whether there's an update. You can reach me at 020 7946 0381. Thank you and have a good day.",
    ),
]

# --- LinkedIn ---------------------------------------------------------------------------------------------------
_REQ = False  # a connection request
_MSG = True  # a message to a connection
LINKEDIN = [
    # good
    (
        "l01",
        False,
        _REQ,
        _STUDIO,
        "Hi Omar, thanks for the chat about the level designer role today - I'd be glad to connect.",
    ),
    (
        "l02",
        False,
        _MSG,
        _DEPOT,
        "Hi Gareth, I hope the depot move went smoothly. I wanted to check in on the transport planner role, as I'm still very keen and would welcome any news on timing when you have it. Thanks again for Tuesday's interview and the tour of the yard. Best, Lina",
    ),
    (
        "l03",
        False,
        _MSG,
        _CLINIC,
        "Hi Ines, thanks for your message last week about the timeline. Just checking whether it's still on track - no rush at all. Best, Hannah",
    ),
    (
        "l04",
        False,
        _MSG,
        _STUDIO,
        "Thanks for reaching out here, Bea. I've sent the references you asked for by e-mail this morning, and I'm free for a call on Thursday if that helps.",
    ),
    (
        "l05",
        False,
        _MSG,
        _TRUST,
        "Hi Margaret, I saw your post about the new tenant forum - congratulations on the launch. I'm still very interested in the tenancy officer post and would love to hear about next steps when you have them.",
    ),
    (
        "l06",
        False,
        _REQ,
        _DEPOT,
        "Hi Gareth, thank you for Tuesday's interview for the planner role. I enjoyed hearing about the new routing software and would be glad to stay connected while you decide. Best wishes, Lina",
    ),
    (
        "l07",
        False,
        _MSG,
        _CLINIC,
        "Hi Ines, I've just replied to your e-mail with my availability for the second interview - thanks for the quick turnaround!",
    ),
    (
        "l08",
        False,
        _MSG,
        _STUDIO,
        "Thanks for getting in touch on here, Omar! Yes, I'm still very interested in the level designer role, and Thursday afternoon works well for a call.",
    ),
    # bad: a whole letter in a connection request
    (
        "l09",
        True,
        _REQ,
        _TRUST,
        "Dear Ms. Dale, thank you very much for the opportunity to interview for the Tenancy Officer position on 17 November. I particularly enjoyed our discussion of the arrears process and the estate walkabouts, which match my four years of housing experience at Eastgate Homes. I remain very interested in the role and look forward to hearing about next steps. Kind regards, Ravi Shah",
    ),
    (
        "l10",
        True,
        _REQ,
        _STUDIO,
        "Hi Bea! Thanks so much for the interview on Thursday, it was great to see the greybox reviews and to hear how the team tests puzzle rooms. I've attached nothing here as LinkedIn won't let me, but my portfolio has the lighthouse project we talked about. I'm really keen on the role and hope to hear soon. Jun",
    ),
    # bad: a LinkedIn message chasing unanswered e-mails
    (
        "l11",
        True,
        _MSG,
        _DEPOT,
        "Hi Gareth, I've e-mailed a few times about the planner job and heard nothing back, so I'm trying LinkedIn. Any news?",
    ),
    (
        "l12",
        True,
        _MSG,
        _CLINIC,
        "Hi Ines, not sure my e-mails are reaching you - I sent one on the 24th and another on the 1st. Is there any news on the receptionist role?",
    ),
    (
        "l13",
        True,
        _MSG,
        _TRUST,
        "Hello Margaret, following up here as my e-mail last week went unanswered. Is the tenancy officer post still open?",
    ),
    (
        "l14",
        True,
        _MSG,
        _STUDIO,
        "Hi Omar - sorry to message you here as well, I know I've already e-mailed twice, but I haven't had a response yet and wanted to check on the level designer role.",
    ),
    (
        "l15",
        True,
        _MSG,
        _DEPOT,
        "Hi Gareth, since my follow-up e-mail seems to have slipped through the cracks, I thought I'd reach out on here instead. Has a decision been made?",
    ),
]

# --- letters and cards ------------------------------------------------------------------------------------------
PAPER = [
    # good: formal letters
    (
        "p01",
        False,
        _TRUST,
        "14 Mill Lane\nFenwick FN3 2PL\n\n19 November 2026\n\nMs. Margaret Dale\nFenwick Housing Trust\n2 Castle Row\nFenwick FN1 1AB\n\nDear Ms. Dale,\n\nThank you for the interview for the Tenancy Officer post on 17 November. I valued our discussion of the estate walkabouts, and it confirmed my interest in joining the Trust. I look forward to hearing about the next stage.\n\nYours sincerely,\n\nRavi Shah\n07911 402 558",
    ),
    (
        "p02",
        False,
        _DEPOT,
        "8 Quay Terrace\nPortside PS2 4QT\n\nMr. Gareth Okafor\nHarbour Freight Services\nDock Road\nPortside PS1 9DD\n\nDear Mr. Okafor,\n\nThank you for meeting me on Tuesday about the Transport Planner role. I enjoyed seeing the new routing screens and would welcome the chance to join your team. I look forward to your decision.\n\nRespectfully yours,\n\nLina Petrova",
    ),
    (
        "p03",
        False,
        _CLINIC,
        "5 Elm Close\nWestbrook WB4 7EC\n\n21 November 2026\n\nDear Ms. Varga,\n\nFurther to yesterday's interview, I write to thank you for your time and for the tour of the surgery. I remain very interested in the receptionist post and hope to hear from you soon.\n\nKind regards,\n\nHannah Lowe\nhannah.lowe@example.com",
    ),
    # good: informal cards, which must not get letter-formality warnings
    (
        "p04",
        False,
        _CLINIC,
        "Dear Ines,\n\nThank you for showing me round the clinic on Friday - the cat ward was a lovely surprise. I'd love to be part of the front desk team.\n\nWarm wishes,\nBeth Amos\n07700 900551",
    ),
    (
        "p05",
        False,
        _STUDIO,
        "Bea,\n\nThanks so much for Thursday and for the tour of the playtest room. I'm really keen on the level designer role.\n\nAll the best,\nOlu Ade\nolu.ade@example.com",
    ),
    (
        "p06",
        False,
        _DEPOT,
        "Dear Mr. Okafor,\n\nA short card to thank you for the interview and the walk round the yard. I would be glad to join the planning team.\n\nWith thanks,\nElla Moss\n07520 118 443",
    ),
    (
        "p07",
        False,
        _TRUST,
        "Dear Margaret,\n\nI've left this card at reception to say thank you for Monday. It was good to hear about the tenant forum, and I hope to hear from you soon.\n\nBest wishes,\nKofi Mensah\n07911 020 774",
    ),
    (
        "p08",
        False,
        _STUDIO,
        "Dear Omar,\n\nThank you for your time on Thursday and for the honest answers about crunch. I'm keen to bring my puzzle design to the team.\n\nKind regards,\nJun Park\njun.park@example.com",
    ),
    # bad: a "letter" that is a chatty e-mail, not formal
    (
        "p09",
        True,
        _STUDIO,
        "Hey Omar!!\n\nSo great to meet you yesterday, seriously what a day. The playtest room is amazing lol. Hope I get it!!\n\nLater,\nJun",
    ),
    (
        "p10",
        True,
        _TRUST,
        "16 Mill Lane\nFenwick FN3 2PL\n\n18 November 2026\n\nHi Margaret,\n\nThanks loads for yesterday, it was a blast. Give me a shout when you've decided!\n\nCheers,\nRavi",
    ),
    (
        "p11",
        True,
        _DEPOT,
        "Hello there, team!\n\nJust a quick letter to say cheers for having me in. Loved the yard, loved the trucks. Fingers crossed!\n\nLina x",
    ),
    (
        "p12",
        True,
        _CLINIC,
        "Yo Ines,\n\nThanks for the chat! The clinic is super cute. Hope to hear back soon!\n\nHannah",
    ),
    (
        "p13",
        True,
        _TRUST,
        "2 Abbey Road\nFenwick FN2 8AR\n\nMs. Margaret Dale\nFenwick Housing Trust\n2 Castle Row\nFenwick FN1 1AB\n\nDear Ms. Dale,\n\nThank you for the interview on the 17th. I enjoyed it a lot.\n\nCatch you later,\nKofi",
    ),
    (
        "p14",
        True,
        _STUDIO,
        "Hiya Bea,\n\nWanted to send a proper letter to say ta for Thursday! Honestly one of the chillest interviews ever. Hope you pick me haha.\n\nByeee,\nDan",
    ),
    (
        "p15",
        False,
        _CLINIC,
        "Dear Ms. Varga,\n\nThank you for the interview for the veterinary receptionist post. I enjoyed hearing how the evening clinic runs, and I am keen to join the team.\n\nYours sincerely,\nKemi Ade\n020 7946 0381",
    ),
]


# --- length: long-but-fine against padded -------------------------------------------------------------------------
def _words(n: int, sentence: str) -> str:
    """``sentence`` repeated up to about ``n`` words (a helper for the padded drafts only)."""
    out: list[str] = []
    while len(out) < n:
        out.extend(sentence.split())
    return " ".join(out[:n])


LENGTH = [
    # good: long but fine
    (
        "s01",
        False,
        "email",
        _DEPOT,
        "Subject: Thank you - Transport Planner interview\n\nDear Mr. Okafor,\n\nThank you for meeting me on Tuesday to discuss the Transport Planner role. I especially enjoyed seeing the routing screens in the control room and hearing how the team balances the early trunk runs with the afternoon multi-drop rounds.\n\nAt Coastway Logistics I planned forty vehicles a day across two depots and cut empty running by about a sixth by pairing backhauls with supplier collections, so the challenge you described of growing the contract work without adding vans is one I know well. I would be glad to bring that experience to Harbour Freight.\n\nI also appreciated your candour about the winter peak; it helped me picture the job as it really is. Please let me know if I can send anything further, such as references or a sample weekly plan.\n\nI look forward to hearing about the next steps.\n\nKind regards,\nLina Petrova\n07700 900314",
    ),
    (
        "s02",
        False,
        "email",
        _CLINIC,
        "Subject: Veterinary Receptionist - checking in\n\nDear Ms. Varga,\n\nI hope the week has gone well at the clinic. I am writing to follow up on my interview on 20 November for the Veterinary Receptionist role. You mentioned that you hoped to decide by the end of this week, so I wanted to check whether there is any update on the timeline.\n\nI remain very interested in joining the front desk team, particularly after seeing how calmly your staff handled the evening emergency while I was there. If it would help, I can send my first-aid certificate or a second reference.\n\nThank you again for your time.\n\nKind regards,\nHannah Lowe",
    ),
    (
        "s03",
        False,
        "email",
        _STUDIO,
        "Subject: Re: Level Designer role\n\nHi Omar,\n\nThank you for letting me know, and for taking the time to call as well as write. I'm disappointed, of course, but I really enjoyed the interview and learned a lot from the greybox review exercise.\n\nIf you have a few minutes at some point, I'd be grateful for any feedback on where my portfolio or the exercise fell short, so I can work on it. I'd also love to be considered for future design openings at Pale Lantern.\n\nThanks again to you and Bea for your time.\n\nBest,\nJun Park",
    ),
    (
        "s04",
        False,
        "letter",
        _TRUST,
        "14 Mill Lane\nFenwick FN3 2PL\n\n2 December 2026\n\nMs. Margaret Dale\nFenwick Housing Trust\n2 Castle Row\nFenwick FN1 1AB\n\nDear Ms. Dale,\n\nThank you for your letter of 28 November letting me know the outcome of my interview for the Tenancy Officer post. Although I am naturally disappointed, I am grateful for the care the panel took over the process and for the time you gave me on the day.\n\nI would value any feedback you are able to share, in particular on the case-study exercise, which I found the most demanding part of the day. I am keen to strengthen my answers on arrears recovery and on working with vulnerable tenants before I apply again.\n\nI remain very interested in working for the Trust and would be glad to be considered for future tenancy or neighbourhood roles. Please pass on my thanks to the other members of the panel.\n\nYours sincerely,\n\nRavi Shah",
    ),
    (
        "s05",
        False,
        "email",
        _DEPOT,
        "Subject: Transport Planner - an offer elsewhere\n\nDear Mr. Okafor,\n\nThank you again for Tuesday's interview. I wanted to let you know, courteously and not as pressure, that I have received an offer from another firm and have been asked to reply by Friday 4 December.\n\nHarbour Freight remains my first choice: the contract work you described is exactly what I want to do next, and I enjoyed meeting the planners. If your timeline allows, I would be grateful to know whether a decision is likely before then. If not, I entirely understand and will decide on what I have.\n\nThank you for your time and consideration.\n\nKind regards,\nLina Petrova\n07700 900314",
    ),
    # good: a rant labelled only for tone (long because it is hostile): no G-CONCISE
    (
        "s06",
        False,
        "email",
        _CLINIC,
        "Subject: Your decision\n\nMs. Varga,\n\nI got your two-line rejection this morning and frankly it is an insult. I gave up a full day of paid work to sit in your waiting room for forty minutes, answer the same questions three times and then watch you take a phone call in the middle of my interview. Your practice manager could not even remember which job I had applied for. Now you tell me the panel has gone with someone who has 'more relevant experience', which is rubbish, because I have run a busier front desk than yours for six years. I know exactly who you hired and she is the owner's niece. Don't bother pretending this was a fair process. I will be telling everyone I know what kind of place you run, and you can expect a review that says so. Frankly you should be ashamed of how you treat people who take the trouble to apply.\n\nHannah",
    ),
    (
        "s07",
        False,
        "email",
        _DEPOT,
        "Subject: Planner job??\n\nGareth,\n\nThis is now the third time I've had to chase you and I'm sick of it. You told me to my face that I'd hear by Friday. It's Wednesday. Do you people not own a calendar? I turned down a shift to come to your interview, I sat through your pointless tour of a car park, and I answered your ridiculous question about what animal I'd be. The least you could do is pick up the phone or answer an e-mail like a grown-up. I'm not some kid who'll just wait around. If I don't hear something by tomorrow lunchtime I'll assume you're too disorganised to run a depot and I'll take my skills somewhere that respects them. Honestly, it's pathetic. Sort it out.\n\nLina",
    ),
    # bad: padded, well past what the purpose needs
    (
        "s08",
        True,
        "email",
        _STUDIO,
        "Subject: Checking in - Level Designer\n\nHi Omar,\n\nI hope you're well. I'm writing to check in on the level designer role. Since we spoke I've been thinking a lot about my journey into games. I started making maps for shooters when I was twelve, then moved on to puzzle games at college, where I learned a lot about pacing, then spent a summer at a mobile studio where I built forty levels for a match-three game, then did a master's where I wrote a dissertation on wayfinding, then worked at a VR start-up for a year, then freelanced. Along the way I've used Unity, Unreal, Godot, Blender, Houdini, Hammer and my own tools, and I've taught workshops, judged jams, run a podcast and written a blog about level flow. I also love board games, escape rooms and hiking, which I think all feed into my sense of space. I mention all this so you have the complete picture before the panel decides. I'd love to know where things stand and whether you need anything else from me, such as more samples, references, a design test, or a call with the rest of the team at any point next week.\n\nThanks,\nJun",
    ),
    (
        "s09",
        True,
        "email",
        _TRUST,
        "Subject: Re: Tenancy Officer\n\nDear Ms. Dale,\n\nThank you for your e-mail. I have to say I was really surprised by the news, because I had felt so sure after the interview, and I had already told my partner and my mum that I thought it had gone well. I had even looked at bus routes to your office and worked out childcare for the early starts. I know that isn't your concern and I do understand that you had a lot of strong candidates. I keep going back over the case study in my head and I think I may have rushed the part about arrears, and maybe I talked too much about my last job, and possibly I didn't make enough eye contact with the gentleman on the left. I also wonder if I should have asked more questions at the end, because I only asked two. Anyway, I would be so grateful for any feedback at all, however small, and I really hope you will keep me in mind for anything else that comes up, even temporary or part-time, because I would genuinely love to work for the Trust.\n\nKind regards,\nKofi Mensah",
    ),
    (
        "s10",
        True,
        "email",
        _DEPOT,
        "Subject: Thank you - Transport Planner interview\n\nDear Mr. Okafor,\n\n"
        + _words(
            320,
            "Thank you again for the interview and for everything you showed me of the control room, the yard, the routing software, the team and the plans for the contract work, all of which made me even keener on the role, as I explained at length in the interview and explain again here.",
        )
        + "\n\nKind regards,\nLina Petrova",
    ),
    (
        "s11",
        True,
        "email",
        _CLINIC,
        "Subject: Following up on my interview\n\nDear Ms. Varga,\n\nI am writing to follow up on my interview for the receptionist role. To recap, I have worked in customer service for nine years, first in a bakery, then a bank, then a hotel, then a dental surgery, then a gym, and I have handled phones, bookings, complaints, cash, stock, rotas and training in each of them. I am reliable, punctual, friendly, organised, calm under pressure, good with animals and good with people, and I have a full driving licence, a first-aid certificate, a food hygiene certificate and a manual handling certificate. I have two cats, a rabbit and a tortoise, and I volunteer at a rescue centre on Sundays. I am available to start immediately and can work any shifts, weekends and bank holidays included. My references are from my last three managers, who will all confirm everything above. I would really appreciate an update at your earliest convenience on where you are with the decision, and whether there is anything else at all that I can provide to support my application.\n\nKind regards,\nHannah Lowe",
    ),
    (
        "s12",
        False,
        "linkedin",
        _STUDIO,
        "Hi Bea, thanks again for Thursday. I've been mulling over your question about the tutorial level, and I think I'd now answer it differently: I'd teach the grapple with a dead end rather than a prompt. I'm still very keen on the role and would love to hear about next steps when you have them. Jun",
    ),
    (
        "s13",
        False,
        "email",
        _TRUST,
        "Subject: Tenancy Officer - status\n\nDear Ms. Dale,\n\nI hope you are well. I interviewed for the Tenancy Officer post on 17 November, and as the two weeks you mentioned have now passed, I wanted to ask politely whether there is any news on the decision or a likely date.\n\nI am still very interested in the role, especially the estate walkabouts, and would be happy to provide anything else the panel needs.\n\nThank you for your time.\n\nYours sincerely,\nRavi Shah\n07911 402 558",
    ),
    (
        "s14",
        True,
        "letter",
        _STUDIO,
        "Dear Mr. Siddiqui,\n\nThank you for your letter. I am writing to reply in full, because I feel I owe you a complete account of my thinking. When I read that the panel had chosen another candidate, I felt a mixture of disappointment and relief: disappointment because I had hoped to join, relief because the waiting was over. I then spent the evening rereading my portfolio, my cover letter, my notes from the interview and the job description, comparing each against the others, and I made a list of eleven things I could have done better, from my answer on tutorial design to my choice of shirt. I have since discussed the list with my tutor, my former manager and two friends in the industry, and they each had a different view. I would be most grateful if you could tell me which of the eleven matter most, or whether there is a twelfth I have missed, and I would welcome a call to go through them. I also hope you will consider me again in future, for any role at all.\n\nYours sincerely,\nJun Park",
    ),
    (
        "s15",
        False,
        "email",
        _CLINIC,
        "Subject: Re: Veterinary Receptionist\n\nDear Ms. Varga,\n\nThank you for letting me know, and for the kind words about my interview. I'm disappointed but I understand. If you have a moment, I would value any feedback, and I'd be glad to be considered if another receptionist post opens.\n\nKind regards,\nHannah Lowe",
    ),
]

_PURPOSES = {"s02": "status-check", "s03": "rejection-reply", "s04": "rejection-reply", "s05": "status-check",
             "s06": "rejection-reply", "s07": "status-check", "s08": "status-check", "s09": "rejection-reply",
             "s11": "status-check", "s12": "thank-you", "s13": "status-check", "s14": "rejection-reply",
             "s15": "rejection-reply"}  # fmt: skip

# the probes misjudged before the fix (filled in after the first run)
MISJUDGED: set[str] = set()  # before: c11, c14, c16, c17, l11, l12, l13, l15, s04, s06


def _flagged(report: object, item: str) -> list[str]:
    return [
        f"{f.code}:{f.severity}"
        for f in report.findings  # type: ignore[attr-defined]
        if item in f.guidance and f.severity in ("warning", "error")
    ]


def _mark(pid: str) -> list[object]:
    return [pytest.mark.xfail(strict=True, reason="misjudged")] if pid in MISJUDGED else []


def _check(report: object, bad: bool, item: str) -> None:
    hits = _flagged(report, item)
    if bad:
        assert hits, f"{item} not flagged"
    else:
        quiet = hits + _flagged(report, "G-CONCISE" if item == "G-CHANNEL" else "G-CHANNEL")
        assert not quiet, quiet


@pytest.mark.parametrize(("bad", "context", "text"), [pytest.param(*c[1:], id=c[0], marks=_mark(c[0])) for c in CALLS])
def test_calls(linter: Linter, bad: bool, context: dict[str, object], text: str) -> None:
    _check(linter.lint(text, context=context, channel="call"), bad, "G-CHANNEL")


@pytest.mark.parametrize(
    ("bad", "connected", "context", "text"),
    [pytest.param(*c[1:], id=c[0], marks=_mark(c[0])) for c in LINKEDIN],
)
def test_linkedin(linter: Linter, bad: bool, connected: bool, context: dict[str, object], text: str) -> None:
    report = linter.lint(text, context={**context, "linkedin_connected": connected}, channel="linkedin")
    _check(report, bad, "G-CHANNEL")


@pytest.mark.parametrize(("bad", "context", "text"), [pytest.param(*c[1:], id=c[0], marks=_mark(c[0])) for c in PAPER])
def test_letters_and_cards(linter: Linter, bad: bool, context: dict[str, object], text: str) -> None:
    _check(linter.lint(text, context=context, channel="letter"), bad, "G-CHANNEL")


@pytest.mark.parametrize(
    ("pid", "bad", "channel", "context", "text"),
    [pytest.param(c[0], *c[1:], id=c[0], marks=_mark(c[0])) for c in LENGTH],
)
def test_length(linter: Linter, pid: str, bad: bool, channel: str, context: dict[str, object], text: str) -> None:
    extra = {"linkedin_connected": True} if channel == "linkedin" else {}
    report = linter.lint(text, context={**context, **extra}, channel=channel, purpose=_PURPOSES.get(pid, "thank-you"))
    hits = _flagged(report, "G-CONCISE")
    assert bool(hits) == bad, hits


# Growth: FL128's families (switchboard, no message, number left to be looked up) and FL125's round-10 chase
# patterns cost time linear in the draft (1x, 10x, 100x of units full of near misses: each family's opening
# words with no ending, digits after a deferral, long runs without a full stop).
_GROWTH = {
    ("FL128", "call"): {
        "near misses": "put me through to the next round and he asked me to ring you've got my number 0770 "
        "my number is on the same number of whoever is keep trying call me back it's on my "
        "get transferred to the next round anyone there who can don't worry about ",
        "no stops": "could you transfer me to someone in charge of hiring, I won't leave a message, I'll keep calling "
        "till, same number as before, my details are on the form, ",
    },
    ("FL125", "linkedin"): {
        "near misses": "I e-mailed you about the role and not sure my e-mails are my e-mail last week went reach out on here "
        "three e-mails and a voicemail my e-mail doesn't seem to have got a ",
        "no stops": "e-mailed the team, called, written, wrote, chased, and nothing back, not sure if my messages are really ",
    },
}


@pytest.mark.parametrize(
    ("code", "channel", "shape"), [(code, ch, shape) for (code, ch), shapes in _GROWTH.items() for shape in shapes]
)
def test_round10_patterns_grow_linearly(linter: Linter, code: str, channel: str, shape: str) -> None:
    unit = _GROWTH[(code, channel)][shape]
    assert_grows_linearly(
        linter, code, lambda n: prepared_input(linter, unit * (3 * n), channel=channel), f"{code} {shape}"
    )


# A second batch, written after the round's changes as a measurement (fresh wordings; look-alikes that must stay
# quiet as much as misses): 3 of 13 misjudged when measured (good flagged: d01, FL121 not hearing "Owen Hale calling"
# as a name; bad missed: d12 "doesn't seem to have got a reply", d13 "three e-mails and a voicemail later"), 0 after
# the batch's own fixes.  d06, d07 and d09 were judged right then, by FL121 alone; FL128 now names their cause too.
_BUILD = {
    "company": "Greyline Construction",
    "role": "Site Engineer",
    "interviewers": ["Tom Reilly"],
    "interview_date": "2026-11-23",
}
SECOND = [
    (
        "d01",
        "call",
        False,
        _BUILD,
        "Hi Mr. Reilly, Owen Hale calling about the site engineer job I interviewed for on Monday. I wanted to check on the timeline for a decision. My number is 07700 900661. Thanks very much.",
    ),
    (
        "d02",
        "call",
        False,
        _BUILD,
        "Hello, this is Mia Cho for Mr. Reilly - we spoke on Monday about the site engineer role, and he said to ring his line if I had questions. Is he about? ... Hi Mr. Reilly, thanks for taking my call.",
    ),
    (
        "d03",
        "call",
        False,
        _BUILD,
        "Hi Tom, it's Rosa Diaz. You have my number from the agency, but just in case, it's 07911 883210. I'm ringing to follow up on Monday's site engineer interview. Thanks.",
    ),
    (
        "d04",
        "call",
        False,
        _BUILD,
        "Hello Mr. Reilly, this is Femi Bello returning your call from this morning about the site engineer job. Sorry I missed you - I'm free all afternoon on 0161 496 0990.",
    ),
    (
        "d05",
        "call",
        False,
        _BUILD,
        "Hi Tom, it's Arun Rao from Monday's interview. Reception said you'd be free after three, so I'm trying you now. I just wanted to ask about next steps for the site engineer post. I'm on 07700 900224. Thanks.",
    ),
    (
        "d06",
        "call",
        True,
        _BUILD,
        "Hi, could I get transferred to the manager who interviewed people for the site engineer job last week? I don't know his name. It's Ola Ade.",
    ),
    (
        "d07",
        "call",
        True,
        _BUILD,
        "Hello, I'm calling the main office - is there anyone there who can tell me if I got the site engineer job? My name's Ola Ade.",
    ),
    (
        "d08",
        "call",
        True,
        _BUILD,
        "Hi Tom, it's Priya Nair about the site engineer post, wondering if there's any news. Ring me back when you can - the number's on my application. Ta.",
    ),
    (
        "d09",
        "call",
        True,
        _BUILD,
        "Hello, is Tom Reilly in? ... No, don't worry about a message, I'll ring back later, and later again if I have to. It's Priya Nair, about the site engineer job.",
    ),
    (
        "d10",
        "linkedin",
        False,
        _BUILD,
        "Hi Tom, I've sent my portfolio link by e-mail as you asked - thanks again for Monday's interview!",
    ),
    (
        "d11",
        "linkedin",
        False,
        _BUILD,
        "Hi Tom, I e-mailed you my thanks on Friday, but wanted to say here too how much I enjoyed meeting the site team.",
    ),
    (
        "d12",
        "linkedin",
        True,
        _BUILD,
        "Hi Tom, my e-mail from the 25th doesn't seem to have got a reply, so I'm following up here. Any update on the site engineer role?",
    ),
    (
        "d13",
        "linkedin",
        True,
        _BUILD,
        "Hello Tom - three e-mails and a voicemail later, I'm still in the dark about the site engineer role. Could you let me know here?",
    ),
]
SECOND_MISJUDGED: set[str] = set()  # measured: d01, d12, d13 (3 of 13); 0 after the batch's own fixes


@pytest.mark.parametrize(
    ("channel", "bad", "context", "text"),
    [
        pytest.param(
            *c[1:],
            id=c[0],
            marks=[pytest.mark.xfail(strict=True, reason="misjudged")] if c[0] in SECOND_MISJUDGED else [],
        )
        for c in SECOND
    ],
)
def test_second_batch(linter: Linter, channel: str, bad: bool, context: dict[str, object], text: str) -> None:
    extra = {"linkedin_connected": True} if channel == "linkedin" else {}
    _check(linter.lint(text, context={**context, **extra}, channel=channel), bad, "G-CHANNEL")


# FL115's two round-10 decisions, directly: quiet on a draft a hostile rule reports as an error (the rant is labelled
# for tone), back when that rule is switched off; a posted letter's own limit (160 words), an e-mail's 125.
_LONG_POLITE = (
    "Thank you for letting me know about the decision on the transport planner post. I was sorry to hear it, "
    "but I understand the panel had a strong field. I would be grateful for any feedback you can share on the "
    "case study and the route-planning exercise, in particular on how I handled the questions about driver hours "
    "and the winter peak, which I found the hardest part of the day. I am keen to improve before the next round "
    "of applications, and I would like to be considered for any future planning roles at Harbour Freight, as the "
    "contract work you described is exactly the direction I want to take. Please pass on my thanks to the rest "
    "of the panel, and to the team in the control room for showing me the routing screens."
)


def test_fl115_keeps_a_posted_letter_to_its_own_limit(linter: Linter) -> None:
    words = len(_LONG_POLITE.split())
    assert 125 < words <= 160, words
    text = f"Dear Mr. Okafor,\n\n{_LONG_POLITE}\n\nYours sincerely,\nLina Petrova"
    by = {ch: linter.lint(text, context=_DEPOT, channel=ch, purpose="rejection-reply") for ch in ("email", "letter")}
    assert "FL115" in _codes(by["email"]) and "FL115" not in _codes(by["letter"])
    longer = f"Dear Mr. Okafor,\n\n{_LONG_POLITE} {_LONG_POLITE}\n\nYours sincerely,\nLina Petrova"
    assert "FL115" in _codes(linter.lint(longer, context=_DEPOT, channel="letter", purpose="rejection-reply"))


def test_fl115_yields_to_a_hostile_error_and_only_to_one() -> None:
    rant = next(c for c in LENGTH if c[0] == "s06")
    text, context = rant[4], rant[3]
    hostile_on = Linter().lint(text, context=context, channel="email", purpose="rejection-reply")
    assert "FL115" not in _codes(hostile_on)
    assert any(
        f.code in {"FL318", "FL322", "FL325", "FL326"} and str(f.severity) == "error" for f in hostile_on.findings
    )
    quieter = Linter(Config(ignore=["FL3"]))
    assert "FL115" in _codes(quieter.lint(text, context=context, channel="email", purpose="rejection-reply"))


def _codes(report: object) -> list[str]:
    return [f.code for f in report.findings]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "spoken",
    ["oh-seven-seven-oh-oh, nine-double-oh, two-one-two", "zero one six one, four nine six, oh seven three two"],
)
def test_fl121_hears_a_number_said_in_words(linter: Linter, spoken: str) -> None:
    text = f"Hi Ines, it's Tom Akers, calling to ask about the receptionist job. You can reach me on {spoken}. Thanks."
    assert "FL121" not in _codes(linter.lint(text, context=_CLINIC, channel="call"))
    short = "Hi Ines, it's Tom Akers, calling to ask about the receptionist job. One or two more things, then bye."
    assert "FL121" in _codes(linter.lint(short, context=_CLINIC, channel="call"))


def test_fl121_spoken_numbers_grow_linearly(linter: Linter) -> None:
    unit = "oh-seven, nine - double oh one two three four five. six seven eight nine zero one two three four five six "
    assert_grows_linearly(linter, "FL121", lambda n: prepared_input(linter, unit * (3 * n), channel="call"), "spoken")

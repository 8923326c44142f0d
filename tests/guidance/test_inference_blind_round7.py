"""Blind probes of purpose inference, round 7 (the aggregate held-out report: rejection replies read as status
checks or thank-yous, status checks read as thank-yous).  Every draft was written for this test, with the
purpose a reader would give it, before the linter ran on it; none comes from the corpus.  Each is linted as the
calibration linted its drafts: with the context (names, interview date, the day it is sent), the purpose left
to inference.

``FIRST`` (40: rejection replies in many wordings, status checks that open with thanks, thank-yous that
mention waiting): 0 missed.  ``SECOND`` (30, harder, written after ``FIRST`` ran): 5 missed before, 0 after.
The families fixed: the reasons for a decision already made, asked ("what led to the panel's decision", "how
the final decision was made"); a polite request opening no condition ("I would be grateful if you could ...");
being told where one stands is no question about it ("Appreciate you letting me know where I stand"); a chase
called a nudge ("Just nudging on this"); thanks for news of a delay ("to say it would be a little longer") is no
verdict told; the timeline asked about by any determiner ("ask about your timeline").  ``LOOK_ALIKES`` (12,
written before those fixes ran): 1 missed, an older cue that read "for explaining how the decision will be
made" as the outcome told (a decision still to come is none now); 0 after.

``THIRD`` (15, written after those fixes as a measurement): 1 missed ("I acknowledge receipt of your letter
... where my application fell down", read as a status check), 0 after: the employer's message acknowledged in
the formal way counts as thanks for being told, and where the application "fell down" as asking how to do
better (not a question about the decision).  ``THIRD_LOOK_ALIKES`` (5, written before that fix ran): 2 missed
before, 0 after: "I can see where my answer ... fell short" in a fresh thank-you (falling short now counts only
with the other ways of asking how to do better, not alone as a verdict) and "grateful to know where my
interview fell down" (read as a question about the decision).
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

_RC = {
    "company": "Kestrel Data",
    "role": "Data Analyst",
    "interviewers": ["Priya Raman", "Tom Booth"],
    "interview_date": "2026-11-10",
    "sent_at": "2026-12-02",
}
_SC = {
    "company": "Kestrel Data",
    "role": "Data Analyst",
    "interviewers": ["Priya Raman", "Tom Booth"],
    "interview_date": "2026-11-10",
    "sent_at": "2026-12-01",
}
_T0 = {
    "company": "Kestrel Data",
    "role": "Data Analyst",
    "interviewers": ["Priya Raman", "Tom Booth"],
    "interview_date": "2026-12-01",
    "sent_at": "2026-12-01",
}
_T1 = {
    "company": "Kestrel Data",
    "role": "Data Analyst",
    "interviewers": ["Priya Raman", "Tom Booth"],
    "interview_date": "2026-12-01",
    "sent_at": "2026-12-02",
}
_RC2 = {
    "company": "Kestrel Data",
    "role": "Data Analyst",
    "interviewers": ["Priya Raman", "Tom Booth"],
    "interview_date": "2026-11-25",
    "sent_at": "2026-11-28",
}

FIRST = [
    (
        "r1",
        "rejection-reply",
        _RC,
        "Hi Tom,\n\nI understand you've decided to go another way. Thanks for letting me know, and for the time you and Priya gave me.\n\nBest,\nSam",
    ),
    (
        "r2",
        "rejection-reply",
        _RC,
        "Dear Ms. Raman,\n\nThank you for the interview on 10 November, and for your note of yesterday. While I'm naturally disappointed with the outcome, I enjoyed meeting the team and would welcome any feedback you could share.\n\nKind regards,\nGrace",
    ),
    (
        "r3",
        "rejection-reply",
        _RC,
        "Hi Priya,\n\n\"We won't be moving forward at this time\" - fair enough, I appreciate the honesty. If anything similar comes up, I'd love to be considered.\n\nThanks,\nDana",
    ),
    (
        "r4",
        "rejection-reply",
        _RC,
        "Hi Tom,\n\nSorry it didn't work out on this one. It was good to meet you both, and I hope the new analyst settles in well.\n\nCheers,\nSam",
    ),
    (
        "r5",
        "rejection-reply",
        _RC,
        "Hello Priya,\n\nThanks for getting back to me with the news. Would you be willing to share what the panel felt I was missing? It would really help me with the next round of applications.\n\nBest wishes,\nDana",
    ),
    (
        "r6",
        "rejection-reply",
        _RC,
        "Hi Tom,\n\nThanks for the update. A pity, but I understand. Please do keep me in mind if another analytics role opens up in the new year.\n\nBest,\nSam",
    ),
    (
        "r7",
        "rejection-reply",
        _RC,
        "Dear Mr. Booth,\n\nThank you for informing me of your decision regarding the Data Analyst position. I wish you and the team every success.\n\nYours sincerely,\nGrace Owusu",
    ),
    (
        "r8",
        "rejection-reply",
        _RC,
        "Hi Priya,\n\nThank you again for the interview last month. I was sorry to hear the role has gone to someone else, but I learned a lot from the process.\n\nBest,\nDana",
    ),
    (
        "r9",
        "rejection-reply",
        _RC,
        "Hi Tom - got your email. Bit of a blow but totally get it, the other candidate clearly had more fintech background. All the best, Sam",
    ),
    (
        "r10",
        "rejection-reply",
        _RC,
        "Dear Priya,\n\nThank you for your call this morning. While it's not the news I hoped for, I'm grateful you took the time to tell me yourself.\n\nWarm regards,\nGrace",
    ),
    (
        "r11",
        "rejection-reply",
        _RC,
        "Hi Tom,\n\nNo problem at all, and thanks for being upfront. I'd still love to stay in touch - I'm keen on Kestrel and would happily apply again.\n\nSam",
    ),
    (
        "r12",
        "rejection-reply",
        _RC,
        "Hi Priya,\n\nI appreciate you closing the loop on the Data Analyst role. Naturally I'm a little disappointed. Could I ask whether there was one area in particular I should work on?\n\nThanks,\nDana",
    ),
    (
        "r13",
        "rejection-reply",
        _RC,
        "Dear Mr. Booth,\n\nI was disappointed to receive your email, but I fully respect the panel's choice. If a similar vacancy arises, I would be grateful to be considered.\n\nYours sincerely,\nGrace Owusu",
    ),
    (
        "r14",
        "rejection-reply",
        _RC,
        "Hi Tom,\n\nThanks for your message. Shame it's a no, but I enjoyed the case study and meeting the team. Good luck with the rest of the hiring.\n\nSam",
    ),
    (
        "r15",
        "rejection-reply",
        _RC,
        "Hi Priya, thanks for the heads-up that you've filled the position. Would love a quick chat about feedback if you have 10 minutes sometime. Dana",
    ),
    (
        "r16",
        "rejection-reply",
        _RC,
        "Dear Ms. Raman,\n\nThank you for letting me know the outcome. I hope our paths cross again.\n\nKind regards,\nGrace",
    ),
    (
        "r17",
        "rejection-reply",
        _RC,
        "Hello Tom,\n\nI understand the decision and I'm grateful for the chance to interview. If you have any pointers on how I could strengthen my SQL for future roles, I'd welcome them.\n\nBest,\nSam",
    ),
    (
        "r18",
        "rejection-reply",
        _RC,
        "Hi Priya,\n\nThanks so much for the interview and for letting me know so quickly - I know you had a strong field. I'll keep an eye on Kestrel's openings.\n\nDana",
    ),
    (
        "r19",
        "rejection-reply",
        _RC,
        "Dear Tom,\n\nThank you for taking the time to explain why I wasn't shortlisted for the final stage. Your comments on my presentation were fair and useful.\n\nBest regards,\nGrace",
    ),
    (
        "r20",
        "rejection-reply",
        _RC,
        "Hi Priya,\n\nAh, that's a pity - I was really hoping to join your team! Thanks for letting me down gently though. Please keep my CV on file.\n\nBest,\nDana",
    ),
    (
        "s1",
        "status-check",
        _SC,
        "Hi Tom,\n\nThanks again for the interview on the 10th. I wanted to see whether there's any news on the Data Analyst role, as you mentioned a decision by the end of November.\n\nBest,\nSam",
    ),
    (
        "s2",
        "status-check",
        _SC,
        "Dear Ms. Raman,\n\nThank you for your time last month. I am writing to ask whether a decision has been made on the Data Analyst position.\n\nKind regards,\nGrace",
    ),
    (
        "s3",
        "status-check",
        _SC,
        "Hi Priya,\n\nThank you so much for meeting me a couple of weeks ago - I really enjoyed it. I haven't heard anything since and just wanted to check the role is still open.\n\nDana",
    ),
    (
        "s4",
        "status-check",
        _SC,
        "Hi Tom,\n\nThanks for your patience with all my questions during the interview! I was hoping you might be able to share where things stand with the process.\n\nCheers,\nSam",
    ),
    (
        "s5",
        "status-check",
        _SC,
        "Hello Priya,\n\nThank you for the helpful conversation on 10 November. Is there an update on timing? I'm happy to provide anything else you need.\n\nBest wishes,\nDana",
    ),
    (
        "s6",
        "status-check",
        _SC,
        "Hi Tom,\n\nThanks again for last month's interview. I've had another offer come through and would be grateful to know when you expect to decide.\n\nBest,\nSam",
    ),
    (
        "s7",
        "status-check",
        _SC,
        "Dear Mr. Booth,\n\nThank you for the opportunity to interview on 10 November. As three weeks have now passed, I wondered whether you had reached a decision.\n\nYours sincerely,\nGrace",
    ),
    (
        "s8",
        "status-check",
        _SC,
        "Hi Priya, many thanks for the interview! Just checking whether you've had a chance to make a decision yet? Dana",
    ),
    (
        "s9",
        "status-check",
        _SC,
        "Hi Tom,\n\nThank you for the update last week that the panel needed more time. Has there been any movement since?\n\nThanks,\nSam",
    ),
    (
        "s10",
        "status-check",
        _SC,
        "Hi Priya,\n\nThanks for everything so far. I know the team's been busy with the quarter end; whenever you have a moment, I'd love to know how the decision is going.\n\nDana",
    ),
    (
        "t1",
        "thank-you",
        _T0,
        "Hi Tom,\n\nThank you for the interview this morning. I know you'll be deciding next week, and I look forward to hearing from you.\n\nBest,\nSam",
    ),
    (
        "t2",
        "thank-you",
        _T1,
        "Dear Ms. Raman,\n\nThank you for your time yesterday. I understand the panel will reach a decision by the end of the month, and I look forward to hearing the outcome.\n\nKind regards,\nGrace",
    ),
    (
        "t3",
        "thank-you",
        _T0,
        "Hi Priya,\n\nThanks for a great conversation today! I'll wait to hear from you about next steps - no rush at all.\n\nDana",
    ),
    (
        "t4",
        "thank-you",
        _T1,
        "Hi Tom,\n\nThank you for yesterday. I appreciated you being clear about the timeline - two weeks is no problem and I'm happy to wait.\n\nCheers,\nSam",
    ),
    (
        "t5",
        "thank-you",
        _T1,
        "Dear Mr. Booth,\n\nThank you for meeting me on Tuesday. I am excited about the role and await your decision with interest.\n\nYours sincerely,\nGrace",
    ),
    (
        "t6",
        "thank-you",
        _T0,
        "Hi Priya,\n\nThanks so much for the interview this afternoon. Fingers crossed for the decision - either way, it was a pleasure to meet you.\n\nDana",
    ),
    (
        "t7",
        "thank-you",
        _T0,
        "Hi Tom,\n\nJust a quick thank-you for today. I know you're still interviewing this week, so I'll look forward to news after that.\n\nSam",
    ),
    (
        "t8",
        "thank-you",
        _T1,
        "Hello Priya,\n\nThank you for the interview on Monday. I enjoyed learning about the churn work. I'm waiting to hear back from one other company, but Kestrel is my first choice.\n\nBest,\nDana",
    ),
    (
        "t9",
        "thank-you",
        _T0,
        "Hi Tom, thanks for your time today - really enjoyed it. Looking forward to hearing what you decide! Sam",
    ),
    (
        "t10",
        "thank-you",
        _T0,
        "Dear Ms. Raman,\n\nThank you for the second interview this morning. I know there is still a final stage to come and I look forward to it.\n\nKind regards,\nGrace",
    ),
]
SECOND = [
    ("rr1", "rejection-reply", _RC, "Hi Tom, understood - thanks anyway. Sam"),
    (
        "rr2",
        "rejection-reply",
        _RC,
        "Hi Priya,\n\nI got your note. Honestly I thought the second interview went well, so this one surprised me. Is there anything you can tell me about how the final decision was made?\n\nDana",
    ),
    (
        "rr3",
        "rejection-reply",
        _RC,
        "Dear Mr. Booth,\n\nThank you for the interview and for your prompt reply. I will continue to follow Kestrel's work and hope to apply for future roles.\n\nGrace",
    ),
    (
        "rr4",
        "rejection-reply",
        _RC,
        "Hi Tom,\n\nThanks for the call yesterday. I know it wasn't the easiest conversation to have. I'd still be glad to hear how I could improve.\n\nSam",
    ),
    (
        "rr5",
        "rejection-reply",
        _RC,
        "Hi Priya,\n\nThanks for your kind words in your email. Of course I'd have loved a different answer, but I'm glad I got to meet the team.\n\nDana",
    ),
    (
        "rr6",
        "rejection-reply",
        _RC,
        "Hello Tom,\n\nThank you for considering me for the role. I'm sorry to hear I won't be joining you, and I hope you'll think of me for future openings.\n\nSam",
    ),
    (
        "rr7",
        "rejection-reply",
        _RC,
        "Hi Priya,\n\nWell, that's not the answer I was hoping for! Thanks for getting in touch all the same. Any chance you could say what tipped it?\n\nDana",
    ),
    (
        "rr8",
        "rejection-reply",
        _RC,
        "Dear Ms. Raman,\n\nThank you for the update regarding the Data Analyst position. Although I was hoping for a different outcome, I respect your decision. May I ask to be considered for any similar roles?\n\nGrace",
    ),
    (
        "rr9",
        "rejection-reply",
        _RC,
        "Hi Tom,\n\nAppreciate you letting me know where I stand. It stings a bit, but it was a good learning experience. Would you mind if I connected with you here?\n\nSam",
    ),
    (
        "rr10",
        "rejection-reply",
        _RC,
        "Hi Priya,\n\nThanks for the interview on the 10th and for your email today. I'd be grateful for any feedback you might have, as I'm keen to improve before my next application.\n\nDana",
    ),
    (
        "rr11",
        "rejection-reply",
        _RC,
        "Dear Mr. Booth,\n\nI have received your letter of 30 November. I would be grateful if you could let me know what led to the panel's decision, and whether I might reapply in six months.\n\nGrace",
    ),
    (
        "rr12",
        "rejection-reply",
        _RC,
        "Hi Tom - thanks for telling me before the weekend. Not ideal, obviously, but I'd rather know. Good luck to whoever got it. Sam",
    ),
    (
        "rr13",
        "rejection-reply",
        _RC,
        "Hi Priya,\n\nThank you for the feedback on my case study. The point about simplifying the visuals is spot on. I hope another opportunity comes up before long.\n\nDana",
    ),
    (
        "rr14",
        "rejection-reply",
        _RC,
        "Hello Tom,\n\nThank you for your time throughout the process. I was sorry to learn the position has been offered to an internal candidate, and I completely understand.\n\nSam",
    ),
    (
        "rr15",
        "rejection-reply",
        _RC,
        "Hi Priya, thanks for the update - I'll keep an eye out for other roles at Kestrel. Dana",
    ),
    (
        "ss1",
        "status-check",
        _SC,
        "Hi Tom,\n\nThank you again for the interview on the 10th - I really enjoyed talking about the pricing model. I'm still very interested and wanted to follow up on the role.\n\nSam",
    ),
    (
        "ss2",
        "status-check",
        _SC,
        "Hi Priya,\n\nThanks for the chat a few weeks ago. I'd be grateful to hear how things are progressing on your side.\n\nDana",
    ),
    (
        "ss3",
        "status-check",
        _SC,
        "Dear Mr. Booth,\n\nThank you once more for the interview. I would welcome any news you are able to share regarding the next stage.\n\nGrace",
    ),
    (
        "ss4",
        "status-check",
        _SC,
        "Hi Tom,\n\nThanks for getting back to me last week to say it would be a little longer. Just nudging on this - keen to hear when you can.\n\nSam",
    ),
    (
        "ss5",
        "status-check",
        _SC,
        "Hi Priya,\n\nThank you for your time on 10 November. I'm writing to reiterate my interest in the position and ask about your timeline.\n\nDana",
    ),
    (
        "ss6",
        "status-check",
        _SC,
        "Hi Tom,\n\nHope all is well and thanks again for having me in. Any thoughts yet on next steps?\n\nSam",
    ),
    (
        "ss7",
        "status-check",
        _SC,
        "Hello Priya,\n\nThank you for interviewing me last month. I'm following up to see how the hiring process is coming along.\n\nDana",
    ),
    (
        "ss8",
        "status-check",
        _SC,
        "Hi Tom, thanks again for last time. Wondered if you'd had a chance to talk to the panel? Sam",
    ),
    (
        "tt1",
        "thank-you",
        _T0,
        "Hi Tom,\n\nThank you for today. I know the decision will take a few weeks, and I'm patient - I just wanted to say how much I enjoyed it.\n\nSam",
    ),
    (
        "tt2",
        "thank-you",
        _T1,
        "Dear Ms. Raman,\n\nThank you for the interview yesterday. I hope it won't be too long before the panel decides, as I'm very keen to join.\n\nGrace",
    ),
    (
        "tt3",
        "thank-you",
        _T0,
        "Hi Priya,\n\nThanks for the interview today. No need to reply - I know you're busy - I'll wait for the decision.\n\nDana",
    ),
    (
        "tt4",
        "thank-you",
        _T0,
        "Hi Tom,\n\nThank you for meeting me this morning. While I wait for news, I've been reading about Kestrel's new pricing product - very exciting.\n\nSam",
    ),
    (
        "tt5",
        "thank-you",
        _T1,
        "Hello Priya,\n\nThank you for yesterday's interview. I'll be waiting eagerly for your update!\n\nDana",
    ),
    ("tt6", "thank-you", _T0, "Hi Tom, thanks for today! Now the waiting game begins. Sam"),
    (
        "tt7",
        "thank-you",
        _T1,
        "Dear Mr. Booth,\n\nThank you for the interview on Monday. I look forward to any update when the panel has met.\n\nGrace",
    ),
]
LOOK_ALIKES = [
    (
        "pl1",
        "status-check",
        _SC,
        "Hi Tom,\n\nCould you let me know how the final decision will be made, and roughly when?\n\nThanks,\nSam",
    ),
    (
        "pl2",
        "status-check",
        _SC,
        "Dear Ms. Raman,\n\nI would be grateful if you could tell me whether a decision has been made on the Data Analyst role.\n\nKind regards,\nGrace",
    ),
    (
        "pl3",
        "thank-you",
        _T0,
        "Hi Priya,\n\nThank you for the interview today, and for explaining how the decision will be made after the final round.\n\nBest,\nDana",
    ),
    (
        "pl4",
        "status-check",
        _SC,
        "Hi Tom,\n\nI'd be grateful if you could keep me posted on the decision.\n\nBest,\nSam",
    ),
    (
        "pl5",
        "thank-you",
        _T0,
        "Hi Priya,\n\nThanks for today! It was great to hear what led to the team's decision to open this role, and how it fits the pricing work.\n\nDana",
    ),
    (
        "pl6",
        "status-check",
        _SC,
        "Hi Tom,\n\nCould you let me know where I stand? It's been three weeks since the interview.\n\nSam",
    ),
    (
        "pl7",
        "status-check",
        _SC,
        "Hi Priya,\n\nThanks for telling me where I stand in the process last week. Is there any news on the final decision?\n\nDana",
    ),
    (
        "pl8",
        "rejection-reply",
        _RC,
        "Hi Tom,\n\nThanks for getting back to me to say it's a no. I enjoyed the process all the same.\n\nSam",
    ),
    (
        "pl9",
        "thank-you",
        _T0,
        "Hi Priya,\n\nThanks for the nudge to send over my portfolio - here it is. I really enjoyed today.\n\nDana",
    ),
    (
        "pl10",
        "status-check",
        _SC,
        "Hi Tom,\n\nThanks for letting me know the panel needed more time. Just a gentle nudge - is there any news yet?\n\nSam",
    ),
    (
        "pl11",
        "rejection-reply",
        _RC,
        "Dear Mr. Booth,\n\nI would be grateful if you could keep my CV on file for future openings. Thank you for letting me know the outcome.\n\nGrace",
    ),
    (
        "pl12",
        "status-check",
        _SC,
        "Hi Priya,\n\nThanks again for the interview on the 10th. I'd love to find out about the hiring timeline when you have a moment.\n\nDana",
    ),
]
THIRD = [
    (
        "q1",
        "rejection-reply",
        _RC2,
        "Hi Priya,\n\nThanks for the quick turnaround, even if it wasn't the result I wanted. I really enjoyed the SQL exercise. If you're ever hiring a junior analyst again, I'd jump at it.\n\nDana",
    ),
    (
        "q2",
        "rejection-reply",
        _RC,
        "Hi Tom,\n\nI read your email a couple of times before replying. I'm not going to pretend it didn't sting, but I appreciate you telling me straight. Best of luck with the team.\n\nSam",
    ),
    (
        "q3",
        "rejection-reply",
        _RC,
        "Dear Ms. Raman,\n\nThank you for your message of 1 December. I accept the panel's view that my experience is better suited to a more junior post, and I would be glad to be considered for one.\n\nGrace Owusu",
    ),
    (
        "q4",
        "rejection-reply",
        _RC2,
        "Hey Tom, cheers for ringing me earlier. Not the outcome I wanted but fair play, the other lad sounds great. Let me know if anything else comes up. Sam",
    ),
    (
        "q5",
        "rejection-reply",
        _RC,
        "Hi Priya,\n\nThank you for the interview and for your thoughtful reply. I was hoping to be joining you in January, but I completely understand. I'd love to hear what I could sharpen up.\n\nDana",
    ),
    (
        "q6",
        "rejection-reply",
        _RC,
        "Dear Mr. Booth,\n\nI acknowledge receipt of your letter regarding my application. I remain interested in Kestrel Data and would welcome the chance to discuss where my application fell down.\n\nYours sincerely,\nGrace Owusu",
    ),
    (
        "q7",
        "rejection-reply",
        _RC2,
        "Hi Priya - thanks for letting me know it's not going ahead for me. Could we do a 10-minute call on what I could improve? Dana",
    ),
    (
        "q8",
        "rejection-reply",
        _RC,
        "Hi Tom,\n\nBummer! I really thought we'd clicked. Thanks for being decent about it though, and do keep my number.\n\nSam",
    ),
    (
        "k1",
        "status-check",
        _SC,
        "Hi Tom,\n\nThanks again for having me in on the 10th - still thinking about that churn question! Is the role still open, or has it moved on?\n\nSam",
    ),
    (
        "k2",
        "status-check",
        _SC,
        "Dear Ms. Raman,\n\nThank you for the interview on 10 November. I understand these decisions take time; I'd simply like to confirm that my application is still under consideration.\n\nKind regards,\nGrace",
    ),
    (
        "k3",
        "status-check",
        _SC,
        "Hi Priya,\n\nThanks for everything on the 10th. I've been offered another role and need to reply by Friday - any chance of an indication from your side before then?\n\nDana",
    ),
    (
        "k4",
        "status-check",
        _SC,
        "Hi Tom, thank you for your time last month. Circling back on the Data Analyst role - are you any closer to a decision? Sam",
    ),
    (
        "k5",
        "status-check",
        _SC,
        "Hello Priya,\n\nThank you once again for the interview. I noticed the job advert has been taken down and wondered if that means a decision has been reached.\n\nBest,\nDana",
    ),
    (
        "m1",
        "thank-you",
        _T0,
        "Hi Tom,\n\nThanks for this morning! I know you've a few more people to see this week, so no need to reply - just wanted to say how much I enjoyed it.\n\nSam",
    ),
    (
        "m2",
        "thank-you",
        _T0,
        "Dear Ms. Raman,\n\nThank you for today's interview. I understand you will be in touch by Friday, and I look forward to it.\n\nKind regards,\nGrace",
    ),
]
THIRD_LOOK_ALIKES = [
    (
        "ql1",
        "status-check",
        _SC,
        "Dear Mr. Booth,\n\nCould you confirm receipt of the letter I sent last week, and let me know whether there is any news on the Data Analyst post?\n\nYours sincerely,\nGrace Owusu",
    ),
    (
        "ql2",
        "thank-you",
        _T0,
        "Hi Priya,\n\nThank you for today. On reflection I can see where my answer on A/B tests fell short, so here is a fuller version: I'd start from the power calculation.\n\nDana",
    ),
    (
        "ql3",
        "status-check",
        _SC,
        "Hi Tom,\n\nI'm writing to check whether my application fell through the cracks - I haven't heard anything in three weeks.\n\nSam",
    ),
    (
        "ql4",
        "rejection-reply",
        _RC,
        "Dear Ms. Raman,\n\nI am in receipt of your e-mail of 1 December. I would be grateful to know where my interview fell down, so that I can prepare better next time.\n\nYours sincerely,\nGrace Owusu",
    ),
    (
        "ql5",
        "status-check",
        _SC,
        "Dear Mr. Booth,\n\nI acknowledge receipt of your letter inviting me to wait for the panel's decision. Is there any update?\n\nGrace Owusu",
    ),
]
CASES = FIRST + SECOND + LOOK_ALIKES + THIRD + THIRD_LOOK_ALIKES


@pytest.mark.parametrize(("expected", "context", "text"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_purpose_is_inferred(linter: Linter, expected: str, context: dict[str, object], text: str) -> None:
    report = linter.lint(text, context=context)
    assert report.purpose == expected, report.inferred.get("purpose")

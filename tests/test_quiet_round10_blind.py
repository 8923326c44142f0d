"""Blind batch of round 10 (quiet10, 2026-12-05): written before the linter was run on it and before
reading the checks closely; wordings checked against tests/ for freshness.

Three kinds of whole drafts, every purpose and channel, many trades and Englishes (Indian, Nigerian,
Irish, Australian, Singaporean, British, American; a nurse, a welder, a teacher, a chef, a data
analyst ...), short and plain, as people write them:
- GOOD: follow-ups a careful reviewer would send; none of FL201-FL203, FL205, FL206, FL102, FL103,
  FL110, FL501-FL504 may warn or err on them;
- RUDE_BUT_COMPLETE: rude, careless, boastful or pleading notes that still thank, ask about the
  timeline, name a detail and state fit; their faults are the tone and language rules' business,
  so the same rules must stay quiet (a false alarm counts on any draft not labelled with the item);
- SHORT: drafts that do fall short of one of those items; the named rule must warn or err
  ("A|B" means either code).

Relabelled after the first run, before any change (see RELABELLED): 5 probes the writer had judged
against LABELLING.md wrongly.  Of the 83, 12 were misjudged before the change, 1 after it (see XFAIL):
- good drafts falsely flagged, 5 of 43: FL203 on "Let me know how you'd like to go from here." and
  "Just wondering where you're at with it?"; FL202 on "The churn model walkthrough was a good
  conversation"; FL205 on "I have my AWS D1.1 cert and 4 years structural, so I can hit the ground
  running."; FL102 on the subject "Thank you - 6th grade science interview";
- rude or careless drafts flagged for an item they meet, 7 of 20 (one, whose sarcastic thanks FL201
  rightly flags, sits in SHORT with FL203 as a code that must stay quiet): FL202 on "The new step-down unit
  sounds amazing", "Your walk-in was a mess", "Loved the reading corner the kids made.", "messed up
  the case on the Pune warehouse delays"; FL203 on "Let me know what's next.", "I am once again
  asking for an update", "i wanted to no if their is any update"; FL205 on "i work wok station 3 yr
  so i can handel lunch rush no problem";
- short drafts not flagged: 0 of 21 before and after.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import pytest

from followup_lint import Linter

WATCHED = frozenset(
    {"FL201", "FL202", "FL203", "FL205", "FL206", "FL102", "FL103", "FL110", "FL501", "FL502", "FL503", "FL504"}
)


@dataclass(frozen=True)
class Probe:
    key: str
    purpose: str
    channel: str
    text: str
    interview: str
    sent: str
    role: str | None = None
    previous: tuple[str, ...] = ()
    expect: tuple[str, ...] = field(default=())  # SHORT only: codes (or "A|B") that must fire
    absent: tuple[str, ...] = field(default=())  # SHORT only: watched codes that must stay quiet


def ty(key, text, interview="2026-03-10", sent="2026-03-11", channel="email", role=None, **kw) -> Probe:
    return Probe(key, "thank-you", channel, text, interview, sent, role, **kw)


def sc(key, text, interview="2026-03-02", sent="2026-03-13", channel="email", role=None, **kw) -> Probe:
    return Probe(key, "status-check", channel, text, interview, sent, role, **kw)


def rj(key, text, interview="2026-03-02", sent="2026-03-13", channel="email", role=None, **kw) -> Probe:
    return Probe(key, "rejection-reply", channel, text, interview, sent, role, **kw)


GOOD = [
    ty(
        "in-analyst-powerbi",
        "Subject: Thank you for today's interview – Data Analyst\n\nDear Ms. Iyer,\n\nThank you for taking the "
        "time to interview me today for the Data Analyst position. I especially liked hearing about how your "
        "team is moving the monthly sales reports from Excel to Power BI. I have done a similar migration at my "
        "current company, where I built the dashboards for our regional managers, so I am confident I can "
        "contribute from day one.\n\nKindly let me know if you need any further documents from my side.\n\n"
        "Warm regards,\nRahul Menon\n+91 98450 12345",
        sent="2026-03-10",
    ),
    ty(
        "ng-nurse-stepdown",
        "Subject: Appreciation – Staff Nurse interview on Monday\n\nGood afternoon Matron Adeyemi,\n\nI write to "
        "thank you sincerely for the opportunity to interview for the Staff Nurse role at your hospital on "
        "Monday. It was good to learn about the new step-down unit you are opening on the second floor. With "
        "five years on a busy medical ward at LUTH, I am used to high patient turnover and I believe I would "
        "settle quickly into your team.\n\nI look forward to hearing from you on the next stage.\n\n"
        "Yours faithfully,\nChiamaka Obi",
        interview="2026-03-09",
        sent="2026-03-10",
    ),
    ty(
        "ie-welder-tig",
        "Subject: Thanks for Thursday – Welder/Fabricator job\n\nHi Seamus,\n\nThanks a million for showing me "
        "round the shop on Thursday. The stainless work you're doing for the dairy plants was interesting, I "
        "haven't seen that much TIG on food-grade pipe before. I've six years MIG and TIG behind me and I'm "
        "coded to 9606, so I think I'd fit in well on the floor.\n\nWould you be able to tell me when you'd "
        "expect to make a decision?\n\nAll the best,\nCiarán Walsh\n087 123 4567",
        interview="2026-03-05",
        sent="2026-03-06",
    ),
    ty(
        "au-chef-trial",
        "Subject: Thanks for the trial shift – Sous Chef\n\nHi Marco,\n\nThanks heaps for having me in for the "
        "trial on Saturday night. Working the pass with you during the 8 o'clock rush was a good way to see how "
        "the kitchen runs, and I liked how the team preps the kingfish crudo. I've run a section at a 120-cover "
        "restaurant in Fitzroy, so that pace is where I'm comfortable.\n\nLet me know how you'd like to go from "
        "here.\n\nCheers,\nJess Nguyen",
        interview="2026-03-07",
        sent="2026-03-08",
    ),
    ty(
        "sg-teacher-algebra",
        "Subject: Thank you – Interview for Mathematics Teacher position (3 March)\n\nDear Mrs Tan,\n\nThank you "
        "for meeting me on Tuesday. I appreciated the chance to observe the Secondary 2 lesson on algebra and to "
        "hear about the school's plans for the new applied learning programme. Having taught lower secondary "
        "maths for four years, including two years as form teacher, I believe I can support the department "
        "well.\n\nMay I know when I can expect to hear about the outcome?\n\nRegards,\nLim Wei Ling",
        interview="2026-03-03",
        sent="2026-03-04",
    ),
    ty(
        "us-analyst-terse",
        "Subject: Thanks – Analyst interview\n\nHi Dana,\n\nThanks for the time yesterday. The churn model "
        "walkthrough was a good conversation — I've built similar survival models in R and would enjoy taking "
        "that on. Let me know about next steps.\n\nBest,\nKyle",
    ),
    ty(
        "uk-teacher-reading-corner",
        "Subject: Thank you – Year 4 class teacher interview\n\nDear Mr Ahmed,\n\nThank you so much for "
        "welcoming me to Oakfield Primary yesterday. The children in Year 4 were a delight, and I loved seeing "
        "the reading corner they designed themselves. My experience leading phonics catch-up groups fits "
        "closely with what you described for next year, and I'd be thrilled to bring it to your school.\n\nI "
        "hope to hear from you soon about the next stage.\n\nKind regards,\nHannah Price",
    ),
    ty(
        "letter-audit-senior",
        "12 March 2026\n\nMs Joanna Reid\nReid & Co Chartered Accountants\n4 Castle Street\nLeeds LS1 2AB\n\n"
        "Dear Ms Reid,\n\nThank you for interviewing me on 11 March for the position of Audit Senior. I valued "
        "our discussion of the firm's move to remote audit sampling for smaller charity clients. As an ACCA "
        "member with four years in audit, including a portfolio of charity clients, I am well placed to support "
        "that work.\n\nI would be grateful to learn of the timetable for your decision.\n\nYours sincerely,\n\n"
        "Peter Mensah\n22 Mill Lane, Leeds LS6 3QT",
        interview="2026-03-11",
        sent="2026-03-12",
        channel="letter",
    ),
    ty(
        "li-analyst-sensor",
        "Hi Aisha, thanks again for the chat on Wednesday about the Junior Data Analyst role. Your point about "
        "cleaning the sensor data before anything else stuck with me, as that was most of my final-year "
        "project. Happy to send anything else you need. Best, Ravi",
        interview="2026-03-11",
        sent="2026-03-12",
        channel="linkedin",
    ),
    ty(
        "call-electrician-solar",
        "Hi Mr Okonkwo, this is Tunde Bakare, I interviewed with you this morning for the electrician position. "
        "Just calling to say thank you for your time. I enjoyed hearing about the solar install contracts "
        "you've got coming up, and I've done about thirty rooftop installs, so that's right up my street. My "
        "number is 0803 555 1212. Thanks again, bye.",
        sent="2026-03-10",
        channel="call",
    ),
    ty(
        "au-nurse-grad-rotation",
        "Subject: Thank you – RN Graduate Program interview, 4 March\n\nHi Kylie,\n\nThank you for the "
        "interview this morning. I really enjoyed hearing about the rotation between the cardiac ward and the "
        "ED in the first year. My final placement was on a cardiac step-down unit, and I'd love to build on "
        "that with your team.\n\nCould you let me know roughly when offers will go out?\n\nKind regards,\n"
        "Mia Roberts",
        interview="2026-03-04",
        sent="2026-03-04",
    ),
    ty(
        "in-chef-tandoor",
        "Subject: Thank you for the interview – Commis Chef (Tandoor)\n\nRespected Sir,\n\nThank you for giving "
        "me the opportunity to attend the interview and the practical test yesterday. I liked learning that "
        "your kitchen makes all its breads fresh for each service, including the kulcha. I have three years of "
        "experience on the tandoor section at a hotel in Amritsar, so I can handle the volume you mentioned."
        "\n\nPlease let me know about the further process.\n\nThanking you,\nGurpreet Singh",
    ),
    ty(
        "us-welder-robot-cell",
        "Subject: Thank you – Welder interview 3/10\n\nMr. Hayes,\n\nThanks for the interview and the weld test "
        "Tuesday. Good to see the new robotic cell on line 2. I have my AWS D1.1 cert and 4 years structural, "
        "so I can hit the ground running. When do you expect to decide?\n\nThanks,\nLuis Ortega\n(555) 201-4432",
    ),
    ty(
        "ng-analyst-pos-fraud",
        "Subject: Thank You – Data Analyst Interview (Tuesday)\n\nDear Mrs Eze,\n\nThank you for the warm "
        "reception during my interview on Tuesday. I was excited to hear that the bank is building a "
        "fraud-detection dashboard for POS transactions. My two years analysing transaction data at a fintech "
        "in Yaba prepared me well for exactly this kind of work.\n\nI will be glad to hear from you regarding "
        "the next steps.\n\nBest regards,\nIfeoma Nwosu",
    ),
    ty(
        "ie-sen-teacher-second",
        "Subject: Thanks – second interview, SEN teacher post\n\nDear Ms Brennan,\n\nMany thanks for meeting "
        "with me again today. I found the discussion about the school's new sensory room really helpful, and it "
        "was good to meet Aoife from the ASD unit. My time running a small-group literacy programme in a DEIS "
        "school has prepared me well for this post.\n\nI'd appreciate it if you could let me know when the "
        "board expects to decide.\n\nLe meas,\nOrla Fitzgerald",
        sent="2026-03-10",
    ),
    ty(
        "sg-cook-laksa",
        "Subject: Thank you – Line Cook interview on Friday\n\nHi Chef Kelvin,\n\nThank you for the interview "
        "on Friday and for letting me taste the new laksa base. I have worked the wok station at a hawker-style "
        "restaurant for three years, so I am used to high volume lunch service. Hope to hear from you soon on "
        "the next step.\n\nThanks,\nNur Aisyah",
        interview="2026-03-06",
        sent="2026-03-07",
    ),
    ty(
        "uk-analyst-panel-linked",
        "Subject: Thank you – Senior Data Analyst panel interview, 9 March\n\nDear Dr Whitfield,\n\nThank you, "
        "and please pass my thanks to the panel, for yesterday's interview. The discussion of how the trust "
        "links A&E attendances with GP records raised questions I'd enjoy working on. I have spent three years "
        "building linked-data pipelines in SQL and Python for a regional health board, which matches much of "
        "the role.\n\nI look forward to hearing about the timescale for a decision.\n\nYours sincerely,\n"
        "Graham Lowe",
        interview="2026-03-09",
        sent="2026-03-10",
    ),
    ty(
        "li-boilermaker-yard",
        "Hi Dave, thanks for taking the time to meet me at the yard yesterday about the boilermaker job. Good "
        "to see the pressure vessel work you've got on. I've done plenty of that on the mines in WA and would "
        "be keen to get stuck in. Let me know what happens next. Cheers, Brad",
        channel="linkedin",
    ),
    ty(
        "call-midwife-nights",
        "Hello Sister Grace, it's Esther Mwangi calling. I interviewed for the night-shift midwife post "
        "yesterday afternoon. I wanted to thank you for your time and for showing me the new labour suite. "
        "I've worked nights on a busy maternity unit for four years, so I'm confident on that rota. If you need "
        "anything from me, I'm on 07700 900123. Thank you, goodbye.",
        channel="call",
    ),
    ty(
        "us-teacher-outdoor",
        "Subject: Thank you - 6th grade science interview\n\nHi Principal Ortiz,\n\nThank you for meeting with "
        "me today. I loved hearing about the outdoor classroom project. I ran a school garden program at my "
        "last school and would be glad to help build it out. Please let me know if you need references.\n\n"
        "Sincerely,\nDana Whitaker",
        sent="2026-03-10",
    ),
    ty(
        "ie-head-chef-garden",
        "Subject: Thank you – Head Chef interview, Tuesday 10th\n\nHi Niall,\n\nJust a quick note to say thanks "
        "for Tuesday. I really enjoyed the walk around the garden and hearing your plans to put more of your own "
        "veg on the menu. I've built two menus around local suppliers before, and that's the kind of kitchen I "
        "want to run.\n\nLooking forward to hearing how you get on with the other interviews.\n\nBest,\n"
        "Siobhán",
    ),
    ty(
        "in-ba-warehouse-case",
        "Subject: Thank you – Business Analyst interview on 10 March\n\nDear Mr. Kulkarni,\n\nThank you for the "
        "interview yesterday for the Business Analyst role. I found the case on reducing delivery delays in "
        "your Pune warehouse very engaging. I have handled similar supply chain analysis for an FMCG client, "
        "using SQL and Tableau, and I feel my profile matches the requirement well.\n\nKindly let me know the "
        "next steps in the process.\n\nThanks and regards,\nSneha Patil",
    ),
    ty(
        "sg-icu-mobility",
        "Subject: Thank you – Senior Staff Nurse (ICU) interview, 10 March\n\nDear Ms Wong,\n\nThank you for the "
        "interview on Tuesday. I appreciated learning about the ICU's new early-mobility protocol for "
        "ventilated patients. With seven years in the surgical ICU at my current hospital and my advanced "
        "diploma in critical care, I am keen to contribute to it.\n\nI look forward to hearing from you "
        "regarding the outcome.\n\nYours sincerely,\nRachel Goh",
    ),
    ty(
        "ng-pipe-welder-6g",
        "Subject: Thank you for the interview – Pipe Welder\n\nGood day Engr. Bello,\n\nThank you for the "
        "interview and the practical test at your Onne yard on Monday. I was glad to see the 6G test bay and the "
        "offshore spools you are fabricating. I hold a 6G certificate and have worked on pipeline projects for "
        "four years, so I am sure I can meet your standard.\n\nI will appreciate an update on the next stage."
        "\n\nYours faithfully,\nEmeka Okoro",
        interview="2026-03-09",
        sent="2026-03-10",
    ),
    ty(
        "au-analyst-bin-sensors",
        "Subject: Thanks for today – Data Analyst role\n\nHi Tom,\n\nThanks for the chat this arvo. Keen on the "
        "work you're doing with the council's bin sensor data, as that's the kind of messy IoT data I worked "
        "with at Yarra Water. When do you think you'll have a decision?\n\nCheers,\nSam",
        sent="2026-03-10",
    ),
    ty(
        "uk-nurse-clarify-delegation",
        "Subject: Thank you – Staff Nurse interview, and a follow-up on my answer\n\nDear Mrs Hughes,\n\nThank "
        "you for the interview this morning. I enjoyed hearing about the ward's falls-prevention project. I "
        "don't think I answered your question on delegation as clearly as I'd like: in practice I allocate "
        "tasks to HCAs at handover and check back at the mid-shift huddle. My six years on an acute medical "
        "ward fit well with what you need.\n\nI look forward to hearing from you.\n\nKind regards,\nBola Adeyemi",
        sent="2026-03-10",
    ),
    ty(
        "li-in-qa-selenium",
        "Dear Sir, thank you for interviewing me today for the QA Engineer role. I enjoyed discussing your test "
        "automation framework in Selenium. I have 3 years of similar experience and would be happy to "
        "contribute. Looking forward to hearing from you. Regards, Vikram",
        sent="2026-03-10",
        channel="linkedin",
    ),
    ty(
        "sg-analyst-second-round",
        "Subject: Thank you – Data Analyst (2nd round), 10 March\n\nHi Jun Jie,\n\nThanks for taking me through "
        "the take-home review today. Your suggestion to bucket the customers by tenure before clustering was a "
        "good one, and I've already tried it on my side. I enjoy this kind of segmentation work, which is most "
        "of what I did at Grab.\n\nDo let me know if there's anything else needed from me.\n\nBest,\nPriya",
        sent="2026-03-10",
    ),
    ty(
        "us-welder-late-acknowledged",
        "Subject: Thank you – Welder interview last week\n\nHi Mr Hayes,\n\nSorry for the slow note, we've been "
        "on night shifts all week. Thank you for the interview and the bend test on Monday. I liked seeing the "
        "new plasma table. My four years of structural work match what you're after, and I'd be glad to join "
        "the crew.\n\nThanks again,\nLuis Ortega",
        interview="2026-03-09",
        sent="2026-03-14",
    ),
    ty(
        "au-teacher-rocketry",
        "Subject: Thank you – Graduate Teacher (Science) interview\n\nHi Jenny,\n\nThanks so much for the "
        "interview yesterday and for the tour of the new science labs. I loved hearing about the Year 9 rocketry "
        "unit. I ran a similar hands-on unit on my final prac at Northcote High, and I'd love to help with it."
        "\n\nFingers crossed, and I hope to hear from you soon.\n\nKind regards,\nTom Nguyen",
    ),
    # status checks
    sc(
        "in-analyst-status",
        "Subject: Follow-up on Data Analyst interview (2 March)\n\nDear Ms. Rao,\n\nI hope you are doing well. "
        "I had attended the interview for the Data Analyst position on 2nd March. I wanted to check if there is "
        "any update on my application. Thank you for your time.\n\nRegards,\nArjun Nair",
    ),
    sc(
        "ng-nurse-enquiry",
        "Subject: Enquiry on Staff Nurse interview – 2 March\n\nDear Sir/Ma,\n\nGood morning. I interviewed for "
        "the Staff Nurse role on 2 March and I am writing to enquire about the status of my application. I "
        "remain very interested in joining your team. Thank you for your consideration.\n\nYours faithfully,\n"
        "Aisha Lawal",
    ),
    sc(
        "ie-welder-fortnight",
        "Subject: Welder position – checking in\n\nHi Seamus,\n\nJust checking in on the welder job I "
        "interviewed for a fortnight ago. Any news? Thanks for your time either way.\n\nCiarán",
        interview="2026-02-26",
    ),
    sc(
        "li-chef-movement",
        "Hi Marco, hope the week's going well. Just wondering if there's been any movement on the sous chef role "
        "since my trial a couple of weeks back? Thanks again for having me in. Cheers, Jess",
        interview="2026-02-28",
        channel="linkedin",
    ),
    sc(
        "sg-teacher-may-i-check",
        "Subject: Follow-up: Mathematics Teacher interview on 2 March\n\nDear Mrs Tan,\n\nThank you again for "
        "the interview on 2 March. May I check whether there is any news on the Mathematics Teacher position? I "
        "understand these things take time and will wait for your reply.\n\nRegards,\nLim Wei Ling",
    ),
    sc(
        "call-welder-where-things-stand",
        "Hi, this is Luis Ortega, I interviewed for the welder spot on the 2nd. Just calling to see where things "
        "stand. Thanks for your time, and you can reach me at 555 201 4432. Bye.",
        channel="call",
    ),
    sc(
        "uk-analyst-timescale-holds",
        "Subject: Senior Data Analyst – application update\n\nDear Dr Whitfield,\n\nThank you again for the "
        "interview on 9 March. You mentioned a decision was likely by the end of the month; I wondered whether "
        "that timescale still holds. I remain keen on the role.\n\nYours sincerely,\nGraham Lowe",
        interview="2026-03-09",
        sent="2026-04-02",
    ),
    sc(
        "au-nurse-second-check",
        "Subject: Following up again – RN Graduate Program\n\nHi Kylie,\n\nI'm writing once more about the RN "
        "Graduate Program. I emailed on 16 March and understand you're busy. Could you let me know if a decision "
        "has been made? Thanks so much for your help.\n\nKind regards,\nMia Roberts",
        interview="2026-03-04",
        sent="2026-03-27",
        previous=("2026-03-16",),
    ),
    sc(
        "in-chef-status-selection",
        "Subject: Regarding Commis Chef interview held on 2 March\n\nRespected Sir,\n\nI attended the interview "
        "and practical test for Commis Chef on 2 March. I am writing to know the status of the selection. "
        "Kindly update me at your convenience. Thanking you for your time.\n\nGurpreet Singh",
    ),
    sc(
        "us-teacher-timeline",
        "Subject: Checking in – 6th grade science position\n\nHi Principal Ortiz,\n\nI hope the school year's "
        "wrapping up smoothly! I wanted to follow up on the 6th grade science position we discussed on the 2nd. "
        "Is there any update on your timeline? Thanks again for the time you spent with me.\n\nSincerely,\n"
        "Dana Whitaker",
    ),
    sc(
        "au-analyst-where-youre-at",
        "Subject: Data Analyst role – any update?\n\nHi Tom,\n\nIt's been a couple of weeks since we met about "
        "the data analyst role. Just wondering where you're at with it? Thanks again for your time.\n\nCheers,\n"
        "Sam",
        interview="2026-02-27",
    ),
    # rejection replies
    rj(
        "in-analyst-rejection",
        "Subject: Re: Your application for Data Analyst\n\nDear Ms. Rao,\n\nThank you for informing me of your "
        "decision. Though disappointed, I appreciate the opportunity to interview with your team. If possible, "
        "could you share any feedback on where I could improve? I hope to apply again in future.\n\nRegards,\n"
        "Arjun Nair",
    ),
    rj(
        "ie-welder-pointers",
        "Subject: Re: Welder position\n\nHi Seamus,\n\nThanks for letting me know, and for the chance. If you've "
        "a minute sometime, I'd welcome any pointers on the weld test. Best of luck with the new lad.\n\nCiarán",
    ),
    rj(
        "ng-nurse-rejection",
        "Subject: Re: Outcome of Staff Nurse interview\n\nDear Matron Adeyemi,\n\nThank you for your letter. I "
        "am grateful for the opportunity to have been considered. I would be most grateful for any feedback that "
        "may help me in future interviews. I wish you and the team all the best.\n\nYours faithfully,\n"
        "Chiamaka Obi",
    ),
    rj(
        "li-chef-gutted",
        "Hi Marco, thanks for letting me know about the sous chef role. Gutted, but I enjoyed the trial. If "
        "you've any feedback on my cooking on the night I'd really value it. All the best, Jess",
        channel="linkedin",
    ),
    rj(
        "sg-teacher-demo-feedback",
        "Subject: Re: Application for Mathematics Teacher\n\nDear Mrs Tan,\n\nThank you for letting me know. I "
        "enjoyed meeting the department. Would you be able to share some feedback on my lesson demonstration? "
        "It would help me a lot. Wishing the school all the best.\n\nRegards,\nLim Wei Ling",
    ),
    rj(
        "us-analyst-rejection-terse",
        "Subject: Re: Data Analyst – update\n\nHi Dana,\n\nAppreciate you telling me directly. I enjoyed the "
        "conversation about the churn work. Any feedback you can share would help. Please keep me in mind for "
        "future roles.\n\nBest,\nKyle",
    ),
]

RUDE_BUT_COMPLETE = [
    ty(
        "rude-analyst-too-easy",
        "Subject: Thanks for the interview – Data Analyst\n\nHi Dana,\n\nThanks for yesterday. Honestly your SQL "
        "test was way too easy, I finished in ten minutes. I've been doing this for 8 years and I'm better than "
        "anyone else you'll see. The churn dashboard you showed me needs a rebuild and I'm the guy to do it. "
        "When will you decide?\n\nKyle",
    ),
    sc(
        "rude-welder-ultimatum",
        "Subject: Welder job – decision?\n\nSeamus,\n\nThanks for the interview 3 weeks ago but this is getting "
        "ridiculous. I need an answer by Friday on the welder job or I'm taking the other offer.\n\nCiarán",
        interview="2026-02-20",
    ),
    sc(
        "rude-chef-textspeak",
        "Subject: sous chef job update?\n\nhey marco thx for the trial. any news on the sous chef job?? been "
        "waiting ages lol",
    ),
    ty(
        "rude-nurse-desperate",
        "Subject: Thank you – Staff Nurse interview\n\nDear Matron,\n\nThank you so much for the interview!!! I "
        "really really need this job, please. The new step-down unit sounds amazing and I have 5 years on a "
        "medical ward so I know I can do it. Please tell me when you will decide, I am checking my email every "
        "hour.\n\nChiamaka",
    ),
    ty(
        "rude-chef-complaint",
        "Subject: Thanks – Sous Chef trial\n\nMarco,\n\nThanks for the trial Saturday. Your walk-in was a mess "
        "and the kingfish was off, to be honest. I've run a 120-cover section so I'd sort that out quick. Let me "
        "know what's next.\n\nJess",
        interview="2026-03-07",
        sent="2026-03-08",
    ),
    sc(
        "rude-analyst-passive-aggressive",
        "Subject: Following up (again) on the Data Analyst interview\n\nDear Ms. Rao,\n\nAs per my last email, "
        "which I'm sure you've read, I am once again asking for an update on the Data Analyst position. Thanks "
        "in advance for finally replying.\n\nArjun",
        interview="2026-02-20",
        previous=("2026-03-02",),
    ),
    rj(
        "rude-nurse-rejection-arguing",
        "Subject: Re: Staff Nurse application\n\nDear Matron,\n\nThanks for letting me know, but I think you've "
        "made a mistake. I have more experience than most of your nurses. I'd like feedback on exactly why I "
        "was turned down.\n\nChiamaka",
    ),
    ty(
        "rude-teacher-overfamiliar",
        "Subject: Thanks for today!! – Teacher interview\n\nHiya Sarah 😊\n\nThanks a bunch for today babe! "
        "Loved the reading corner the kids made. I've done loads of phonics groups so I'm basically perfect for "
        "Year 4 haha. When do I find out??\n\nxx Hannah",
        sent="2026-03-10",
    ),
    sc(
        "rude-electrician-typos",
        "Subject: Follow up on Electrician interveiw\n\nHi Mr Okonkwo\n\nthank you for the interveiw on the 2nd. "
        "i wanted to no if their is any update on the electrician job. thank you\n\nTunde",
    ),
    ty(
        "rude-welder-boast",
        "Subject: Thank you – Pipe Welder interview\n\nEngr. Bello,\n\nThanks for the test on Monday. Your 6G "
        "bay is outdated but fine. I am the best welder in Rivers State, no one in your yard can pass the X-ray "
        "like me. Let me know the result quickly.\n\nEmeka",
        interview="2026-03-09",
        sent="2026-03-10",
    ),
    sc(
        "rude-li-yes-or-no",
        "Hi Aisha, I interviewed for the Junior Data Analyst role 2 weeks ago and I still haven't heard "
        "anything. Thanks for the interview, but can someone please just tell me yes or no?",
        interview="2026-02-27",
        channel="linkedin",
    ),
    sc(
        "rude-call-boilermaker",
        "Yeah hi it's Brad, I did the interview for the boilermaker job a fortnight ago. Thanks for seeing me "
        "and that, but still nothing. Ring me back and tell me if I got it or not. Cheers.",
        interview="2026-02-27",
        channel="call",
    ),
    ty(
        "rude-analyst-sarcastic-wait",
        "Subject: Thanks for the Data Analyst interview\n\nHi Tom,\n\nThanks for the interview, great to wait "
        "forty minutes in reception. Anyway, the council bin-sensor project sounds fun and I've done plenty of "
        "IoT data at Yarra Water, so I'd be a good hire. When do you reckon you'll decide?\n\nSam",
    ),
    rj(
        "rude-teacher-connections",
        "Subject: Re: Mathematics Teacher application\n\nDear Mrs Tan,\n\nThank you for letting me know. I "
        "suppose the other candidate had the right connections. Anyway, could you tell me what I could have "
        "done better in the demonstration lesson?\n\nLim Wei Ling",
    ),
    sc(
        "rude-chef-unprofessional",
        "Subject: Commis Chef interview on 2 March – status\n\nSir,\n\nIt is now three weeks since my interview "
        "and practical on 2 March. This is very unprofessional. Thank you for the interview, but I want to know "
        "by when you will announce the result.\n\nGurpreet",
        sent="2026-03-23",
    ),
    ty(
        "rude-ba-self-doubt",
        "Subject: Thank you – Business Analyst interview\n\nDear Mr. Kulkarni,\n\nThank you for the interview "
        "yesterday. I know I was terrible and probably messed up the case on the Pune warehouse delays, I'm "
        "sorry. I have done the same analysis for an FMCG client with SQL and Tableau, so I hope that still "
        "counts. When will you be deciding?\n\nSneha",
    ),
    ty(
        "rude-icu-demands-band",
        "Subject: Thank you – ICU Nurse interview, 10 March\n\nMs Wong,\n\nThanks for the interview Tuesday. The "
        "early-mobility protocol is a good idea. With seven years in surgical ICU I'm the strongest candidate "
        "you'll get, so I expect the top of the band. Tell me your timeline by Monday.\n\nRachel Goh",
    ),
    sc(
        "rude-li-textspeak-asap",
        "hi jun jie, thx 4 the interview last wk. any updates on the analyst role? pls lmk asap",
        interview="2026-03-04",
        channel="linkedin",
    ),
    ty(
        "rude-cook-careless",
        "Subject: Thank you – Line Cook interveiw\n\nhi chef kelvin\n\nthank u for interveiw on friday and the "
        "laksa tasting. i work wok station 3 yr so i can handel lunch rush no problem. wen will u decide\n\n"
        "aisyah",
        interview="2026-03-06",
        sent="2026-03-07",
    ),
    sc(
        "rude-nurse-guilt",
        "Subject: RN Graduate Program – following up\n\nKylie,\n\nThanks for the interview, but I turned down "
        "another job for this and now you've gone silent. I need to know when you'll be making offers, it's not "
        "fair to leave people hanging.\n\nMia",
        interview="2026-02-27",
    ),
]

SHORT = [
    ty(
        "short-chef-no-fit",
        "Subject: Thank you – Sous Chef trial\n\nHi Marco,\n\nThanks for having me on Saturday. I enjoyed "
        "watching the team prep the kingfish crudo and seeing the pass during the rush. Hope to hear from you "
        "soon.\n\nCheers,\nJess",
        interview="2026-03-07",
        sent="2026-03-08",
        expect=("FL205",),
    ),
    ty(
        "short-analyst-nothing-specific",
        "Subject: Thank you – Data Analyst interview\n\nDear Ms. Iyer,\n\nThank you for the interview today. It "
        "was a great conversation and I enjoyed learning about the company. With four years of SQL and Power BI "
        "work, I believe I am a strong match for the role. Looking forward to hearing from you.\n\nRegards,\n"
        "Rahul",
        sent="2026-03-10",
        expect=("FL202",),
    ),
    ty(
        "short-nurse-generic",
        "Subject: Thank you\n\nHi Kylie,\n\nThanks for the interview today, it was great to meet you. I really "
        "enjoyed it and I'm very excited about the role.\n\nMia",
        sent="2026-03-10",
        expect=("FL202", "FL205", "FL102|FL103"),
    ),
    sc(
        "short-analyst-no-ask",
        "Subject: Data Analyst interview – following up\n\nHi Tom,\n\nThanks again for meeting me two weeks ago "
        "about the data analyst role. I'm still very keen on it and have been reading up on the council's open "
        "data. Have a good week.\n\nSam",
        interview="2026-02-27",
        expect=("FL203",),
    ),
    sc(
        "short-welder-no-thanks",
        "Subject: Welder position – update?\n\nHi Seamus,\n\nAny update on the welder job? I interviewed on the "
        "2nd.\n\nCiarán",
        expect=("FL201",),
    ),
    sc(
        "short-nurse-too-soon",
        "Subject: Checking in – Staff Nurse interview\n\nDear Matron Adeyemi,\n\nThank you for the interview "
        "yesterday. I wanted to ask if there is any update on the decision.\n\nYours faithfully,\nChiamaka Obi",
        interview="2026-03-10",
        sent="2026-03-11",
        expect=("FL502",),
    ),
    ty(
        "short-welder-late",
        "Subject: Thank you – Welder interview\n\nMr. Hayes,\n\nThanks for the interview and the weld test. Good "
        "to see the new robotic cell on line 2. I have my AWS D1.1 cert and 4 years structural, so I can hit the "
        "ground running. When do you expect to decide?\n\nThanks,\nLuis Ortega",
        interview="2026-03-02",
        sent="2026-03-12",
        expect=("FL501",),
    ),
    ty(
        "short-subject-hello",
        "Subject: Hello\n\nDear Mrs Tan,\n\nThank you for meeting me yesterday. I appreciated the chance to "
        "observe the Secondary 2 algebra lesson. Having taught lower secondary maths for four years, I believe I "
        "can support the department well.\n\nRegards,\nLim Wei Ling",
        expect=("FL102|FL103",),
    ),
    sc(
        "short-subject-my-application",
        "Subject: My application\n\nDear Ms. Rao,\n\nThank you again for the interview on 2 March. Is there any "
        "update on the Data Analyst position?\n\nRegards,\nArjun Nair",
        expect=("FL102|FL103",),
    ),
    sc(
        "short-too-many",
        "Subject: Follow-up on Data Analyst interview (2 March)\n\nDear Ms. Rao,\n\nThank you again for the "
        "interview on 2 March. Could you let me know whether there is any update on my application?\n\n"
        "Regards,\nArjun Nair",
        # a weekly series (round 13: FL504 flags a fourth check only while the series runs weekly or faster;
        # after a longer silence one more note is allowed, as the guidance and LABELLING.md say)
        interview="2026-02-02",
        sent="2026-03-19",
        previous=("2026-02-26", "2026-03-05", "2026-03-12"),
        expect=("FL504",),
    ),
    sc(
        "short-gap",
        "Subject: Follow-up on Data Analyst interview (2 March)\n\nDear Ms. Rao,\n\nThank you again for the "
        "interview on 2 March. Could you let me know whether there is any update on my application?\n\n"
        "Regards,\nArjun Nair",
        previous=("2026-03-10",),
        expect=("FL503",),
    ),
    ty(
        "short-li-bare-thanks",
        "Hi Aisha, thanks for the interview today. Great to meet you, hope to hear back soon!",
        sent="2026-03-10",
        channel="linkedin",
        expect=("FL202", "FL205"),
    ),
    ty(
        "short-call-bare-thanks",
        "Hi Mr Okonkwo, Tunde here, just ringing to say thanks for the interview this morning. Talk soon.",
        sent="2026-03-10",
        channel="call",
        expect=("FL202", "FL205"),
    ),
    ty(
        "short-teacher-enthusiasm-only",
        "Subject: Thank you – Year 4 teacher interview\n\nDear Mr Ahmed,\n\nThank you for showing me round "
        "Oakfield Primary yesterday. The reading corner the children designed was lovely. I'd be so excited to "
        "join such a caring school.\n\nKind regards,\nHannah",
        expect=("FL205",),
    ),
    sc(
        "short-chef-waiting-only",
        "Subject: Commis Chef interview – 2 March\n\nRespected Sir,\n\nThank you for the interview on 2 March. I "
        "am eagerly waiting for your reply.\n\nGurpreet Singh",
        expect=("FL203",),
    ),
    rj(
        "short-analyst-rejection-no-thanks",
        "Subject: Re: Data Analyst application\n\nHi Dana,\n\nGot it. Could you tell me what I should work on for "
        "next time?\n\nKyle",
        expect=("FL201",),
    ),
]

# Relabelled after the first run, on re-reading LABELLING.md (the writer's slips, not the linter's):
# a thank-you must refer forward to the process (next steps, hearing back, the decision's timing), and
# offering documents or saying goodbye does not; sarcastic thanks ("thanks in advance for finally
# replying") is no thanks.  These probes keep their text and move to SHORT.
RELABELLED: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "in-analyst-powerbi": (("FL203",), ("FL202", "FL205")),
    "li-analyst-sensor": (("FL203",), ("FL202", "FL205")),
    "call-electrician-solar": (("FL203",), ("FL202", "FL205")),
    "us-welder-late-acknowledged": (("FL203",), ("FL202", "FL205", "FL501")),
    "rude-analyst-passive-aggressive": (("FL201",), ("FL203",)),
}
SHORT += [
    replace(p, expect=RELABELLED[p.key][0], absent=RELABELLED[p.key][1])
    for p in GOOD + RUDE_BUT_COMPLETE
    if p.key in RELABELLED
]
GOOD = [p for p in GOOD if p.key not in RELABELLED]
RUDE_BUT_COMPLETE = [p for p in RUDE_BUT_COMPLETE if p.key not in RELABELLED]

# probe keys the linter still misjudges (the 12 misjudged before the change are listed in the docstring)
XFAIL: set[str] = {
    "rude-chef-complaint",  # FL202: "Your walk-in was a mess and the kingfish was off" (a one-word thing judged)
}


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def fired(linter: Linter, probe: Probe) -> set[str]:
    context = {"interview_date": probe.interview, "sent_at": probe.sent, "previous_follow_ups": list(probe.previous)}
    if probe.role:
        context["role"] = probe.role
    report = linter.lint(probe.text, purpose=probe.purpose, channel=probe.channel, context=context)
    return {f.code for f in report.findings if f.severity.value in ("warning", "error")} & WATCHED


def _params(probes: list[Probe]) -> list:
    marks = lambda p: [pytest.mark.xfail(strict=True)] if p.key in XFAIL else []  # noqa: E731
    return [pytest.param(p, id=p.key, marks=marks(p)) for p in probes]


@pytest.mark.parametrize("probe", _params(GOOD + RUDE_BUT_COMPLETE))
def test_quiet(linter: Linter, probe: Probe) -> None:
    assert fired(linter, probe) == set()


@pytest.mark.parametrize("probe", _params(SHORT))
def test_short_flagged(linter: Linter, probe: Probe) -> None:
    got = fired(linter, probe)
    missing = [e for e in probe.expect if not set(e.split("|")) & got]
    assert not missing, got
    assert not set(probe.absent) & got, got

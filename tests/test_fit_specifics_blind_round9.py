"""FL205 (fit) and FL202 (specifics) on a blind batch of 2026-12-05, written before the rules'
wordings were read: whole short notes from many trades (nursing, trades, retail, logistics,
teaching, finance, software, hospitality, public sector) in British, Indian, Australian, Nigerian
and American English, on every channel (e-mail, LinkedIn message, card, voicemail).

GOOD notes tie the writer's own experience to a need of the role and recall one concrete thing from
the interview, so neither rule may warn.  LOOK-ALIKE notes share the words but lack one or both:
culture praise, "I have the skills you need" with nothing concrete, a recap of times and dates
only, flattery, a list of virtues.  Status checks and rejection replies need neither.

Each probe states which of the two rules must warn.  Before the change 11 of the 94 verdicts were
wrong (1 good note falsely told it names nothing: "Good to hear the body corporate wants ..."; 10
look-alikes passed: five bare claims of fit, two voicemails whose caller's own name passed as a
detail, the hiring process's timeline, the school's values beside a fit sentence, and a fit sentence
with "the pace your store needs"); after it none.  XFAIL holds any still misjudged.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from followup_lint import Linter


class Probe(NamedTuple):
    key: str
    purpose: str
    channel: str
    company: str
    role: str
    text: str
    fit: bool  # the note ties experience to the role (FL205 must stay quiet)
    specific: bool  # the note recalls something concrete from the interview (FL202 must stay quiet)


GOOD = [
    Probe(
        "nurse-uk-email",
        "thank-you",
        "email",
        "St Aldhelm's Hospital",
        "Staff Nurse",
        "Subject: Thank you – Staff Nurse, Ward 7\n\nDear Sister Okafor,\n\nThank you for showing me round "
        "Ward 7 on Monday. Seeing the new falls-prevention huddle at handover was a highlight, and I liked how "
        "the healthcare assistants lead it. I've spent four years on an elderly-care ward where I set up our "
        "own bay-tagging scheme, so I could pick up the huddle and help embed it from my first week. I'd be "
        "glad to hear about the next steps.\n\nKind regards,\nHannah Pryce\n07700 900412",
        True,
        True,
    ),
    Probe(
        "sparky-au-call",
        "thank-you",
        "call",
        "Callaghan Electrical",
        "Leading Hand",
        "Hi Darren, it's Mick Callaghan calling about the leading hand job. Thanks for the yard tour this "
        "arvo – that switchboard upgrade at the Geelong school you mentioned sounds like a big one. I've run "
        "three school fit-outs over the holidays under the department's access rules, so a tight shutdown "
        "window like that is bread and butter for me. Cheers, talk soon – my number's 0412 555 018.",
        True,
        True,
    ),
    Probe(
        "retail-in-linkedin",
        "thank-you",
        "linkedin",
        "Trendz Retail",
        "Store Manager",
        "Dear Ms Iyer, thank you for taking the time to meet me yesterday regarding the Store Manager post at "
        "the Koramangala outlet. Your point about footfall dropping on weekday afternoons stayed with me. In "
        "my present store I introduced a college-student loyalty scheme that lifted weekday billing by 18 "
        "percent, and I would be happy to try something similar for your outlet. Regards, Pradeep Nair",
        True,
        True,
    ),
    Probe(
        "fleet-ng-email",
        "thank-you",
        "email",
        "Lagoon Haulage",
        "Fleet Supervisor",
        "Subject: Appreciation – Fleet Supervisor interview\n\nGood afternoon Mr Adeyemi,\n\nI write to thank "
        "you for the interview on Thursday. I took note of the challenge you raised about trucks waiting for "
        "hours at the Apapa port gate. Having coordinated a 40-truck fleet for a cement distributor, I have "
        "planned night dispatch slots around port congestion before and can bring that experience to your "
        "operations. I look forward to hearing from you.\n\nYours faithfully,\nChinedu Okonkwo\n0803 555 0192",
        True,
        True,
    ),
    Probe(
        "teacher-uk-card",
        "thank-you",
        "letter",
        "Holmfield Primary",
        "Class Teacher",
        "Dear Mrs Hollis,\n\nThank you so much for letting me teach the Year 4 group on Wednesday. The "
        "children's puppet retelling of The Iron Man was a delight. Having led phonics catch-up groups for two "
        "years, I'd love to support the reading recovery push you described.\n\nWarm wishes,\nJess Lamb",
        True,
        True,
    ),
    Probe(
        "fpa-us-email",
        "thank-you",
        "email",
        "Northbeam",
        "FP&A Analyst",
        "Subject: Thank you – FP&A Analyst interview\n\nHi Rachel,\n\nThanks for the conversation this "
        "morning. The way your team rebuilt the rolling forecast after the Q2 pricing change was fascinating. "
        "I owned the driver-based forecast model at my last company, covering 12 cost centers, so I could add "
        "capacity to that rebuild quickly. I'm excited about the role and hope to hear about next steps "
        "soon.\n\nBest,\nOwen Martinez",
        True,
        True,
    ),
    Probe(
        "backend-linkedin",
        "thank-you",
        "linkedin",
        "Paywise",
        "Backend Engineer",
        "Hi Sanjay – thanks for the chat today about the backend role. Your story about payment retries "
        "double-charging customers during the Diwali sale was memorable. I spent last year making our "
        "checkout service idempotent under similar spikes, which sounds close to what your team needs next. "
        "Cheers, Lena",
        True,
        True,
    ),
    Probe(
        "chef-uk-call",
        "thank-you",
        "call",
        "The Drovers Arms",
        "Head Chef",
        "Hello Marco, it's Abi Turner calling about the head chef position. Thank you for the trial shift "
        "today. I loved the idea of the Sunday sharing boards from local farms. I ran a 90-cover kitchen with "
        "a seasonal menu for three years, so sourcing from small suppliers is something I'm used to. You can "
        "reach me on 07700 900 318. Speak soon, bye.",
        True,
        True,
    ),
    Probe(
        "housing-uk-email",
        "thank-you",
        "email",
        "Calder Borough Council",
        "Housing Officer",
        "Subject: Thank you – Housing Officer interview\n\nDear Mr Bell,\n\nThank you for interviewing me on "
        "Tuesday for the Housing Officer role. I appreciated hearing about the council's plan to clear the "
        "damp and mould repair backlog before winter. In my current post at a housing association I manage a "
        "patch of 300 homes and cut our repair waiting list by half, which I believe would be directly useful "
        "for that plan. I look forward to hearing from you.\n\nYours sincerely,\nAmina Sheikh",
        True,
        True,
    ),
    Probe(
        "icu-in-linkedin",
        "thank-you",
        "linkedin",
        "Amrita Care",
        "ICU Nurse",
        "Dear Dr Menon, many thanks for the interview for the ICU nurse position. The new early-warning score "
        "dashboard you demonstrated was very impressive. I have worked six years in cardiac ICU and trained "
        "juniors on NEWS charting, so I am well placed to help roll out the dashboard on night shifts. With "
        "regards, Sreeja Thomas",
        True,
        True,
    ),
    Probe(
        "plumber-au-email",
        "thank-you",
        "email",
        "Riverside Strata",
        "Maintenance Plumber",
        "Subject: Thanks – Maintenance Plumber interview\n\nHi Karen,\n\nCheers for catching up on Friday. "
        "Good to hear the body corporate wants the hot water units on the older blocks replaced before "
        "summer. I've swapped out dozens of heat-pump units in strata buildings across Brisbane, so I'd hit "
        "the ground running on that job. Keen to hear how things progress.\n\nThanks again,\nBrett Walsh\n"
        "0400 555 271",
        True,
        True,
    ),
    Probe(
        "retail-uk-card",
        "thank-you",
        "letter",
        "Harlow's",
        "Sales Assistant",
        "Dear Louise,\n\nJust a note to say thanks for Saturday's interview. I really enjoyed hearing how the "
        "team turned the old stockroom into a click-and-collect point. I've worked the tills and the online "
        "orders desk at a busy chemist for two years, so I know that kind of counter well.\n\nAll the best,\n"
        "Priya Shah",
        True,
        True,
    ),
    Probe(
        "warehouse-us-call",
        "thank-you",
        "call",
        "Midstate Distribution",
        "Warehouse Lead",
        "Hi Tom, this is Dana Ruiz following up on this morning's interview for the warehouse lead role. "
        "Thanks again. The pick-path changes you walked me through on the mezzanine were really clever. I've "
        "trained night crews on RF scanners and slotting at two distribution centers, so I think I could help "
        "keep those pick rates up. You can reach me at 555-0147. Thanks!",
        True,
        True,
    ),
    Probe(
        "chem-ng-email",
        "thank-you",
        "email",
        "Kings Heritage College",
        "Chemistry Teacher",
        "Subject: Thank you for the interview – Chemistry Teacher\n\nDear Mrs Eze,\n\nThank you for the "
        "opportunity to interview for the Chemistry teacher position on Monday. I was glad to learn that the "
        "school is re-equipping its laboratory for the WAEC practicals. I have prepared SS3 students for WAEC "
        "chemistry practicals for five years with a pass rate above 85 percent, and I am confident I can "
        "contribute meaningfully to that effort.\n\nYours faithfully,\nEmeka Obi\n0806 555 0133",
        True,
        True,
    ),
    Probe(
        "close-uk-linkedin",
        "thank-you",
        "linkedin",
        "Harbour Foods",
        "Financial Controller",
        "Hi James, thank you for Thursday. Your description of the month-end close stretching to nine days "
        "because of manual intercompany matching struck a chord. I automated intercompany reconciliations at "
        "my current firm and took our close from eight days to five. Best wishes, Fiona",
        True,
        True,
    ),
    Probe(
        "mobile-au-email",
        "thank-you",
        "email",
        "CareRoster",
        "Mobile Developer",
        "Subject: Thanks for today – Mobile Developer\n\nHi Priya,\n\nThanks heaps for the interview. The "
        "demo of your rostering app for aged-care providers was great, especially the offline mode for carers "
        "in rural areas. I built an offline-first React Native app for field inspectors at my last job, so the "
        "syncing problems you mentioned are ones I've already worked through. Looking forward to hearing "
        "back.\n\nCheers,\nLiam Doyle",
        True,
        True,
    ),
    Probe(
        "frontoffice-in-email",
        "thank-you",
        "email",
        "Hotel Saffron",
        "Front Office Manager",
        "Subject: Thank you – Front Office Manager\n\nDear Mr Kapoor,\n\nThank you for meeting me on "
        "Saturday. I was impressed by your plan to open the rooftop restaurant for wedding functions. At my "
        "present hotel I handled banquet bookings for over 150 weddings a year, and I can bring that "
        "coordination experience to your front office. Awaiting your reply.\n\nWarm regards,\nNeha Joshi",
        True,
        True,
    ),
    Probe(
        "grants-us-linkedin",
        "thank-you",
        "linkedin",
        "Ridge County",
        "Grants Coordinator",
        "Ms. Grant — thank you for the panel interview for the grants coordinator position. The backlog of "
        "federal reimbursement claims you described is a challenge I know well: I managed FEMA reimbursement "
        "paperwork for a county after the 2021 floods. Best regards, Marcus Lee",
        True,
        True,
    ),
    Probe(
        "health-ng-call",
        "thank-you",
        "call",
        "Delta Primary Health Board",
        "Community Health Officer",
        "Good evening Madam Bello, this is Funmi Adebayo. I am calling to say thank you for the interview this "
        "afternoon for the community health officer role. The immunisation outreach to the riverine villages "
        "you talked about is very close to my heart. I have led house-to-house polio campaigns in Bayelsa for "
        "three years, so I understand the terrain and the boat logistics. My number is 0803 555 0177. Thank "
        "you, ma.",
        True,
        True,
    ),
    Probe(
        "mechanic-uk-card",
        "thank-you",
        "letter",
        "Hooper Motors",
        "Vehicle Technician",
        "Dear Gary,\n\nThanks for having me in the workshop on Wednesday. The hybrid Yaris you had on the ramp "
        "with the inverter fault was an interesting one. I hold my Level 3 EV qualification and have "
        "diagnosed a fair few of those, so I'd be useful as the hybrid work grows.\n\nCheers,\nDan Hooper",
        True,
        True,
    ),
    Probe(
        "credit-in-email",
        "thank-you",
        "email",
        "Sahyadri Bank",
        "Credit Analyst",
        "Subject: Thank you for the interview – Credit Analyst\n\nDear Mr Reddy,\n\nI am grateful for your "
        "time yesterday. Your remarks on rising delinquencies in the MSME book were insightful. Having "
        "appraised MSME working-capital loans for four years at a cooperative bank, I can contribute to "
        "tightening the early-warning signals you spoke about.\n\nThanks and regards,\nKavya Rao",
        True,
        True,
    ),
    Probe(
        "dataeng-uk-email",
        "thank-you",
        "email",
        "Fenwick Energy",
        "Data Engineer",
        "Subject: Thanks – Data Engineer interview\n\nHi Tom,\n\nThank you for the interview this afternoon. "
        "The problem of the nightly Airflow jobs missing the 6am dashboard deadline sounded painful. I moved a "
        "similar pipeline to incremental loads at my current place and it now finishes in forty minutes, so "
        "I'd like to help with yours. I look forward to hearing from you.\n\nBest,\nAisha Bello",
        True,
        True,
    ),
    Probe(
        "maths-au-linkedin",
        "thank-you",
        "linkedin",
        "Bayside Secondary College",
        "Maths Teacher",
        "Hi Mel, thanks for yesterday's chat about the Year 9 maths role. Loved hearing about the numeracy "
        "breakfast club. I've run a lunchtime maths support group for three years and lifted our NAPLAN "
        "numeracy results, so I'd be keen to pitch in with the club. Cheers, Josh",
        True,
        True,
    ),
    Probe(
        "stylist-au-call",
        "thank-you",
        "call",
        "Lulu & Co",
        "Retail Stylist",
        "Hey Sarah, it's Tegan Moore. Just ringing to say thanks for the interview at the Chadstone store "
        "today. Your idea of a styling corner for school formal season sounds awesome. I did visual "
        "merchandising for a bridal boutique for two years, so setting up a corner like that is right up my "
        "alley. I'm on 0412 555 903. Thanks, bye!",
        True,
        True,
    ),
    Probe(
        "planner-uk-linkedin",
        "thank-you",
        "linkedin",
        "Aire Parcels",
        "Transport Planner",
        "Dear Ms Hart, thank you for yesterday's interview for the transport planner post. The move to "
        "electric vans at the Leeds depot, and their range on the longer rural routes, sounded like an "
        "interesting puzzle. I've planned multi-drop routes in Paragon for five years, including around "
        "tachograph limits, so planning under a new constraint is familiar ground. Kind regards, Rob Ellis",
        True,
        True,
    ),
    # not thank-you notes: neither item applies
    Probe(
        "status-uk-email",
        "status-check",
        "email",
        "Calder Borough Council",
        "Housing Officer",
        "Subject: Follow-up on Housing Officer interview of 3 March\n\nDear Mr Bell,\n\nI hope you are well. "
        "I interviewed for the Housing Officer role on 3 March and wondered whether there is any update on "
        "the decision. I remain very interested in the post.\n\nYours sincerely,\nAmina Sheikh\n07700 900 655",
        True,
        True,
    ),
    Probe(
        "rejection-in-email",
        "rejection-reply",
        "email",
        "Sahyadri Bank",
        "Credit Analyst",
        "Subject: Re: Credit Analyst application\n\nDear Mr Reddy,\n\nThank you for letting me know. I am "
        "disappointed but grateful for the chance to interview. If you could share any feedback on where I "
        "fell short, I would value it greatly.\n\nThanks and regards,\nKavya Rao",
        True,
        True,
    ),
]

LOOK_ALIKE = [
    Probe(
        "culture-uk-email",
        "thank-you",
        "email",
        "St Aldhelm's Hospital",
        "Staff Nurse",
        "Subject: Thank you – Staff Nurse interview\n\nDear Ms Clarke,\n\nThank you for taking the time to "
        "speak with me today about the Staff Nurse role. I loved the great company culture and the friendly "
        "atmosphere. I believe I would be a great asset to your team and look forward to hearing from you."
        "\n\nKind regards,\nRuth Evans",
        False,
        False,
    ),
    Probe(
        "skills-linkedin",
        "thank-you",
        "linkedin",
        "Paywise",
        "Backend Engineer",
        "Hi Sanjay, thanks for the chat about the backend role today. I have the skills you need and I'm sure "
        "I'd be a great fit for the team. Looking forward to hearing from you. Lena",
        False,
        False,
    ),
    Probe(
        "logistics-recap-email",
        "thank-you",
        "email",
        "Aire Parcels",
        "Transport Planner",
        "Subject: Thank you – Transport Planner interview\n\nDear Ms Hart,\n\nThank you for meeting me on "
        "Tuesday at 10am at your Wakefield office. As agreed, I will send my two references by Friday, and I "
        "am free for a second interview any day next week after 2pm.\n\nKind regards,\nRob Ellis",
        False,
        False,
    ),
    Probe(
        "flattery-card",
        "thank-you",
        "letter",
        "The Drovers Arms",
        "Head Chef",
        "Dear Marco,\n\nThank you for seeing me yesterday. You were the most welcoming interviewer I have ever "
        "met, and your pub is clearly the best in the county. I would be honoured to work for such a "
        "respected establishment.\n\nWith best wishes,\nAbi Turner",
        False,
        False,
    ),
    Probe(
        "generic-au-call",
        "thank-you",
        "call",
        "Lulu & Co",
        "Retail Stylist",
        "Hi Sarah, it's Tegan Moore, just ringing to say thanks for the interview at the store today. It was "
        "great to learn more about the role and the team, and I think I'd be a really good fit. I'm on 0412 "
        "555 903. Thanks, bye!",
        False,
        False,
    ),
    Probe(
        "virtues-us-email",
        "thank-you",
        "email",
        "Northbeam",
        "FP&A Analyst",
        "Subject: Thank you – FP&A Analyst interview\n\nHi Rachel,\n\nThanks for the conversation this "
        "morning. The way your team rebuilt the rolling forecast after the Q2 pricing change was fascinating. "
        "I am a hard-working, detail-oriented professional with a real passion for finance. I look forward "
        "to hearing about next steps.\n\nBest,\nOwen Martinez",
        False,
        True,
    ),
    Probe(
        "values-uk-email",
        "thank-you",
        "email",
        "Holmfield Academy",
        "English Teacher",
        "Subject: Thank you – English Teacher interview\n\nDear Mr Rowe,\n\nThank you for meeting me on "
        "Wednesday. I enjoyed our discussion and learning about the school's values. With six years teaching "
        "GCSE English and results above the national average, I could take on your Year 11 classes from day "
        "one. I look forward to hearing from you.\n\nKind regards,\nClaire Dunn",
        True,
        False,
    ),
    Probe(
        "suitable-in-linkedin",
        "thank-you",
        "linkedin",
        "Department of Revenue",
        "Assistant Section Officer",
        "Respected Sir, thank you for the interview for the Assistant Section Officer post. It was a great "
        "learning experience. I am confident that my qualifications make me a suitable candidate for the "
        "post. Regards, Ravi Kumar",
        False,
        False,
    ),
    Probe(
        "citadel-ng-email",
        "thank-you",
        "email",
        "Unity Trust Bank",
        "Relationship Officer",
        "Subject: Appreciation for the interview\n\nDear Sir,\n\nI write to express my profound gratitude for "
        "the interview granted me on Wednesday. Your organisation is a citadel of excellence and I would be "
        "glad to be part of it. I possess the requisite skills and experience for the role.\n\nYours "
        "faithfully,\nTunde Bakare",
        False,
        False,
    ),
    Probe(
        "process-us-email",
        "thank-you",
        "email",
        "Paywise",
        "Backend Engineer",
        "Subject: Thanks – Backend Engineer interview\n\nHi Sanjay,\n\nThanks for walking me through the "
        "interview process and the timeline for the take-home test. I'll submit it by Monday evening. My "
        "background is a great match for this position.\n\nBest,\nLena Fischer",
        False,
        False,
    ),
    Probe(
        "atmosphere-in-email",
        "thank-you",
        "email",
        "Hotel Saffron",
        "Front Office Manager",
        "Subject: Thank you – Front Office Manager\n\nDear Mr Kapoor,\n\nThank you for meeting me on "
        "Saturday. Your hotel has such a lovely atmosphere and everyone I met was so courteous. I am sure I "
        "will be an asset to the organisation.\n\nWarm regards,\nNeha Joshi",
        False,
        False,
    ),
    Probe(
        "kindness-card",
        "thank-you",
        "letter",
        "St Aldhelm's Hospital",
        "Staff Nurse",
        "Dear Sister Okafor,\n\nThank you for your kindness during my interview. I really felt at home on the "
        "ward, and I hope to join your wonderful team soon.\n\nWith warm wishes,\nHannah Pryce",
        False,
        False,
    ),
    Probe(
        "vans-uk-linkedin",
        "thank-you",
        "linkedin",
        "Aire Parcels",
        "Transport Planner",
        "Dear Ms Hart, thank you for yesterday's interview. The move to electric vans at the Leeds depot "
        "sounded like an exciting change, and I'd love to be part of it. Kind regards, Rob Ellis",
        False,
        True,
    ),
    Probe(
        "short-au-call",
        "thank-you",
        "call",
        "Riverside Strata",
        "Maintenance Plumber",
        "G'day Karen, Brett Walsh here. Thanks for the chat on Friday about the plumber job. Looking forward "
        "to hearing back – I'm on 0400 555 271. Cheers.",
        False,
        False,
    ),
    Probe(
        "learner-in-email",
        "thank-you",
        "email",
        "Sahyadri Bank",
        "Credit Analyst",
        "Subject: Thank you for the interview – Credit Analyst\n\nDear Mr Reddy,\n\nThank you for the "
        "interview yesterday. I am a quick learner and a good team player, and I am always eager to take on "
        "new challenges. Kindly let me know if anything further is needed.\n\nThanks and regards,\nKavya Rao",
        False,
        False,
    ),
    Probe(
        "passion-uk-email",
        "thank-you",
        "email",
        "Calder Borough Council",
        "Housing Officer",
        "Subject: Thank you – Housing Officer interview\n\nDear Mr Bell,\n\nThank you for interviewing me on "
        "Tuesday. I appreciated hearing about the council's plan to clear the damp and mould repair backlog "
        "before winter. I am passionate about public service and truly believe in making a difference in "
        "people's lives.\n\nYours sincerely,\nAmina Sheikh",
        False,
        True,
    ),
    Probe(
        "wish-us-email",
        "thank-you",
        "email",
        "Fenwick Energy",
        "Data Engineer",
        "Subject: Thanks – Data Engineer interview\n\nHi Tom,\n\nThank you for the interview this afternoon. "
        "The problem of the nightly Airflow jobs missing the 6am dashboard deadline sounded painful. I have "
        "always wanted experience at a company like yours and would love the chance to learn.\n\nBest,\n"
        "Aisha Bello",
        False,
        True,
    ),
    Probe(
        "compound-ng-email",
        "thank-you",
        "email",
        "Kings Heritage College",
        "Chemistry Teacher",
        "Subject: Thank you for the interview\n\nDear Mrs Eze,\n\nThank you for the interview on Monday. The "
        "school compound is very neat and the staff were most welcoming. I will be glad to bring my passion "
        "for teaching to your school.\n\nYours faithfully,\nEmeka Obi",
        False,
        False,
    ),
    Probe(
        "pharmacy-uk-card",
        "thank-you",
        "letter",
        "Harlow's",
        "Assistant Store Manager",
        "Dear Louise,\n\nThank you for meeting me on Saturday. I have managed a team of twelve in a busy "
        "high-street pharmacy, so I am used to the pace your store needs. I hope to hear from you soon.\n\n"
        "Kind regards,\nPriya Shah",
        True,
        False,
    ),
    Probe(
        "mission-au-email",
        "thank-you",
        "email",
        "CareRoster",
        "Mobile Developer",
        "Subject: Thanks for today – Mobile Developer\n\nHi Priya,\n\nThanks heaps for the interview. It was "
        "great to hear about the company's mission and where the product is heading. I'm a strong developer "
        "and I reckon I'd be a great addition to the team.\n\nCheers,\nLiam Doyle",
        False,
        False,
    ),
]

# (probe key, rule code) pairs the linter still misjudges
XFAIL: set[tuple[str, str]] = set()


def _warned(linter: Linter, probe: Probe) -> set[str]:
    report = linter.lint(
        probe.text,
        purpose=probe.purpose,
        channel=probe.channel,
        context={"company": probe.company, "role": probe.role},
    )
    return {f.code for f in report.findings if f.severity.value in ("warning", "error")}


def _cases() -> list:
    cases = []
    for probe in GOOD + LOOK_ALIKE:
        for code, present in (("FL205", probe.fit), ("FL202", probe.specific)):
            marks = [pytest.mark.xfail(strict=True)] if (probe.key, code) in XFAIL else []
            cases.append(pytest.param(probe, code, not present, id=f"{probe.key}-{code}", marks=marks))
    return cases


@pytest.mark.parametrize(("probe", "code", "should_warn"), _cases())
def test_blind_round9(linter: Linter, probe: Probe, code: str, should_warn: bool) -> None:
    assert (code in _warned(linter, probe)) is should_warn

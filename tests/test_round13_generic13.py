"""G-PERSONAL and G-SPECIFICS blind batch A, round 13 (written 2026-12-05 before any change; none from
the corpus, every wording our own).

The main target is the note that could go to any employer unchanged: a status check or a rejection
reply that names nothing of this employer, a bare one- or two-line thank-you, a LinkedIn default
invitation with a name on each side of it, a form letter with only the company and the role filled
in, one e-mail sent to several employers at once.  Their look-alikes must stay quiet: the same
purposes written for this employer (the role, the date, a person, a thing of the interview), and
good notes that name other firms (a former employer, a client, a competitor the reader brought up,
the writer's university, an agency's client, a referrer at another firm, an offer elsewhere): FL208
is an error, so its evidence must be strong.  A few thank-you calls and notes with a detail FL202
must hear.

Each probe says what it expects: ``quiet`` (no finding of the family at warning or above), ``flag``
(one at warning or above), ``error`` (one of the family's codes at error).
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

XF = pytest.mark.xfail(strict=True, reason="misjudged before the round 13 change")

PERSONAL = {"FL207", "FL208", "FL209", "FL210", "FL211", "FL212", "FL132", "FL134"}
SLIPS = {"FL208", "FL209", "FL132", "FL134"}
SPECIFICS = {"FL202"}


def mail(greeting: str, body: str, sign: str = "Kind regards,\nMorgan Adeyemi", subject: str = "Thank you") -> str:
    head = f"Subject: {subject}\n\n" if subject else ""
    return f"{head}{greeting}\n\n{body}\n\n{sign}" if greeting else f"{head}{body}\n\n{sign}"


def findings(linter: Linter, text: str, ctx: dict, channel: str, purpose: str) -> dict[str, str]:  # type: ignore[type-arg]
    report = linter.lint(text, purpose=purpose, channel=channel, context=ctx)
    out: dict[str, str] = {}
    for f in report.findings:
        if f.severity.value in ("warning", "error") and out.get(f.code) != "error":
            out[f.code] = f.severity.value
    return out


def verdict(found: dict[str, str], family: set[str], expect: str) -> bool:
    hits = {c: s for c, s in found.items() if c in family}
    if expect == "quiet":
        return not hits
    if expect == "flag":
        return bool(hits)
    assert expect == "error"
    return any(s == "error" for s in hits.values())


FREIGHT = {"company": "Kestrel Freight Ltd", "role": "Transport Planner", "interviewers": ["Dawn Pickering"]}
CLINIC = {"company": "Harbourside Physiotherapy", "role": "Clinic Receptionist", "interviewers": ["Liam O'Rourke"]}
PLUMB = {"company": "Mokoena Plumbing Services", "role": "Apprentice Plumber", "interviewers": ["Sipho Mokoena"]}
SOFTWARE = {"company": "Tessellate Software", "role": "QA Engineer", "interviewers": ["Anjali Deshpande"]}
SCHOOLS = {"company": "Brookmere Primary School", "role": "Teaching Assistant", "interviewers": ["Helen Whitcombe"]}
HOMES = {"company": "Brackenfield Homes", "role": "Site Supervisor", "interviewers": ["Gareth Lloyd"]}
BANK = {"company": "Coromandel Cooperative Bank", "role": "Credit Officer", "interviewers": ["Lakshmi Raghavan"]}
CAFE = {"company": "Wattle & Ember Cafe", "role": "Barista", "interviewers": ["Chloe Nguyen"]}
AGENCY = {"company": "Northgate Talent Partners", "role": "Category Buyer", "interviewers": ["Femi Adebayo"]}
AGENCY2 = {"company": "Lindqvist Executive Search", "role": "Finance Director", "interviewers": ["Karin Lindqvist"]}
LAB = {"company": "Ferncliff Diagnostics", "role": "Laboratory Technician", "interviewers": ["Owen Tremayne"]}
COUNCIL = {"company": "Ashcombe District Council", "role": "Planning Officer", "interviewers": ["Ms. Zanele Dube"]}
ESTATE = {
    "company": "Pellow & Vance Estates",
    "role": "Lettings Negotiator",
    "interviewers": ["Ms. Rosalind Fitzgerald"],
}
UNI = {"company": "University of Tarnside", "role": "Research Assistant", "interviewers": ["Prof. Ikechukwu Obi"]}

# (id, ctx, channel, purpose, text, family, expect)
PROBES = [
    # ---- G-PERSONAL, bad: could go to any employer --------------------------------------------------
    (
        "b-status-touch-base",
        FREIGHT,
        "email",
        "status-check",
        mail(
            "Hello,",
            "I wanted to touch base about where things stand following my interview. I'm still keen and "
            "would value an update whenever you have one to share.",
            subject="Touching base",
        ),
        PERSONAL,
        "flag",
    ),
    (
        "b-status-enquire-outcome-british",
        CLINIC,
        "email",
        "status-check",
        mail(
            "Dear Sir or Madam,",
            "I am writing to enquire whether a decision has yet been reached following my recent interview. "
            "I continue to have a strong interest and would be most grateful for news at your convenience.",
            sign="Yours faithfully,\nMorgan Adeyemi",
            subject="Enquiry",
        ),
        PERSONAL,
        "flag",
    ),
    (
        "b-status-kindly-update-indian",
        BANK,
        "email",
        "status-check",
        mail(
            "Respected Madam,",
            "This is with reference to the interview I attended last week. Kindly update me about the status "
            "of my candidature at the earliest. I shall be highly obliged.",
            sign="Thanking you,\nMorgan Adeyemi",
            subject="Regarding status",
        ),
        PERSONAL,
        "flag",
    ),
    (
        "b-status-linkedin-any-word",
        CAFE,
        "linkedin",
        "status-check",
        "Hey, any word yet on the job? Cheers, Morgan",
        PERSONAL,
        "flag",
    ),
    (
        "b-status-remember-me",
        SOFTWARE,
        "email",
        "status-check",
        mail(
            "Hi,",
            "Not sure if you'll recall me, I came in for an interview a little while back. Wondering if "
            "there's been any movement on your side?",
            sign="Thanks\nMorgan",
            subject="Following up",
        ),
        PERSONAL,
        "flag",
    ),
    (
        "b-rr-generic-recruitment-team",
        LAB,
        "email",
        "rejection-reply",
        mail(
            "Dear Recruitment Team,",
            "Thank you for letting me know your decision. While naturally disappointed, I am grateful to have "
            "been considered. Any feedback you could pass on would help me in future applications, and I wish "
            "you every success.",
            subject="Re: Application update",
        ),
        PERSONAL,
        "flag",
    ),
    (
        "b-rr-generic-aussie",
        CAFE,
        "email",
        "rejection-reply",
        mail(
            "Hi there,",
            "Thanks heaps for getting back to me about the outcome. Bit gutted, but I understand. If you've got "
            "any pointers on what I could do better next time I'd really appreciate hearing them.",
            sign="Cheers,\nMorgan",
            subject="Re: Your application",
        ),
        PERSONAL,
        "flag",
    ),
    (
        "b-rr-generic-letter",
        COUNCIL,
        "letter",
        "rejection-reply",
        (
            "14 Orchard Rise\nAshcombe AB1 2CD\n\n3 December 2026\n\nDear Sir/Madam,\n\nI write to acknowledge "
            "receipt of your letter advising me that my application has been unsuccessful on this occasion. I "
            "thank you for the consideration given and would be glad of any comments you are able to offer on "
            "my performance.\n\nYours faithfully,\n\nMorgan Adeyemi"
        ),
        PERSONAL,
        "flag",
    ),
    (
        "b-ty-short-email-nothing",
        SCHOOLS,
        "email",
        "thank-you",
        mail("Hi Helen,", "Cheers for your time this afternoon, it was much appreciated. Hope to hear soon!"),
        PERSONAL,
        "flag",
    ),
    (
        "b-ty-linkedin-great-meeting",
        SOFTWARE,
        "linkedin",
        "thank-you",
        "Really great meeting you earlier. Thanks again for fitting me in!",
        PERSONAL,
        "flag",
    ),
    (
        "b-ty-one-line-lowercase",
        PLUMB,
        "email",
        "thank-you",
        mail("", "thank u for the interview hope to hear from u", sign="", subject="interview"),
        PERSONAL,
        "flag",
    ),
    (
        "b-ty-form-company-role-filled",
        HOMES,
        "email",
        "thank-you",
        mail(
            "Dear Mr. Lloyd,",
            "Thank you for the opportunity to interview for the Site Supervisor role at Brackenfield Homes. I "
            "valued learning more about the company and its goals. I am confident that my background and "
            "abilities make me a strong candidate, and I look forward to hearing from you regarding the next "
            "steps.",
            subject="Thank you – Site Supervisor",
        ),
        PERSONAL,
        "flag",
    ),
    (
        "b-ty-form-company-role-filled-za",
        PLUMB,
        "email",
        "thank-you",
        mail(
            "Dear Mr. Mokoena,",
            "Thank you for interviewing me for the Apprentice Plumber post at Mokoena Plumbing Services. It was "
            "a pleasure to find out more about the business. I believe I would be a great fit for your team and "
            "I hope to hear from you soon.",
            subject="Thank you for the interview",
        ),
        PERSONAL,
        "flag",
    ),
    (
        "b-li-invite-named-both-ends",
        FREIGHT,
        "linkedin",
        "thank-you",
        "Dawn,\n\nI would like to join your professional network.\n\nMorgan Adeyemi",
        PERSONAL,
        "flag",
    ),
    (
        "b-ty-blast-to-several-firms",
        HOMES,
        "email",
        "thank-you",
        (
            "To: gareth.lloyd@brackenfieldhomes.co.uk; jobs@tarrantconstruction.co.uk; hr@oakmeadbuild.com\n"
            "Subject: Thank you\n\nDear all,\n\nThank you for interviewing me recently for a supervisory role. I "
            "enjoyed learning about each of your sites and would welcome the chance to bring my experience of "
            "running groundworks crews to your company.\n\nKind regards,\nMorgan Adeyemi"
        ),
        PERSONAL,
        "flag",
    ),
    (
        "b-ty-misspelt-surname",
        ESTATE,
        "email",
        "thank-you",
        mail(
            "Dear Ms. Fitzgerold,",
            "Thank you for seeing me on Tuesday. I enjoyed hearing how the team handles the rush of student lets "
            "each August, and I would be keen to join you as a Lettings Negotiator.",
        ),
        PERSONAL,
        "flag",
    ),
    (
        "b-ty-wrong-honorific",
        COUNCIL,
        "email",
        "thank-you",
        mail(
            "Dear Mr. Dube,",
            "Thank you for the interview on Monday. Your point about the backlog of householder applications "
            "stayed with me, and I would be glad to help clear it as a Planning Officer.",
        ),
        PERSONAL,
        "flag",
    ),
    (
        "b-ty-other-firm-join",
        FREIGHT,
        "email",
        "thank-you",
        mail(
            "Dear Ms. Pickering,",
            "Thank you for yesterday's interview. Hearing about the cross-dock project convinced me I would love "
            "to join Marlow Haulage as a Transport Planner.",
        ),
        PERSONAL,
        "error",
    ),
    (
        "b-ty-other-firm-interview-with",
        SOFTWARE,
        "email",
        "thank-you",
        mail(
            "Hi Anjali,",
            "Thanks for the chance to interview with Quillfeather Labs this morning. The flaky-test dashboard "
            "you showed me was a treat, and I am keen on the QA Engineer role.",
        ),
        PERSONAL,
        "error",
    ),
    (
        "b-ty-generic-sir-madam-long",
        UNI,
        "email",
        "thank-you",
        mail(
            "Dear Sir or Madam,",
            "Please accept my sincere thanks for the interview. I found the experience informative and "
            "worthwhile, and it strengthened my wish to be part of such a respected institution. I remain at "
            "your disposal should you require anything further from me.",
        ),
        PERSONAL,
        "flag",
    ),
    (
        "b-ty-call-nothing-particular",
        CLINIC,
        "call",
        "thank-you",
        (
            "Hi, it's Morgan calling. Just ringing to say thanks for the interview earlier, I really enjoyed it. "
            "Speak soon, bye."
        ),
        PERSONAL,
        "flag",
    ),
    (
        "b-ty-specifics-only-praise",
        LAB,
        "email",
        "thank-you",
        mail(
            "Dear Owen,",
            "Thank you for meeting me on Friday. Everything about the lab impressed me, and the whole afternoon "
            "was a genuinely positive experience. I would be pleased to take the Laboratory Technician post.",
        ),
        SPECIFICS,
        "flag",
    ),
    # ---- G-PERSONAL, good look-alikes: the same purposes written for this employer ------------------
    (
        "g-status-role-and-date",
        FREIGHT,
        "email",
        "status-check",
        mail(
            "Dear Ms. Pickering,",
            "I hope the peak season is going smoothly. I am writing to ask whether there is any news on the "
            "Transport Planner vacancy I interviewed for on 12 November. I remain keen on the role.",
            subject="Transport Planner – update?",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-status-indian-names-bank",
        BANK,
        "email",
        "status-check",
        mail(
            "Dear Mrs. Raghavan,",
            "Greetings. I had the privilege of being interviewed for the Credit Officer post at your Adyar "
            "branch on 20 November. May I request an update on the selection, at your convenience? I remain "
            "very interested.",
            sign="With regards,\nMorgan Adeyemi",
            subject="Credit Officer interview – status",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-status-linkedin-names-thing",
        CAFE,
        "linkedin",
        "status-check",
        (
            "Hi Chloe, hope the new Saturday brunch menu is going down well! Just wondering if there's any word on "
            "the barista job yet. Thanks, Morgan"
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-rr-names-role-and-task",
        LAB,
        "email",
        "rejection-reply",
        mail(
            "Dear Owen,",
            "Thank you for letting me know, and for the time you and Priya gave me. I'm disappointed, but I "
            "learned a lot from the pipetting exercise. If you have a moment, I'd value a line on how my "
            "technique came across.",
            subject="Re: Laboratory Technician",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-rr-aussie-names-cafe",
        CAFE,
        "email",
        "rejection-reply",
        mail(
            "Hi Chloe,",
            "Thanks for letting me know, and for the trial shift on Sunday. Gutted, but fair enough. If you had "
            "any thoughts on my milk texturing I'd love to hear them so I can keep practising.",
            sign="Cheers,\nMorgan",
            subject="Re: Barista role",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-ty-short-linkedin-with-thing",
        SOFTWARE,
        "linkedin",
        "thank-you",
        "Thanks for the chat about your release train this morning, Anjali. I'd love to help tame those flaky tests!",
        PERSONAL,
        "quiet",
    ),
    (
        "g-ty-former-employer-record",
        FREIGHT,
        "email",
        "thank-you",
        mail(
            "Dear Ms. Pickering,",
            "Thank you for Tuesday's interview. The backhaul problem you described is the one I spent two years "
            "fixing for Dunmore Distribution, where I planned the Midlands trunking, and I'd be glad to do the "
            "same for Kestrel.",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-ty-client-named",
        HOMES,
        "email",
        "thank-you",
        mail(
            "Dear Mr. Lloyd,",
            "Thank you for walking me round the Millbrook plot. The handover for Sanctuary Housing you're "
            "working towards sounds demanding, and my snagging experience would help you hit it.",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-ty-competitor-reader-raised",
        CAFE,
        "email",
        "thank-you",
        mail(
            "Hi Chloe,",
            "Thanks for Saturday's chat. Your plan to win the school-run crowd back from Gloria Jean's made a lot "
            "of sense, and I'd love to be behind the machine when it works.",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-ty-university-named",
        UNI,
        "email",
        "thank-you",
        mail(
            "Dear Professor Obi,",
            "Thank you for the interview on Thursday. The sampling design for the wetlands survey interested me "
            "greatly; the fieldwork I did for my master's at Rhodes University would carry straight over.",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-ty-agency-talent-client",
        AGENCY,
        "email",
        "thank-you",
        mail(
            "Hi Femi,",
            "Thanks for the prep call and for putting me forward. The interview for the Category Buyer role at "
            "Westerly Foods went well, and I'd love to join Westerly Foods if they agree. Their chilled range "
            "review is right up my street.",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-ty-agency-search-client",
        AGENCY2,
        "email",
        "thank-you",
        mail(
            "Dear Karin,",
            "Thank you for arranging Monday's meeting. Having met the board, I am keen to join Halvorsen Marine as "
            "Finance Director, and their refinancing plan is exactly the work I led at my last post.",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-ty-referrer-other-firm",
        PLUMB,
        "email",
        "thank-you",
        mail(
            "Dear Mr. Mokoena,",
            "Thank you for meeting me at the yard. Thandi Khumalo at Rand Water, who suggested I apply, was right "
            "about the geyser installs: I enjoyed seeing how your team runs them.",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-status-offer-elsewhere",
        SOFTWARE,
        "email",
        "status-check",
        mail(
            "Dear Anjali,",
            "I have been offered a role at Corvid Analytics and must answer by Friday, but the QA Engineer job at "
            "Tessellate remains my first choice. Is there any news on your decision?",
            subject="QA Engineer – timing",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-ty-volunteer-org",
        CLINIC,
        "email",
        "thank-you",
        mail(
            "Dear Liam,",
            "Thank you for the interview this morning. Your booking system's colour codes were easy to pick up, "
            "and the front desk I run for St John Ambulance on match days is just as busy.",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-ty-readers-past-firm",
        SOFTWARE,
        "email",
        "thank-you",
        mail(
            "Hi Anjali,",
            "Thanks for Wednesday. Hearing how you built the test lab after your years at Atlassian was "
            "inspiring, and I'd be glad to help grow it as your next QA Engineer.",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-ty-parent-group",
        CAFE,
        "email",
        "thank-you",
        mail(
            "Hi Chloe,",
            "Thanks for the trial on Friday. It was good to hear the roastery supplies beans to all the Tallow "
            "Group cafes, and I'd be happy to join the Wattle & Ember crew.",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-ty-call-agency-detail",
        AGENCY,
        "call",
        "thank-you",
        (
            "Hi Femi, Morgan Adeyemi here. Just calling to say thanks for setting up today's interview with "
            "Westerly Foods. They walked me round the chilled warehouse and I think it went well. Speak soon."
        ),
        SPECIFICS,
        "quiet",
    ),
    (
        "g-ty-voicemail-detail",
        LAB,
        "call",
        "thank-you",
        (
            "Hello Owen, it's Morgan Adeyemi. Thank you for this morning; the new sample-tracking barcodes were "
            "clever, and I'm still keen on the post. My number is 07700 900123. Thanks, bye."
        ),
        SPECIFICS,
        "quiet",
    ),
    (
        "g-ty-letter-one-of-three",
        UNI,
        "letter",
        "thank-you",
        (
            "22 Mill Lane\nTarnside TS4 8QP\n\n2 December 2026\n\nDear Professor Obi,\n\nThank you for chairing "
            "my interview. Your question on how I would code the interview transcripts made me think hard, and I "
            "would relish the chance to take it further as your Research Assistant.\n\nYours sincerely,\n\nMorgan "
            "Adeyemi"
        ),
        SPECIFICS,
        "quiet",
    ),
    (
        "g-ty-stiff-with-interview-detail",
        COUNCIL,
        "email",
        "thank-you",
        mail(
            "Dear Ms. Dube,",
            "Thank you for the interview on Monday. The presentation task on the town centre car parks was a "
            "fair test, and I would welcome the chance to serve Ashcombe as a Planning Officer.",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-rr-letter-names-post",
        COUNCIL,
        "letter",
        "rejection-reply",
        (
            "14 Orchard Rise\nAshcombe AB1 2CD\n\n3 December 2026\n\nDear Ms. Dube,\n\nThank you for your letter of "
            "1 December about the Planning Officer post. I am sorry not to be joining the development management "
            "team, but grateful for the panel's time, and I would value any comments on my answer about the "
            "enforcement backlog.\n\nYours sincerely,\n\nMorgan Adeyemi"
        ),
        PERSONAL,
        "quiet",
    ),
]

# misjudged before the round 13 change: 19 of 44 (16 of 22 bad missed, 3 of 22 good flagged)
MISJUDGED_BEFORE = {
    "b-status-touch-base",
    "b-status-enquire-outcome-british",
    "b-status-kindly-update-indian",
    "b-status-linkedin-any-word",
    "b-status-remember-me",
    "b-rr-generic-recruitment-team",
    "b-rr-generic-aussie",
    "b-rr-generic-letter",
    "b-ty-short-email-nothing",
    "b-ty-linkedin-great-meeting",
    "b-ty-one-line-lowercase",
    "b-ty-form-company-role-filled",
    "b-ty-form-company-role-filled-za",
    "b-ty-blast-to-several-firms",
    "b-ty-wrong-honorific",
    "b-ty-call-nothing-particular",
    "g-ty-agency-talent-client",
    "g-ty-agency-search-client",
    "g-ty-voicemail-detail",
}
# still misjudged after the round 13 change (2 of 44, both bad missed): a thank-you call that names
# nothing (FL210 does not read calls: a voicemail that names only the role among stock lines is a good
# one in the dev split), and a form letter with the names filled in that has four stock phrases, under
# FL210's `merge_stock` of five (at four, three good dev notes were flagged)
STILL_MISJUDGED = {"b-ty-call-nothing-particular", "b-ty-form-company-role-filled-za"}


@pytest.mark.parametrize(
    ("ctx", "channel", "purpose", "text", "family", "expect"),
    [pytest.param(*p[1:], id=p[0], marks=XF if p[0] in STILL_MISJUDGED else ()) for p in PROBES],
)
def test_batch_a(
    linter: Linter, ctx: dict, channel: str, purpose: str, text: str, family: set[str], expect: str
) -> None:  # type: ignore[type-arg]
    found = findings(linter, text, ctx, channel, purpose)
    assert verdict(found, family, expect), found

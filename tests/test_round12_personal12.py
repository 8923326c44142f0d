"""G-PERSONAL, G-SPECIFICS and G-SALUTATION blind batch A, round 12 (written 2026-12-05 before any
change; none from the corpus, every wording our own).

Held-out G-PERSONAL had half its findings on good drafts, one of them an FL208 error.  Good notes
name other organisations and people all the time: the writer's own employer or university, a client
or product the interviewer brought up, the brand beside the legal name, a short or informal name of
the employer, an agency, a colleague or the reader's boss, the writer's present title or the team's
other roles, a reader greeted by a pet form of the name or a title of the trade ("Chef").  Each
of those must stay quiet; a real copy-paste slip (another firm in "join X" beside the right one,
the last reader's name, another job title) must still be caught, as an error.  Then notes that could
go to any employer (G-PERSONAL), thank-you notes whose only "detail" is generic praise
(G-SPECIFICS), details told in shapes FL202 did not hear, and a few greetings (G-SALUTATION).

Each probe says what it expects: ``quiet`` (no finding of the family at warning or above), ``flag``
(one at warning or above), ``error`` (one of the named codes at error).
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

XF = pytest.mark.xfail(strict=True, reason="misjudged before the round 12 change")

PERSONAL = {"FL207", "FL208", "FL209", "FL210", "FL132", "FL134"}
SLIPS = {"FL208", "FL209", "FL132", "FL134"}
SPECIFICS = {"FL202"}
SALUTATION = {"FL130", "FL131", "FL133"}


def mail(greeting: str, body: str, sign: str = "Best regards,\nJordan Okafor", subject: str = "Thank you") -> str:
    return f"Subject: {subject}\n\n{greeting}\n\n{body}\n\n{sign}"


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


BAKERY = {"company": "Hartley & Finch Bakeries Ltd", "role": "Production Supervisor", "interviewers": ["Moira Hartley"]}
WATER = {"company": "Calder Valley Water", "role": "Network Technician", "interviewers": ["Grace Mbeki"]}
CONSULT = {"company": "Ostrander Lyle Consulting", "role": "Junior Data Analyst", "interviewers": ["Rahul Menon"]}
SCHOOL = {"company": "Kestrel Park Academy", "role": "Science Teacher", "interviewers": ["Neil Ashworth"]}
HOSPITAL = {"company": "Wyvern Community Health", "role": "Staff Nurse", "interviewers": ["Rebecca Osei"]}
KITCHEN = {"company": "Brasserie Lumen", "role": "Commis Chef", "interviewers": ["Marco Bellini"]}
LOGISTICS = {"company": "Hollowell Logistics", "role": "ERP Analyst", "interviewers": ["Amanda Cruz"]}
COUNCIL = {"company": "Royal Borough of Kingsmere", "role": "Parking Policy Officer", "interviewers": ["Olu Adeyemi"]}
RETAIL = {"company": "Pemberton Retail Group plc", "role": "Store Manager", "interviewers": ["Natasha Reid"]}
SOLAR = {"company": "Sunveld Energy (Pty) Ltd", "role": "Electrician", "interviewers": ["Thabo Nkosi"]}
BANK = {"company": "Indus Valley Bank", "role": "Relationship Manager", "interviewers": ["Venkatesh Iyer"]}
AGENCY_CLIENT = {"company": "Ardley Foods", "role": "Buyer", "interviewers": ["Kerry Walsh"]}
GARAGE = {"company": "Tamsin Road Motors", "role": "Vehicle Technician", "interviewers": ["Oliver Grant"]}

# (id, ctx, channel, purpose, text, family, expect)
PROBES = [
    # ---- G-PERSONAL, good notes that name another organisation or person legitimately ----------
    (
        "g-present-employer",
        BAKERY,
        "email",
        "thank-you",
        mail(
            "Dear Ms. Hartley,",
            "Thank you for showing me round the Leyton line on Thursday. At Wrenfield Foods, where I run the "
            "early shift now, we cut changeover time by laminating the allergen sheets, and I would enjoy "
            "bringing that habit to Hartley & Finch. I hope to hear about the next stage soon.",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-past-employer-coming-from",
        WATER,
        "email",
        "thank-you",
        mail(
            "Dear Ms. Mbeki,",
            "Thanks for your time yesterday. Coming from six years with Pennine Utilities, the pressure-logging "
            "work you described felt very familiar, and I'd be glad to help Calder Valley Water roll it out to "
            "the upland reservoirs.",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-university",
        CONSULT,
        "email",
        "thank-you",
        mail(
            "Dear Rahul,",
            "Many thanks for the interview this morning. The churn exercise was a good test; we did something "
            "close to it in my final-year module at the University of Strathclyde, and I would love to do that "
            "kind of work at Ostrander Lyle.",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-client-work-with",
        CONSULT,
        "email",
        "thank-you",
        mail(
            "Dear Rahul,",
            "Thank you for Tuesday's conversation. I would be excited to work with Marsh Homes on the "
            "tenant-survey dashboards you mentioned, since I built a similar survey tracker on placement.",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-client-contribute-to",
        LOGISTICS,
        "email",
        "thank-you",
        mail(
            "Hi Amanda,",
            "Thanks again for walking me through the warehouse. I'd love to contribute to Brockley Pharma's "
            "cold-chain rollout that your team is running next spring.",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-product-sap",
        LOGISTICS,
        "email",
        "thank-you",
        mail(
            "Hi Amanda,",
            "Thank you for today. I have used the warehouse module for four years, and I would enjoy working "
            "with SAP S/4HANA on the migration you are planning for the Doncaster site.",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-brand-not-legal-name",
        RETAIL,
        "email",
        "thank-you",
        mail(
            "Dear Natasha,",
            "Thank you for meeting me at the Chester store. Having shopped at Pemberton's since I was a child, "
            "I would be proud to join Pembertons Home as a store manager and help with the autumn refit you "
            "described.",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-parent-company",
        BAKERY,
        "letter",
        "thank-you",
        mail(
            "Dear Ms. Hartley,",
            "Thank you for the tour of the bakery on Monday. I understand Hartley & Finch now sits within the "
            "Ridgeway Food Group, and I would welcome the chance to join Hartley & Finch as it grows the "
            "wholesale side you spoke about.",
            sign="Yours sincerely,\nPriya Lal",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-abbreviation-council",
        COUNCIL,
        "email",
        "thank-you",
        mail(
            "Dear Mr. Adeyemi,",
            "Thank you for the interview on Wednesday. I would be very glad to join RBK's parking team and to "
            "help with the resident-permit review you outlined.",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-informal-short-name",
        SOLAR,
        "email",
        "thank-you",
        mail(
            "Hi Thabo,",
            "Thanks for having me on site in Centurion today. Seeing the battery room wired up was great, and "
            "I'd really like to join Sunveld and help with the Midrand installs you mentioned.",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-agency-through",
        AGENCY_CLIENT,
        "email",
        "thank-you",
        mail(
            "Dear Kerry,",
            "Thank you for meeting me on Friday. I first heard of the Buyer opening through Lockhart Talent, "
            "and after our talk about the own-label range I'm keen to join Ardley Foods.",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-referrer-by-name",
        HOSPITAL,
        "email",
        "thank-you",
        mail(
            "Dear Rebecca,",
            "Thank you for Monday's interview. My former mentor, Janet Cole, spoke so warmly of the team on "
            "Larch ward, and meeting you all confirmed it. I hope to hear from you about the next step.",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-colleague-especially",
        KITCHEN,
        "email",
        "thank-you",
        mail(
            "Dear Marco,",
            "Thank you for the trial shift on Saturday. The whole brigade made me welcome, especially Dev. "
            "Plating the lamb for the pass was the most fun I've had in a kitchen.",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-chef-as-address",
        KITCHEN,
        "email",
        "thank-you",
        mail(
            "Dear Marco,",
            "Thank you again, Chef, for letting me work the garnish section on Saturday. I learnt a lot from "
            "how you run the pass.",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-readers-boss",
        SCHOOL,
        "email",
        "thank-you",
        mail(
            "Dear Mr. Ashworth,",
            "Thank you for the interview and the lesson observation. Please thank Mrs. Dunmore as well; her "
            "question about practical work with Year 8 made me think hard, and I'd welcome the chance to "
            "answer it properly at Kestrel Park.",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-other-role-report-into",
        GARAGE,
        "email",
        "thank-you",
        mail(
            "Hi Oliver,",
            "Thanks for the chat and the look round the workshop. It helped to hear that the Workshop "
            "Controller post is the one I'd report into, and I'm keen on the Vehicle Technician job.",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-other-role-on-rota",
        HOSPITAL,
        "email",
        "thank-you",
        mail(
            "Dear Rebecca,",
            "Thank you for explaining how nights are covered. It was useful to learn that the Staff Nurse "
            "would share the rota with the Clinical Support Worker role on Larch ward.",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-present-title",
        BANK,
        "email",
        "thank-you",
        mail(
            "Dear Mr. Iyer,",
            "Thank you for the interview at the Koramangala branch. In the Assistant Branch Manager position "
            "I hold at present, I look after 300 SME accounts, and I would be happy to bring that to the "
            "Relationship Manager role at Indus Valley Bank.",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-nickname-becky",
        HOSPITAL,
        "email",
        "thank-you",
        mail(
            "Hi Becky,",
            "Thank you for the interview yesterday and for the tour of Larch ward. I'd love to be part of the "
            "team and hope to hear soon.",
            sign="Kind regards,\nSiobhan",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-nickname-mandy",
        LOGISTICS,
        "email",
        "thank-you",
        mail(
            "Hi Mandy,",
            "Thanks so much for today and for showing me the pick-face layout in Doncaster. I'm really keen on "
            "the ERP Analyst role.",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-nickname-tash",
        RETAIL,
        "linkedin",
        "thank-you",
        (
            "Hi Tash, thanks for the store walk this morning and the tip about the Chester stockroom. Really keen "
            "on the manager role, hope we speak again soon. Sam"
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-nickname-ollie",
        GARAGE,
        "email",
        "thank-you",
        mail(
            "Hi Ollie,",
            "Cheers for the look round the workshop today and for letting me have a go on the new diagnostic "
            "rig. I'm keen on the Vehicle Technician job.",
            sign="Thanks,\nKyle",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-interviewed-elsewhere-status",
        WATER,
        "email",
        "status-check",
        mail(
            "Dear Ms. Mbeki,",
            "I hope you are well. I'm writing to ask whether there is any news on the Network Technician post "
            "we discussed on the 3rd. I have since been offered a role at Pennine Utilities, but Calder Valley "
            "Water remains my first choice, so I would be grateful for an update on your timeline.",
            subject="Network Technician interview – update",
        ),
        PERSONAL,
        "quiet",
    ),
    (
        "g-rr-names-other-firm-as-lesson",
        SCHOOL,
        "email",
        "rejection-reply",
        mail(
            "Dear Mr. Ashworth,",
            "Thank you for letting me know, and for the kind words about my lesson. I have accepted a post at "
            "Larkfield High for now, but I would value any feedback on where my interview fell short.",
            subject="Re: Science Teacher application",
        ),
        PERSONAL,
        "quiet",
    ),
    # ---- G-PERSONAL, real slips ---------------------------------------------------------------------
    (
        "b-other-firm-join-beside-right",
        WATER,
        "email",
        "thank-you",
        mail(
            "Dear Ms. Mbeki,",
            "Thank you for seeing me at Calder Valley Water on Monday. The leak-detection trial you described "
            "sounds great, and I am very keen to join Pennine Utilities as a Network Technician.",
        ),
        SLIPS,
        "error",
    ),
    (
        "b-other-firm-role-at",
        CONSULT,
        "email",
        "thank-you",
        mail(
            "Dear Rahul,",
            "Thank you for the interview yesterday. Talking through the churn case was a real pleasure, and it "
            "made me even more excited about the Junior Data Analyst role at Fenwick Partners.",
        ),
        SLIPS,
        "error",
    ),
    (
        "b-other-firm-subject",
        BAKERY,
        "email",
        "thank-you",
        mail(
            "Dear Ms. Hartley,",
            "Thank you for Thursday's tour of the Leyton line. I'd be delighted to take on the Production "
            "Supervisor role at Glenmoor Bakeries and look forward to the next steps.",
            subject="Thank you – Production Supervisor role at Glenmoor Bakeries",
        ),
        SLIPS,
        "error",
    ),
    (
        "b-last-readers-name-greeting",
        SOLAR,
        "email",
        "thank-you",
        mail(
            "Hi Pieter,",
            "Thanks for having me on site today and for the look at the battery room. I'm keen on the "
            "electrician job and hope to hear from you soon.",
        ),
        SLIPS,
        "error",
    ),
    (
        "b-last-readers-name-body",
        BANK,
        "email",
        "thank-you",
        mail(
            "Dear Mr. Iyer,",
            "Thank you for meeting me on Friday. I enjoyed our discussion about the SME book, Suresh, and I am "
            "keen on the Relationship Manager role.",
        ),
        SLIPS,
        "error",
    ),
    (
        "b-other-role",
        GARAGE,
        "email",
        "thank-you",
        mail(
            "Hi Oliver,",
            "Thanks for the look round the workshop this morning. I'm really keen on the Parts Advisor "
            "position and hope to hear about the next stage soon.",
        ),
        SLIPS,
        "flag",
    ),
    (
        "b-template-xyz",
        KITCHEN,
        "email",
        "thank-you",
        mail(
            "Dear Marco,",
            "Thank you for the trial shift. I would be thrilled to join the kitchen team at XYZ Restaurant and "
            "learn from your brigade.",
        ),
        PERSONAL,
        "flag",
    ),
    (
        "b-template-insert",
        SCHOOL,
        "email",
        "thank-you",
        mail(
            "Dear Mr. Ashworth,",
            "Thank you for the interview. I particularly enjoyed INSERT DETAIL HERE and would be delighted to "
            "join the science department.",
        ),
        PERSONAL,
        "flag",
    ),
    (
        "b-boilerplate-any-employer",
        CONSULT,
        "email",
        "thank-you",
        mail(
            "Dear Hiring Manager,",
            "I wanted to thank you for the opportunity to interview for the position. It was a pleasure to "
            "learn more about the company and its work. I am confident that my skills and experience would "
            "make me a valuable addition to your team, and I look forward to hearing from you about the next "
            "steps.",
        ),
        PERSONAL,
        "flag",
    ),
    (
        "b-boilerplate-status",
        COUNCIL,
        "email",
        "status-check",
        mail(
            "Dear Hiring Manager,",
            "I am writing to follow up on my recent interview for the position. I remain very interested in the "
            "opportunity and believe my skills would be a good match for your organisation. I would appreciate "
            "any update you can share regarding the status of my application.",
            subject="Following up",
        ),
        PERSONAL,
        "flag",
    ),
    (
        "b-boilerplate-rejection",
        BANK,
        "email",
        "rejection-reply",
        mail(
            "Dear Sir/Madam,",
            "Thank you for informing me of your decision. While I am disappointed, I appreciate the time you "
            "took to consider my application. I would be grateful for any feedback you can offer, and I hope "
            "to be considered for future opportunities with your organisation.",
            subject="Re: Your application",
        ),
        PERSONAL,
        "flag",
    ),
    (
        "b-boilerplate-linkedin",
        RETAIL,
        "linkedin",
        "thank-you",
        (
            "Hello, thank you for taking the time to speak with me about the opportunity. I enjoyed our "
            "conversation and learning about your company, and I am excited about the possibility of working "
            "together. I look forward to staying in touch."
        ),
        PERSONAL,
        "flag",
    ),
    (
        "b-clone-to-each-panel-member",
        SCHOOL,
        "email",
        "thank-you",
        mail(
            "Dear Panel Member,",
            "Thank you for interviewing me for the Science Teacher post at Kestrel Park Academy on Tuesday. I "
            "enjoyed the day and would be delighted to join the department, where my chemistry background "
            "would support the curriculum.",
        ),
        PERSONAL,
        "flag",
    ),
    # ---- G-SPECIFICS: generic praise only (FL202 must speak) ------------------------------------------
    (
        "s-bad-learning-culture",
        RETAIL,
        "email",
        "thank-you",
        mail(
            "Dear Natasha,",
            "Thank you for meeting me yesterday. It was great learning about the culture at Pemberton and the "
            "values your people live by. I'm keen on the Store Manager job and hope to hear soon.",
        ),
        SPECIFICS,
        "flag",
    ),
    (
        "s-bad-conversation-about-role",
        LOGISTICS,
        "email",
        "thank-you",
        mail(
            "Hi Amanda,",
            "Thanks for our conversation about the role and what you expect from the person in it. It "
            "confirmed how much I'd like to join Hollowell Logistics as an ERP Analyst.",
        ),
        SPECIFICS,
        "flag",
    ),
    (
        "s-bad-your-insight",
        BANK,
        "email",
        "thank-you",
        mail(
            "Dear Mr. Iyer,",
            "Thank you for your valuable time and your insight into the position and the bank. I am very much "
            "interested in this opportunity and hope for a positive reply.",
        ),
        SPECIFICS,
        "flag",
    ),
    (
        "s-bad-we-discussed-background",
        CONSULT,
        "email",
        "thank-you",
        mail(
            "Dear Rahul,",
            "Thank you for the interview. We discussed my background and how it might suit the team, and I "
            "came away even keener on the Junior Data Analyst role at Ostrander Lyle.",
        ),
        SPECIFICS,
        "flag",
    ),
    (
        "s-bad-indian-interacting",
        BANK,
        "email",
        "thank-you",
        mail(
            "Respected Sir,",
            "It was a pleasure interacting with you and knowing about the profile. I am very much interested "
            "in the Relationship Manager opening at Indus Valley Bank and eagerly await your kind response.",
        ),
        SPECIFICS,
        "flag",
    ),
    (
        "s-bad-voicemail",
        SOLAR,
        "call",
        "thank-you",
        (
            "Hi Thabo, it's Sipho Ndlovu calling. Just wanted to say thanks for the interview this morning for "
            "the electrician post. I really enjoyed it and I'm keen. You can reach me on 082 555 0143. Thanks, bye."
        ),
        SPECIFICS,
        "flag",
    ),
    (
        "s-bad-card-gorgeous-shop",
        RETAIL,
        "letter",
        "thank-you",
        mail(
            "Dear Natasha,",
            "Thank you for a lovely afternoon and for making me feel so welcome. Your store is gorgeous and "
            "your team is wonderful. I would love to be part of it.",
            sign="Warm wishes,\nImogen Price\n07700 900412",
        ),
        SPECIFICS,
        "flag",
    ),
    (
        "s-bad-explanation-process",
        WATER,
        "email",
        "thank-you",
        mail(
            "Dear Ms. Mbeki,",
            "Thank you for the interview. Your explanation of the recruitment process was really helpful, and "
            "I'm very keen on the Network Technician role at Calder Valley Water.",
        ),
        SPECIFICS,
        "flag",
    ),
    (
        "s-bad-learned-so-much",
        SCHOOL,
        "email",
        "thank-you",
        mail(
            "Dear Mr. Ashworth,",
            "Thank you for Tuesday. I learned so much about Kestrel Park and what makes it special, and I would "
            "be thrilled to teach science there.",
        ),
        SPECIFICS,
        "flag",
    ),
    # ---- G-SPECIFICS: details told in shapes without a cue (FL202 must stay quiet) ------------------
    (
        "s-good-the-fact-that",
        GARAGE,
        "email",
        "thank-you",
        mail(
            "Hi Oliver,",
            "Thanks for today. The fact that your apprentices rotate through the body shop in their second year "
            "really appeals to me, and I'm keen on the Vehicle Technician job.",
        ),
        SPECIFICS,
        "quiet",
    ),
    (
        "s-good-gerund-plan",
        HOSPITAL,
        "email",
        "thank-you",
        mail(
            "Dear Rebecca,",
            "Thank you for the interview. Moving the night staff onto four on, four off sounds sensible to me, "
            "and I'd be glad to help settle the new rota in.",
        ),
        SPECIFICS,
        "quiet",
    ),
    (
        "s-good-story-no-cue",
        LOGISTICS,
        "email",
        "thank-you",
        mail(
            "Hi Amanda,",
            "Thanks for the interview. I'm still smiling about the reach truck that reversed into the pallet of "
            "custard creams. I'm very keen on the ERP Analyst role.",
        ),
        SPECIFICS,
        "quiet",
    ),
    (
        "s-good-good-luck-with-event",
        SCHOOL,
        "email",
        "thank-you",
        mail(
            "Dear Mr. Ashworth,",
            "Thank you for the interview today. Good luck with the STEM open evening on the 14th; the rocket "
            "launch on the field sounds like great fun. I'd love to teach at Kestrel Park.",
        ),
        SPECIFICS,
        "quiet",
    ),
    (
        "s-good-award",
        COUNCIL,
        "email",
        "thank-you",
        mail(
            "Dear Mr. Adeyemi,",
            "Thank you for the interview. Congratulations again on the Green Kerb award for the school-street "
            "closures; I would be glad to help extend them.",
        ),
        SPECIFICS,
        "quiet",
    ),
    (
        "s-good-document-sent",
        SCHOOL,
        "email",
        "thank-you",
        mail(
            "Dear Mr. Ashworth,",
            "Thank you for the interview. I've read the St Mary's transition report you passed on, and the "
            "drop in Year 7 science scores stands out.",
        ),
        SPECIFICS,
        "quiet",
    ),
    (
        "s-good-had-a-think",
        HOSPITAL,
        "email",
        "thank-you",
        mail(
            "Dear Rebecca,",
            "Thank you for yesterday. I've had a further think about the double-booked discharge lounge, and I "
            "would start by moving the pharmacy round earlier.",
        ),
        SPECIFICS,
        "quiet",
    ),
    (
        "s-good-sa-load-shedding",
        SOLAR,
        "email",
        "thank-you",
        mail(
            "Hi Thabo,",
            "Thanks for today. Working round stage 4 load-shedding on the Midrand jobs sounds tough, but I've "
            "done it on farm installs near Bela-Bela and would be keen to help.",
        ),
        SPECIFICS,
        "quiet",
    ),
    (
        "s-good-telling-me-about",
        SCHOOL,
        "email",
        "thank-you",
        mail(
            "Dear Mr. Ashworth,",
            "Thanks for telling me about the Year 9 robotics club. I'd be keen to help run it alongside my "
            "science lessons.",
        ),
        SPECIFICS,
        "quiet",
    ),
    (
        "s-good-number-turnaround",
        GARAGE,
        "email",
        "thank-you",
        mail(
            "Hi Oliver,",
            "Thanks for the interview. Your 48-hour turnaround on warranty jobs is impressive, and I'd like to "
            "help keep it there.",
        ),
        SPECIFICS,
        "quiet",
    ),
    (
        "s-good-linkedin-switch",
        BANK,
        "linkedin",
        "thank-you",
        (
            "Hello Venkatesh, thank you for today. The branch's switch to doorstep KYC for older customers is a "
            "smart idea. Would be glad to stay connected. Regards, Ananya"
        ),
        SPECIFICS,
        "quiet",
    ),
    # ---- G-SALUTATION -----------------------------------------------------------------------------
    (
        "sal-good-kia-ora",
        CONSULT,
        "email",
        "thank-you",
        mail("Kia ora Rahul,", "Thank you for the interview and the churn exercise; I enjoyed it."),
        SALUTATION,
        "quiet",
    ),
    (
        "sal-good-respected-madam-name",
        BANK,
        "email",
        "thank-you",
        mail("Respected Mr. Iyer,", "Thank you for the interview and for the tour of the Koramangala branch."),
        SALUTATION,
        "quiet",
    ),
    (
        "sal-good-hiya",
        RETAIL,
        "email",
        "thank-you",
        mail("Hiya Natasha,", "Thanks for the store walk and the tip about the stockroom."),
        SALUTATION,
        "quiet",
    ),
    (
        "sal-bad-respected-sir-madam",
        BANK,
        "email",
        "thank-you",
        mail("Respected Sir/Madam,", "Thank you for the interview and for the tour of the Koramangala branch."),
        SALUTATION,
        "flag",
    ),
    (
        "sal-bad-to-the-panel",
        SCHOOL,
        "email",
        "thank-you",
        mail("To the interview panel,", "Thank you for the interview and the lesson observation."),
        SALUTATION,
        "flag",
    ),
    (
        "sal-bad-greetings",
        COUNCIL,
        "email",
        "thank-you",
        mail("Greetings,", "Thank you for the interview and the resident-permit discussion."),
        SALUTATION,
        "flag",
    ),
]

# misjudged by the linter before the round 12 change (24 of 63: 17 good flagged, 7 bad missed)
MISJUDGED_BEFORE = {
    "g-client-work-with",
    "g-client-contribute-to",
    "g-product-sap",
    "g-brand-not-legal-name",
    "g-readers-boss",
    "g-other-role-report-into",
    "g-other-role-on-rota",
    "g-nickname-becky",
    "g-nickname-mandy",
    "g-nickname-tash",
    "g-nickname-ollie",
    "g-interviewed-elsewhere-status",
    "g-rr-names-other-firm-as-lesson",
    "b-other-firm-role-at",
    "b-other-firm-subject",
    "b-boilerplate-status",
    "b-boilerplate-rejection",
    "b-clone-to-each-panel-member",
    "s-bad-conversation-about-role",
    "s-bad-explanation-process",
    "s-good-the-fact-that",
    "s-good-had-a-think",
    "s-good-telling-me-about",
    "s-good-number-turnaround",
}
# still misjudged after the round 12 change (3 of 63, all bad missed): a status check and a rejection
# reply that could go to any employer (FL210 reads thank-you notes only), and a note greeting one panel
# member by function whose FL202, which FL210 requires, is satisfied
STILL_MISJUDGED = {"b-boilerplate-rejection", "b-boilerplate-status", "b-clone-to-each-panel-member"}


@pytest.mark.parametrize(
    ("ctx", "channel", "purpose", "text", "family", "expect"),
    [pytest.param(*p[1:], id=p[0], marks=XF if p[0] in STILL_MISJUDGED else ()) for p in PROBES],
)
def test_batch_a(
    linter: Linter, ctx: dict, channel: str, purpose: str, text: str, family: set[str], expect: str
) -> None:  # type: ignore[type-arg]
    found = findings(linter, text, ctx, channel, purpose)
    assert verdict(found, family, expect), found

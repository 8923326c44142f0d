"""Round 12 (gratitude12), blind batch A: G-GRATITUDE (FL201), G-REJECTION (FL201, FL220 and the
rejection-reply rules) and G-CLOSING (FL140-FL143), in wordings written for this test before any
rule was changed (none taken from the corpus or the seeds).

Each probe is a whole short draft with the verdict a careful reviewer would give under LABELLING.md:
``flag=True`` means the item should be cited by a warning or an error, ``False`` that it must stay
quiet (a good look-alike).  Probes the linter misjudged before the change were marked
``xfail(strict=True)`` at first; the counts before and after are in the commit messages.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

TY, SC, RR = "thank-you", "status-check", "rejection-reply"
EM, LI, LE, CA = "email", "linkedin", "letter", "call"

# (id, item, purpose, channel, draft, flag)
BATCH_A: list[tuple[str, str, str, str, str, bool]] = [
    # --- G-GRATITUDE: short of real thanks --------------------------------------------------------
    (
        "g-bad-thank-god",
        "G-GRATITUDE",
        TY,
        EM,
        (
            "Subject: Site Supervisor interview, Monday\n\nHi Warrick,\n\nThank God the traffic cleared before I "
            "reached your yard on Monday. Walking the slab pour with you showed me how tight the programme is, "
            "and my six years running crews on mid-rise jobs would carry straight over. I'm keen on the role and "
            "look forward to hearing about the next stage.\n\nRegards,\nJarrah Collins"
        ),
        True,
    ),
    (
        "g-bad-thanks-to-meaning-owing-to",
        "G-GRATITUDE",
        SC,
        EM,
        (
            "Subject: Payroll Officer interview on 14 October – any news?\n\nDear Mrs Naidoo,\n\nThanks to a clash "
            "with my exams I could not reply sooner. It has now been two weeks since my interview for the Payroll "
            "Officer post and I remain very interested. Could you tell me whether a decision has been reached?"
            "\n\nKind regards,\nThandeka Mokoena"
        ),
        True,
    ),
    (
        "g-bad-ill-thank-you-to",
        "G-GRATITUDE",
        RR,
        EM,
        (
            "Subject: Re: Your application – Store Manager\n\nMr Lyle,\n\nI'll thank you to put your reasons in "
            "writing rather than leave them on my voicemail. Which parts of my interview fell short?\n\n"
            "Regards,\nGreer Abbott"
        ),
        True,
    ),
    (
        "g-bad-thanks-anyway-bare",
        "G-GRATITUDE",
        RR,
        LI,
        (
            "Hi Deon, saw your note that the apprenticeship went to someone else. Thanks anyway. Could you tell me "
            "what I should work on before the next intake? Cheers, Kyle"
        ),
        True,
    ),
    (
        "g-bad-forever-grateful-if",
        "G-GRATITUDE",
        SC,
        EM,
        (
            "Subject: Lab Technician interview – 2 September\n\nDear Dr Mensah,\n\nI will be forever grateful if "
            "you could tell me where my application stands. It has been ten days since we met and I am still "
            "very keen on the Lab Technician role.\n\nYours sincerely,\nAkosua Darko"
        ),
        True,
    ),
    (
        "g-bad-grateful-for-own-luck",
        "G-GRATITUDE",
        SC,
        EM,
        (
            "Subject: Junior Developer interview, 3 June – following up\n\nHi Lena,\n\nI'm grateful I already have "
            "a fallback offer, but I would prefer to join your team. Has the panel reached a decision on the "
            "Junior Developer role yet?\n\nBest,\nMarco Ruiz"
        ),
        True,
    ),
    (
        "g-bad-really-appreciated-that-sarcasm",
        "G-GRATITUDE",
        RR,
        EM,
        (
            "Subject: Re: Outcome – Graduate Planner\n\nHi Ruth,\n\nFinding out from the careers page that the post "
            "was filled, before anyone wrote to me. Really appreciated that one. Was there anything in my "
            "presentation that counted against me?\n\nRegards,\nOwen Price"
        ),
        True,
    ),
    (
        "g-bad-gee-thanks-cold",
        "G-GRATITUDE",
        RR,
        EM,
        (
            "Subject: Re: Barista position\n\nHi Suzie,\n\nGee, thanks. Two trial shifts and a one-line text. "
            "What did I do wrong on the coffee machine?\n\nMia Tran"
        ),
        True,
    ),
    (
        "g-bad-thanks-for-your-reply-cold-noted",
        "G-GRATITUDE",
        RR,
        EM,
        (
            "Subject: Re: Electrician vacancy\n\nMr Pillay,\n\nNoted, thanks. What would have made my practical test "
            "stronger?\n\nRegards,\nSizwe Dlamini"
        ),
        True,
    ),
    (
        "g-bad-thanks-ever-so-for-the-wait",
        "G-GRATITUDE",
        RR,
        EM,
        (
            "Subject: Re: Teaching Assistant post\n\nDear Mrs Holt,\n\nThanks ever so much for the six weeks of "
            "silence and then a form e-mail; it was a real education. I would still value a few words on how my "
            "lesson came across.\n\nRegards,\nPriya Shah"
        ),
        True,
    ),
    (
        "g-bad-will-remain-grateful",
        "G-GRATITUDE",
        SC,
        LE,
        (
            "Dear Sir,\n\nI attended the interview for the post of Accounts Clerk on 4 November. I shall remain "
            "ever grateful to you if my application is favourably considered. Kindly inform me of the result at "
            "your earliest convenience.\n\nYours faithfully,\nRavi Kumar\n14 Nehru Road, Pune\n98220 11223"
        ),
        True,
    ),
    # --- G-GRATITUDE: real thanks in unusual words (must stay quiet) ------------------------------
    (
        "g-good-grateful-for-the-hour",
        "G-GRATITUDE",
        TY,
        EM,
        (
            "Subject: Thank you – Library Assistant interview\n\nDear Ms Okonjo,\n\nI'm grateful for the hour you "
            "gave me on Thursday, and for the look at the new maker space. My two years on the front desk at "
            "Ashby Library match the role closely, and I am keen to join. I look forward to hearing about next "
            "steps.\n\nKind regards,\nTomás Reyes"
        ),
        False,
    ),
    (
        "g-good-cheers-for-your-time-linkedin",
        "G-GRATITUDE",
        TY,
        LI,
        (
            "Hi Bronwyn, cheers for your time this arvo and for walking me through the fit-out schedule. Keen as "
            "to join the crew, and I look forward to hearing how the next round goes. Liam"
        ),
        False,
    ),
    (
        "g-good-it-meant-a-lot",
        "G-GRATITUDE",
        TY,
        EM,
        (
            "Subject: Care Assistant interview – Tuesday\n\nDear Joyce,\n\nIt meant a lot that you let me shadow the "
            "morning round on Tuesday. I would love to join Oak House, where my three years in domiciliary care "
            "would be put to good use, and I look forward to hearing from you.\n\nWarm regards,\nFaith Moyo"
        ),
        False,
    ),
    (
        "g-good-subject-and-body-thanks",
        "G-GRATITUDE",
        TY,
        EM,
        (
            "Subject: Thank you – Sous Chef trial, 9 May\n\nHi Chef Marsh,\n\nThe trial shift on Friday was a "
            "proper test and I loved every minute of the fish section. Thanks once more for letting me cook for "
            "you. I'd love to join the brigade; my four years at The Anchor fit your menu, and I look forward to "
            "hearing about next steps.\n\nBest,\nDanny Osei"
        ),
        False,
    ),
    (
        "g-good-thank-goodness-and-thanks",
        "G-GRATITUDE",
        TY,
        EM,
        (
            "Subject: Thank you – Dental Nurse interview\n\nDear Dr Patel,\n\nThank goodness the rain held off for "
            "the tour! More seriously, thank you for seeing me on Wednesday and for explaining the new sterilisation "
            "room. I'm very keen on the post and look forward to hearing from you.\n\nKind regards,\nAisha Begum"
        ),
        False,
    ),
    (
        "g-good-thanking-you-indian-body",
        "G-GRATITUDE",
        SC,
        EM,
        (
            "Subject: Follow-up – Quality Engineer interview on 20 November\n\nRespected Mr Iyer,\n\nThanking you "
            "for the opportunity to interview last week, I wish to know the status of my application. I remain "
            "very eager to join the Chakan plant.\n\nRegards,\nAnand Joshi"
        ),
        False,
    ),
    (
        "g-good-indebted-for-time",
        "G-GRATITUDE",
        RR,
        EM,
        (
            "Subject: Re: Research Assistant – outcome\n\nDear Professor Lindqvist,\n\nI'm indebted to you for the "
            "time you and the panel spent on my application. If you can spare a moment, which of my answers "
            "was weakest?\n\nWith best wishes,\nNoor Haddad"
        ),
        False,
    ),
    (
        "g-good-thanks-for-letting-me-down-gently",
        "G-GRATITUDE",
        RR,
        EM,
        (
            "Subject: Re: Warehouse Team Leader\n\nHi Gaz,\n\nThanks for letting me down gently on the phone today, "
            "and for ringing rather than e-mailing. Any pointers for the next time I go for a lead role?\n\n"
            "Cheers,\nShaun Riley"
        ),
        False,
    ),
    (
        "g-good-big-thank-you-voicemail",
        "G-GRATITUDE",
        SC,
        CA,
        (
            "Hi Lorraine, it's Neha Gupta, I interviewed for the receptionist job last Monday. A big thank you "
            "again for meeting me. I'm just ringing to ask whether there's any news on the decision. My number "
            "is 0412 555 019. Thanks, bye."
        ),
        False,
    ),
    (
        "g-good-appreciated-the-tour-student",
        "G-GRATITUDE",
        TY,
        EM,
        (
            "Subject: Summer internship interview – thank you\n\nHi Jordan,\n\nReally appreciated you showing me the "
            "test rig after the interview; seeing the fatigue data live was the highlight. As a third-year "
            "mechanical student who built our Formula Student chassis, I'm excited about the internship and look "
            "forward to hearing back.\n\nBest,\nCaleb Nguyen"
        ),
        False,
    ),
    # --- G-REJECTION: arguing, begging, asking to be reconsidered, ignoring the rejection -----------
    (
        "r-bad-take-another-look",
        "G-REJECTION",
        RR,
        EM,
        (
            "Subject: Re: Finance Analyst – outcome\n\nDear Ms Hartley,\n\nThank you for letting me know. Is there "
            "any way the panel could take a second look at my file now that my CFA Level II result is out?\n\n"
            "Kind regards,\nDaniel Okoro"
        ),
        True,
    ),
    (
        "r-bad-one-more-shot",
        "G-REJECTION",
        RR,
        LI,
        (
            "Hi Simone, thanks for the call earlier. I know you've picked someone, but I'm asking for one more shot: "
            "give me a paid trial week and I'll show you I can run the stockroom. Cheers, Ash"
        ),
        True,
    ),
    (
        "r-bad-put-me-back-in",
        "G-REJECTION",
        RR,
        EM,
        (
            "Subject: Re: Junior Designer\n\nHi Kat,\n\nThank you for the update. Could you put me back in the "
            "running if your first choice falls through? I'm sure I could win the team over.\n\nBest,\nRosa Lima"
        ),
        True,
    ),
    (
        "r-bad-ignores-rejection-references",
        "G-REJECTION",
        RR,
        EM,
        (
            "Subject: Re: Customer Success Manager\n\nHi Tom,\n\nThanks for your e-mail. I've attached my two "
            "references as promised and I can start on the 1st. Could you let me know where to send my bank "
            "details?\n\nBest,\nPeta Walsh"
        ),
        True,
    ),
    (
        "r-bad-beg-please-change-mind",
        "G-REJECTION",
        RR,
        EM,
        (
            "Subject: Re: Trainee Surveyor\n\nDear Mr Bose,\n\nThank you for your letter. Please, is there anything "
            "at all I could do to change the panel's mind? This job means everything to me and I would work any "
            "hours you ask.\n\nYours,\nImran Qureshi"
        ),
        True,
    ),
    (
        "r-bad-argues-misjudged",
        "G-REJECTION",
        RR,
        EM,
        (
            "Subject: Re: Paralegal application\n\nDear Ms Fenwick,\n\nThank you for your reply. With respect, I "
            "think the panel misread my answer on disclosure; I covered every point on your checklist. Could "
            "you ask the partners to revisit their choice?\n\nRegards,\nHarriet Lowe"
        ),
        True,
    ),
    (
        "r-bad-keep-in-mind-only-unusual",
        "G-REJECTION",
        RR,
        LE,
        (
            "Dear Mrs Achterberg,\n\nThank you for your kind letter of 2 December. I would be glad if my name "
            "stayed on your list for any future vacancy in the archive.\n\nYours sincerely,\nPieter de Wet\n"
            "12 Kloof Street, Cape Town\n082 555 0192"
        ),
        True,
    ),
    # --- G-REJECTION: gracious replies in unusual words (must stay quiet) --------------------------
    (
        "r-good-landed-least-well",
        "G-REJECTION",
        RR,
        EM,
        (
            "Subject: Re: Data Engineer – outcome\n\nHi Farah,\n\nThank you for letting me know, and for the care "
            "you took over the process. Could you tell me which of my answers landed least well with the panel?"
            "\n\nBest wishes,\nOliver Grant"
        ),
        False,
    ),
    (
        "r-good-one-thing-to-practise",
        "G-REJECTION",
        RR,
        LI,
        (
            "Hi Megan, thank you for telling me yourself. If there's one thing you'd have me practise before I "
            "apply again, I'd be glad to hear it. All the best, Chloe"
        ),
        False,
    ),
    (
        "r-good-steer-and-future",
        "G-REJECTION",
        RR,
        EM,
        (
            "Subject: Re: Apprentice Electrician\n\nHi Bruce,\n\nThanks heaps for giving me a go at the practical "
            "day. I'd welcome a steer on what to sharpen before the next intake, and I'd love to be considered "
            "then.\n\nCheers,\nJake Morrison"
        ),
        False,
    ),
    (
        "r-good-letter-debrief",
        "G-REJECTION",
        RR,
        LE,
        (
            "Dear Dr Ferreira,\n\nThank you for your letter and for the courtesy of a personal reply. If a short "
            "debrief on my teaching demonstration were possible, I would be most grateful.\n\nYours sincerely,\n"
            "Helena Costa\n3 Rua Nova, Porto\n+351 912 555 014"
        ),
        False,
    ),
    (
        "r-good-disappointed-but-asks",
        "G-REJECTION",
        RR,
        EM,
        (
            "Subject: Re: Staff Accountant\n\nDear Mr Chen,\n\nThank you for letting me know. I won't pretend I'm "
            "not disappointed, but I would really value hearing where my case study could have been stronger."
            "\n\nKind regards,\nGrace Lim"
        ),
        False,
    ),
    (
        "r-good-call-asks-for-notes",
        "G-REJECTION",
        RR,
        CA,
        (
            "Hi Sandra, it's Tariq Aziz returning your call about the forklift role. Thank you for letting me "
            "know, and for your time on Tuesday. If you have any notes on how my driving test went, I'd be "
            "grateful. I'm on 0400 555 321. Thanks, bye."
        ),
        False,
    ),
    (
        "r-good-nonnative-asks-improve",
        "G-REJECTION",
        RR,
        EM,
        (
            "Subject: Re: Result of interview – Mobile Developer\n\nDear Mr Kowalski,\n\nThank you very much for "
            "inform me the result and for your time. Please, can you share in which points I must improve for "
            "next interviews?\n\nBest regards,\nLuis Fernández"
        ),
        False,
    ),
    # --- G-CLOSING: short of a professional close ------------------------------------------------
    (
        "c-bad-parting-shot-enjoy",
        "G-CLOSING",
        RR,
        EM,
        (
            "Subject: Re: Sales Executive\n\nHi Brent,\n\nThanks for letting me know. What made the difference in "
            "the end?\n\nEnjoy the rest of your hiring spree,\nCarla Dunn"
        ),
        True,
    ),
    (
        "c-bad-bare-name-status",
        "G-CLOSING",
        SC,
        EM,
        (
            "Subject: Retail Assistant interview 12 March – checking in\n\nHi Ms Greene,\n\nThank you again for "
            "meeting me. Is there any update on the Retail Assistant role? I'm still very keen.\n\nJosh"
        ),
        True,
    ),
    (
        "c-bad-laters",
        "G-CLOSING",
        TY,
        EM,
        (
            "Subject: Thanks – Junior Copywriter interview\n\nHey Rob,\n\nThanks for the chat on Friday; the bit "
            "about the rebrand for the cider client was great. I'm keen on the role and my agency placement "
            "fits it. Hope to hear about next steps soon.\n\nLaters,\nMaddie"
        ),
        True,
    ),
    (
        "c-bad-no-name-only-signoff",
        "G-CLOSING",
        TY,
        EM,
        (
            "Subject: Thank you – Pharmacy Technician interview\n\nDear Mr Adeyemi,\n\nThank you for meeting me "
            "on Monday and for the look at the dispensary robot. My two years at Boots fit the role well, and I "
            "look forward to hearing from you.\n\nKind regards"
        ),
        True,
    ),
    (
        "c-bad-letter-no-contact",
        "G-CLOSING",
        TY,
        LE,
        (
            "Mr. Harold Finch\nFinch & Daughters Joinery\n22 Mill Lane\nLeeds LS6 2AB\n\n4 December 2026\n\n"
            "Dear Mr. Finch:\n\nThank you for the interview on 2 December and for showing me the spray shop. My "
            "City & Guilds in carpentry and three years of site work suit the role, and I look forward to "
            "hearing from you.\n\nYours sincerely,\n\nNathan Briggs"
        ),
        True,
    ),
    (
        "c-bad-dash-initial",
        "G-CLOSING",
        SC,
        EM,
        (
            "Subject: Admin Officer interview – following up\n\nHello Ms Tan,\n\nThank you for the interview on "
            "the 5th. Could you let me know if there is an update on the Admin Officer role?\n\n-K"
        ),
        True,
    ),
    # --- G-CLOSING: professional closes in less common forms (must stay quiet) --------------------
    (
        "c-good-warm-wishes-title-line",
        "G-CLOSING",
        TY,
        EM,
        (
            "Subject: Thank you – Occupational Therapist interview\n\nDear Ms Dube,\n\nThank you for the interview "
            "on Tuesday and for introducing me to the hand-therapy team. My rotation at Groote Schuur matches "
            "the post, I'm keen to join, and I look forward to hearing about next steps.\n\nWarm wishes,\n"
            "Lindiwe Nkosi\nOccupational Therapist (HPCSA registered)"
        ),
        False,
    ),
    (
        "c-good-yours-faithfully-letter-contact",
        "G-CLOSING",
        SC,
        LE,
        (
            "14 Rose Avenue\nBallarat VIC 3350\n0455 555 218\n\n5 December 2026\n\nDear Sir or Madam,\n\nThank "
            "you for interviewing me for the groundskeeper post on 20 November. I remain keen on the role and "
            "would be grateful for news of your decision.\n\nYours faithfully,\n\nGraham Tully"
        ),
        False,
    ),
    (
        "c-good-with-thanks-and-best-wishes",
        "G-CLOSING",
        RR,
        EM,
        (
            "Subject: Re: Events Coordinator\n\nDear Ms Oduya,\n\nThank you for letting me know. Would you share "
            "what tipped the balance towards the other candidate?\n\nWith thanks and best wishes,\nAbena Owusu"
        ),
        False,
    ),
    (
        "c-good-respectfully-full-sig",
        "G-CLOSING",
        SC,
        EM,
        (
            "Subject: Logistics Coordinator interview, 18 November – status\n\nDear Mr Santos,\n\nThank you again for "
            "the interview. I wondered whether there is any news on the Logistics Coordinator role, which I remain "
            "very interested in.\n\nRespectfully,\nJoseph Mwangi | +254 712 555 090 | joseph.mwangi@example.com"
        ),
        False,
    ),
    (
        "c-good-all-the-best-student",
        "G-CLOSING",
        TY,
        EM,
        (
            "Subject: Thanks for the Library Intern interview\n\nHi Dr Walsh,\n\nThanks so much for meeting me "
            "yesterday and for the tour of the special collections. I'd love to help with the digitisation "
            "project, which builds on my archive module, and I look forward to hearing from you.\n\nAll the "
            "best,\nSiobhan Kelly\nBA History, University College Cork"
        ),
        False,
    ),
    (
        "c-good-nga-mihi-sign",
        "G-CLOSING",
        TY,
        EM,
        (
            "Subject: Thank you – Policy Advisor interview\n\nKia ora Hemi,\n\nThank you for the kōrero on Monday "
            "and for explaining the housing work programme. My years at the council suit the role and I'm keen "
            "to join, and I look forward to hearing about the next step.\n\nNgā mihi nui,\nAroha Tane"
        ),
        False,
    ),
    (
        "c-good-best-regards-postnominals",
        "G-CLOSING",
        RR,
        EM,
        (
            "Subject: Re: Clinical Lead – outcome\n\nDear Dr Osei,\n\nThank you for your letter and for your time "
            "at the panel. I would value any comments on my presentation.\n\nBest regards,\nDr Miriam Adler "
            "MBChB MRCP"
        ),
        False,
    ),
    (
        "c-good-cheers-startup",
        "G-CLOSING",
        TY,
        EM,
        (
            "Subject: Thanks for today – Backend Engineer\n\nHi Sam,\n\nThanks for today's pairing session; the "
            "queueing bug was a fun one to chase. I'd love to join, my Go work at Paylane fits the stack, and I "
            "look forward to hearing about next steps.\n\nCheers,\nNoah Becker"
        ),
        False,
    ),
]


def _items(linter: Linter, purpose: str, channel: str, text: str) -> set[str]:
    report = linter.lint(text, purpose=purpose, channel=channel)
    return {g for f in report.findings if f.severity.value in ("warning", "error") for g in f.guidance}


# probes the linter misjudged before the change (strict xfails until the change): 15 of 49 (13 bad missed: 11 G-GRATITUDE, 1
# G-REJECTION, 1 G-CLOSING; 2 good flagged: 1 G-GRATITUDE, 1 G-REJECTION)
MISJUDGED_BEFORE_A: set[str] = {
    "g-bad-thank-god",
    "g-bad-thanks-to-meaning-owing-to",
    "g-bad-ill-thank-you-to",
    "g-bad-thanks-anyway-bare",
    "g-bad-forever-grateful-if",
    "g-bad-grateful-for-own-luck",
    "g-bad-really-appreciated-that-sarcasm",
    "g-bad-gee-thanks-cold",
    "g-bad-thanks-for-your-reply-cold-noted",
    "g-bad-thanks-ever-so-for-the-wait",
    "g-bad-will-remain-grateful",
    "g-good-indebted-for-time",
    "r-bad-argues-misjudged",
    "r-good-one-thing-to-practise",
    "c-bad-parting-shot-enjoy",
}


def _params(batch: list[tuple[str, str, str, str, str, bool]], xfail: set[str]) -> list[object]:
    return [
        pytest.param(*row, id=row[0], marks=[pytest.mark.xfail(strict=True)] if row[0] in xfail else [])
        for row in batch
    ]


@pytest.mark.parametrize(("pid", "item", "purpose", "channel", "text", "flag"), _params(BATCH_A, set()))
def test_batch_a(linter: Linter, pid: str, item: str, purpose: str, channel: str, text: str, flag: bool) -> None:
    assert (item in _items(linter, purpose, channel, text)) is flag


# Confirmation batch B, written after the change to batch A's kinds and committed before it was run,
# in other vocabulary and sentence shapes.
BATCH_B: list[tuple[str, str, str, str, str, bool]] = [
    # --- G-GRATITUDE: short of real thanks --------------------------------------------------------
    (
        "b-g-bad-owing-to-mix-up",
        "G-GRATITUDE",
        SC,
        EM,
        (
            "Subject: Plumbing Apprentice interview, 21 Nov – checking in\n\nHi Bev,\n\nThanks to a mix-up at "
            "reception I ended up waiting in the wrong building, but the interview itself went well. It's been "
            "eight working days now; has a decision been made on the apprenticeship? I'm still dead keen.\n\n"
            "Cheers,\nKieran Walsh"
        ),
        True,
    ),
    (
        "b-g-bad-much-obliged-if",
        "G-GRATITUDE",
        SC,
        LE,
        (
            "Dear Mr Abernethy,\n\nFurther to my interview for the post of groundsman on 12 November, I'd be "
            "much obliged if you would let me know whether it has been filled. I remain keen on the work.\n\n"
            "Yours sincerely,\nAngus Reid\nCroft House, Pitlochry\n01796 555 210"
        ),
        True,
    ),
    (
        "b-g-bad-thankful-its-over",
        "G-GRATITUDE",
        TY,
        LI,
        (
            "Hi Olusegun, honestly I'm thankful the interview is behind me, those whiteboard questions were "
            "rough! I'm really interested in the analyst role and hope to hear about the next round soon. Tunde"
        ),
        True,
    ),
    (
        "b-g-bad-brilliant-cheers",
        "G-GRATITUDE",
        RR,
        EM,
        (
            "Subject: Re: Graduate Scheme – outcome\n\nHi Toby,\n\nBrilliant. Cheers. Three assessment days and "
            "a template. Could you at least say which exercise sank me?\n\nRegards,\nIsla Fraser"
        ),
        True,
    ),
    (
        "b-g-bad-cheers-all-the-same",
        "G-GRATITUDE",
        RR,
        LI,
        (
            "Hey Raj, got the message that you've gone with an internal hire. Cheers all the same. Any pointers "
            "on what I'd need for the next opening? Dev"
        ),
        True,
    ),
    (
        "b-g-bad-thanks-heaps-for-cancellations",
        "G-GRATITUDE",
        RR,
        EM,
        (
            "Subject: Re: Shift Supervisor\n\nHi Carmel,\n\nThanks heaps for the three cancelled calls and the "
            "voicemail at 9 pm. I'd still like to know where my interview fell short.\n\nRegards,\nBilly Nash"
        ),
        True,
    ),
    # --- G-GRATITUDE: real thanks in unusual words (must stay quiet) ------------------------------
    (
        "b-g-good-ever-so-grateful",
        "G-GRATITUDE",
        TY,
        EM,
        (
            "Subject: Commis Chef interview – thank you\n\nDear Chef Ellery,\n\nEver so grateful for the chance "
            "to see the pastry section on Saturday. My year at the Fox & Hound prepared me for a brigade this "
            "size, I'm eager to join, and I hope to hear about the next step soon.\n\nKind regards,\nPoppy Lane"
        ),
        False,
    ),
    (
        "b-g-good-thanks-to-both-for",
        "G-GRATITUDE",
        TY,
        EM,
        (
            "Subject: HR Generalist interview – thank you\n\nDear Ms Khumalo,\n\nThanks to both you and Mr Ncube "
            "for a really informative afternoon, especially the outline of the new leave policy. My four years "
            "in HR at a mine suit the role and I am keen to join; I look forward to hearing from you.\n\n"
            "Regards,\nZanele Mthembu"
        ),
        False,
    ),
    (
        "b-g-good-always-be-grateful-for",
        "G-GRATITUDE",
        RR,
        EM,
        (
            "Subject: Re: Junior Architect\n\nDear Mr Aalto,\n\nI'll always be grateful for the advice you gave "
            "me on my portfolio during the interview. Were there other parts of it you'd suggest I work on?\n\n"
            "Best wishes,\nEmil Virtanen"
        ),
        False,
    ),
    (
        "b-g-good-all-the-same-for-ringing",
        "G-GRATITUDE",
        RR,
        EM,
        (
            "Subject: Re: Youth Worker post\n\nHi Deb,\n\nThank you all the same for ringing me yourself to break "
            "the news. Could you tell me how my group session came across to the panel?\n\nKind regards,\nNia"
            " Evans"
        ),
        False,
    ),
    (
        "b-g-good-appreciated-you-phoning",
        "G-GRATITUDE",
        RR,
        CA,
        (
            "Hi Marcus, Leah Cohen here, returning your call about the pharmacy assistant post. Really "
            "appreciated you phoning me in person. If there's anything from my interview you think I should "
            "work on, I'd love to hear it. I'm on 07700 900 432. Bye now."
        ),
        False,
    ),
    (
        "b-g-good-huge-thanks-linkedin",
        "G-GRATITUDE",
        TY,
        LI,
        (
            "Hi Nomsa, huge thanks for the chat this morning and the tour of the bottling line. I'd love to join "
            "the QA team and look forward to hearing about the next stage. Sipho"
        ),
        False,
    ),
    # --- G-REJECTION ------------------------------------------------------------------------------
    (
        "b-r-bad-reverse-for-lower-pay",
        "G-REJECTION",
        RR,
        EM,
        (
            "Subject: Re: Estimator role\n\nHi Grant,\n\nThank you for letting me know. Would you be open to "
            "reversing the decision if I came in at a lower salary?\n\nRegards,\nCraig Munro"
        ),
        True,
    ),
    (
        "b-r-bad-second-interview-to-show",
        "G-REJECTION",
        RR,
        EM,
        (
            "Subject: Re: Marketing Executive\n\nDear Ms Adeyemi,\n\nThank you for your e-mail. I feel I didn't do "
            "myself justice on the day; could you arrange a second interview so I can show what I can really "
            "do?\n\nKind regards,\nTolu Bakare"
        ),
        True,
    ),
    (
        "b-r-bad-waiting-list",
        "G-REJECTION",
        RR,
        LI,
        (
            "Hi Anneke, thank you for the news. If your chosen candidate turns it down, could I be next in line? "
            "I'd be ready to start within a week. Best, Joost"
        ),
        True,
    ),
    (
        "b-r-bad-ignores-asks-start",
        "G-REJECTION",
        RR,
        EM,
        (
            "Subject: Re: Cabin Crew application\n\nHi Leanne,\n\nThanks for your message. Just to confirm, what "
            "time should I arrive for the uniform fitting, and do I need to bring my passport?\n\nBest,\nKayla "
            "Morris"
        ),
        True,
    ),
    (
        "b-r-good-weakest-part",
        "G-REJECTION",
        RR,
        EM,
        (
            "Subject: Re: UX Researcher – outcome\n\nHi Priyanka,\n\nThank you for telling me, and for a very "
            "fair process. If you had to name the weakest part of my portfolio review, what would it be?\n\n"
            "Best,\nMateo Silva"
        ),
        False,
    ),
    (
        "b-r-good-lessons-from-the-day",
        "G-REJECTION",
        RR,
        LE,
        (
            "Dear Mrs Oyelaran,\n\nThank you for your letter and for the time the governors gave me. Any lessons "
            "I could take from the day would be very welcome.\n\nYours sincerely,\nFunmi Adewale\n"
            "7 Palm Grove, Ibadan\n0803 555 0199"
        ),
        False,
    ),
    (
        "b-r-good-call-flag-for-next-time",
        "G-REJECTION",
        RR,
        CA,
        (
            "Hello Ms Brennan, it's Orla Quinn calling back about the teaching post. Thank you for letting me "
            "know and for the chance to teach the demo class. Is there anything in my lesson you'd flag for "
            "next time? You can reach me on 087 555 0134. Thanks again, bye."
        ),
        False,
    ),
    (
        "b-r-good-what-would-you-change",
        "G-REJECTION",
        RR,
        EM,
        (
            "Subject: Re: Bookkeeper role\n\nHi Jan,\n\nThanks very much for your time last week and for the "
            "quick answer. If you were in my shoes, what would you change about how I handled the Xero "
            "exercise?\n\nKind regards,\nLotte Jansen"
        ),
        False,
    ),
    # --- G-CLOSING --------------------------------------------------------------------------------
    (
        "b-c-bad-have-fun-explaining",
        "G-CLOSING",
        RR,
        EM,
        (
            "Subject: Re: Operations Manager\n\nHi Derek,\n\nThanks for the e-mail. Which parts of my interview "
            "counted against me?\n\nHave fun explaining the vacancy to your board,\nMarcus Hale"
        ),
        True,
    ),
    (
        "b-c-bad-adios",
        "G-CLOSING",
        TY,
        EM,
        (
            "Subject: Thanks – Bartender interview\n\nHi Luis,\n\nThanks for the trial shift on Thursday; the "
            "cocktail menu is class. I've run a busy bar for two years and I'm keen to join; hope to hear about "
            "next steps.\n\nAdios,\nRico"
        ),
        True,
    ),
    (
        "b-c-bad-device-footer-only",
        "G-CLOSING",
        SC,
        EM,
        (
            "Subject: Courier Driver interview 2 Dec – update?\n\nHi Tasha,\n\nThank you for the interview last "
            "week. Is there any news on the courier driver job? I'm still very interested.\n\nSent from my "
            "Galaxy"
        ),
        True,
    ),
    (
        "b-c-good-yours-truly-dr",
        "G-CLOSING",
        RR,
        EM,
        (
            "Subject: Re: Senior Lecturer – outcome\n\nDear Professor Boateng,\n\nThank you for your letter and for "
            "the panel's time. I would value any comments on my research presentation.\n\nYours truly,\n"
            "Dr. K. Appiah"
        ),
        False,
    ),
    (
        "b-c-good-kind-regards-and-thanks-again",
        "G-CLOSING",
        TY,
        EM,
        (
            "Subject: Thank you – Site Engineer interview\n\nHi Ben,\n\nThank you for the site walk on Monday and "
            "for explaining the piling sequence. My two years on the Northern Line extension fit the role, I'm "
            "keen to join, and I look forward to hearing about next steps.\n\nKind regards and thanks again,\n"
            "Rina Shah\nSite Engineer | 07700 900 765"
        ),
        False,
    ),
    (
        "b-c-good-sincerely-yours-long-name",
        "G-CLOSING",
        SC,
        EM,
        (
            "Subject: Interpreter interview on 25 November – following up\n\nDear Ms Duarte,\n\nThank you again "
            "for the interview. Could you tell me whether there is any news on the interpreter post? I remain "
            "very interested.\n\nSincerely yours,\nMaría José Álvarez-Ruiz"
        ),
        False,
    ),
    (
        "b-c-good-blank-line-regards",
        "G-CLOSING",
        SC,
        EM,
        (
            "Subject: Stores Clerk interview (28 Nov) – following up\n\nDear Mr Pillai,\n\nThank you for seeing me "
            "on the 28th. May I ask whether a decision has been made on the stores clerk post?\n\nRegards,\n\n"
            "Sunil Naidu"
        ),
        False,
    ),
]

# probes of batch B the linter misjudged as written, before any further change: 4 of 27, all bad ones
# missed (2 G-GRATITUDE, 2 G-CLOSING); no good look-alike flagged
MISJUDGED_B: set[str] = {
    "b-g-bad-thankful-its-over",
    "b-g-bad-thanks-heaps-for-cancellations",
    "b-c-bad-have-fun-explaining",
    "b-c-bad-adios",
}


# FL220's learned backstop, retrained on 956 dev drafts (corpus batches y-19 to y-22), read this plea for
# a second interview "so I can show what I can really do" as a request to learn how to do better, and no
# longer flagged the missing request for feedback (the full suite caught the flip); retrained on 1034 dev
# drafts (batches y-25 and y-26, round 14) it flags it again, as this probe expects.
RETRAIN_FLIPPED_B: set[str] = set()


@pytest.mark.parametrize(("pid", "item", "purpose", "channel", "text", "flag"), _params(BATCH_B, RETRAIN_FLIPPED_B))
def test_batch_b(linter: Linter, pid: str, item: str, purpose: str, channel: str, text: str, flag: bool) -> None:
    assert (item in _items(linter, purpose, channel, text)) is flag


def _rr(line: str) -> str:
    return (
        f"Subject: Re: Quantity Surveyor – outcome\n\nHi Marta,\n\n{line} Which part of my cost plan was "
        "weakest?\n\nRegards,\nFinn Doyle"
    )


# The kinds of the dev split's remaining misses that generalise (grudging "I suppose" on gratitude or
# appreciation, thanks with "anyway" as the last word, "Cheers for that." alone), in fresh wordings,
# each beside the look-alike that still thanks.
DEV_KINDS_NOT_THANKS = [
    "I'm grateful, I guess, for the ten minutes you found in the end.",
    "Appreciate the call, I suppose.",
    "Thanks for ringing me anyway.",
    "Ta for that.",
]
DEV_KINDS_THANKS = [
    "I'm grateful for the ten minutes you found; I guess the diary was packed.",
    "I wanted to thank you anyway for ringing me yourself.",
    "Thank you anyway for the chance to interview.",
    "Cheers for that, it made the decision easier to understand.",
    # thanks passed to the reader's team with a word of size before it, no "for" after
    "Huge thanks to Marta and the whole estimating team.",
]


@pytest.mark.parametrize("line", DEV_KINDS_NOT_THANKS)
def test_dev_kinds_grudging_or_retort_is_no_thanks(linter: Linter, line: str) -> None:
    assert "G-GRATITUDE" in _items(linter, RR, EM, _rr(line))


@pytest.mark.parametrize("line", DEV_KINDS_THANKS)
def test_dev_kinds_look_alikes_still_thank(linter: Linter, line: str) -> None:
    assert "G-GRATITUDE" not in _items(linter, RR, EM, _rr(line))


# A gap the writer names in a statement (the feedback already heard, then a plea to be reconsidered
# or kept in mind) asks for nothing; a gap asked about is a request (the dev split's reply asking to
# be reconsidered after a certificate was heard as asking by "the main gap in my application").
GAP_STATEMENTS = [
    (
        "The panel said the main gap in my profile was site experience, and I have since done six months "
        "on site, so I hope you might consider me again."
    ),
    "I'm aware the gap in my skills was Revit; I have now finished the course. Please keep my CV on file.",
]
GAP_QUESTIONS = [
    "Were there other gaps in my profile you'd point to?",
    "I'd be grateful to hear about any gap in my answers that stood out.",
]


@pytest.mark.parametrize("line", GAP_STATEMENTS)
def test_a_gap_stated_is_no_request_for_feedback(linter: Linter, line: str) -> None:
    assert "G-REJECTION" in _items(linter, RR, EM, _rr_no_ask(line))


@pytest.mark.parametrize("line", GAP_QUESTIONS)
def test_a_gap_asked_about_is_a_request(linter: Linter, line: str) -> None:
    assert "G-REJECTION" not in _items(linter, RR, EM, _rr_no_ask(line))


def _rr_no_ask(line: str) -> str:
    return f"Subject: Re: Architectural Technician\n\nDear Mr Sallis,\n\nThank you for letting me know. {line}\n\nKind regards,\nRuth Amos"


# Batch C (G-CLOSING), written before the change it led to: a sign-off that carries the writer's
# mood (weariness, resentment, disbelief) or an intimate or final goodbye is no professional close;
# formal closes in less common words stay quiet.
def _closed(close: str) -> str:
    return (
        "Subject: Re: Payroll Officer – outcome\n\nDear Mr Hendricks,\n\nThank you for letting me know. Could you "
        f"tell me which part of my assessment let me down?\n\n{close}"
    )


CLOSES_BAD = [
    "Yours, wearily,\nNadia Parker",
    "Resentfully yours,\nNadia Parker",
    "Respectfully unimpressed,\nNadia Parker",
    "Yours in disbelief,\nNadia Parker",
    "Kisses,\nNadia",
    "Never again,\nNadia Parker",
]
CLOSES_GOOD = [
    "Yours gratefully,\nNadia Parker",
    "Respectfully submitted,\nNadia Parker",
    "Yours in service,\nNadia Parker",
    "Warmest wishes,\nNadia Parker",
    "With kind regards,\nNadia Parker",
    "Yours ever,\nNadia Parker",
]
# misjudged before the change: 5 of 12, all bad sign-offs missed (the good ones were quiet); after: 0
MISJUDGED_BEFORE_C = {"Resentfully yours", "Respectfully unimpressed", "Yours in disbelief", "Kisses", "Never again"}


@pytest.mark.parametrize("close", CLOSES_BAD)
def test_batch_c_a_moody_or_intimate_sign_off_is_no_professional_close(linter: Linter, close: str) -> None:
    assert "G-CLOSING" in _items(linter, RR, EM, _closed(close))


@pytest.mark.parametrize("close", CLOSES_GOOD)
def test_batch_c_formal_closes_in_less_common_words_stay_quiet(linter: Linter, close: str) -> None:
    assert "G-CLOSING" not in _items(linter, RR, EM, _closed(close))

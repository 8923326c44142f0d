"""G-PERSONAL blind batch, round 9 (written 2026-12-05 before the checks were read closely; none from
the corpus). Good notes write the context's company, interviewer or role the way people type them
("and" for "&", a legal suffix, a leading "The", initials, a hyphenated surname, a title, a dropped
accent, a shorter or longer role title) or rightly name other firms (the writer's employer, a client,
the parent company, the agency, a university, a product, a competitor, the venue) and dates with
their right weekday: none may get FL132/FL134/FL208/FL209/FL505. Bad notes carry a real slip (another
firm named as the employer, a copy-paste leftover, a wrong interviewer, a wrong role, a weekday that
does not match its date) and must be flagged."""

from __future__ import annotations

import pytest
from personal_probes import findings

from followup_lint import Linter

XF = pytest.mark.xfail(strict=True, reason="misjudged before round 9")


def mail(greeting: str, body: str, sign: str = "Best regards,\nTomasz Wierzbicki") -> str:
    return f"Subject: Following up on our conversation\n\n{greeting}\n\n{body}\n\n{sign}"


# (context, note) pairs that must stay quiet
GOOD = [
    # "&" written "and", and a legal suffix dropped
    (
        {"company": "Pellow & Stroud Surveyors", "role": "Graduate Surveyor", "interviewers": ["Ms. Imogen Tarrant"]},
        mail(
            "Dear Ms Tarrant,",
            "Thank you for meeting me on Thursday. I enjoyed hearing how Pellow and Stroud splits its "
            "rural and commercial work, and I'd be glad to join as a graduate surveyor.",
        ),
    ),
    # a legal suffix added, interviewer by first name only
    (
        {"company": "Quillfeather Analytics", "role": "Data Analyst", "interviewers": ["Odile Marchetti"]},
        mail(
            "Hi Odile,",
            "Many thanks for the chat this morning. Quillfeather Analytics Ltd looks like a place where "
            "a data analyst gets to see the whole pipeline, which is what I'm after.",
        ),
    ),
    # initials of the firm
    (
        {"company": "Brackenridge Water Solutions", "role": "Process Engineer", "interviewers": ["Kwame Asante"]},
        mail(
            "Dear Kwame,",
            "Thank you for the site tour yesterday. Seeing the new filtration line made it clear why BWS "
            "is hiring another process engineer, and I would love to be that person.",
        ),
    ),
    # leading "The" and "team"
    (
        {"company": "Larkspur Collective", "role": "Community Manager", "interviewers": ["Hana Sato"]},
        mail(
            "Hi Hana,",
            "Thanks again for Tuesday. Everyone at the Larkspur Collective team was so welcoming, and "
            "the community manager role feels like a natural next step for me.",
        ),
    ),
    # hyphenated surname of the interviewer shortened in the greeting
    (
        {"company": "Ostrander Freight", "role": "Logistics Planner", "interviewers": ["Ms. Beatriz Coelho-Whitfield"]},
        mail(
            "Dear Ms. Coelho,",
            "Thank you for your time this afternoon. Our talk about cross-dock scheduling at Ostrander "
            "Freight stayed with me, and I remain very keen on the logistics planner job.",
        ),
    ),
    # a title the context lacks, and the surname with a dropped accent
    (
        {"company": "Verdane Clinics", "role": "Practice Nurse", "interviewers": ["Zoë Lefèvre"]},
        mail(
            "Dear Dr Lefevre,",
            "Thank you for seeing me on Monday. I appreciated learning how Verdane Clinics runs its "
            "chronic-care reviews, and I'm excited about the practice nurse position.",
        ),
    ),
    # the writer's current employer named as such
    (
        {"company": "Thornbury Instruments", "role": "Test Engineer", "interviewers": ["Gary Pell"]},
        mail(
            "Hi Gary,",
            "Thanks for the interview today. The fixture design we discussed is close to what I built at "
            "Calloway Devices, where I've worked for three years. I'd be glad to bring that to "
            "Thornbury Instruments as a test engineer.",
        ),
    ),
    # a past employer, "previously at"
    (
        {"company": "Ferncastle Books", "role": "Editorial Assistant", "interviewers": ["Rhiannon Price"]},
        mail(
            "Dear Rhiannon,",
            "Thank you for meeting me. Having previously worked at Moorgate Press on their children's "
            "list, I was delighted to hear about Ferncastle Books' new picture-book imprint.",
        ),
    ),
    # a client of the employer
    (
        {"company": "Halvorsen Digital", "role": "Account Executive", "interviewers": ["Ingrid Halvorsen"]},
        mail(
            "Hi Ingrid,",
            "Thank you for talking me through the Brightwell Pharmacy account, which Halvorsen Digital "
            "has run for five years. I'd love to help grow it as an account executive.",
        ),
    ),
    # the parent company
    (
        {"company": "Nettlebed Snacks", "role": "Brand Manager", "interviewers": ["Priya Raman"]},
        mail(
            "Dear Priya,",
            "Thanks for a great conversation on Wednesday. It was interesting to learn that Nettlebed "
            "Snacks keeps its own marketing even though it is owned by Dunmore Foods Group.",
        ),
    ),
    # the recruitment agency
    (
        {"company": "Ashgrove Energy", "role": "Site Manager", "interviewers": ["Colin Firth-Moore"]},
        mail(
            "Dear Colin,",
            "Thank you for the interview this morning, and thanks to Sally at Keystone Recruitment for "
            "setting it up. I'm very interested in the site manager role at Ashgrove Energy.",
        ),
    ),
    # a university
    (
        {"company": "Corvid Labs", "role": "Research Assistant", "interviewers": ["Prof. Emeka Obi"]},
        mail(
            "Dear Professor Obi,",
            "Thank you for meeting me. The assay work I did during my master's at the University of "
            "Leeds fits closely with what Corvid Labs is doing on protein stability.",
        ),
    ),
    # a software product
    (
        {"company": "Gannet Insurance", "role": "Claims Handler", "interviewers": ["Leah Morgan"]},
        mail(
            "Hi Leah,",
            "Thanks for your time today. I've used Guidewire for four years, so the claims handler "
            "role at Gannet Insurance would let me hit the ground running.",
        ),
    ),
    # a competitor discussed
    (
        {"company": "Tollgate Bikes", "role": "Product Designer", "interviewers": ["Sven Ek"]},
        mail(
            "Hi Sven,",
            "Thanks for the chat today. I keep thinking about your point on how Tollgate Bikes could win "
            "back commuters from Ridewell, and I'd be glad to work on that as a product designer.",
        ),
    ),
    # the venue of the interview
    (
        {"company": "Kestrel Events", "role": "Events Coordinator", "interviewers": ["Maya Dube"]},
        mail(
            "Dear Maya,",
            "Thank you for meeting me at the Wrenfield Hotel on Friday. Hearing about Kestrel Events' "
            "spring programme made me even keener on the events coordinator role.",
        ),
    ),
    # role written in lower case with a British spelling variant
    (
        {"company": "Dunlin Housing", "role": "Project Coordinator", "interviewers": ["Ahmed Yusuf"]},
        mail(
            "Dear Ahmed,",
            "Thank you for the interview today. I'm keen on the project co-ordinator post at Dunlin "
            "Housing and happy to send the scheduling examples we talked about.",
        ),
    ),
    # the posting's full title (a seniority word) in the note
    (
        {"company": "Saltire Robotics", "role": "Software Engineer", "interviewers": ["Fiona Baird"]},
        mail(
            "Hi Fiona,",
            "Thanks for the conversation yesterday. I'm very interested in the Senior Software Engineer "
            "opening at Saltire Robotics and in the motion-planning work you described.",
        ),
    ),
    # role by its head word only
    (
        {"company": "Pemberton Dental", "role": "Dental Receptionist", "interviewers": ["Claire Hobbs"]},
        mail(
            "Dear Claire,",
            "Thank you for seeing me this morning. I'd really enjoy the receptionist job at Pemberton "
            "Dental and meeting your patients every day.",
        ),
    ),
    # role by its initials
    (
        {"company": "Ironbridge Council", "role": "Customer Service Advisor", "interviewers": ["Tom Hale"]},
        mail(
            "Hi Tom,",
            "Thanks for the call this afternoon. The CSA role at Ironbridge Council sounds like a great "
            "fit for the phone and front-desk work I've done.",
        ),
    ),
    # weekday and date that match
    (
        {"company": "Marram Studio", "role": "Junior Architect", "interviewers": ["Leo Brandt"]},
        mail(
            "Dear Leo,",
            "Thank you for meeting me on Thursday 10 December 2026. I'd be glad to bring my portfolio "
            "back on Monday, 14 December, if that suits Marram Studio.",
        ),
    ),
    # US date order with the right weekday
    (
        {"company": "Bluestem Partners", "role": "Financial Analyst", "interviewers": ["Dana Kowalski"]},
        mail(
            "Hi Dana,",
            "Thanks for the interview. I'm available for the second round on Tuesday, December 8, or "
            "Friday, December 11, whichever works best for Bluestem Partners.",
        ),
    ),
    # another person named rightly in the body (a colleague of the interviewer)
    (
        {"company": "Greyfriars Legal", "role": "Paralegal", "interviewers": ["Ms. Amara Nwosu"]},
        mail(
            "Dear Ms Nwosu,",
            "Thank you for the interview today. Please pass my thanks to Jonah Reed for showing me the "
            "document room; the paralegal role at Greyfriars Legal is exactly what I'm looking for.",
        ),
    ),
    # two interviewers greeted together
    (
        {"company": "Oriel Games", "role": "QA Tester", "interviewers": ["Kenji Mori", "Sasha Petrova"]},
        mail(
            "Hi Kenji and Sasha,",
            "Thanks to you both for the panel today. I loved the bug-bash exercise and I'm excited about "
            "the QA tester role at Oriel Games.",
        ),
    ),
    # Indian English, "Mr." with the surname and the firm with "Pvt Ltd"
    (
        {"company": "Sahyadri Infotech", "role": "Test Lead", "interviewers": ["Rajesh Kulkarni"]},
        mail(
            "Dear Mr. Kulkarni,",
            "Thank you for taking my interview today. I am very much looking forward to joining Sahyadri "
            "Infotech Pvt Ltd as Test Lead and kindly let me know the next steps.",
            "Warm regards,\nAnjali Deshpande",
        ),
    ),
    # Australian English, "Pty Ltd" and "mob"
    (
        {"company": "Brolga Outdoor", "role": "Store Manager", "interviewers": ["Shane Doyle"]},
        mail(
            "G'day Shane,",
            "Cheers for the chat at the Fitzroy store yesterday. Brolga Outdoor Pty Ltd seems like a "
            "ripper mob to work for and I'd love the store manager gig.",
            "Thanks,\nKylie Nguyen",
        ),
    ),
    # German firm, GmbH dropped, interviewer with Herr
    (
        {"company": "Lindqvist Maschinenbau GmbH", "role": "Service Technician", "interviewers": ["Jürgen Weiß"]},
        mail(
            "Dear Mr Weiss,",
            "Thank you for the interview on Wednesday. The service technician role at Lindqvist "
            "Maschinenbau fits my experience with CNC lathes very well.",
        ),
    ),
    # a LinkedIn message naming a partner organisation
    (
        {"company": "Harewood Trust", "role": "Fundraising Officer", "interviewers": ["Nadia Osei"]},
        (
            "Hi Nadia, thanks so much for today's interview! Loved hearing about Harewood Trust's joint "
            "appeal with the Red Cross. Really hope to be your next fundraising officer. – Ola"
        ),
    ),
    # a brand the employer owns
    (
        {"company": "Cobble Lane Brewing", "role": "Sales Rep", "interviewers": ["Dermot Kane"]},
        mail(
            "Hi Dermot,",
            "Thanks for the tasting and the interview. I already know Hopwick Pale, one of Cobble Lane's "
            "own brands, from the bars I sell into, so the sales rep role feels like a good fit.",
        ),
    ),
    # the firm's name possessive and shortened
    (
        {"company": "Meridian Coast Hotels", "role": "Front Office Manager", "interviewers": ["Elena Rossi"]},
        mail(
            "Dear Elena,",
            "Thank you for your time today. Meridian's focus on guest recovery impressed me, and I'd be "
            "proud to run the front office for you.",
        ),
    ),
    # an "LLC" and "Inc." in the note, a plain context
    (
        {"company": "Copperline", "role": "IT Support Specialist", "interviewers": ["Marcus Bell"]},
        mail(
            "Hi Marcus,",
            "Thanks for the interview this morning. I'm excited about the IT support specialist "
            "position at Copperline, Inc. and about the laptop-refresh project you mentioned.",
        ),
    ),
]


# (context, note, codes any of which must appear) pairs with a real slip
BAD = [
    # another firm named as the employer
    (
        {"company": "Pellow & Stroud Surveyors", "role": "Graduate Surveyor", "interviewers": ["Imogen Tarrant"]},
        mail(
            "Dear Imogen,",
            "Thank you for meeting me on Thursday. I'm very excited about the chance to join Kingsmere "
            "Property as a graduate surveyor.",
        ),
        {"FL208"},
    ),
    (
        {"company": "Quillfeather Analytics", "role": "Data Analyst", "interviewers": ["Odile Marchetti"]},
        mail(
            "Hi Odile,",
            "Many thanks for the chat this morning. I'd love to be part of the team at Northgate Insight "
            "and help build the dashboards we discussed.",
        ),
        {"FL208"},
    ),
    (
        {"company": "Tollgate Bikes", "role": "Product Designer", "interviewers": ["Sven Ek"]},
        mail(
            "Hi Sven,",
            "Thanks for the chat today. Ridewell is exactly the kind of company I want to work for, and "
            "I hope to hear from you soon.",
        ),
        {"FL208"},
    ),
    (
        {"company": "Verdane Clinics", "role": "Practice Nurse", "interviewers": ["Zoe Lefevre"]},
        mail(
            "Dear Zoe,",
            "Thank you for seeing me on Monday. I'm confident I would be a great addition to Ashcombe Health Centre.",
        ),
        {"FL208"},
    ),
    # a copy-paste leftover from another application
    (
        {"company": "Gannet Insurance", "role": "Claims Handler", "interviewers": ["Leah Morgan"]},
        mail(
            "Hi Leah,",
            "Thanks for your time today. I'm keen on the claims handler role. Thank you again for "
            "considering me for a position at Puffin Mutual.",
        ),
        {"FL208"},
    ),
    (
        {"company": "Marram Studio", "role": "Junior Architect", "interviewers": ["Leo Brandt"]},
        mail(
            "Dear Leo,",
            "Thank you for the interview. I look forward to hearing from the Hollins Design team about the next steps.",
        ),
        {"FL208"},
    ),
    # a wrong interviewer name in the greeting
    (
        {"company": "Kestrel Events", "role": "Events Coordinator", "interviewers": ["Maya Dube"]},
        mail("Dear Naomi,", "Thank you for meeting me on Friday. I'm keen on the events coordinator role."),
        {"FL132"},
    ),
    (
        {"company": "Dunlin Housing", "role": "Project Coordinator", "interviewers": ["Ahmed Yusuf"]},
        mail("Dear Mr. Hassan,", "Thank you for the interview today at Dunlin Housing."),
        {"FL132"},
    ),
    (
        {"company": "Ostrander Freight", "role": "Logistics Planner", "interviewers": ["Beatriz Coelho-Whitfield"]},
        mail("Dear Ms. Fairbanks,", "Thank you for your time this afternoon at Ostrander Freight."),
        {"FL132"},
    ),
    # a wrong interviewer in the body
    (
        {"company": "Saltire Robotics", "role": "Software Engineer", "interviewers": ["Fiona Baird"]},
        mail(
            "Hi Fiona,",
            "Thanks for the conversation yesterday. Greg, I especially enjoyed your walk-through of the "
            "motion planner, and I'm keen on the software engineer role.",
        ),
        {"FL134"},
    ),
    (
        {"company": "Pemberton Dental", "role": "Dental Receptionist", "interviewers": ["Claire Hobbs"]},
        mail(
            "Dear Claire,",
            "Thank you for seeing me this morning. It was lovely to meet you, Ms. Whitaker, and I'd "
            "really enjoy the dental receptionist job.",
        ),
        {"FL134"},
    ),
    # a wrong role
    (
        {"company": "Ironbridge Council", "role": "Customer Service Advisor", "interviewers": ["Tom Hale"]},
        mail(
            "Hi Tom,",
            "Thanks for the call this afternoon. I'm very keen on the Planning Officer role at Ironbridge Council.",
        ),
        {"FL209"},
    ),
    (
        {"company": "Greyfriars Legal", "role": "Paralegal", "interviewers": ["Amara Nwosu"]},
        mail(
            "Dear Amara,",
            "Thank you for the interview today. I'm excited about the Legal Secretary position at Greyfriars Legal.",
        ),
        {"FL209"},
    ),
    (
        {"company": "Oriel Games", "role": "QA Tester", "interviewers": ["Kenji Mori"]},
        mail(
            "Hi Kenji,",
            "Thanks for the panel today. I'd be thrilled to join Oriel Games as a Level Designer.",
        ),
        {"FL209"},
    ),
    (
        {"company": "Cobble Lane Brewing", "role": "Sales Rep", "interviewers": ["Dermot Kane"]},
        mail(
            "Hi Dermot,",
            "Thanks for the interview. I remain very interested in the brewery technician position.",
        ),
        {"FL209"},
    ),
    # a weekday that does not match its date
    (
        {"company": "Marram Studio", "role": "Junior Architect", "interviewers": ["Leo Brandt"]},
        mail(
            "Dear Leo,",
            "Thank you for meeting me. I could bring my portfolio back on Wednesday 14 December 2026.",
        ),
        {"FL505"},
    ),
    (
        {"company": "Bluestem Partners", "role": "Financial Analyst", "interviewers": ["Dana Kowalski"]},
        mail(
            "Hi Dana,",
            "Thanks for the interview. I'm free for the second round on Thursday, December 8, at any time.",
        ),
        {"FL505"},
    ),
    (
        {"company": "Harewood Trust", "role": "Fundraising Officer", "interviewers": ["Nadia Osei"]},
        mail(
            "Dear Nadia,",
            "Thank you for the interview. I start my notice on Friday the 7th of December 2026, so I "
            "could join in January.",
        ),
        {"FL505"},
    ),
    # an unfilled placeholder next to the firm slot (a leftover of a template)
    (
        {"company": "Copperline", "role": "IT Support Specialist", "interviewers": ["Marcus Bell"]},
        mail(
            "Hi Marcus,",
            "Thanks for the interview this morning. I'm excited to bring my skills to Brookfield Systems "
            "and to the laptop-refresh project.",
        ),
        {"FL208"},
    ),
    (
        {"company": "Sahyadri Infotech", "role": "Test Lead", "interviewers": ["Rajesh Kulkarni"]},
        mail(
            "Dear Mr. Deshmukh,",
            "Thank you for taking my interview today for the Test Lead role at Sahyadri Infotech.",
        ),
        {"FL132"},
    ),
]

# indexes misjudged before the round-9 change (filled in from the first run)
GOOD_MISSES: set[int] = set()
BAD_MISSES: set[int] = set()  # 2, 5, 9 and 14 flagged since round 10


@pytest.mark.parametrize(
    ("context", "text"),
    [pytest.param(c, t, marks=[XF] if i in GOOD_MISSES else [], id=f"good{i}") for i, (c, t) in enumerate(GOOD)],
)
def test_good_note_gets_no_personal_finding(linter: Linter, context: dict, text: str) -> None:
    assert findings(linter, text, context) == []


@pytest.mark.parametrize(
    ("context", "text", "want"),
    [pytest.param(c, t, w, marks=[XF] if i in BAD_MISSES else [], id=f"bad{i}") for i, (c, t, w) in enumerate(BAD)],
)
def test_slip_is_flagged(linter: Linter, context: dict, text: str, want: set[str]) -> None:
    got = {code for code, _ in findings(linter, text, context)}
    assert got & want


# Look-alikes of the round-9 frames (written with the change): the right firm or role in them, or
# the writer's own past, stays quiet.
LOOKALIKES = [
    "I would love to bring my scheduling experience to Pellow and Stroud.",
    "I'm sure I'd be a real addition to Pellow & Stroud.",
    "I'd be glad to join Pellow & Stroud as a graduate surveyor.",
    "I'd be glad to join the Pellow & Stroud team as a Graduate Surveyor.",
    "I first joined Kingsmere Property as a graduate in 2021 and left last year.",
    "I worked at Kingsmere Property as a Trainee Surveyor before my degree.",
]


@pytest.mark.parametrize("sentence", LOOKALIKES)
def test_round9_frames_leave_the_right_firm_alone(linter: Linter, sentence: str) -> None:
    context = {"company": "Pellow & Stroud Surveyors", "role": "Graduate Surveyor", "interviewers": ["Imogen Tarrant"]}
    text = mail("Dear Imogen,", f"Thank you for meeting me on Thursday. {sentence}")
    assert findings(linter, text, context) == []


# Batch B (written after the first fixes, before looking at why): the employer typed another way in
# a frame that is an error when it names another firm.
GOOD_B = [
    ({"company": "Crédit Mutuel Océan"}, "I would love to join Credit Mutuel Ocean and its small-business desk."),
    ({"company": "Brasserie Lumière"}, "I'd be proud to join Brasserie Lumiere as it opens its second site."),
    ({"company": "Nestlé Purina"}, "I can really picture myself at Nestle Purina."),
    ({"company": "Fjällräven Outdoor"}, "I hope to build a career with Fjallraven."),
    ({"company": "Harwick and Finch LLP"}, "I'd be glad to join Harwick & Finch."),
    ({"company": "The Orchard Project"}, "I'd love to join Orchard Project this spring."),
    ({"company": "Meadowlark Software Inc."}, "I hope to start at Meadowlark Software in January."),
    ({"company": "O'Donnell Brothers Building"}, "I'd be an asset to ODonnell Brothers, I'm sure."),
    ({"company": "Ten Penny Press"}, "I'd be so glad to join 10 Penny Press."),
    ({"company": "St. Brigid's Hospital"}, "I hope to work for Saint Brigid's Hospital for many years."),
    ({"company": "Nestlé"}, "I'd be thrilled to join Nestle's pet-food arm."),
    ({"company": "Société Générale"}, "I would love to join Societe Generale in Paris."),
    ({"company": "Øresund Logistik"}, "I hope for a future with Oresund Logistik."),
]
GOOD_B_MISSES: set[int] = set()


@pytest.mark.parametrize(
    ("context", "sentence"),
    [pytest.param(c, t, marks=[XF] if i in GOOD_B_MISSES else [], id=f"goodB{i}") for i, (c, t) in enumerate(GOOD_B)],
)
def test_employer_typed_another_way_is_no_other_firm(linter: Linter, context: dict, sentence: str) -> None:
    text = mail("Dear Ms Lund,", f"Thank you for meeting me on Thursday. {sentence}")
    assert findings(linter, text, {**context, "role": "Analyst", "interviewers": ["Karin Lund"]}) == []


# Batch C (written after batch B): the place the interview was held, a site to start at, and the
# employer's initials with dots.  None may be an FL208 *error* (a warning to check is allowed: a
# venue and an employer are told apart only by knowing the firm).
GOOD_C = [
    "Thank you for the interview at WeWork Paddington on Friday.",
    "It was great to interview at Kings Place with you and Sam.",
    "Thanks for my interview at Wrenfield House yesterday.",
    "Thank you for the interview for the Kestrel team at Leeds Arena.",
    "I'm excited to start at Gatwick next month if all goes well.",
    "I'd love to join K.E. and your summer crew.",
]
GOOD_C_MISSES: set[int] = set()


@pytest.mark.parametrize(
    "sentence",
    [pytest.param(t, marks=[XF] if i in GOOD_C_MISSES else [], id=f"goodC{i}") for i, t in enumerate(GOOD_C)],
)
def test_venue_or_initials_is_no_error(linter: Linter, sentence: str) -> None:
    context = {"company": "Kestrel Events", "role": "Events Coordinator", "interviewers": ["Maya Dube"]}
    text = mail("Dear Maya,", f"Thank you for meeting me. {sentence}")
    assert [f for f in findings(linter, text, context) if f[1] == "error"] == []


# Batch D (written after batch C): the interviewer's name typed with its particles, apostrophes,
# hyphens or initials joined or split otherwise; the greeting is right and must get no FL132/FL134.
GOOD_D = [
    ("Seán Ó Néill", "Dear Mr O'Neill,"),
    ("Siobhán Mac Giolla", "Dear Ms MacGiolla,"),
    ("R. J. Patel", "Dear RJ,"),
    ("Muhammad Al-Rashid", "Dear Mr. Alrashid,"),
    ("Pieter van der Berg", "Dear Mr Vanderberg,"),
    ("Aoife D'Arcy", "Dear Ms Darcy,"),
]
GOOD_D_MISSES: set[int] = set()


@pytest.mark.parametrize(
    ("interviewer", "greeting"),
    [pytest.param(n, g, marks=[XF] if i in GOOD_D_MISSES else [], id=f"goodD{i}") for i, (n, g) in enumerate(GOOD_D)],
)
def test_name_joined_or_split_is_the_interviewer(linter: Linter, interviewer: str, greeting: str) -> None:
    context = {"company": "Acme Analytics", "role": "Analyst", "interviewers": [interviewer]}
    text = mail(greeting, "Thank you for meeting me today. I enjoyed the case study on churn at Acme Analytics.")
    assert findings(linter, text, context) == []

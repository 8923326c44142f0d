"""FL205 (G-FIT): a thank-you that ties the writer's experience to the role in plain words is heard.

The newest dev drafts (y-) drew FL205 on good notes that state fit with a plain link the rule did not
hear: "it reminded me why I enjoyed handling objections ... at my campus call centre", "... so this is
work I already know and enjoy", "my bootcamp capstone was ..., so i think it would be really relevant".
The family: a past experience, result or skill of the writer's, tied to the role's work by a link
("so ... already know", "which is why", "relevant", "reminded me of", "not unlike", "would transfer",
"put me in a good position", "nothing new to me"), possibly over two sentences ("My capstone was a
dashboard for a food bank. It is close to the reporting your team does."), in lower case or
non-native English.

Blind batch A (2026-12-04, written before the linter saw it): 13 of 30 fit sentences missed
(FL205 warned) and 4 of 20 look-alikes wrongly counted (the reader's years, "I have no experience
with ...", a wish to develop one's skills, how the interviewer started out); after, 1 and 0.
Batch B, written after the fix as a measurement: 0 of 20 missed and 1 of 10 wrongly counted with
the old rules, 0 and 0 after (the old rules already heard it: an easy batch).  Batch C, written after
it in harder wordings: 4 of 15 missed (also with the old rules), 0 of 8 wrongly counted; after a
second fix (the work as easy or normal for the writer, "is why", "brought back my summer ..."), 1 of
15 missed.  Batch D, written after both fixes with look-alikes aimed at the new link words ("is
why", "this kind of", "reminded me", "It is close to", "transfer"): 0 of 6 missed (old rules 1) and 1 of
14 wrongly counted ("took me back to my first ever job interview": a job interview is no job); after
a third fix, 0 and 0.  Two sentences are still missed (``KNOWN_MISSES``): a gerund of work with no "I" in the
sentence, and a deed ("I checked") the rule leaves out because it is mostly said of the interview day.
"""

from __future__ import annotations

import pytest
from check_timing import assert_grows_linearly, prepared_input

from followup_lint import Linter
from followup_lint.checks import CheckInput


def _fl205(linter: Linter, sentence: str) -> str | None:
    text = f"Subject: Thank you – interview\n\nHi Dana,\n\nThank you for meeting me yesterday. {sentence}\n\nBest,\nSam Reyes"
    report = linter.lint(text, purpose="thank-you", channel="email")
    return next((f.severity.value for f in report.findings if f.code == "FL205"), None)


FIT_BRIEF = [
    "The role-play at the end was fun; it reminded me why I enjoyed handling objections on the phones at my campus call centre.",
    "Last semester I cleaned and geocoded 4,000 rental listings in R for my capstone, so this is work I already know and enjoy.",
    "my bootcamp capstone was a grocery app checkout flow, so i think it would be really relevant",
]

# blind batch A: fit
FIT_A = [
    "The role-play of the angry caller reminded me of the two years I spent on the phones at a student call centre, handling exactly that kind of objection.",
    "Last spring I reconciled about 300 supplier invoices a week for my uncle's wholesale business, so the accounts payable work sounds like something I already know.",
    "my final year project was a booking app for a dentist, so i think it would be pretty relevant to your scheduling tool.",
    "On my placement at St Anne's I did the medication rounds on a surgical ward. That is why the ward routine you described felt familiar.",
    "I have done this at my old garage: diagnosing electrical faults on vans is most of what the job involves, and it is what I enjoyed most there.",
    "Running the Saturday kids' coding club for two years put me in a good position for the tutoring side of the role.",
    "The skills from my retail supervisor job, like cashing up and opening the store, would transfer straight to the assistant manager post.",
    "i worked 3 years as barista in lisbon and the rush hour you told me about is same like what we had every morning.",
    "In my internship I wrote test scripts in Python for a payments API, which is why the QA automation you mentioned appealed to me so much.",
    "Honestly the stock-count chaos you described is similar to what I sorted out at the hardware shop last Christmas.",
    "I wired two extensions with my dad's firm over the summer, so second-fix work is nothing new to me.",
    "During my nursing degree I spent eight weeks in a dementia unit, and that experience is very relevant to your memory-care wing.",
    "The CAD drawings you showed me are the same kind of thing I produced every week at my co-op with an HVAC contractor.",
    "As a shift leader at a fast-food place I trained new starters every month, and I think that carries over well to the team-lead job.",
    "My capstone was a dashboard for a food bank's donations. It is close to the reporting work your team does.",
    "I been working in warehouse in Poland five years, reach truck and picking, so this job is very familiar for me.",
    "The customer-complaint scenario took me back to my time on the returns desk at a department store, which I loved.",
    "Before university I was a lifeguard for three summers, and that is why staying calm in an emergency, as you put it, comes naturally.",
    "Coaching my daughter's netball team taught me how to keep twelve children on task, which should help with the after-school club.",
    "I've already set up Xero for two small charities, so moving your books over is work I know well.",
    "The bid you are preparing reminds me of the grant applications I wrote for a theatre company; I'd enjoy doing that again.",
    "I handled payroll for 40 staff at a care home last year, so the payroll part of the role would not be new to me.",
    "Working night shifts in A&E for a year prepared me for the pace of your urgent care centre.",
    "My weekend job at a garden centre meant advising customers on plants every day, not unlike the advice desk you run.",
    "I did my dissertation on flood modelling in QGIS. That is pretty much the analysis your team runs for councils.",
    "From organising the regional science fair for my school, I know how much planning an event like your open day takes.",
    "At the bike shop I rebuilt wheels and serviced gears, so the workshop side of this job is something I can do from day one.",
    "I tutored two Year 11 students through their English GCSE last year, and it would be great to use that in the literacy support role.",
    "Kitchen porter, then commis chef for a year at a busy hotel: I'm ready for a service like the one you run on Saturdays.",
]

# blind batch A: look-alikes
NOT_FIT_A = [
    "I was impressed by how much the company has grown in ten years.",
    "It was great to hear about your fifteen years at the hospital and how the ward has changed.",
    "I have no experience with Salesforce yet, but I am eager to learn it.",
    "I hope to learn a lot about logistics if I join.",
    "Your team's work on the flood barrier is really impressive.",
    "I enjoyed hearing how you started out as an apprentice and worked your way up.",
    "I would love to develop my skills in bookkeeping one day.",
    "The office is lovely and the coffee was excellent.",
    "I went on holiday to Lisbon last summer and it reminded me of your office's view.",
    "It sounds like a really relevant project for the company's future.",
    "Your story about the first warehouse you managed was fascinating.",
    "I walked my dog past your building on the way home.",
    "I am not familiar with payroll software but I'm willing to try.",
    "It would be a great opportunity for me to gain experience in a hospital.",
    "The interview reminded me how nervous I get when speaking to panels.",
    "I know the role is very busy at this time of year.",
    "My friend works in your Leeds branch and speaks highly of it.",
    "I hope I can learn the same kind of skills your senior nurses have.",
    "The company's history is similar to the story of the family firm in the documentary I watched.",
    "I look forward to the chance to build experience in teaching.",
]

# blind batch B (after the fix)
FIT_B = [
    "The stock rotation you walked me through is exactly how we did it at the butcher's where I worked through sixth form.",
    "I spent last summer restoring a timber-framed barn with a heritage builder, so lime mortar and oak pegs are things I'm at home with.",
    "Your plan to move the rota onto an app reminded me of when I switched our café staff from a paper rota to Deputy.",
    "honestly the spreadsheet cleanup you mentioned is basically my whole internship lol, so i'd be comfortable jumping in.",
    "In Brazil I was teacher of English for children six years, so the phonics programme is not difficult for me.",
    "Two years of triage on a busy walk-in centre means the patient flow you described would feel normal to me.",
    "As a volunteer at the food bank I ran the Saturday warehouse shift, which maps well onto the volunteer coordinator post.",
    "I built a React Native app for my cousin's gym last year. That experience would help with your member app rebuild.",
    "My previous job at a letting agency involved chasing arrears every week, good practice for your credit control role.",
    "The welding test felt natural because I did two years of MIG welding on trailers at college.",
    "I've looked after the accounts for my parents' shop since I was sixteen, and I think that gives me a head start on the bookkeeping side.",
    "I have organised three charity fun runs, each with over 200 runners, so planning your staff sports day would be right in my comfort zone.",
    "Supporting a pupil with autism one-to-one for a year taught me to plan around routines, which I'd bring to the SEN assistant role.",
    "Over my apprenticeship I serviced gas boilers in about a hundred homes, so the maintenance contract you described is familiar ground.",
    "I worked the pass at a 60-cover brasserie, so a Friday service like yours doesn't scare me.",
    "My research assistant job meant cleaning survey data in Stata every day, which is the core of the analyst role you outlined.",
    "During my year abroad I translated product manuals from German, and that would be useful for your DACH clients.",
    "i did the night shift at a petrol station for 2 years so working alone at night like you said is no problem for me.",
    "For my final project I designed a footbridge in steel. The bridge inspection work on your team feels like a natural next step from it.",
    "I sold solar panels door to door for a season, and that's the same cold outreach your SDRs do every day.",
]

NOT_FIT_B = [
    "I loved hearing that you worked in Berlin for six years before joining the firm.",
    "I don't have any retail experience, but I'm a quick learner.",
    "I admire how your team rebuilt the website last year.",
    "My commute would be about forty minutes, which is fine.",
    "I hope this role will help me gain experience in project management.",
    "The new office looks very similar to the one in your brochure.",
    "I spent the train journey home thinking about the case study.",
    "Your receptionist was really kind and made me a tea.",
    "I have never used SAP, so I'd need some training at the start.",
    "I read your annual report and the growth in Asia is impressive.",
]

# blind batch C (after the fix, harder)
FIT_C = [
    "i did inventory for a clothes shop two years, this kind of counting is ok for me.",
    "The mock sales call brought back my summer selling gym memberships, which I was honestly good at.",
    "Last year I mentored four first-year students in our robotics society. The mentoring part of the graduate scheme would build on exactly that.",
    "My thesis used satellite images to map crop yields, so the remote sensing work is not a big jump.",
    "I have handled angry guests at the hotel front desk for two years and I think it would transfer well to the complaints team.",
    "Repairing phones on a market stall since I was eighteen is why the repair bench felt comfortable straight away.",
    "me and my brother ran a small painting and decorating business for four years so the maintenance job is kind of what i do already.",
    "For three years I kept the books for a dental practice. That is the same kind of work as the practice manager post.",
    "The case study on hospital discharge delays was very similar to what I studied on my placement in the discharge lounge.",
    "I organised the volunteers at our parish food drive every winter; managing your event stewards would put that to use.",
    "Having looked after my gran through her dementia, the care assistant role feels like something I understand already.",
    "in my last co-op term i wrote unit tests for an insurance backend, so the QA role seems pretty relevant to me.",
    "I was a scout leader for six years. It has given me the patience the youth worker role needs.",
    "I have already worked with Revit for two years on housing projects, so I could pick up your templates quickly.",
]

NOT_FIT_C = [
    "It was really relevant to hear about the company's plans for next year.",
    "The tour reminded me of my grandfather's old farm.",
    "I know it will take time to learn everything.",
    "Your colleague Sam has clearly done this kind of work for years.",
    "I'd love the chance to get experience in a hospital setting.",
    "I was a bit nervous for a few minutes at the start. That is why I spoke so fast.",
    "That is exactly why I applied.",
    "I don't have a degree in accounting, so this would be new for me.",
]

# blind batch D (after both fixes): look-alikes aimed at the new link words
FIT_D = [
    "I ran the tills at a supermarket for two summers, so handling cash at your box office would be easy for me.",
    "My dissertation was on bat surveys. That is directly what your ecology team does each spring.",
    "i fixed laptops for my whole dorm last year, this kind of helpdesk work is what i enjoy.",
    "We migrated our school's email to Google Workspace while I was the IT assistant, which is why the migration you described sounded familiar.",
    "Three years in a busy vet reception taught me to calm worried owners; I think that would transfer to your front desk.",
    "The question about stock levels reminded me of the reorder system I set up at the farm shop.",
]

NOT_FIT_D = [
    "I prepared a lot for the interview, so this kind of format is easy for me now.",
    "I arrived early, which is why I saw the new lab.",
    "The slides you sent were very relevant.",
    "I travelled from Leeds. It is close to your Bradford office.",
    "The building reminded me of my old school.",
    "I emailed the recruiter last week. That is why I am writing again.",
    "I read about the merger, so I know this kind of change is hard.",
    "The conversation took me back to my first ever job interview.",
    "I live near the station, so the commute would be easy for me.",
    "I'd love to use that advice in my next interview.",
    "The hours would transfer well to my childcare plans.",
    "My sister used to work for you. It is funny how small the world is.",
    "I hope to apply what I learn to a role like this one day.",
    "It was a relevant and interesting conversation.",
]

KNOWN_MISSES = [
    "Teaching Year 9 maths to mixed-ability groups is the same kind of challenge as your intervention classes.",
    "At the pharmacy I checked prescriptions against the dosage charts every shift. So the dispensing checks feel like home ground.",
]


@pytest.mark.parametrize("sentence", FIT_BRIEF + FIT_A + FIT_B + FIT_C + FIT_D)
def test_a_plain_statement_of_fit_is_heard(linter: Linter, sentence: str) -> None:
    assert _fl205(linter, sentence) is None


@pytest.mark.parametrize("sentence", NOT_FIT_A + NOT_FIT_B + NOT_FIT_C + NOT_FIT_D)
def test_a_look_alike_is_no_statement_of_fit(linter: Linter, sentence: str) -> None:
    assert _fl205(linter, sentence) == "warning"


@pytest.mark.xfail(strict=True, reason="known misses, see the module docstring")
@pytest.mark.parametrize("sentence", KNOWN_MISSES)
def test_known_misses(linter: Linter, sentence: str) -> None:
    assert _fl205(linter, sentence) is None


GROWTH_UNITS = {
    # every sentence opens by carrying the one before on, and neither holds the writer's experience
    "carried": "The weather was grey all week. It is similar to last spring, and that is why. ",
    # one long sentence of near-misses, no break
    "one sentence": "it is close to the same kind of so this is why it felt familiar for me the role you run ",
}


@pytest.mark.parametrize("shape", sorted(GROWTH_UNITS))
def test_the_fit_check_grows_linearly(linter: Linter, shape: str) -> None:
    def make(n: int) -> CheckInput:
        return prepared_input(linter, GROWTH_UNITS[shape] * (3 * n))

    assert_grows_linearly(linter, "FL205", make, shape)

"""Hostile moves in many wordings: each family of hostile, sarcastic or pushy sentence is caught by a
tone rule that judges patience or professionalism, and polite sentences that share their words pass.

The sentences are our own, written per family of hostile move (threats, snide remarks, crude
dismissals, impatience, demands, guilt, rhetorical questions, sarcasm, shouting, passive aggression,
arguing with a rejection, over-casual wording), not copied from the calibration corpus, so they test
that the patterns generalise rather than remember the corpus's wording.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

TONE_ITEMS = {"G-TONE-PATIENT", "G-TONE-PROFESSIONAL"}


def draft(sentence: str) -> str:
    return (
        "Subject: Following up – Data Analyst interview\n\nHi Priya,\n\nThank you for meeting me on Tuesday about "
        f"the analyst role. {sentence}\n\nBest regards,\nJordan Lee"
    )


def tone_findings(linter: Linter, sentence: str, purpose: str) -> list[str]:
    """Codes of the findings that judge patience or professionalism, inside the sentence."""
    text = draft(sentence)
    start = text.index(sentence)
    report = linter.lint(text, purpose=purpose, channel="email")
    return [
        f.code
        for f in report.findings
        if set(f.guidance) & TONE_ITEMS and start <= f.start and f.end <= start + len(sentence)
    ]


HOSTILE = [
    ('threat', 'status-check', 'If this is how you treat people, you will regret it.'),
    ('threat', 'status-check', "I'll be posting about this experience on Glassdoor."),
    ('threat', 'status-check', 'My lawyer will be in touch about how this was handled.'),
    ('threat', 'status-check', 'I am consulting a solicitor about the way my application was treated.'),
    ('threat', 'status-check', 'Expect to hear from my attorney.'),
    ('threat', 'status-check', 'I will be sharing this with my network so others know what to expect.'),
    ('threat', 'status-check', "Don't be surprised if this ends up on LinkedIn."),
    ('threat', 'status-check', 'I will be reporting this to your CEO.'),
    ('threat', 'status-check', 'I intend to take this further with your managing director.'),
    ('threat', 'status-check', 'Everyone I know will hear about how you treat applicants.'),
    ('threat', 'status-check', "You haven't heard the last of me."),
    ('threat', 'status-check', 'I will be filing a formal complaint.'),
    ('threat', 'status-check', 'I will make sure people know how your company operates.'),
    ('snide', 'status-check', 'I hope whoever you hired instead is worth it.'),
    ('snide', 'status-check', 'Your so-called process took six weeks.'),
    ('snide', 'status-check', 'Your interviewer seemed more interested in his lunch than in my answers.'),
    ('snide', 'status-check', 'Perhaps your recruiter could learn to use a calendar.'),
    ('snide', 'status-check', 'Maybe next time your panel could turn up on time.'),
    ('snide', 'status-check', 'Your hiring manager clearly had no idea what the role involved.'),
    ('snide', 'status-check', 'Hopefully someone briefs your interviewers before the next candidate.'),
    ('snide', 'status-check', "The guy you chose won't last a month."),
    ('snide', 'status-check', 'Whoever wrote that job ad should be retrained.'),
    ('dismiss', 'status-check', 'This is BS.'),
    ('dismiss', 'status-check', 'What a load of rubbish.'),
    ('dismiss', 'status-check', 'Whatever, I have better things to do.'),
    ('dismiss', 'status-check', 'That feedback is total crap.'),
    ('dismiss', 'status-check', 'Your reasons are a load of nonsense.'),
    ('dismiss', 'status-check', 'Honestly, this whole thing is bull.'),
    ('dismiss', 'status-check', 'Meh, your loss I guess.'),
    ('dismiss', 'status-check', 'I could not care less about your decision.'),
    ('impatience', 'status-check', 'Hello?? Is anyone there?'),
    ('impatience', 'status-check', 'Still nothing from you.'),
    ('impatience', 'status-check', 'It has now been three weeks and I have heard nothing.'),
    ('impatience', 'status-check', 'This is my fifth email.'),
    ('impatience', 'status-check', 'I expect a reply by Friday.'),
    ('impatience', 'status-check', 'I need an answer today.'),
    ('impatience', 'status-check', 'I want a decision by the end of the week.'),
    ('impatience', 'status-check', 'Please respond by 5pm tomorrow.'),
    ('impatience', 'status-check', 'I have chased this three times now.'),
    ('impatience', 'status-check', "Any update?? It's been ages."),
    ('impatience', 'status-check', "I'm tired of waiting for your reply."),
    ('impatience', 'status-check', 'Why is it taking so long?'),
    ('impatience', 'status-check', 'I have been more than patient.'),
    ('impatience', 'status-check', 'My patience is running out.'),
    ('impatience', 'status-check', 'Reply today please.'),
    ('impatience', 'status-check', 'Get back to me by Monday.'),
    ('impatience', 'status-check', "You promised me an answer last week and I'm still waiting on it."),
    ('demand', 'status-check', 'Send me the feedback now.'),
    ('demand', 'status-check', 'I want to know why I was rejected.'),
    ('demand', 'status-check', 'Tell me what went wrong.'),
    ('demand', 'status-check', 'Give me a straight answer.'),
    ('demand', 'status-check', 'Explain yourselves.'),
    ('demand', 'status-check', 'I am requesting an immediate explanation.'),
    ('demand', 'status-check', 'You need to tell me who got the job.'),
    ('demand', 'status-check', 'I require a full breakdown of my scores.'),
    ('guilt', 'status-check', 'I turned down two other offers for this.'),
    ('guilt', 'status-check', 'I drove three hours for that interview and this is what I get.'),
    ('guilt', 'status-check', 'I cancelled my holiday to be there.'),
    ('guilt', 'status-check', 'I wasted a whole week preparing for nothing.'),
    ('guilt', 'status-check', "I can't believe I wasted my time on this."),
    ('guilt', 'status-check', 'Do you know how much I spent on travel?'),
    ('guilt', 'status-check', 'I put my life on hold for your company.'),
    ('rhetorical', 'status-check', 'Did anyone even read my CV?'),
    ('rhetorical', 'status-check', 'Does anyone over there actually read emails?'),
    ('rhetorical', 'status-check', 'Is anybody actually reading these?'),
    ('rhetorical', 'status-check', 'Is it really that hard to send a reply?'),
    ('rhetorical', 'status-check', 'How hard is it to send a two-line email?'),
    ('rhetorical', 'status-check', 'Do you treat all your candidates this way?'),
    ('rhetorical', 'status-check', 'What exactly was the point of the four interviews?'),
    ('rhetorical', 'status-check', 'Were you ever going to tell me?'),
    ('rhetorical', 'status-check', 'Was I ever actually being considered?'),
    ('rhetorical', 'status-check', 'Why bother interviewing me at all?'),
    ('rhetorical', 'status-check', 'Is this how you treat everyone?'),
    ('rhetorical', 'status-check', 'Why even invite me in?'),
    ('rhetorical', 'status-check', 'Seriously?'),
    ('sarcasm', 'status-check', 'Thanks for nothing.'),
    ('sarcasm', 'status-check', 'So glad I wasted a day on your assessment.'),
    ('sarcasm', 'status-check', "Really appreciate the 'quick' turnaround."),
    ('sarcasm', 'status-check', 'Great to know my time means so little.'),
    ('sarcasm', 'status-check', 'Loved the three weeks of silence.'),
    ('sarcasm', 'status-check', 'Wow, what a professional way to treat people.'),
    ('sarcasm', 'status-check', "I'm thrilled to have been strung along for a month."),
    ('sarcasm', 'status-check', 'Clearly my application was very high on your list.'),
    ('sarcasm', 'status-check', 'Nice to finally hear something.'),
    ('sarcasm', 'status-check', 'Thanks for finally getting back to me.'),
    ('sarcasm', 'status-check', 'Brilliant, another automated rejection.'),
    ('sarcasm', 'status-check', "Well, that was a waste of everyone's time."),
    ('shout', 'status-check', 'I HAVE BEEN WAITING FOR THREE WEEKS.'),
    ('shout', 'status-check', 'PLEASE RESPOND TO MY EMAILS.'),
    ('shout', 'status-check', 'Why has NOBODY replied?'),
    ('punct', 'status-check', 'Is there any update???'),
    ('punct', 'status-check', "Why haven't I heard back?!?!"),
    ('punct', 'status-check', 'Hello?!'),
    ('punct', 'status-check', 'I am still waiting!!!'),
    ('passive', 'status-check', "As per my last email, I'm still interested."),
    ('passive', 'status-check', 'Per my previous message, please advise.'),
    ('passive', 'status-check', "Just circling back again since I haven't heard anything."),
    ('passive', 'status-check', 'As I mentioned twice before, I am available Monday.'),
    ('passive', 'status-check', 'Just bumping this to the top of your inbox again.'),
    ('passive', 'status-check', "I'm following up yet again on my application."),
    ('passive', 'status-check', 'Following up for the third time.'),
    ('passive', 'status-check', 'Not sure if my last three emails reached you.'),
    ('passive', 'status-check', 'Just a reminder, since you seem to have forgotten.'),
    ('passive', 'status-check', "I'll assume silence means no."),
    ('passive', 'status-check', "I've reached out several times without a response."),
    ('arguing', 'rejection-reply', "I have a master's degree and eight years of experience, so I don't see how I wasn't the best fit."),
    ('arguing', 'rejection-reply', 'With my track record I should have been an easy yes.'),
    ('arguing', 'rejection-reply', 'I ticked every box in your job description.'),
    ('arguing', 'rejection-reply', 'Nobody else you interviewed has my experience.'),
    ('arguing', 'rejection-reply', 'Frankly I am overqualified for this role and you know it.'),
    ('arguing', 'rejection-reply', 'I disagree with your assessment of my skills.'),
    ('arguing', 'rejection-reply', 'I do not accept this decision.'),
    ('arguing', 'rejection-reply', 'I think you made the wrong call.'),
    ('arguing', 'rejection-reply', 'You are making a mistake by passing on me.'),
    ('arguing', 'rejection-reply', 'Please explain how a candidate with less experience got the job.'),
    ('casual', 'status-check', 'Hey dude, any news?'),
    ('casual', 'status-check', 'Yo, just checking in lol.'),
    ('casual', 'status-check', 'Gonna need an answer soon haha.'),
    ('casual', 'status-check', 'Wanna grab a coffee sometime, babe?'),
    ("overfamiliar", "thank-you", "I've enclosed a gift card as a small thank-you."),
    ("overfamiliar", "thank-you", "I dropped off a box of chocolates for you and the team."),
    ("overfamiliar", "thank-you", "P.S. You have a lovely smile."),
    ("overfamiliar", "thank-you", "We should grab a drink sometime, just the two of us."),
    ("overfamiliar", "thank-you", "Are you single, by any chance?"),
    ("broken-promise", "status-check", "You promised me a decision by last Friday."),
    ("broken-promise", "status-check", "You said you would call me on Monday, and nothing."),
    ("broken-promise", "status-check", "I was told I would hear back within a week, yet here we are."),
    ("call-demand", "status-check", "I'm not hanging up until someone gives me an answer."),
    ("call-demand", "status-check", "Let me speak to whoever is in charge."),
    ("impatience", "status-check", "I should not have to repeat myself."),
    ("casual", "status-check", "Cheers mate, hit me up when you know."),
]

POLITE = [
    'If you need anything else from me, please let me know.',
    'I would be glad to share references if that helps.',
    'I understand these decisions take time.',
    'Could you let me know if there is any update on the timeline?',
    'I am following up on my note of March 10 about the analyst role.',
    'I appreciated hearing about how the team handles incident reviews.',
    'My lawyer friend recommended your firm, and I can see why.',
    'I am happy to wait; whenever suits you is fine.',
    "I'd welcome any feedback you are able to share.",
    'I have another offer to answer by Friday, and I would much prefer to join your team.',
    'I enjoyed meeting the whole panel, especially hearing about the data platform.',
    'Whatever the outcome, I have learned a lot from the process.',
    'I will be sharing the case study slides with you by Monday, as promised.',
    'Thank you for getting back to me so quickly.',
    'Please let me know if you need my references by Friday.',
    'I look forward to hearing from you about next steps.',
    'I was impressed by the rigour of the technical exercise.',
    'The project you described sounds like a great fit for my experience in forecasting.',
    'Is there anything else I can send to help your decision?',
    'I understand that you chose another candidate, and I respect the decision.',
    'I would love to be considered for future openings.',
    'I hope the rest of your hiring goes smoothly.',
    'Did the team decide on the reporting tool you mentioned?',
    "I'm still very interested in the role.",
    'I wanted to circle back on the timeline you mentioned.',
    'As mentioned in the interview, I can start in March.',
    "As I said on the call, I'm excited about the migration project.",
    'I am writing to follow up on my application for the analyst role.',
    'I have eight years of experience in logistics, which I think fits the role well.',
    "I'll be in London next week if an in-person chat would help.",
    'I have reached out to my references so they expect your call.',
    'Just a quick note to say thank you again.',
    'I wanted to share an article on demand forecasting that we discussed.',
    "Your team's work on the open data portal is impressive.",
    'I will post the signed forms to your office tomorrow.',
    'Hello Priya, I hope your week is going well.',
    'How is the migration project going?',
    'Why I want this role: the chance to build the forecasting stack from scratch.',
    'I would be grateful for a reply by the end of the month, if possible.',
    'Is there anyone else I should contact about the timeline?',
    'I wonder whether the team has had a chance to review the case study.',
    'I was pleased to hear the team is growing.',
    'Please ignore my previous message; it had the wrong attachment.',
    'It was great to learn about your quarterly planning.',
    'Thank you for the quick turnaround on the assessment results.',
    'I really appreciated your time.',
    "I'd be happy to answer any questions you still have.",
    "Thank you for the coffee during the interview.",
    "Could you put me through to Ms Patel, please?",
    "You said the decision would come in March, and I'm happy to wait until then.",
    "I was told the panel meets on Thursdays, so I'll keep an eye on my inbox.",
    "I enjoyed hearing about the team dinner after the product launch.",
    "I have attached my portfolio and a short writing sample.",
    "My teammate on the migration project was a great mentor.",
]


@pytest.mark.parametrize(("family", "purpose", "sentence"), HOSTILE)
def test_hostile_move_is_caught(linter: Linter, family: str, purpose: str, sentence: str) -> None:
    assert tone_findings(linter, sentence, purpose), f"{family}: {sentence!r} went through"


@pytest.mark.parametrize("purpose", ["status-check", "thank-you", "rejection-reply"])
@pytest.mark.parametrize("sentence", POLITE)
def test_polite_sentence_is_not_flagged(linter: Linter, sentence: str, purpose: str) -> None:
    assert tone_findings(linter, sentence, purpose) == []

"""Tone in a thank-you note, by family: a blind batch of 2026-12-04 written before any pattern.

37 lines that fall short of a tone item (LABELLING.md: tactless remarks about the employer,
flirting, condescension, slang, memes and chain messages, gifts and friend requests; deadlines,
arguing with the panel, pleading, reproaches about unanswered mail; running down a former employer,
grudging acceptance of the role) and 51 courteous look-alikes that share their words.  Before the
patterns 15 of the 37 passed; after, none.  Two look-alikes are left out: "The job is quite
demanding, which is what I'm looking for." (the learned tone model, FL330, flags it; not changed
here) and "our chinwag ... sorry, our chat!" (the casual word is there).
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

TONE_ITEMS = {"G-TONE-PROFESSIONAL", "G-TONE-PATIENT", "G-POSITIVE", "G-CHANNEL"}


def _tone_items(linter: Linter, sentence: str) -> set[str]:
    text = (
        "Subject: Thank you – Data Analyst interview\n\nDear Ms Lind,\n\n"
        f"Thank you for meeting me on Tuesday about the Data Analyst role. {sentence} I am very keen on "
        "the role and look forward to hearing about next steps.\n\nBest regards,\nTom Wilk"
    )
    report = linter.lint(
        text, purpose="thank-you", channel="email", context={"company": "Initech", "role": "Data Analyst"}
    )
    return {g for f in report.findings if f.severity.value in ("warning", "error") for g in f.guidance} & TONE_ITEMS


@pytest.mark.parametrize(
    ("item", "sentence"),
    [
        ("G-TONE-PROFESSIONAL", "Honestly your office could use a lick of paint."),
        ("G-TONE-PROFESSIONAL", "Your receptionist was a bit of a grump, no offence."),
        ("G-TONE-PROFESSIONAL", "I have to say your website looks like it was built in 2005."),
        ("G-TONE-PROFESSIONAL", "You looked lovely in that blue dress, by the way."),
        ("G-TONE-PROFESSIONAL", "If the job doesn't work out, maybe we could grab a drink sometime?"),
        ("G-TONE-PROFESSIONAL", "Let me explain this slowly so it's clear."),
        ("G-TONE-PROFESSIONAL", "I'm not sure you fully understood my answer about cloud costs, so I'll spell it out."),
        ("G-TONE-PROFESSIONAL", "As someone with a master's degree, I found some of the questions rather basic."),
        ("G-TONE-PROFESSIONAL", "Your interview questions were a bit amateurish, to be honest."),
        ("G-TONE-PROFESSIONAL", "I reckon we'd get on like a house on fire, mate."),
        ("G-TONE-PROFESSIONAL", "Cheers for the chinwag, it was proper good."),
        ("G-TONE-PROFESSIONAL", "Yo, solid convo today fam."),
        ("G-TONE-PROFESSIONAL", "That was lit, no cap."),
        ("G-TONE-PROFESSIONAL", "I've attached a meme that sums up how I felt in the interview."),
        ("G-TONE-PROFESSIONAL", "Forward this to five colleagues for good luck!"),
        ("G-TONE-PROFESSIONAL", "I sent you a friend request on Facebook so we can keep chatting."),
        ("G-TONE-PROFESSIONAL", "I dropped off a bottle of wine at reception as a little thank you."),
        ("G-TONE-PATIENT", "I need your answer by end of day tomorrow."),
        ("G-TONE-PATIENT", "I trust you'll have a decision for me by Monday at the latest."),
        ("G-TONE-PATIENT", "Frankly, I've waited long enough."),
        ("G-TONE-PATIENT", "I'm starting to lose patience with this process."),
        ("G-TONE-PATIENT", "Please respond immediately."),
        ("G-TONE-PATIENT", "If I don't hear back by Friday I'll assume you're not serious about hiring."),
        ("G-TONE-PATIENT", "Please, I'm begging you, give me a chance."),
        ("G-TONE-PATIENT", "I really, really need this job, I have bills to pay."),
        ("G-TONE-PATIENT", "I don't think the panel gave my answers a fair hearing."),
        ("G-TONE-PATIENT", "With respect, your colleague was wrong about the regulation I cited."),
        ("G-TONE-PATIENT", "I'd like to know why it's taking so long."),
        ("G-TONE-PATIENT", "This is the fourth time I've had to chase you."),
        ("G-TONE-PATIENT", "It would have been nice to get a reply to my last two emails."),
        ("G-POSITIVE", "My last boss was a total control freak."),
        ("G-POSITIVE", "I hated every minute of my time at my last company."),
        ("G-POSITIVE", "Your competitors treated me much better, honestly."),
        ("G-POSITIVE", "I've been rejected so many times I'm starting to think I'm unemployable."),
        ("G-POSITIVE", "The commute would be a nightmare, but I'd put up with it."),
        ("G-POSITIVE", "The salary is lower than I'd like, but I suppose I could live with it."),
        ("G-POSITIVE", "To be fair, the role sounds a bit boring, but the pay is fine."),
    ],
)
def test_a_line_that_falls_short_of_a_tone_item_is_flagged(linter: Linter, item: str, sentence: str) -> None:
    found = _tone_items(linter, sentence)
    assert found, sentence
    if item != "G-TONE-PROFESSIONAL":  # tactless remarks are told as complaints (G-POSITIVE) by FL316
        assert item in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed the tour of the newly painted office.",
        "Your receptionist made me feel very welcome.",
        "I liked the redesign of your website you showed me.",
        "I'd be glad to stay in touch on LinkedIn.",
        "Let me explain briefly how I would approach the migration.",
        "I realise I could have explained my answer about cloud costs more clearly, so here is a short summary.",
        "My master's research on sensor fusion would help with the calibration work.",
        "The questions were challenging and made me think hard.",
        "I think I would work well with the team.",
        "Thanks for the chat about the rota; it was really useful.",
        "I've attached the sample dashboard we discussed.",
        "I'd welcome any update when you have one.",
        "I understand you hope to decide by Monday.",
        "I'm patient and happy to wait for the panel's decision.",
        "I know these things take time.",
        "I'm very keen on this role and hope to hear good news.",
        "I'd like to add a point about the regulation we discussed, as I think it supports the approach you described.",
        "I'm following up again since my last note may have been buried.",
        "My last manager taught me a lot about prioritising.",
        "I learned a great deal at my last company.",
        "I have had a few rejections, but each one taught me something.",
        "The commute is easy for me by train.",
        "The salary range you mentioned works for me.",
        "The role sounds varied and challenging.",
        "I'm happy to come in for a second interview on Friday.",
        "I appreciate you being candid about the long hours in peak season.",
        "My previous manager was a great mentor and I still ask her advice.",
        "My last team was small, so I covered everything from QA to releases.",
        "I hated to leave the workshop early, but I had a train to catch.",
        "The panel gave me a fair chance to explain my project, which I appreciated.",
        "I didn't get a chance to ask about the training budget, so I'll ask next time.",
        "You were right about the traffic on the ring road!",
        "I was wrong about the regulation I cited, and I've attached the correct reference.",
        "The role sounds varied, and the day-to-day work is exactly what I enjoy.",
        "The work is sometimes repetitive, and I find that kind of routine satisfying.",
        "I can easily manage the commute by train.",
        "The commute would be about forty minutes, which is fine.",
        "It would have been nice to meet Priya too; please pass on my thanks.",
        "It would have been great to hear more about the data platform, so I'd love a follow-up chat.",
        "I can send my references by Friday at the latest.",
        "I'll send you the signed forms by Monday at the latest.",
        "I've attached the dashboard mock-up and a short write-up.",
        "Please forward this to Dr Osei if helpful.",
        "I'll spell out the costs in the proposal I send next week.",
        "I'm not sure I explained my answer about cloud costs well, so here is a short summary.",
        "Your website's new booking flow looks great.",
        "Your office is in a lovely part of town.",
        "The technical questions were tough but fair.",
        "I found the case study engaging and well designed.",
        "The first exercise was simple, which helped me warm up.",
        "Our old building was tired, so I led the move to the new site.",
    ],
)
def test_a_courteous_look_alike_is_not(linter: Linter, sentence: str) -> None:
    assert not _tone_items(linter, sentence)

"""A blind batch for FL220's learned backstop (G-REJECTION: a rejection reply thanks sincerely and asks
for feedback; asking only to be kept in mind, to stay connected or for a referral falls short, and so
does a demand for the reasons).  Written on 2026-12-05 before the backstop was trained or run on it, in
wordings none of FL220's tests use, from many trades and Englishes, by e-mail, LinkedIn and call.  It is
not a source of the backstop's training probes (benchmarks/harvest_content_probes.py), and must stay so.

``GOOD`` (16) thank and ask for feedback: neither FL220 nor FL201 may fire.  ``SHORT`` (14) thank but
ask for no feedback (kept in mind, stay connected, a referral, another role, the writer's own resolve,
a question about something else; 10) or demand the reasons in a hostile voice, thanking no one (4):
FL220 must fire.
Misjudged by the wordings alone: 13 of 16 good flagged, 0 of 14 short missed; with the backstop, 10 and
0.  A confirmation batch written after the backstop's threshold was fixed: 5 of 10 good flagged and 1
of 8 short missed by the wordings alone, 1 and 1 with the backstop.  What is still misjudged is marked
xfail(strict=True): see ``_MISJUDGED``.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def _email(greeting: str, body: str, sign_off: str) -> str:
    return f"Subject: Re: your application\n\n{greeting}\n\n{body}\n\n{sign_off}"


GOOD = [
    (
        "k01",
        "email",
        _email(
            "Hi Mick,",
            "Thanks heaps for ringing me back. If you've got a sec, what did the head chef reckon of my plating on the trial shift?",
            "Cheers,\nBrodie",
        ),
    ),
    (
        "k02",
        "email",
        _email(
            "Dear Mr Hughes,",
            "Thank you for letting me know so quickly. Would you mind passing on what the assessor made of my fault-finding test?",
            "Kind regards,\nGareth Lloyd",
        ),
    ),
    (
        "k03",
        "linkedin",
        "Dear Priya, thank you for informing me of the result. Kindly share the interviewer's remarks on my system design round, as it will help me prepare. Regards, Karthik",
    ),
    (
        "k04",
        "email",
        _email(
            "Good afternoon Mrs Adeyemi,",
            "Thank you for the update, ma. I will appreciate it if you could let me know which of my teaching methods the panel was not satisfied with.",
            "Yours faithfully,\nChiamaka Obi",
        ),
    ),
    (
        "k05",
        "call",
        "Hi Dave, it's Marcus returning your call about the team leader job. Thanks for letting me know. When you get a minute, could you ring me and run me through how the interview looked from your side? Cheers, bye.",
    ),
    (
        "k06",
        "email",
        _email(
            "Hi Siobhan,",
            "Thanks a million for the call yesterday, it was good of you. Would there be any chance of a quick chat about how I could've come across better at interview?",
            "All the best,\nNiamh",
        ),
    ),
    (
        "k07",
        "email",
        _email(
            "Dear Ms Carter,",
            "Thank you for your candor and for the time your team spent with me. I'd value hearing what the hiring committee thought of my modeling exercise, good or bad.",
            "Best regards,\nJordan Ellis",
        ),
    ),
    (
        "k08",
        "linkedin",
        "Hi Lena, thanks for the kind note. Would you share what the team made of my portfolio walk-through? I'm trying to get sharper at presenting. Best, Tomas",
    ),
    (
        "k09",
        "email",
        _email(
            "Hi Fiona,",
            "Cheers for getting back to me so soon, I appreciate it. Was there anything in the practical that the assessors flagged as a problem?",
            "Thanks again,\nCallum",
        ),
    ),
    (
        "k10",
        "email",
        _email(
            "Dear Dr Lindqvist,",
            "Thank you for taking the time to inform me of the outcome. I would appreciate knowing how the panel scored my presentation against the criteria.",
            "Yours sincerely,\nHannah Berg",
        ),
    ),
    (
        "k11",
        "email",
        _email(
            "hey Jess,",
            "thanks so much for letting me know!! honestly would love to know what I could tweak for next time",
            "Mia",
        ),
    ),
    (
        "k12",
        "email",
        _email(
            "Hi Johan,",
            "Thanks for phoning me, I appreciate you taking the time. What did the driver who got the job have that I didn't?",
            "Regards,\nSipho",
        ),
    ),
    (
        "k13",
        "linkedin",
        "Hi Wei Ling, thanks for telling me personally. Can share what I should prepare more for the next round of interviews? Thank you, Rachel",
    ),
    (
        "k14",
        "email",
        _email(
            "Dear Mr Ashworth,",
            "I am grateful to you for letting me know. Should you have a moment, I should be glad of a candid account of the weaknesses in my written exercise.",
            "Yours sincerely,\nEleanor Pike",
        ),
    ),
    (
        "k15",
        "email",
        _email(
            "Dear Madam,",
            "Thank you very much for considering me for the carer post. Kindly advise me on what I can do to become a more suitable applicant when the next opening comes.",
            "Yours faithfully,\nWanjiru Kamau",
        ),
    ),
    (
        "k16",
        "email",
        _email(
            "Dear Ms Moreau,",
            "Thank you for hearing me play on Saturday, and for the kind words. Is there anything the panel would want me to rethink in my excerpts before the next round of auditions?",
            "With best wishes,\nClara",
        ),
    ),
]

SHORT = [
    # thanks, but only kept in mind, connected, referred or moved to another role: no feedback asked
    (
        "m01",
        "email",
        _email(
            "Dear Ms Farrow,",
            "Thank you for letting me know. Please hold on to my details in case something similar comes up in the new year.",
            "Kind regards,\nOwen",
        ),
    ),
    (
        "m02",
        "linkedin",
        "Thanks for telling me, Jo. I'd love to keep our conversation going here and follow what the studio gets up to. Best, Priti",
    ),
    (
        "m03",
        "email",
        _email(
            "Hi Dr Shah,",
            "Thank you for the call. If you know of any other practices looking for a dental nurse, I'd be grateful if you could point me towards them.",
            "Best wishes,\nLaura",
        ),
    ),
    (
        "m04",
        "email",
        _email(
            "Dear Mr Bello,",
            "Many thanks for letting me know. Would I be able to be considered for the part-time post instead?",
            "Regards,\nTunde",
        ),
    ),
    (
        "m05",
        "email",
        _email(
            "Hi Anna,",
            "Thanks for your kind email. I'll watch your vacancies board and would happily throw my name in again.",
            "Best,\nJakub",
        ),
    ),
    (
        "m06",
        "call",
        "Hi Gemma, it's Tom. Thanks for letting me know about the apprenticeship. Give us a shout if another place opens up. Cheers, bye.",
    ),
    (
        "m07",
        "email",
        _email(
            "Dear Recruitment Team,",
            "Thank you for your message. Could you add me to your talent pool for the graduate intakes coming up?",
            "Kind regards,\nAisha Rahman",
        ),
    ),
    (
        "m08",
        "email",
        _email(
            "Dear Mrs Novak,",
            "Thank you for the update. The whole process taught me plenty, and I'll carry it into my next interviews.",
            "Best regards,\nPetra",
        ),
    ),
    (
        "m09",
        "email",
        _email(
            "Hi Raj,",
            "Thank you for letting me know. Could you tell me whether the other warehouse roles on your site are still open?",
            "Thanks,\nDanny",
        ),
    ),
    (
        "m10",
        "linkedin",
        "Hello Ms Tan, thank you for your message. I thought my interview went well, so it's a surprise, but I wish the team every success. Regards, Li Na",
    ),
    # hostile: the reasons demanded, which is no request for feedback (LABELLING.md, G-REJECTION)
    (
        "m11",
        "email",
        _email(
            "Mr Grant,",
            "I want a full written explanation of why I was turned down, by Friday.",
            "D. Marsh",
        ),
    ),
    (
        "m12",
        "email",
        _email(
            "Hi,",
            "Frankly this is a joke. Tell me exactly what reason you had for picking someone else.",
            "Kev",
        ),
    ),
    (
        "m13",
        "email",
        _email(
            "Dear Sir,",
            "I expect to be told the grounds for this decision, since I met every requirement in the advert.",
            "R. Osei",
        ),
    ),
    (
        "m14",
        "linkedin",
        "Sandra, explain to me how someone with half my experience got the job over me. I'm waiting. Paul",
    ),
]

# A confirmation batch, written after the threshold was fixed at 0.7 (commit "Trainer: a per-rule
# threshold ...") and before the model was run on it: the two batches above had been read by a quick
# fit at every threshold, so this one is the clean measure of the shipped threshold.
CONFIRM_GOOD = [
    (
        "c01",
        "email",
        _email(
            "Kia ora Hemi,",
            "Cheers for the call, much appreciated. Would you be able to tell me how the foreman rated my diagnostic work on the ute?",
            "Thanks,\nAri",
        ),
    ),
    (
        "c02",
        "linkedin",
        "Dear Mr Kruger, thank you for the fair process. May I ask for your honest assessment of my take-home task? Best regards, Jonas",
    ),
    (
        "c03",
        "email",
        _email(
            "Dear Pharm. Mensah,",
            "Thank you so much for the prompt notice. I humbly request your comments about my clinical case presentation so that I can do better.",
            "Yours faithfully,\nAkosua Boateng",
        ),
    ),
    (
        "c04",
        "call",
        "Hiya Leanne, it's Shannon. Thanks for letting me know about the stylist job. Could you tell me what you thought about the colour I did on the model? Ta, bye.",
    ),
    (
        "c05",
        "email",
        _email(
            "Dear Ms Whitfield,",
            "Thank you for your letter of 2 December. A brief conversation about my scores in the competency interview would be most helpful to me.",
            "Yours sincerely,\nGraham Holt",
        ),
    ),
    (
        "c06",
        "email",
        _email(
            "Hi Kayla,",
            "Thanks for the heads up, I appreciate it! Any chance you could tell me what I flubbed in the group interview?",
            "Thanks!\nBrianna",
        ),
    ),
    (
        "c07",
        "email",
        _email(
            "Dear Mr Ito,",
            "Thank you for the considerate message. If the partners noted anything about my design critique session, I would be glad to hear it.",
            "Kind regards,\nSora",
        ),
    ),
    (
        "c08",
        "linkedin",
        "Hi Rhian, thank you for your kindness on the phone. Would you be happy to share where my answers to the safeguarding scenarios didn't match what you were after? Megan",
    ),
    (
        "c09",
        "email",
        _email(
            "Dear Chef Reyes,",
            "Thank you po for informing me. May I know which part of my cooking test I need to improve on?",
            "Respectfully,\nJoy Santos",
        ),
    ),
    (
        "c10",
        "email",
        _email(
            "Hi Nathan,",
            "Thanks for being so upfront with me, I really appreciate it. Do you have a sense of which bits of my case answer didn't hold up?",
            "Best,\nOlivia",
        ),
    ),
]

CONFIRM_SHORT = [
    (
        "d01",
        "email",
        _email(
            "Dear Ms Ortiz,",
            "Thank you for letting me know. I'd welcome the chance to apply again when the next intake opens.",
            "Kind regards,\nLuis",
        ),
    ),
    (
        "d02",
        "linkedin",
        "Thanks for the update, Marco. Happy to stay on your radar for anything in logistics. Cheers, Ben",
    ),
    (
        "d03",
        "email",
        _email(
            "Dear Dr Evans,",
            "Thank you for calling. Do you happen to know anyone at the other hospitals in the trust who is recruiting?",
            "Best wishes,\nGrace",
        ),
    ),
    (
        "d04",
        "call",
        "Hi Carol, it's Jim. Thanks for the news about the caretaker job. If anything else comes up at the school, count me in. Bye now.",
    ),
    (
        "d05",
        "email",
        _email(
            "Dear Mr Patel,",
            "Thank you for your reply. Should I return the visitor pass by post?",
            "Regards,\nSunita",
        ),
    ),
    (
        "d06",
        "email",
        _email(
            "Hi Ines,",
            "Many thanks for letting me know. I'll keep working on my Spanish and hope to run into the team at the trade fair.",
            "Best,\nMark",
        ),
    ),
    (
        "d07",
        "email",
        _email(
            "To whom it may concern,",
            "Unbelievable. I want the names of everyone on the panel and their reasons for scoring me down.",
            "G. Harris",
        ),
    ),
    (
        "d08",
        "linkedin",
        "You owe me an explanation for wasting three rounds of my time. Steve",
    ),
]


# Misjudged by the wordings alone (FL220's TOML without a backstop), before any model was trained: 13 of
# the 16 good replies flagged by FL220 (none by FL201; k01, k03-k06, k08-k13, k15, k16), none of the 14
# that fall short missed.  The confirmation batch by the wordings alone: 5 of its 10 good flagged (c01,
# c04, c05, c06, c08) and 1 of its 8 short missed (d06: "I'll keep working on my Spanish" is heard as
# feedback taken up, which the backstop cannot undo: it only quiets the rule).
# With the backstop (rules/models/FL220.json at 0.7): 10 of 16 good flagged (k11, k13, k16 heard) and
# 0 of 14 short missed; confirmation batch 1 of 10 good flagged and 1 of 8 short missed (d06, as before).
# Retrained on the dev split with the y- batches 7-10 (round 11): k06 heard too (9 of 16 good flagged).
# Retrained on the dev split with the y- batches 13-18 (877 drafts, probes harvested once per test):
# c04 (a hairdresser's voicemail asking what the reader thought of her colour work) flagged again.
_MISJUDGED = {"k01", "k03", "k04", "k05", "k08", "k09", "k10", "k12", "k15", "c04", "c05", "d06"}


def _params(items: list[tuple[str, str, str]]) -> list:  # type: ignore[type-arg]
    return [
        pytest.param(key, channel, text, id=key, marks=[pytest.mark.xfail(strict=True)] if key in _MISJUDGED else [])
        for key, channel, text in items
    ]


def _found(linter: Linter, text: str, channel: str) -> set[str]:
    report = linter.lint(text, purpose="rejection-reply", channel=channel)
    return {f.code for f in report.findings if f.code in ("FL220", "FL201")}


@pytest.mark.parametrize(("key", "channel", "text"), _params(GOOD))
def test_a_good_reply_is_left_alone(linter: Linter, key: str, channel: str, text: str) -> None:
    assert not _found(linter, text, channel)


@pytest.mark.parametrize(("key", "channel", "text"), _params(SHORT))
def test_a_reply_asking_no_feedback_is_flagged(linter: Linter, key: str, channel: str, text: str) -> None:
    assert "FL220" in _found(linter, text, channel)


@pytest.mark.parametrize(("key", "channel", "text"), _params(CONFIRM_GOOD))
def test_a_good_reply_of_the_confirmation_batch_is_left_alone(
    linter: Linter, key: str, channel: str, text: str
) -> None:
    assert not _found(linter, text, channel)


@pytest.mark.parametrize(("key", "channel", "text"), _params(CONFIRM_SHORT))
def test_a_reply_of_the_confirmation_batch_asking_no_feedback_is_flagged(
    linter: Linter, key: str, channel: str, text: str
) -> None:
    assert "FL220" in _found(linter, text, channel)

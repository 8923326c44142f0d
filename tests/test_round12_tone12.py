"""Round 12 blind batch A of tone12: the tone kinds (G-TONE-PATIENT, G-TONE-PROFESSIONAL, G-POSITIVE)
in many wordings, written before any rule changed, with the good look-alikes real good notes use.

Each probe is one sentence (or two) set in an ordinary draft of its purpose and channel. A BAD probe
must draw a warning or error citing the item named beside it, inside its own words; a GOOD probe must
draw no warning or error citing any tone item inside its words.

Bad kinds: impatience and pressure said politely on the surface (chasers, deadlines, "as I have not
heard back"), entitlement, self-pity and negativity, sarcasm, casual and over-familiar registers, a
complaint about the process. Good kinds: a competing offer with a polite timeline, a candid but
gracious line after a rejection, warm informal thanks, enthusiasm with one exclamation mark, humour
about oneself, an apology for one's own late reply, disagreement stated respectfully in a feedback
request, the writer's own plans and deadlines.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

TONE_ITEMS = {"G-TONE-PATIENT", "G-TONE-PROFESSIONAL", "G-POSITIVE"}
PAT, PRO, POS = "G-TONE-PATIENT", "G-TONE-PROFESSIONAL", "G-POSITIVE"


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def _draft(sentence: str, channel: str, purpose: str) -> str:
    if channel == "call":
        return (
            "Hi Ms. Naidoo, this is Kagiso Mokoena. I interviewed for the stores supervisor job on Monday. "
            f"{sentence} My number is 082 555 0147, that's 082 555 0147. Thank you, goodbye."
        )
    if channel == "linkedin":
        return f"Hi Ruth,\n\n{sentence}\n\nBest,\nOwen Fairley"
    if channel == "letter":
        return (
            "14 Orchard Row\nLeeds LS6 2AB\n\n3 March 2026\n\nDear Mrs. Hallam,\n\n"
            f"Thank you for seeing me on Tuesday about the trainee surveyor post. {sentence}\n\n"
            "Yours sincerely,\nAmira Haddad"
        )
    subject = {
        "thank-you": "Thank you – Site Coordinator interview",
        "status-check": "Site Coordinator application – checking in",
        "rejection-reply": "Re: Site Coordinator role",
    }[purpose]
    opener = {
        "thank-you": "Thank you for meeting me on Tuesday about the Site Coordinator role.",
        "status-check": "I interviewed for the Site Coordinator role on 2 February.",
        "rejection-reply": "Thank you for letting me know about the Site Coordinator role.",
    }[purpose]
    return f"Subject: {subject}\n\nHello Mr. Osei,\n\n{opener} {sentence}\n\nKind regards,\nPriya Raman\n555-0162"


def tone_items(linter: Linter, sentence: str, channel: str, purpose: str) -> set[str]:
    text = _draft(sentence, channel, purpose)
    start = text.index(sentence)
    end = start + len(sentence)
    report = linter.lint(text, purpose=purpose, channel=channel)
    items: set[str] = set()
    for f in report.findings:
        if f.severity.value in ("warning", "error") and f.start < end and f.end > start:
            items |= TONE_ITEMS & set(f.guidance)
    return items


def _x(*args: object) -> pytest.param:  # a probe the linter misjudged before the change
    return pytest.param(*args, marks=pytest.mark.xfail(strict=True))


#: (sentence, channel, purpose, item that must be cited)
BAD = [
    # impatience and pressure, polite on the surface
    (
        (
            "As I have not heard back on my previous three messages, I would be grateful for a reply "
            "by close of business tomorrow."
        ),
        "email",
        "status-check",
        PAT,
    ),
    (
        (
            "This is my third reminder regarding my application. Kindly update me at the earliest, as I "
            "am waiting since a long time."
        ),
        "email",
        "status-check",
        PAT,
    ),
    ("Nudging you on this one yet again, still nothing about the barista role?", "linkedin", "status-check", PAT),
    (
        "It's the second time I've rung today, I really need somebody to call me back this afternoon.",
        "call",
        "status-check",
        PAT,
    ),
    (
        (
            "I will need your final answer by noon on Thursday, failing which I shall take it that the post "
            "is no longer open to me."
        ),
        "email",
        "status-check",
        PAT,
    ),
    (
        "I appreciate you are busy, but a two-line reply after five weeks would hardly take a minute of anyone's time.",
        "email",
        "status-check",
        PAT,
    ),
    ("I'll keep ringing your reception each day until a person actually picks up.", "call", "status-check", PAT),
    # entitlement
    (
        (
            "With fifteen years in logistics behind me, I frankly expected to go straight to the final round "
            "rather than sit a written test."
        ),
        "email",
        "thank-you",
        PAT,
    ),
    (
        (
            "Having interned with you twice, I took it for granted the graduate place was mine and was "
            "surprised to be interviewed at all."
        ),
        "email",
        "rejection-reply",
        PAT,
    ),
    # self-pity and negativity
    (
        "That makes six rejections this month, and I'm starting to think nobody will ever give me a chance.",
        "email",
        "rejection-reply",
        POS,
    ),
    (
        "To be honest my current manager is impossible and the place is falling apart, so I badly need out.",
        "email",
        "thank-you",
        POS,
    ),
    (
        "I know I made a mess of the last answer; I always ruin these things, so I'm not getting my hopes up.",
        "email",
        "thank-you",
        POS,
    ),
    # sarcasm
    (
        "I can only assume my application is being studied in great depth, seeing as it has been seven weeks.",
        "email",
        "status-check",
        PRO,
    ),
    (
        (
            "It was good of you to let me build a twenty-slide deck before telling me the job had gone to "
            "an internal candidate all along."
        ),
        "email",
        "rejection-reply",
        PAT,
    ),
    ("Guess my CV went straight into the shredder, then.", "linkedin", "status-check", PRO),
    # casual and over-familiar registers
    (
        "Yo Dave, cheers for the chat mate, proper good laugh. Gimme a shout when you lot decide, yeah?",
        "linkedin",
        "thank-you",
        PRO,
    ),
    ("Reckon the interview went pretty sweet, no dramas. Flick us a msg when ya know.", "email", "thank-you", PRO),
    ("You guys are the best lol, hope I get it xx", "letter", "thank-you", PRO),
    # a complaint about the process
    (
        (
            "I must say the process has been drawn out and poorly communicated; I was given three different "
            "times for the second interview."
        ),
        "email",
        "status-check",
        POS,
    ),
    (
        "Your online assessment crashed twice and nobody in HR ever answered my emails about it.",
        "email",
        "rejection-reply",
        POS,
    ),
    # desperation
    (
        "I'm begging you for this opportunity, I'll do literally anything, even work the first month unpaid.",
        "email",
        "status-check",
        PAT,
    ),
]

#: (sentence, channel, purpose): good look-alikes, no tone finding.
GOOD = [
    # a competing offer with a polite timeline
    (
        (
            "I have received another offer, which I've been asked to answer by 12 March. Your team remains "
            "my first choice, so if there's any news on your timeline before then I'd be glad to hear it."
        ),
        "email",
        "status-check",
    ),
    (
        (
            "Another school has offered me a post with a reply date of 20 June; I'd much rather teach at "
            "Greenbank, so may I ask, with no pressure at all, whether you expect to decide before then?"
        ),
        "email",
        "status-check",
    ),
    (
        "I'm in the lucky position of holding an offer elsewhere, but this is still the job I want most.",
        "call",
        "status-check",
    ),
    # candid but gracious after a rejection
    (
        (
            "I was disappointed, as I had really hoped to join the team, but I appreciate you telling me "
            "yourself. Would you be open to sharing any feedback on where I could improve?"
        ),
        "email",
        "rejection-reply",
    ),
    (
        "I won't pretend it doesn't smart, but I learned a great deal and would happily apply again.",
        "email",
        "rejection-reply",
    ),
    (
        "Sorry it didn't work out this time, but I'd love to stay connected and hear about future openings.",
        "linkedin",
        "rejection-reply",
    ),
    # warm informal thanks, one exclamation mark
    (
        (
            "Thanks so much for the chat this morning – I really enjoyed hearing how your team runs the food "
            "bank drives. Looking forward to staying in touch!"
        ),
        "linkedin",
        "thank-you",
    ),
    ("I left our conversation even more excited about the apprenticeship!", "email", "thank-you"),
    (
        "Cheers again for the tour of the brewery, it was brilliant to see the new canning line running.",
        "email",
        "thank-you",
    ),
    ("The children's garden you showed me was wonderful!", "letter", "thank-you"),
    # humour about oneself
    (
        (
            "I promise my spreadsheets are tidier than my answer on pivot tables suggested – I've spent the "
            "evening brushing up on them."
        ),
        "email",
        "thank-you",
    ),
    (
        (
            "I'm still laughing about the fire alarm going off halfway through my presentation; thanks for "
            "keeping your cool and letting me start again."
        ),
        "email",
        "thank-you",
    ),
    # an apology for one's own late reply or slip
    (
        "Apologies for my slow reply; I was away for a family wedding and only saw your email this morning.",
        "email",
        "rejection-reply",
    ),
    (
        "Sorry, I realised I attached the wrong version of my portfolio yesterday, so the right one is here.",
        "email",
        "thank-you",
    ),
    # disagreement stated respectfully in a feedback request
    (
        (
            "I take your point about my team-leading experience, though I'd gently add that I ran a night shift "
            "of twelve for two years; I'd welcome advice on presenting that more clearly next time."
        ),
        "email",
        "rejection-reply",
    ),
    (
        (
            "I see my database experience a little differently, but I respect the panel's view; could you tell "
            "me which gaps stood out most so I can work on them?"
        ),
        "email",
        "rejection-reply",
    ),
    # status checks that state the wait plainly
    (
        (
            "You mentioned you hoped to decide by the end of the month, so I thought I'd check in now that it "
            "has passed. Is there any news you're able to share?"
        ),
        "email",
        "status-check",
    ),
    (
        "I'm just checking whether there's any news on the timeline. No rush at all.",
        "call",
        "status-check",
    ),
    (
        (
            "I wanted to kindly check whether there is any update regarding my application. I remain very "
            "interested and would be happy to provide any further details."
        ),
        "email",
        "status-check",
    ),
    (
        (
            "I'm following up on my note of the 2nd in case it got lost in a busy inbox; I'm still very keen "
            "and happy to send anything further you need."
        ),
        "email",
        "status-check",
    ),
    # the writer's own plans
    (
        (
            "I need to give my landlord notice by the 15th, so a rough idea of the start date would help me plan; "
            "I quite understand if it isn't fixed yet."
        ),
        "email",
        "status-check",
    ),
    # candid about one's own nerves or slip, then positive
    (
        (
            "I didn't get the lamination quite right in the pastry test, which annoyed me, but I've practised it "
            "twice since and would love another go."
        ),
        "email",
        "thank-you",
    ),
    (
        (
            "I was more nervous than I'd have liked during the technical questions, so I've written up a fuller "
            "answer on caching below."
        ),
        "email",
        "thank-you",
    ),
    ("I'll admit I'm disappointed, but I'm grateful for the chance to meet the team.", "letter", "rejection-reply"),
]

BAD_BEFORE: set[int] = set()
GOOD_BEFORE: set[int] = set()


def _bad_params():
    for i, (s, ch, pu, item) in enumerate(BAD):
        p = (s, ch, pu, item)
        yield _x(*p) if i in BAD_BEFORE else pytest.param(*p)


def _good_params():
    for i, (s, ch, pu) in enumerate(GOOD):
        p = (s, ch, pu)
        yield _x(*p) if i in GOOD_BEFORE else pytest.param(*p)


@pytest.mark.parametrize(("sentence", "channel", "purpose", "item"), list(_bad_params()))
def test_bad_tone_is_caught(linter: Linter, sentence: str, channel: str, purpose: str, item: str) -> None:
    assert item in tone_items(linter, sentence, channel, purpose)


@pytest.mark.parametrize(("sentence", "channel", "purpose"), list(_good_params()))
def test_good_look_alike_is_quiet(linter: Linter, sentence: str, channel: str, purpose: str) -> None:
    assert tone_items(linter, sentence, channel, purpose) == set()

"""A card names its paper; an e-mail that happens to say "post" or "paper" does not become one.

Probe drafts written before the change (cards with an e-mail's "Hi" greeting, short e-mails without a
subject, LinkedIn notes, call scripts) showed cards read as e-mail whenever they opened with "Hi" or
"Hello" and wore no "Dear ...": a card that apologises for its paper or its handwriting, calls itself
"this card", or was left at the front desk said so, and no cue listened.  They also showed the reverse
slip: "very interested in the post" (the job, in British use) made any note a posted letter.
"""

from __future__ import annotations

import pytest
from channel_cases import channel_of

from followup_lint.draft import parse_draft
from followup_lint.infer import infer_channel

_THANKS = "Thank you for showing me round the kitchens this afternoon; I'd love to join the brigade."


@pytest.mark.parametrize(
    ("line", "cue"),
    [
        ("Sorry about the paper, it was all I could find in my bag.", "Sorry about the paper"),
        ("Excuse the scrawl - I'm writing this on the train.", "Excuse the scrawl"),
        ("Forgive my handwriting!", "my handwriting"),
        ("It's the only notepaper I had with me.", "notepaper"),
        ("I wanted to send this little card as well.", "this little card"),
        ("A quick card to say how much I enjoyed it.", "A quick card to"),
        ("I'm leaving this with your receptionist on my way out.", "leaving this with your receptionist"),
        ("I hand-delivered it so it reaches you before the panel meets.", "hand-delivered"),
        ("I'm putting this card in the post tonight.", "putting this card in the post"),
    ],
)
def test_paper_the_note_names_as_its_own_makes_a_letter_whatever_the_greeting(line: str, cue: str) -> None:
    for greeting, sign_off in (
        ("Hi Mr. Dunn,", "Cheers,\nKim"),
        ("Hello Mr. Dunn!", "Love,\nKim"),
        ("Hi Mr. Dunn,", ""),
    ):
        text = f"{greeting}\n\n{_THANKS} {line}\n\n{sign_off}".strip()
        guess = infer_channel(parse_draft(text))
        assert guess is not None and guess[0] == "letter", (text, guess)
        assert cue.lower() in guess[1].lower(), guess  # the report quotes the cue


@pytest.mark.parametrize(
    "text",
    [
        # the paper named, but the note is an e-mail: an address, the verb, a phone's footer
        f"Hi Mr. Dunn,\n\n{_THANKS} Sorry about the paper, it was all I had.\n\nCheers,\nKim\nkim@example.com",
        f"Hi Mr. Dunn,\n\n{_THANKS} Excuse the scrawl, I'll e-mail a tidy copy.\n\nCheers,\nKim",
        f"Hi Mr. Dunn,\n\n{_THANKS} Forgive my handwriting on the form.\n\nSent from my iPhone",
        # paper that is not this note: a document, a job, another card
        f"Hi Mr. Dunn,\n\n{_THANKS} Sorry about the paper I forgot to bring.\n\nCheers,\nKim",
        f"Hi Mr. Dunn,\n\n{_THANKS} I am very interested in the post.\n\nBest,\nKim",
        f"Hi Mr. Dunn,\n\n{_THANKS} I would be very interested in the post and hope to hear soon.\n\nBest,\nKim",
        f"Hi Mr. Dunn,\n\n{_THANKS} I'll also put a card in the post for the team.\n\nBest,\nKim",
    ],
)
def test_an_email_that_names_paper_or_the_post_stays_an_email(text: str) -> None:
    assert channel_of(text) != "letter"


def test_the_paper_cues_grow_linearly() -> None:
    import time

    # near-misses of every paper cue, many times over: ten times the text must cost about ten times
    unit = "sorry about the paper I this card left this put this little in the scrawl excuse the hand post "
    times = {}
    for n in (100, 1000):
        draft = parse_draft(f"Hi Ana,\n\n{unit * (4 * n)}\n\nCheers,\nLee")
        best = float("inf")
        for _ in range(4):
            start = time.process_time()
            infer_channel(draft)
            best = min(best, time.process_time() - start)
        times[n] = max(best, 0.0005)
    assert times[1000] / times[100] < 40, times

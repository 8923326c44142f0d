"""FL202 (specifics): a third batch of 2026-12-05, written after the rules' wordings were read, aimed at
the details a note names with no cue and no capital or number (the reader's scheme or rule, a
change "to" something, a problem named with what it concerns, praise of the team for a deed, the
maker of a thing), and at look-alikes in the same shapes.  Before the change 7 of 20 were misjudged
(8 on the main branch before this round): 6 of 12 details missed, 1 of 8 generic sentences counted;
after it none.
"""

from __future__ import annotations

import pytest
from test_fit_specifics_round9_batch_b import FIT, _note, _warned

from followup_lint import Linter

DETAILS = [
    "Hats off to your crew for keeping the bakery open through the flood last spring.",
    "I'm still chuckling at the tale of the goat that wandered into the school fete.",
    "Your worry that new hires leave within six months is one I'd love to help with.",
    "Seems the switch to four-day rotas has gone down well with the porters.",
    "Fair play to the team for getting the Ofsted grade up to Good in a year.",
    "Whoever designed that colour-coded drug trolley deserves a medal.",
    "The waiting list for the memory clinic sounded like the heart of the job.",
    "So the Lagos office opens in January, exciting times!",
    "Your two-week buddy scheme for new carers is such a good idea.",
    "The idea of moving stock checks to Sunday nights makes a lot of sense.",
    "Your head chef's rule of tasting every sauce twice really stuck with me.",
    "Pleased to learn the council is ring-fencing money for the youth centre.",
]

GENERIC = [
    "Your team seems like a great bunch of people.",
    "The office is in a lovely part of town.",
    "I enjoyed hearing about your plans and vision for the future.",
    "Your idea of a great workplace really matches mine.",
    "It was a relief to hear the interview ran to time.",
    "Your worry about finding the right person is understandable.",
    "Good to hear the team is growing.",
    "Hope the rest of your week goes well.",
]

# look-alikes in the shapes of the new wordings, written after the change as a check of it: the first
# draft of the change counted 5 of these 9 as details (a scheme only judged, the team praised for the
# interview, the wait for feedback); the change as committed counts none
GENERIC_AFTER = [
    "Hats off to your team for making me feel so welcome.",
    "Whoever organised the interview day did a great job.",
    "Your system is impressive.",
    "Your set-up is really professional.",
    "Your hiring policy is very fair.",
    "Kudos to your team for running such a smooth interview process.",
    "The move to the next stage would be wonderful.",
    "The waiting time for feedback is understandable.",
    "Your rules sound sensible.",
]


@pytest.mark.parametrize("sentence", DETAILS)
def test_detail_is_heard(linter: Linter, sentence: str) -> None:
    assert "FL202" not in _warned(linter, _note(sentence, FIT))


@pytest.mark.parametrize("sentence", GENERIC + GENERIC_AFTER)
def test_generic_is_no_detail(linter: Linter, sentence: str) -> None:
    assert "FL202" in _warned(linter, _note(sentence, FIT))

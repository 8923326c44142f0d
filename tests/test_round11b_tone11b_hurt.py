"""Round 11b (tone11b), blind batch for a hurt reply to a short rejection: the reader reproached for
how the news was given or for having encouraged the application (labelled G-POSITIVE and
G-TONE-PATIENT, not hostile); wordings are our own, not the dev draft's.

- HURT: some tone rule must speak.  ACCEPTING: look-alikes (thanks for the encouragement, a sting
  admitted and accepted, kindness asked for the future); no tone rule may speak.

Misjudged before the change: 3 of 11 (hurt replies unheard 3 of 5; look-alikes flagged 0 of 6); after the
three FL318 patterns of round 11b: 0 of 11.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def _reply(line: str) -> str:
    return (
        "Subject: RE: Ward Clerk position\n\nHi Marta,\n\nThank you for letting me know about the Ward "
        f"Clerk role. {line} I would still be glad to be considered for future openings on the unit.\n\n"
        "Best,\nSami Rahal"
    )


def tone_codes(linter: Linter, line: str) -> list[str]:
    text = _reply(line)
    start = text.index(line)
    report = linter.lint(text, purpose="rejection-reply", channel="email")
    return [f.code for f in report.findings if f.category == "tone" and start <= f.start < start + len(line)]


HURT = [
    "Honestly, your reply stung more than I expected.",
    "I wish you had never suggested I apply in the first place.",
    "You could have told me in a gentler way.",
    "It would have been kinder to call me than to send two lines.",
    "Your message left me feeling pretty crushed, to be frank.",
]

# added after the change, not blind: the contracted "hadn't" (spaCy's NORM of its "had" is "have")
# and the hyphenated "e-mail" (three tokens), which the first patterns missed on the dev draft
HURT_FORMS = [
    "To be honest, your e-mail really upset me.",
    "I wish you hadn't pushed me to put in for it.",
]

ACCEPTING = [
    "I'm grateful you encouraged me to apply; it gave me the push I needed.",
    "I know it can't be easy to send these messages, and I appreciate you telling me.",
    "The news stung a little, but I understand the decision.",
    "I wish you and the unit every success.",
    "You were kind to let me know so quickly.",
    "It would be kind of you to keep me in mind for future openings.",
]

_MISSED: set[str] = set()
_FALSE: set[str] = set()


def _mark(items: list[str], bad: set[str]) -> list:
    return [pytest.param(s, marks=pytest.mark.xfail(strict=True)) if s in bad else s for s in items]


@pytest.mark.parametrize("line", _mark(HURT + HURT_FORMS, _MISSED))
def test_hurt_reproach_is_heard(linter: Linter, line: str) -> None:
    assert tone_codes(linter, line)


@pytest.mark.parametrize("line", _mark(ACCEPTING, _FALSE))
def test_accepting_look_alikes_are_quiet(linter: Linter, line: str) -> None:
    assert tone_codes(linter, line) == []

"""Round 14, blind probes for FL401 by kind, written before any change, each sentence our own.

Three kinds of right word drew an FL401 *error* on good dev drafts (issue 9's first bar: no error on
a draft its source calls good):

- a three-letter word the backend lacks (a borrowed food word, an instrument, a farm word): any
  three letters are one slip from some known word, and words under ``common_min_length`` skipped
  the commonness test;
- a compound with a productive ending on a short known word ("hatless", "fanless"), which the backend
  splits ("hat less") and which read as common words run together, or as a far slip of another word;
- a term of a field whose nearest known words are themselves rare ("hobbing" / "robbing"), a
  consonant changed for one neither beside it on the keyboard nor sounding like it.

Each RIGHT sentence must get no FL401 error (a tip is fine).  Beside them, SLIPS: real slips of very
common words that look like those kinds and must stay FL401 errors.  When written (before the change),
28 of the 31 right sentences drew an FL401 error and none of the 21 slips was missed; after it, 4 right
sentences and no slip are misjudged (MISJUDGED_AFTER says which and why).
"""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def _draft(body: str) -> str:
    return f"Subject: Thank you – Supervisor interview\n\nHi Priya,\n\nThank you for meeting me on Tuesday. {body}\n\nBest wishes,\nSam"


def fl401_errors(linter: Linter, body: str) -> list[str]:
    text = _draft(body)
    report = linter.lint(text, purpose="thank-you")
    return [text[f.start : f.end] for f in report.findings if f.code == "FL401" and f.severity.value == "error"]


SHORT = [
    "Our reception area has a koi pond, which I mentioned when we talked about calm spaces.",
    "I ran a bao stall at the night market for two summers, so the catering role felt familiar.",
    "I described the ume paste we cured for the spring tasting menu.",
    "I shared how we priced the pav at our street counter in Pune.",
    "I enjoyed our chat about serving kir at the gallery opening.",
    "Thank you for asking about the cep risotto I cooked on my trial shift.",
    "I checked each teg for footrot during my placement on the hill farm.",
    "The ube cake I brought to the open day went down well with your team.",
    "I still play the oud in a small ensemble on weekends.",
    "During lambing I treated orf in the pet lambs, as I said on the call.",
]

COMPOUNDS = [
    "I have packed a hatless cap of my own for the site visit.",
    "The bagless vacuum fleet was my project at the depot.",
    "Our club had a winless season, and I learned most from it.",
    "The penless signing pads cut our check-in time in half.",
    "I helped spec the fanless mini PCs for the dusty workshop.",
    "I set up pinless card readers at both tills.",
    "I organised a foodless fundraiser walk last spring.",
    "We designed the capless bottle for the sports range.",
    "The toeless socks for the yoga studio sold out in a week.",
    "The armless chairs made the training room easier to rearrange.",
    "The mapless orienteering leg was my favourite part of the course.",
    "We tested lensless camera sensors in my final-year project.",
    # already right before the change: guards
    "The clinic went paperless and the parking is now citywide.",
    "I stocked sugarfree syrups and dustproof cases.",
]

FIELD_TERMS = [
    "I read up on dystocia before shadowing on the labour ward.",
    "I ran the gear hobbing cell on nights for a year.",
    "I logged each dystocia case in my placement portfolio.",
    "Hobbing and shaping were both in my apprenticeship logbook.",
    "I measured brix on every grape sample during the harvest.",
    "The kerfing on the guitar sides took me a week to get right.",
    "We laid sarking boards under the slates on the chapel roof.",
]

SLIPS = [
    "I enjoyed teh tour of the warehouse.",
    "I met Ana adn her team.",
    "It was great to meet yuo and the panel.",
    "I liked hte tour of the site.",
    "I want to learn tge ropes quickly.",
    "I met the director amd the panel.",
    "I cna start next month.",
    "I look forward to hearing from yuo soon.",
    "I wil send my references today.",
    "I hav attached my portfolio.",
    "I forgot to ask waht the next step is.",
    "I wanted to thnak you again.",
    "I have a real intrest in logistics.",
    "I will be carefull with the budget.",
    "I am greatfull for your time.",
    "I hope to recieve your reply soon.",
    "I found the team beautyful to work with.",
    "Your firm serves clients wordwide.",
    "The staff were so helpfull.",
    "I am thankfull for the chance.",
    "Thank you for the opportunty.",
]

# misjudged when written (before the change): marked strict xfail, counted in docs/language.md
MISJUDGED_BEFORE: set[str] = {
    "Our reception area has a koi pond, which I mentioned when we talked about calm spaces.",
    "I ran a bao stall at the night market for two summers, so the catering role felt familiar.",
    "I described the ume paste we cured for the spring tasting menu.",
    "I shared how we priced the pav at our street counter in Pune.",
    "I enjoyed our chat about serving kir at the gallery opening.",
    "Thank you for asking about the cep risotto I cooked on my trial shift.",
    "I checked each teg for footrot during my placement on the hill farm.",
    "The ube cake I brought to the open day went down well with your team.",
    "I still play the oud in a small ensemble on weekends.",
    "During lambing I treated orf in the pet lambs, as I said on the call.",
    "I have packed a hatless cap of my own for the site visit.",
    "The bagless vacuum fleet was my project at the depot.",
    "Our club had a winless season, and I learned most from it.",
    "The penless signing pads cut our check-in time in half.",
    "I helped spec the fanless mini PCs for the dusty workshop.",
    "I set up pinless card readers at both tills.",
    "I organised a foodless fundraiser walk last spring.",
    "We designed the capless bottle for the sports range.",
    "The toeless socks for the yoga studio sold out in a week.",
    "The armless chairs made the training room easier to rearrange.",
    "The mapless orienteering leg was my favourite part of the course.",
    "We tested lensless camera sensors in my final-year project.",
    "I read up on dystocia before shadowing on the labour ward.",
    "I ran the gear hobbing cell on nights for a year.",
    "I logged each dystocia case in my placement portfolio.",
    "I measured brix on every grape sample during the harvest.",
    "The kerfing on the guitar sides took me a week to get right.",
    "We laid sarking boards under the slates on the chapel roof.",
}


def _mark(body: str, misjudged: set[str]) -> object:
    if body in misjudged:
        return pytest.param(body, marks=pytest.mark.xfail(strict=True, reason="misjudged"))
    return body


# misjudged after the change (28 -> 4): three-letter words one key from a very common word ("oud" /
# "our", "orf" / "off", "kir" / "kid"), and a term one letter short of a rarer word ("sarking" /
# "sparking")
MISJUDGED_AFTER: set[str] = {
    "I enjoyed our chat about serving kir at the gallery opening.",
    "I still play the oud in a small ensemble on weekends.",
    "During lambing I treated orf in the pet lambs, as I said on the call.",
    "We laid sarking boards under the slates on the chapel roof.",
}


@pytest.mark.parametrize("body", [_mark(b, MISJUDGED_AFTER) for b in SHORT + COMPOUNDS + FIELD_TERMS])
def test_right_word_is_no_error(linter: Linter, body: str) -> None:
    assert fl401_errors(linter, body) == []


@pytest.mark.parametrize("body", [_mark(b, MISJUDGED_AFTER) for b in SLIPS])
def test_slip_stays_an_error(linter: Linter, body: str) -> None:
    assert fl401_errors(linter, body) != []

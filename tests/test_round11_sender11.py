"""Blind probes of the sender-address rule (FL320, G-SENDER), round 11.  Every address and draft was written for
this test, in wordings not found elsewhere in tests/, with the verdict a reader would give it under
tests/corpus/calibration/LABELLING.md ("the `From:` line shows an unprofessional address: nicknames, jokes,
party or gaming handles"), before the linter ran on it; none comes from the corpus.

A probe is ``(id, from_line, signature, bad)``.  A bad probe must draw FL320; a good one must not.  The good
half are real-name addresses of the kinds a careful sender uses: years and numbers, initials, hyphenated,
compound and non-English surnames, names that are also words (Rose, Fox, King, Baker, Hunter, Wolf, Winter,
Angela, Glover), professional suffixes and prefixes, own-domain and work addresses.

Counts, written before any change (63 probes: 24 bad, 39 good): 26 misjudged before (bad missed 23 of 24:
every kind but an xX_..._Xx decoration run together with a leet word; good falsely flagged 3 of 39: "angela"
read as "angel", "glover" as "lover", "studio" as "stud").  After the round's changes (FL320's masking of the
sender's names and neutral words, its leet, decoration and slogan patterns, its name-free phrase and
phrase-before-the-name readings): 1 of 63 (bad missed: a Latin motto in front of a first name).
"""

from __future__ import annotations

import pytest
from check_timing import assert_grows_linearly

from followup_lint import Linter
from followup_lint.analysis import Analysis
from followup_lint.checks import CheckInput
from followup_lint.context import Context
from followup_lint.draft import parse_draft

_CONTEXT = {
    "company": "Larkspur Freight",
    "role": "Operations Coordinator",
    "interviewers": ["Dana Whitcombe"],
    "interview_date": "2026-11-30",
}

_BODIES = (
    (
        "Thank you for talking with me on Monday about the Operations Coordinator role. I enjoyed hearing how "
        "your night shift hands over the yard plan, and I would be glad to help tidy that process."
    ),
    (
        "I am writing to ask whether there is any news on the Operations Coordinator role we discussed on "
        "Monday. I remain keen on the position and am happy to send anything else you need."
    ),
    (
        "Thank you for letting me know about your decision on the Operations Coordinator role. I valued our "
        "conversation on Monday, and I would welcome any feedback you could share on my interview."
    ),
)

# (id, from line, signature, bad)
_PROBES = [
    # --- bad: digits for letters, decorations with separators, "4" slogans, phrase and hobby handles ----------
    ("leet-shadow-hunter", "sh4dowhunter@gmail.com", "Priya Natarajan", True),
    ("decor-underscore-leet-owl", "xX_n1ghtowl_Xx@yahoo.com", "Tom Becker", True),
    ("decor-hyphen-moonchild", "Tom Becker <Xx-moonchild-xX@icloud.com>", "Tom Becker", True),
    ("slogan-4ever-club", "gunners4ever.dave@hotmail.co.uk", "David Marsh", True),
    ("slogan-4life-surf", "surfsup4life@gmail.com", "Kai Fernandes", True),
    ("phrase-before-first-name", "dancingqueenrosa@gmail.com", "Rosa Delgado", True),
    ("motto-then-nickname", "keepcalmandcarryon.mike@gmail.com", "Michael Dunn", True),
    ("fan-handle-number", "bluesfanatic_88@hotmail.com", "Owen Pritchard", True),
    ("food-title-handle", "pizzaqueen@aol.com", "Leah Brennan", True),
    ("leet-walker-first-name", "m00nw4lker.jen@gmail.com", "Jennifer Ashby", True),
    ("slogan-4lyfe-team", "yankeesfan4lyfe@gmail.com", "Carlos Vega", True),
    ("motto-dot-first-name", "carpediem.sophie@outlook.com", "Sophie Laurent", True),
    ("leet-big-boss", "b1gb0ss.kev@gmail.com", "Kevin Moore", True),
    ("leet-skater", "sk8erboi_luca@gmail.com", "Luca Romano", True),
    ("hobby-gym-handle", "gymjunkie.ellie@gmail.com", "Eleanor Price", True),
    ("habit-handle-year", "coffeeaddict1990@gmail.com", "Nadia Karimi", True),
    ("the-cat-lady", "thecatlady.77@yahoo.com", "Irene Walsh", True),
    ("display-name-only-handle", "Ruth Adeyemi <sunshinegirl@outlook.com>", "Ruth", True),
    ("decor-dots-rebel", "xx.rebelheart.xx@gmail.com", "Mia Torres", True),
    ("leet-gamer-tag-3", "dr3amcatcher@yahoo.com", "Fatima Zahra", True),
    ("phrase-prefix-surname", "beachbumharper@gmail.com", "Noah Harper", True),
    ("slogan-2cool", "2cool4school.jay@gmail.com", "Jason Park", True),
    ("night-owl-handle", "midnightrider@hotmail.com", "Grace Okafor", True),
    ("team-nickname-underscore", "spurs_mad_tony@hotmail.co.uk", "Anthony Reid", True),
    # --- good: real-name addresses ------------------------------------------------------------------------------
    ("year-suffix", "lee.chen1988@gmail.com", "Lee Chen", False),
    ("initial-surname", "p.natarajan@outlook.com", "Priya Natarajan", False),
    ("names-that-are-words", "rose.fox@gmail.com", "Rose Fox", False),
    ("hunter-wolf-real-name", "hunter.wolf@protonmail.com", "Hunter Wolf", False),
    ("king-cpa", "jking.cpa@gmail.com", "Jamal King", False),
    ("baker-design", "sarahbaker.design@gmail.com", "Sarah Baker", False),
    ("hyphenated-surname", "ml.okonkwo-adeyemi@yahoo.com", "Mercy Okonkwo-Adeyemi", False),
    ("compound-spanish", "jose.garcia.lopez@hotmail.com", "José García López", False),
    ("umlaut-transliterated", "zoe.mueller@gmx.de", "Zoë Müller", False),
    ("vietnamese-order", "nguyen.thi.lan@gmail.com", "Lan Nguyen", False),
    ("rn-suffix", "tkowalski.rn@gmail.com", "Teresa Kowalski, RN", False),
    ("hunter-writer", "amy.hunter.writer@gmail.com", "Amy Hunter", False),
    ("apostrophe-dev", "dan.oshea.dev@gmail.com", "Daniel O'Shea", False),
    ("careers-suffix", "kbaptiste.careers@gmail.com", "Kendra Baptiste", False),
    ("jobs-prefix", "jobs.mwangi@gmail.com", "Peter Mwangi", False),
    ("work-address", "a.rahman@brightwell-logistics.com", "Aisha Rahman", False),
    ("work-address-uk", "Marc Dubois <m.dubois@fenwickpartners.co.uk>", "Marc Dubois", False),
    ("king-year", "leo.king1994@icloud.com", "Leo King", False),
    ("dr-prefix", "drsamira.haddad@gmail.com", "Dr. Samira Haddad", False),
    ("middle-name-rose", "hannah.rose.baker@outlook.com", "Hannah Baker", False),
    ("short-first-name", "kate.m.lawson@gmail.com", "Katherine Lawson", False),
    ("chinese-number", "wei.zhang.88@gmail.com", "Wei Zhang", False),
    ("fox-photo", "sam.fox.photo@gmail.com", "Samantha Fox", False),
    ("polish-diacritic", "ewa.wisniewska@wp.pl", "Ewa Wiśniewska", False),
    ("own-domain-hello", "hello@mayaparkstudio.com", "Maya Park", False),
    ("long-first-name-initial", "annaliese.b@gmail.com", "Annaliese Brandt", False),
    ("initials-apostrophe", "tj.oconnor@yahoo.com", "T.J. O'Connor", False),
    ("consulting-suffix", "christopher.lee.consulting@gmail.com", "Chris Lee", False),
    ("winter-surname", "gwen.winter@gmail.com", "Gwen Winter", False),
    ("surname-first", "bigelow.summer@gmail.com", "Summer Bigelow", False),
    ("nickname-and-surname", "peggy.hale@gmail.com", "Margaret Hale", False),
    ("angela-not-angel", "angela.ruiz@gmail.com", "Angela Ruiz", False),
    ("glover-not-lover", "d.glover@gmail.com", "Dana Glover", False),
    ("initials-only-year", "lc2001@gmail.com", "Lucia Castro", False),
    ("first-name-only-sign-off", "rlivingston@gmail.com", "Rob", False),
    ("studio-suffix", "noor.haddad.studio@gmail.com", "Noor Haddad", False),
    ("middle-initial-digits", "jr.smith4@outlook.com", "Jordan Smith", False),
    ("irish-particle", "siobhan.nichiarain@eircom.net", "Siobhán Ní Chiaráin", False),
    ("dutch-particle", "pieter.vandenberg@ziggo.nl", "Pieter van den Berg", False),
]

# Batch B, written after the first change, when a wider check of real-name addresses showed that a job title
# written without the name ("dataanalyst.nk") read as a phrase handle: 16 probes (6 bad, 10 good).  Misjudged
# before the job-title exemption: 4 of 16 (good flagged: 4 job-title addresses; bad missed: none); after: 0.
_PROBES_B = [
    ("b-payroll-clerk", "payrollclerk.jm@gmail.com", "Janet Morris", False),
    ("b-senior-chef-year", "seniorchef.2019@outlook.com", "Paolo Russo", False),
    ("b-finance-manager", "financemanager.ab@yahoo.com", "Abdul Bari", False),
    ("b-field-technician", "fieldtechnician.uk@gmail.com", "Dylan Hughes", False),
    ("b-piano-teacher", "pianoteacher.sw@gmail.com", "Sofia Wren", False),
    ("b-web-developer", "webdeveloper.oa@outlook.com", "Obi Agu", False),
    ("b-night-nurse-initials", "nightnurse.tk@gmail.com", "Thandi Khumalo", False),
    ("b-welder-number", "certifiedwelder77@gmail.com", "Ravi Pillai", False),
    ("b-storm-surname", "ella.storm@gmail.com", "Ella Storm", False),
    ("b-bird-surname-first", "bird.robin@gmail.com", "Robin Bird", False),
    ("b-cookie-monster", "cookiemonster.ab@yahoo.com", "Amara Bello", True),
    ("b-lazy-sundays", "lazysundays@hotmail.com", "Tariq Mahmood", True),
    ("b-fishing-fanatic", "fishingfanatic.jim@gmail.com", "James Boyd", True),
    ("b-disco-queen", "Nia Clarke <discoqueen.nia@gmail.com>", "Nia", True),
    ("b-leet-river", "r1verdancer@gmail.com", "Orla Byrne", True),
    ("b-surname-after-motto", "neverbackdown_okafor@hotmail.com", "Chidi Okafor", True),
]

# a Latin motto is no phrase of common English words; a single word in front of a first name may be another
# given name ("mohammed.ali.hassan" signed Ali Hassan), so it is left alone
_XFAIL = {"motto-dot-first-name"}


def _draft(i: int, from_line: str, signature: str) -> str:
    closing = ("Best regards,", "Kind regards,", "Many thanks,")[i % 3]
    return (
        f"Subject: Operations Coordinator interview\nFrom: {from_line}\n\nDear Ms. Whitcombe,\n\n"
        f"{_BODIES[i % 3]}\n\n{closing}\n{signature}"
    )


def _params() -> list[object]:
    out = []
    for i, (pid, from_line, signature, bad) in enumerate(_PROBES + _PROBES_B):
        marks = [pytest.mark.xfail(strict=True)] if pid in _XFAIL else []
        out.append(pytest.param(i, from_line, signature, bad, id=pid, marks=marks))
    return out


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


@pytest.mark.parametrize(("i", "from_line", "signature", "bad"), _params())
def test_sender_probe(linter: Linter, i: int, from_line: str, signature: str, bad: bool) -> None:
    report = linter.lint(_draft(i, from_line, signature), context=_CONTEXT, channel="email")
    flagged = [f for f in report.findings if f.code == "FL320"]
    assert bool(flagged) == bad, [f.message for f in flagged]


@pytest.mark.parametrize(
    "shape",
    ["sn1perwolf", "livelaughlatisha", "sunshinegirl", "xx.rebel.xx"],
)
def test_sender_address_grows_linearly(linter: Linter, shape: str) -> None:
    """A long local part (and a long display name) costs time in proportion to its length."""

    def make(n: int) -> CheckInput:
        local = ".".join([shape] * (4 * n))
        name = " ".join(["Latisha"] * n) + " Greene"
        draft = parse_draft(
            f"Subject: Thank you\nFrom: {name} <{local}@gmail.com>\n\nHi Ana,\n\nThanks.\n\nBest,\n{name}"
        )
        return CheckInput(
            draft=draft, analysis=Analysis(draft, linter.nlp), context=Context(), purpose="thank-you", channel="email"
        )

    assert_grows_linearly(linter, "FL320", make, shape)

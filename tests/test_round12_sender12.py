"""Blind probes of the sender-address rule (FL320, G-SENDER), round 12.  Every address and draft was written for
this test, in wordings not found elsewhere in tests/, with the verdict a reader would give it under
tests/corpus/calibration/LABELLING.md (the `From:` line shows an unprofessional address; a current employer's
work address fails too), before the linter ran on it; none comes from the corpus.

Kinds heard: pet names and sweet-talk words in a handle, "xoxo"-style decorations, a nickname address with no
name known at all (a bare note sent from a phone), a shared family address, a teenage-era handle, and the
current employer's work address.  The good half are real-name addresses of every culture.

A probe is ``(id, from_line, signature, bad)``; a signature of "" leaves the note unsigned.

Counts.  Batch A (42 probes: 20 bad, 22 good), before any change: 13 misjudged (bad missed 13 of 20: pet names
after a name, xoxo and luv decorations, nicknames with no name known, all three household shapes, a teenage
handle with no name known, the current employer's address; good flagged 0 of 22); after: 0.  Batch B (29
probes: 13 bad, 16 good), written after that change and run once as written: 2 misjudged (bad missed: a
teenage pastime before "queen" with no name known; good flagged: the Japanese given name Mami, unsigned); after
the fix (a head word alone is no handle; pastimes before a head): 0.
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
    "company": "Harrowgate Clinics",
    "role": "Patient Services Coordinator",
    "interviewers": ["Olu Bankole"],
    "interview_date": "2026-12-02",
}

_BODIES = (
    (
        "Thank you for meeting me on Wednesday about the Patient Services Coordinator post. I liked hearing how "
        "your team splits the morning call queue, and I would be glad to help with it."
    ),
    (
        "I hope your week is going well. I am checking in on the Patient Services Coordinator post we talked "
        "about on Wednesday; I am still very interested and happy to send references."
    ),
    (
        "Thank you for telling me about the decision on the Patient Services Coordinator post. I enjoyed our "
        "talk on Wednesday and would value any feedback on my interview."
    ),
)

# (id, from line, signature, bad)
_PROBES_A = [
    # --- bad: pet names and sweet talk --------------------------------------------------------------------
    ("pet-honeybun", "honeybun.kerry@gmail.com", "Kerry Lyons", True),
    ("pet-cupcake-after-name", "marisol.cupcake@yahoo.com", "Marisol Ortega", True),
    ("pet-sweetpea-year", "sweetpea_1993@hotmail.com", "Wanda Pierce", True),
    ("pet-babydoll-suffix", "deanna.babydoll@icloud.com", "Deanna Fitch", True),
    ("pet-cutiepie-unsigned", "cutiepie.mk@gmail.com", "", True),
    ("pet-lovebug", "lovebug_ana@outlook.com", "Ana Souza", True),
    # --- bad: xoxo-style decorations ---------------------------------------------------------------------
    ("xoxo-suffix", "gemma.h.xoxo@gmail.com", "Gemma Holt", True),
    ("hugs-kisses", "hugsandkisses.tia@yahoo.com", "Tia Brooks", True),
    ("luv-token", "luv.u.marie@aol.com", "Marie Dubois", True),
    ("xo-run-together", "xoxochloe@gmail.com", "Chloe Nash", True),
    # --- bad: nickname address, no name known ------------------------------------------------------------
    ("nick-lilmama-unsigned", "lilmama_07@yahoo.com", "", True),
    ("nick-topdawg-unsigned", "rk.topdawg@gmail.com", "", True),
    ("nick-hotmama-after-name", "jen.hotmama@hotmail.com", "Jen Rowe", True),
    # --- bad: shared family address -------------------------------------------------------------------
    ("family-surname-family", "thornefamily@gmail.com", "Ivy Thorne", True),
    ("family-the-surname-s", "thebakers.home@comcast.net", "Paul Baker", True),
    ("family-two-names-and", "raj.and.meena@gmail.com", "Meena Patel", True),
    # --- bad: teenage-era handle -------------------------------------------------------------------------
    ("teen-cheergirl", "cheergirl2008@aol.com", "Brianna Cole", True),
    ("teen-babygurl", "babygurl.tee@gmail.com", "Tamika Ellis", True),
    ("teen-skaterboi-unsigned", "skaterboi_05@hotmail.com", "", True),
    # --- bad: current employer's work address ------------------------------------------------------------
    (
        "work-current-employer",
        "Dev Anand <d.anand@northpoint-logistics.com>",
        "Dev Anand\nDispatch Lead, Northpoint Logistics",
        True,
    ),
    # --- good: real-name addresses -------------------------------------------------------------------
    ("good-honeycutt", "j.honeycutt@gmail.com", "Jordan Honeycutt", False),
    ("good-sweeney-year", "ciara.sweeney1990@gmail.com", "Ciara Sweeney", False),
    ("good-initials-unsigned", "tk.obrien@gmail.com", "", False),
    ("good-surname-unsigned", "m.littlejohn@outlook.com", "", False),
    ("good-goodman-unsigned", "rgoodman84@yahoo.com", "", False),
    ("good-dogan-turkish", "emre.dogan@gmail.com", "Emre Doğan", False),
    ("good-mamadou", "mamadou.diallo@gmail.com", "Mamadou Diallo", False),
    ("good-alexander-andersen", "alexander.andersen@gmail.com", "Alexander Andersen", False),
    ("good-fernanda-and", "fernanda.rolando@gmail.com", "Fernanda Rolando", False),
    ("good-bella-surname", "lucia.bella@libero.it", "Lucia Bella", False),
    ("good-kitt-surname", "sam.kitt@gmail.com", "Sam Kitt", False),
    ("good-sugar-surname", "alan.sugar@btinternet.com", "Alan Sugar", False),
    ("good-xochitl", "xochitl.ramirez@gmail.com", "Xóchitl Ramírez", False),
    ("good-darling-surname", "grace.darling@outlook.com", "Grace Darling", False),
    ("good-family-name-unsigned", "p.familia@gmail.com", "", False),
    ("good-chinese-initials", "zhang.xw@163.com", "Xiaowei Zhang", False),
    ("good-hyphen-korean", "kim.ji-woo@naver.com", "Ji-woo Kim", False),
    ("good-own-domain", "hello@aishaokoro.com", "Aisha Okoro", False),
    ("good-work-not-current", "p.mensah@greyfield-partners.com", "Priscilla Mensah", False),
    ("good-theodoros", "theodoros.p@gmail.com", "Theodoros Papadakis", False),
    ("good-wildman-unsigned", "k.wildman@gmail.com", "", False),
    ("good-little-surname", "s.little.cpa@gmail.com", "Sandra Little", False),
]

_XFAIL: set[str] = set()


def _draft(i: int, from_line: str, signature: str) -> str:
    closing = ("Kind regards,", "Best wishes,", "With thanks,")[i % 3]
    sign = f"\n\n{closing}\n{signature}" if signature else "\n\nSent from my phone"
    return (
        f"Subject: Patient Services Coordinator interview\nFrom: {from_line}\n\nDear Mr. Bankole,\n\n"
        f"{_BODIES[i % 3]}{sign}"
    )


def _params(probes: list[tuple[str, str, str, bool]], xfail: set[str]) -> list[object]:
    return [
        pytest.param(i, f, s, b, id=pid, marks=[pytest.mark.xfail(strict=True)] if pid in xfail else [])
        for i, (pid, f, s, b) in enumerate(probes)
    ]


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


@pytest.mark.parametrize(("i", "from_line", "signature", "bad"), _params(_PROBES_A, _XFAIL))
def test_sender_probe_a(linter: Linter, i: int, from_line: str, signature: str, bad: bool) -> None:
    report = linter.lint(_draft(i, from_line, signature), context=_CONTEXT, channel="email")
    flagged = [f for f in report.findings if f.code == "FL320"]
    assert bool(flagged) == bad, [f.message for f in flagged]


# Batch B, written after the batch-A change and before it ran: other wordings, (id, from line, signature, bad,
# a sentence added to the body or "").  Internal candidates, students and mail-provider addresses that speak of
# the current job stay quiet; a firm's domain the note calls the sender's current employer does not.
_CURRENT = "In my current role I run the front desk rota for two clinics."
_PROBES_B = [
    ("b-snugglebug", "snugglebug.tasha@gmail.com", "Natasha Greene", True, ""),
    ("b-kisses-from", "kissesfromkim@yahoo.com", "Kim Lau", True, ""),
    ("b-cutemama-unsigned", "cutemama84@hotmail.com", "", True, ""),
    ("b-bigpapi-unsigned", "bigpapi_33@gmail.com", "", True, ""),
    ("b-the-okafors", "the.okafors@gmail.com", "Chinedu Okafor", True, ""),
    ("b-two-names-run-together", "mikeandlisa.b@comcast.net", "Lisa Brandt", True, ""),
    ("b-surname-family-isp", "hernandezfamily@att.net", "Rosa Hernandez", True, ""),
    (
        "b-employer-present",
        "s.gupta@meridianhealth.org",
        "Sunita Gupta",
        True,
        "At my present employer I book 60 visits a day.",
    ),
    (
        "b-employer-signature",
        "k.oduya@tallisengineering.co.uk",
        "Kemi Oduya\nSenior Estimator | Tallis Engineering Ltd",
        True,
        "",
    ),
    ("b-dancequeen-unsigned", "dancequeen2007@aol.com", "", True, ""),
    ("b-gurlpower-unsigned", "gurlpower99@yahoo.com", "", True, ""),
    ("b-sweetiepie", "sweetiepie.ng@gmail.com", "Ngozi Eze", True, ""),
    ("b-lilbit", "lilbit_jaz@gmail.com", "Jasmine Ford", True, ""),
    ("b-good-yoruba", "oluwaseun.adebayo@gmail.com", "Oluwaseun Adebayo", False, ""),
    ("b-good-sandeep-unsigned", "sandeep.kaur.87@gmail.com", "", False, ""),
    ("b-good-holland-unsigned", "candice.holland@yahoo.com", "", False, ""),
    ("b-good-babyak-unsigned", "d.babyak@gmail.com", "", False, ""),
    ("b-good-madkour-unsigned", "a.madkour@gmail.com", "", False, ""),
    ("b-good-hotchkiss-unsigned", "s.hotchkiss@gmail.com", "", False, ""),
    ("b-good-internal", "n.adeyemi@harrowgateclinics.org", "Nike Adeyemi", False, _CURRENT),
    ("b-good-student", "jmartinez@students.riverbend.edu", "Julia Martinez", False, _CURRENT),
    ("b-good-gmail-current", "ana.baptista@gmail.com", "Ana Baptista", False, _CURRENT),
    ("b-good-theo-andrade", "theo.andrade@gmail.com", "Theo Andrade", False, ""),
    ("b-good-sweet-surname", "rolanda.sweet@gmail.com", "Rolanda Sweet", False, ""),
    ("b-good-kitty-name", "kitty.oneill@gmail.com", "Kitty O'Neill", False, ""),
    ("b-good-papadopoulos", "papadopoulos.g@gmail.com", "", False, ""),
    ("b-good-mami-display", "Mami Tanaka <mami.t@gmail.com>", "Mami Tanaka", False, ""),
    ("b-good-mami-unsigned", "mami.tanaka@docomo.ne.jp", "", False, ""),
    ("b-good-own-firm-domain", "hello@okaforwelding.com", "Chinedu Okafor", False, _CURRENT),
]

_XFAIL_B: set[str] = set()


@pytest.mark.parametrize(
    ("i", "from_line", "signature", "bad", "extra"),
    [
        pytest.param(i, f, s, b, e, id=pid, marks=[pytest.mark.xfail(strict=True)] if pid in _XFAIL_B else [])
        for i, (pid, f, s, b, e) in enumerate(_PROBES_B)
    ],
)
def test_sender_probe_b(linter: Linter, i: int, from_line: str, signature: str, bad: bool, extra: str) -> None:
    text = _draft(i, from_line, signature)
    if extra:
        text = text.replace("\n\nKind regards,", f"\n\n{extra}\n\nKind regards,", 1)
        text = text.replace("\n\nBest wishes,", f"\n\n{extra}\n\nBest wishes,", 1)
        text = text.replace("\n\nWith thanks,", f"\n\n{extra}\n\nWith thanks,", 1)
        text = text.replace("\n\nSent from my phone", f"\n\n{extra}\n\nSent from my phone", 1)
    report = linter.lint(text, context=_CONTEXT, channel="email")
    flagged = [f for f in report.findings if f.code == "FL320"]
    assert bool(flagged) == bad, [f.message for f in flagged]


@pytest.mark.parametrize("shape", ["sweetpeabigdog", "tomandbeth", "thebakers", "xoxo.luv"])
def test_sender_readings_grow_linearly(linter: Linter, shape: str) -> None:
    """The pet-name, household and employer readings cost time in proportion to the header and the note."""

    def make(n: int) -> CheckInput:
        local = ".".join([shape] * (4 * n))
        name = " ".join(["Beth"] * n) + " Baker"
        body = "In my current role I plan the rota. " * n
        draft = parse_draft(
            f"Subject: Thank you\nFrom: {name} <{local}@acme-{shape[:4]}.com>\n\nHi Ana,\n\n{body}\n\nBest,\n{name}"
        )
        return CheckInput(
            draft=draft, analysis=Analysis(draft, linter.nlp), context=Context(), purpose="thank-you", channel="email"
        )

    assert_grows_linearly(linter, "FL320", make, shape)

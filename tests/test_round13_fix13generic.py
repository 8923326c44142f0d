"""Round 13 review fixes (fix13generic), written 2026-12-05 before any change; every wording our own
except the reviewer's repros.

- FL212: addresses at one firm's two domains, at an agency beside the employer, at two universities
  are not several employers; To and Cc are read together (one firm in each is two).
- FL210: a mail merge with the names filled in is told so, not that nothing names the company.
- FL132: a greeting with the right title among others ("Mr. and Mrs. Dube") is no wrong title; the
  wrong one comes with a suggestion that puts the right title in.
- FL208: "bring that to your work with <another firm>" is a slip, not the reader's own client work.

Each probe says ``quiet`` (no finding of the code at warning or above) or ``flag`` (one).
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

XF = pytest.mark.xfail(strict=True, reason="misjudged before the fix13generic change")

INITECH = {"company": "Initech", "role": "Data Analyst", "interviewers": ["Ana Ruiz"]}
HOLLIS = {"company": "Hollis Home", "role": "Store Manager", "interviewers": ["Dana Reyes"]}
HARLOW = {"company": "Harlow Foods", "role": "Buyer", "interviewers": ["Jin Wu"]}
ORTON = {"company": "Orton Research", "role": "Lab Assistant", "interviewers": ["Rhea Sandhu"]}
UNI = {"company": "University of Leeds", "role": "Research Fellow", "interviewers": ["Kemi Obi"]}
FENWICK = {"company": "Fenwick Marine", "role": "Boat Fitter", "interviewers": ["Ivo Brandt"]}
DUBE = {"company": "Ashcombe District Council", "role": "Planning Officer", "interviewers": ["Mrs. Zanele Dube"]}
OKAFOR = {"company": "Larchfield Clinic", "role": "Practice Nurse", "interviewers": ["Mr. Chidi Okafor"]}
NWANKWO = {"company": "Copperleaf Bakery", "role": "Shift Lead", "interviewers": ["Ms. Beatrice Nwankwo"]}

BODY = (
    "Thank you for Thursday's interview and for walking me through how the stockroom is counted each "
    "week. I would be glad to help tighten that count."
)


def mail(headers: str, greeting: str, body: str = BODY, sign: str = "Best regards,\nSam Ortega") -> str:
    return f"{headers}Subject: Thank you\n\n{greeting}\n\n{body}\n\n{sign}"


def codes(linter: Linter, text: str, ctx: dict, purpose: str = "thank-you") -> dict[str, object]:  # type: ignore[type-arg]
    report = linter.lint(text, purpose=purpose, channel="email", context=ctx)
    return {f.code: f for f in report.findings if f.severity.value in ("warning", "error")}


PROBES = [
    # FL212: the reviewer's repros
    (
        "g-212-agency-recruiter-copied",
        INITECH,
        mail("To: ana.ruiz@initech.com; tom.baker@haysrecruitment.co.uk\n", "Dear Ana and Tom,"),
        "FL212",
        "quiet",
    ),
    (
        "g-212-one-firm-two-domains",
        INITECH,
        mail("To: ana@initech.com, lee@initechgroup.com\n", "Dear Ana and Lee,"),
        "FL212",
        "quiet",
    ),
    (
        "g-212-two-universities",
        UNI,
        mail("To: k.obi@leeds.ac.uk; r.mills@stanford.edu\n", "Dear Dr Obi and Dr Mills,"),
        "FL212",
        "quiet",
    ),
    (
        "b-212-to-and-cc",
        HOLLIS,
        mail("To: hr@hollishome.com\nCc: careers@bramblehardware.co.uk\n", "Dear Hiring Team,"),
        "FL212",
        "flag",
    ),
    # FL212: look-alikes of our own
    (
        "g-212-staffing-agency-in-cc",
        HARLOW,
        mail("To: jin.wu@harlowfoods.co.uk\nCc: priya@brightwaterstaffing.com\n", "Dear Jin,"),
        "FL212",
        "quiet",
    ),
    (
        "g-212-group-domain-in-cc",
        HARLOW,
        mail("To: jin.wu@harlowfoods.co.uk\nCc: m.ng@harlowfoodsgroup.com\n", "Dear Jin,"),
        "FL212",
        "quiet",
    ),
    (
        "g-212-edu-and-company",
        UNI,
        mail("To: k.obi@leeds.ac.uk\nCc: p.lang@cam.ac.uk\n", "Dear Dr Obi,"),
        "FL212",
        "quiet",
    ),
    (
        "b-212-research-firm-is-no-agency",
        ORTON,
        mail("To: rhea@ortonresearch.com; hr@vellumlabs.io\n", "Dear Hiring Managers,"),
        "FL212",
        "flag",
    ),
    (
        "b-212-cc-two-others",
        FENWICK,
        mail("To: ivo@fenwickmarine.com\nCc: recruitment@saltashboats.co.uk; hr@tamarmarine.co.uk\n", "Dear all,"),
        "FL212",
        "flag",
    ),
    # FL132: a greeting with the right title among others
    ("g-132-mr-and-mrs", DUBE, mail("", "Dear Mr. and Mrs. Dube,"), "FL132", "quiet"),
    ("g-132-mrs-and-mr", OKAFOR, mail("", "Dear Mrs. and Mr. Okafor,"), "FL132", "quiet"),
    ("b-132-wrong-title-alone", DUBE, mail("", "Dear Mr. Dube,"), "FL132", "flag"),
    ("b-132-sir", NWANKWO, mail("", "Hello sir,"), "FL132", "flag"),
    # FL208: bringing something to "your work with" another firm is the writer's slip
    (
        "b-208-bring-to-your-work-with",
        INITECH,
        mail(
            "",
            "Dear Ana,",
            "Thank you for the interview on Monday. I enjoyed the talk about churn models. I'd love to bring that to your work with Globex's analytics team.",
        ),
        "FL208",
        "flag",
    ),
    (
        "b-208-contribute-to-your-work-with",
        HARLOW,
        mail(
            "",
            "Dear Jin,",
            "Thank you for the chat about supplier audits on Friday. I would be glad to contribute to your work with Tesselby Foods on the new ranges.",
        ),
        "FL208",
        "flag",
    ),
    (
        "b-208-support-your-work-with-team",
        HARLOW,
        mail(
            "",
            "Dear Jin,",
            "Thank you for the chat about supplier audits on Friday. I would be glad to support your work with "
            "Tesselby's buying team next spring.",
        ),
        "FL208",
        "flag",
    ),
    (
        "g-208-your-work-with-team-then-help",
        HARLOW,
        mail(
            "",
            "Dear Jin,",
            "Thank you for the chat about supplier audits on Friday. Your work with Tesselby's buying team "
            "sounded demanding, and I would be glad to help Harlow Foods with it.",
        ),
        "FL208",
        "quiet",
    ),
    (
        "g-208-admire-your-work-with",
        INITECH,
        mail(
            "",
            "Dear Ana,",
            "Thank you for the interview on Monday. I enjoyed hearing about your work with Globex on the pricing model, and I would be glad to join Initech.",
        ),
        "FL208",
        "quiet",
    ),
]

# misjudged before the change: 9 of 18 (4 of 8 bad missed, 5 of 10 good flagged); the three
# look-alikes that read To and Cc apart (an agency or a group domain in Cc) passed only because the
# headers were read one at a time, and must stay quiet now that they are read together
MISJUDGED_BEFORE = {
    "g-212-agency-recruiter-copied",
    "g-212-one-firm-two-domains",
    "g-212-two-universities",
    "b-212-to-and-cc",
    "g-132-mr-and-mrs",
    "g-132-mrs-and-mr",
    "b-208-bring-to-your-work-with",
    "b-208-contribute-to-your-work-with",
    "b-208-support-your-work-with-team",
}
# still misjudged after: "contribute to your work with Tesselby Foods" (no possessive team after the
# name): FL208 reads no "your work with X" frame as the employer, before or after; the cue narrowed
# here only stops hiding the slips it does read ("your work with X's analytics team")
STILL_MISJUDGED: set[str] = {"b-208-contribute-to-your-work-with"}


@pytest.mark.parametrize(
    ("ctx", "text", "code", "expect"),
    [pytest.param(*p[1:], id=p[0], marks=XF if p[0] in STILL_MISJUDGED else ()) for p in PROBES],
)
def test_probe(linter: Linter, ctx: dict, text: str, code: str, expect: str) -> None:  # type: ignore[type-arg]
    found = codes(linter, text, ctx)
    assert (code in found) == (expect == "flag"), found


MERGED = (
    "Subject: Thank you – Data Analyst\n\nDear Ms. Ruiz,\n\nThank you for the chance to interview for the Data "
    "Analyst position at Initech. I appreciated learning about the company and the team. I believe my skills "
    "and experience would make me a valuable addition, and I look forward to hearing about the next steps."
    "\n\nBest regards,\nSam Ortega"
)


def test_fl210_merge_message_names_what_it_names(linter: Linter) -> None:
    f = codes(linter, MERGED, INITECH)["FL210"]
    assert "Nothing in the body is particular" not in f.message  # type: ignore[attr-defined]
    assert "mail merge" in f.message  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("ctx", "greeting", "wrong", "right"),
    [(DUBE, "Dear Mr. Dube,", "Mr.", "Mrs."), (NWANKWO, "Hello sir,", "sir", "Ms. Nwankwo")],
)
def test_fl132_wrong_title_suggests_the_right_one(
    linter: Linter, ctx: dict, greeting: str, wrong: str, right: str
) -> None:  # type: ignore[type-arg]
    text = mail("", greeting)
    f = codes(linter, text, ctx)["FL132"]
    assert text[f.start : f.end] == wrong  # type: ignore[attr-defined]
    edits = [e for s in f.suggestions for e in s.edits]  # type: ignore[attr-defined]
    assert edits and edits[0].replacement == right


def test_new_patterns_grow_linearly(linter: Linter) -> None:
    """FL208's narrowed cue and FL212's combined, stem-grouped addressees: time linear in the input
    (tests/check_timing.py: CPU time, 1x/10x/100x, a ratio)."""
    from check_timing import assert_grows_linearly, prepared_input

    from followup_lint.context import Context

    def make_cue(n: int):  # type: ignore[no-untyped-def]
        body = ("I would bring that to your work with Globex's analytics team and support your work for them. ") * n
        return prepared_input(linter, body, context=Context(company="Initech", role="Data Analyst"))

    assert_grows_linearly(linter, "FL208", make_cue, "to your work with, repeated")

    from test_round13_generic13_growth import _draft

    def make_stems(n: int):  # type: ignore[no-untyped-def]
        to = "; ".join(f"hr@initech{'x' * (i % 50)}{i}.com" for i in range(20 * n))
        cc = "; ".join(f"p{i}@talent{i}.ac.uk" for i in range(20 * n))
        text = f"Subject: Thanks\nTo: {to}\nCc: {cc}\n\nDear all,\n\nThank you.\n\nBest,\nLee"
        return _draft(linter, text, Context(company="Initech"))

    assert_grows_linearly(linter, "FL212", make_stems, "many addressees sharing a stem")

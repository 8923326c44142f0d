"""Round 14 review fixes (fix14patient): the reviewer's findings 1 (FL311), 2 (FL315), 4 (FL317), 8 (FL310)
and the FL311/FL315/FL317/FL310 variants of finding 17, plus look-alikes of our own. GOOD must give no
finding of the rule; BAD must give a warning or error of it."""

from __future__ import annotations

import pytest

from followup_lint import Linter

CTX = {
    "company": "Harbor Analytics",
    "role": "Data Analyst",
    "interviewers": ["Priya Raman"],
    "sender_name": "Jordan Reyes",
}


def T(s: str) -> str:
    return (
        "Subject: Thank you - Data Analyst interview\n\nHi Priya,\n\nThank you for meeting with me on Tuesday to "
        "discuss the Data Analyst role at Harbor Analytics. I enjoyed hearing about the churn dashboard project. "
        f"{s}\n\nI remain very interested in the role and look forward to hearing about next steps.\n\n"
        "Best regards,\nJordan Reyes"
    )


def R(s: str) -> str:
    return (
        "Subject: Re: Data Analyst application\n\nDear Priya,\n\nThank you for letting me know, and for the time "
        f"you and the team gave me. {s} I would welcome any feedback, and I hope our paths cross again.\n\n"
        "Kind regards,\nJordan Reyes"
    )


VOICEMAIL = (
    "Hi Priya, it's Jordan Reyes calling about the Data Analyst role. I wanted to say thank you for Tuesday, "
    "sorry if my answers on the dashboard ran long. I'm still very keen. My number is 07700 900123. Thanks, bye."
)


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def _codes(linter: Linter, text: str, kind: str, role: str | None, company: str | None) -> set[str]:
    ctx = dict(CTX)
    if role:
        ctx["role"] = role
    if company:
        ctx["company"] = company
    kw: dict[str, str] = {}
    if kind == "R":
        kw["purpose"] = "rejection-reply"
    if kind == "V":
        kw["channel"] = "call"
    report = linter.lint(text, context=ctx, **kw)
    return {f.code for f in report.findings if f.severity.value in ("warning", "error")}


def _text(kind: str, s: str) -> str:
    return {"T": T, "R": R, "V": lambda x: x}[kind](s)


# (code, kind T/R/V, sentence, role or None)
GOOD = [
    # finding 1, FL311
    (
        "FL311",
        "T",
        "Reducing the churn rate by even 2% would be a big win; otherwise the dashboard is already in great shape.",
        None,
    ),
    (
        "FL311",
        "T",
        "Please feel free to raise any questions with me, unless you'd rather go through the recruiter.",
        None,
    ),
    ("FL311", "T", "I live nearby, so I could come in most days unless remote working suits the team better.", None),
    ("FL311", "T", "I'll book a car before I attend the assessment day on the 14th.", None),
    (
        "FL311",
        "T",
        "I've already started planning the relocation before I move to Bristol in the spring, so the start date is no problem.",
        None,
    ),
    (
        "FL311",
        "T",
        "Thank you for explaining the paid parental leave policy; it was helpful, otherwise I'd have had to ask HR.",
        None,
    ),
    ("FL311", "T", "Knowing the salary band early was helpful for me to continue with confidence.", None),
    (
        "FL311",
        "T",
        "I can work nights and weekends; the overtime you mentioned is fine, and I can start on the 3rd unless HR needs longer.",
        "Staff Nurse",
    ),
    (
        "FL311",
        "T",
        "I've driven a van for six years, and I'd be ready to start as soon as the checks are done, unless the training comes first.",
        "Delivery Driver",
    ),
    (
        "FL311",
        "T",
        "You asked about salary: I'm looking for around £40k, unless the package includes the bonus you mentioned, in which case I'm flexible.",
        None,
    ),
    (
        "FL311",
        "T",
        "To answer your question about hybrid working, I'm happy with three days in the office; otherwise I'm fully flexible.",
        None,
    ),
    # our own look-alikes, FL311
    (
        "FL311",
        "T",
        "The pay review cycle you described sounds fair, and I'd be glad to hear more unless it is still being decided.",
        None,
    ),
    (
        "FL311",
        "T",
        "I'd check the base rate assumptions first before I continue with the churn model, as I said on the day.",
        None,
    ),
    ("FL311", "T", "The bonus scheme sounded generous; otherwise I had no questions about the offer stage.", None),
    # finding 2, FL315
    ("FL315", "T", "Apologies for the delay in my reply to your scheduling e-mail; Thursday at 10 works well.", None),
    (
        "FL315",
        "T",
        "I'm sorry the projector failed during my presentation, and thank you for your patience while we fixed it.",
        None,
    ),
    (
        "FL315",
        "T",
        "I'm sorry my answer on the SQL question was a little long; in short, I'd use a window function.",
        None,
    ),
    (
        "FL315",
        "T",
        "I'm sorry I couldn't answer the last question in the time; my answer would be to segment by cohort.",
        None,
    ),
    ("FL315", "V", VOICEMAIL, None),
    ("FL315", "R", "It stung a little, I won't pretend otherwise, and I'm grateful for the honest note.", None),
    (
        "FL315",
        "R",
        "I finally understood what the point of the second task was when I read your note, which helped.",
        None,
    ),
    # our own look-alikes, FL315
    (
        "FL315",
        "T",
        "Sorry for the slow response to your message about references; both referees are happy to be contacted.",
        None,
    ),
    ("FL315", "T", "Sorry my presentation slides arrived late on the morning; the final version is attached.", None),
    (
        "FL315",
        "R",
        "The news hurt for a moment, and then I read your kind words about my portfolio, which meant a lot.",
        None,
    ),
    # finding 4, FL317
    (
        "FL317",
        "R",
        "I was told the decision would come in May, so I was surprised and grateful to hear so quickly.",
        None,
    ),
    (
        "FL317",
        "R",
        "I was told by your recruiter how supportive the team is, and that was clear on the day; I was surprised by how much I enjoyed the case study.",
        None,
    ),
    ("FL317", "R", "I appreciated that your note was personal, not a template.", None),
    ("FL317", "R", "I enjoyed the case study so much that I had a second go at the case study at home.", None),
    ("FL317", "R", "I'll reassess my interview preparation and keep learning.", None),
    ("FL317", "R", "Please do reconsider me for future openings on the team.", None),
    # our own look-alikes, FL317
    (
        "FL317",
        "R",
        "Your recruiter told me the team was growing, so I was pleased to learn it is hiring again in spring.",
        None,
    ),
    ("FL317", "R", "I plan to re-evaluate my portfolio over the summer with your comments in mind.", None),
    ("FL317", "R", "Please keep me in mind and consider me again when a similar role opens.", None),
    # finding 8, FL310
    (
        "FL310",
        "T",
        "At my last job we were hunting for three months for the cause of a data leak, and I found it.",
        None,
    ),
    ("FL310", "T", "When the grant money ran out at my last lab, I moved the pipeline to free tools.", None),
    ("FL310", "T", "I helped a charity whose cash ran out mid-year rebuild its donor reporting.", None),
    ("FL310", "T", "Working with 30 children to support through exams taught me patience.", "Teaching Assistant"),
    ("FL310", "T", "I'm flexible and happy to take any shift pattern the ward needs.", "Healthcare Assistant"),
    # our own look-alikes, FL310
    (
        "FL310",
        "T",
        "We spent two months looking for the root cause of the latency before we found the bad index.",
        None,
    ),
    ("FL310", "T", "When the project budget ran out, our team rebuilt the reports in open-source tools.", None),
    (
        "FL310",
        "T",
        "I mentored 12 families to support through the benefits process in my volunteer role.",
        "Support Worker",
    ),
]

BAD = [
    # finding 17 variants
    ("FL317", "R", "Would the panel be willing to take another look at my application?", None),
    (
        "FL317",
        "R",
        "I'd like to understand what the other candidate had over me, given my ten years in the field.",
        None,
    ),
    ("FL311", "T", "To be clear, my minimum is £45k; anything lower and I'm out.", None),
    ("FL311", "T", "I won't consider anything under £45,000 for this role.", None),
    ("FL315", "T", "I'm so sorry, I made a complete fool of myself on the SQL question.", None),
    ("FL310", "T", "My savings are almost gone, so this job really matters to me.", None),
    # our own variants of the same kinds
    ("FL317", "R", "Could you take a second look at my candidacy before the offer goes out?", None),
    ("FL317", "R", "What did the successful applicant have over me?", None),
    ("FL311", "T", "I will not accept less than £50k, so please bear that in mind.", None),
    ("FL311", "T", "Anything below 60k and I'll have to walk away.", None),
    ("FL315", "T", "Sorry again, I made an idiot of myself when you asked about pivot tables.", None),
    ("FL310", "T", "Our savings have nearly run dry, so I really need this role.", None),
    ("FL310", "T", "My redundancy money is almost gone and I am getting worried.", None),
    # the round-14 kinds must stay (from the tone14patient batches, in new words)
    ("FL311", "T", "I'd only be able to continue if the salary goes up to £48k.", None),
    ("FL315", "T", "I'm so embarrassed about my answer on the pricing case.", None),
    ("FL317", "R", "I was told the role was mine, so I was shocked to be ruled out.", None),
    ("FL310", "T", "My jobseeker's allowance money has run out and I have children to feed.", None),
]


@pytest.mark.parametrize(("code", "kind", "sentence", "role"), GOOD)
def test_good_wording_is_quiet(linter: Linter, code: str, kind: str, sentence: str, role: str | None) -> None:
    assert code not in _codes(linter, _text(kind, sentence), kind, role, None)


@pytest.mark.parametrize(("code", "kind", "sentence", "role"), BAD)
def test_bad_variant_is_flagged(linter: Linter, code: str, kind: str, sentence: str, role: str | None) -> None:
    assert code in _codes(linter, _text(kind, sentence), kind, role, None)


def test_clause_start_readings_grow_linearly(linter: Linter) -> None:
    """The FL311 and FL315 clause readings start at each clause and look ahead a bounded way: many short
    clauses full of near misses (each word class without the other, or both with a guard) stay linear."""
    from check_timing import assert_grows_linearly, prepared_input

    def make(n: int):
        body = (
            "The salary and the day rate and the van and unless the package is. Sorry about my answers and "
            "my nerves and I froze; in short, I'd use. I'll have to withdraw and walk away and the pay. "
            "Sorry the projector failed during my presentation and my answer ran long. My savings and our "
            "money and my family's cash nearly. Take another look at my and what the other candidate had. "
        ) * n
        return prepared_input(linter, body, purpose="rejection-reply")

    for code in ("FL311", "FL315", "FL317", "FL310"):
        assert_grows_linearly(linter, code, make, f"round-14 review clause readings ({code})")

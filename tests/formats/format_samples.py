"""Hand-built reports for the output-format tests (fixtures in conftest.py).

``DRAFT`` is a one-draft file with findings of every kind (a replaceable span with a
suggestion, a missing part, quoted draft text and ``%`` in a message, an emoji, a span covering
two lines).  ``TEMPLATES`` is a two-draft file whose drafts are slices of it (with source maps).
Words in ``PRIVATE`` occur only in the drafts and in messages that quote them: with
``excerpts=False`` no output may contain any of them.
"""

from __future__ import annotations

from followup_lint.formats.base import FileResult
from followup_lint.report import Edit, Finding, Notice, Report, Severity, Suggestion
from followup_lint.spans import Segment, SourceMap

DRAFT = (
    "Subject: Thanks for the chat \U0001f64f\n"
    "Hey guys,\n"
    "\n"
    "It was great to meet you all on Tuesday \u2014 I loved hearing about \u201cAtlas\u201d.\n"
    "Any news on my application?? 50% of my friends\n"
    "say I should've heard by now.\n"
    "\n"
    "Best,\n"
    "Jordan Avery\n"
)

TEMPLATES = (
    "---\n"
    "title: two drafts\n"
    "---\n"
    "## first\n"
    "Dear Ms Lee,\n"
    "Thanks so much for your time, Zephyrine.\n"
    "## second\n"
    "Hi Quillon,\n"
    "\tfollowing up again about the role.\n"
)

PRIVATE = [
    "Hey guys",
    "guys",
    "Tuesday",
    "Atlas",
    "application",
    "friends",
    "Jordan",
    "Avery",
    "\U0001f64f",
    "chat",
    "Zephyrine",
    "Quillon",
    "following up",
    "Dear Ms",
    "heard",
]

SUMMARIES = {
    "FL101": "The salutation should suit a professional message.",
    "FL204": "Thank the interviewer for their time.",
}


def finding(
    source_map: SourceMap,
    start: int,
    end: int,
    *,
    code: str,
    name: str,
    severity: Severity,
    message: str,
    category: str = "content",
    guidance: list[str] | None = None,
    missing: bool = False,
    suggestions: list[Suggestion] | None = None,
) -> Finding:
    line, column = source_map.position(start)
    end_line, end_column = source_map.position(end)
    return Finding(
        code=code,
        name=name,
        severity=severity,
        category=category,
        guidance=guidance or [f"G-{code}"],
        message=message,
        start=start,
        end=end,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        missing=missing,
        suggestions=suggestions or [],
        cost=2.5,
    )


def _draft_result() -> FileResult:
    sm = SourceMap.identity(DRAFT)
    hey = DRAFT.index("Hey guys,")
    body = DRAFT.index("It was")
    news = DRAFT.index("Any news")
    emoji = DRAFT.index("\U0001f64f")
    friends = DRAFT.index("50% of")
    heard_end = DRAFT.index("heard") + len("heard")
    findings = [
        finding(
            sm,
            emoji,
            emoji + 1,
            code="FL020",
            name="subject-emoji",
            severity=Severity.INFO,
            category="structure",
            message="Leave emoji out of the subject line.",
        ),
        finding(
            sm,
            hey,
            hey + len("Hey guys,"),
            code="FL101",
            name="salutation-tone",
            severity=Severity.WARNING,
            category="tone",
            message="\u201cHey guys,\u201d is too casual for an interviewer.",
            suggestions=[
                Suggestion(
                    label="Replace with \u201cDear Ms Lee,\u201d",
                    edits=[Edit(replacement="Dear Ms Lee,", start=hey, end=hey + len("Hey guys,"))],
                )
            ],
        ),
        finding(
            sm,
            body,
            body,
            code="FL204",
            name="gratitude",
            severity=Severity.ERROR,
            message="No thank-you for the interviewer's time.",
            missing=True,
            suggestions=[
                Suggestion(
                    label="Open with a thank-you",
                    edits=[Edit(replacement="Thank you for your time on Tuesday.\n", start=body, end=body)],
                ),
                Suggestion(  # an edit elsewhere: placeable through the source map
                    label="Thank them after the salutation",
                    edits=[Edit(replacement=" thank you,", start=hey + 8, end=hey + 9)],
                ),
            ],
        ),
        finding(
            sm,
            news,
            news + len("Any news on my application??"),
            code="FL310",
            name="pushy",
            severity=Severity.WARNING,
            category="tone",
            message='Pushy question: "Any news on my application??" (50% of readers, a:b,c).',
        ),
        finding(
            sm,
            friends,
            heard_end,
            code="FL310",
            name="pushy",
            severity=Severity.WARNING,
            category="tone",
            message="Social pressure: \u201850% of my friends\u2019 \u2026 heard",
        ),
    ]
    report = Report(
        path="drafts/lee.txt",
        purpose="thank-you",
        channel="email",
        inferred={"purpose": "Thanks for the chat"},
        score=71.5,
        category_scores={"structure": 90.0, "content": 60.0, "tone": 64.5},
        findings=findings,
        notices=[Notice(code="N010", message="Purpose inferred from \u201cThanks for the chat\u201d.")],
        word_count=42,
    )
    return FileResult(path="drafts/lee.txt", report=report, source_text=DRAFT, source_map=sm)


def _template_results() -> list[FileResult]:
    out = []
    for label, first_line, code, word in (
        ("first", "Dear Ms Lee,\n", "FL330", "Zephyrine"),
        ("second", "Hi Quillon,\n", "FL331", "Quillon"),
    ):
        file_start = TEMPLATES.index(first_line)
        next_header = TEMPLATES.find("## ", file_start)
        file_end = next_header if next_header != -1 else len(TEMPLATES)
        text = TEMPLATES[file_start:file_end]
        sm = SourceMap(TEMPLATES, [Segment(0, len(text), file_start)])
        at = text.index(word)
        findings = [
            finding(
                sm,
                at,
                at + len(word),
                code=code,
                name="name-check",
                severity=Severity.WARNING,
                category="language",
                message=f"Is \u201c{word}\u201d spelt right?",
                suggestions=[
                    Suggestion(
                        label="Check the name", edits=[Edit(replacement=word.upper(), start=at, end=at + len(word))]
                    )
                ],
            )
        ]
        report = Report(
            path="templates.md",
            label=label,
            purpose="follow-up",
            channel="email",
            score=95.0,
            category_scores={"language": 95.0},
            findings=findings,
        )
        if label == "second":  # a span after a tab, for caret alignment
            role = text.index("role")
            findings.append(
                finding(
                    sm,
                    role,
                    role + 4,
                    code="FL340",
                    name="vague-role",
                    severity=Severity.INFO,
                    category="content",
                    message="Name the role.",
                )
            )
            report.findings = findings
        out.append(FileResult(path="templates.md", report=report, source_text=TEMPLATES, source_map=sm))
    return out


def _clean_result() -> FileResult:
    text = "Dear Ms Lee,\nThank you for your time.\nBest,\nSam\n"
    report = Report(
        path="ok.txt",
        purpose="thank-you",
        channel="email",
        score=100.0,
        category_scores={"structure": 100.0, "content": 100.0},
    )
    return FileResult(path="ok.txt", report=report, source_text=text)


def _error_result() -> FileResult:
    return FileResult(path="missing, 100%: draft.txt", report=None, error="cannot read: No such file or directory")


def make_results() -> list[FileResult]:
    return [_draft_result(), *_template_results(), _clean_result(), _error_result()]

"""Hostile input (issue 16): every reproducer that once hung, crashed or misplaced a span.

No test asserts a time: a hang is caught by pytest-timeout (the generous limit below), and
growth is measured by tests/test_regex_audit.py and benchmarks/growth.py.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from round_trip import assert_every_format_round_trips

from followup_lint import Linter
from followup_lint.checks.timing import days_between
from followup_lint.errors import FollowupLintError
from followup_lint.nlp import MAX_RUN, NLP, tokenizer_safe
from followup_lint.readers import read_path
from followup_lint.report import Report

pytestmark = pytest.mark.timeout(300)

SENT = {"sent_at": datetime(2026, 3, 2, 10, 0)}


def _check(report: Report, text: str) -> None:
    """What every report must satisfy: spans inside the text, positions that agree with them."""
    assert report.score is None or 0 <= report.score <= 100
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(text), f
        line = text.count("\n", 0, f.start) + 1
        column = f.start - (text.rfind("\n", 0, f.start) + 1) + 1
        if "\r" not in text:
            assert (f.line, f.column) == (line, column), f


# --- catastrophic backtracking -------------------------------------------------------------
HANGS = {
    "placeholder brackets": "Hi Ana,\n\nSee [A" + "-" * 200 + "x\n\nBest,\nLee",
    "closing name": "Hi Ana,\n\nThank you for the chat.\n\nBest " + "A" * 300 + "!",
    "quote intro": "Hi Ana,\n\nThank you.\n\nFrom: " + "<@" * 3000,
    "FL303 exclamations": "Hi Ana,\n\nThank you" + "!" * 10_000 + "\n\nBest,\nLee",
    "header spaces": "Subject: a" + " " * 20_000 + "b\n\nHi Ana,\nThank you.\nBest,\nLee",
    "FL142 long word": "Hi Ana,\n\nThanks " + "a" * 100_000 + "\n\nBest,\nLee",
    "spaCy bangs": "!" * 4_000,
    "spaCy braces": "{{" * 4_000,
    "spaCy emoji": "\U0001f600" * 20_000,
    "Harper prose": "Thank you for the interview on Tuesday; I enjoyed it. " * 2_000,
}


@pytest.mark.parametrize("name", list(HANGS))
def test_no_hang_on_backtracking_shapes(linter: Linter, name: str) -> None:
    text = HANGS[name]
    report = linter.lint(text, context=SENT)
    _check(report, text)


def test_the_placeholder_is_still_found_after_the_rewrite(linter: Linter) -> None:
    text = "Hi Ana,\n\nThank you for the talk about [specific topic] at [Company Name].\n\nBest,\n[your name]"
    found = [
        text[p.start : p.end] for p in linter.lint(text).findings if p.code == "FL120" or "[" in text[p.start : p.end]
    ]
    assert "[specific topic]" in found or "[Company Name]" in found


# 900 KB drafts, just under the size limit: each once took minutes (a regex scan per pattern, the
# emoji tokenizer on every character).  The emoji draft has 225,000 findings to build, a minute
# on a loaded machine: it runs with the fuzz run (CI: pytest -m fuzz), not in the quick suite.
@pytest.mark.parametrize(
    "text",
    ["!" * 900_000, "?!" * 450_000, pytest.param("\U0001f600" * 225_000, marks=pytest.mark.fuzz)],
    ids=["bangs", "interrobangs", "emoji"],
)
def test_a_900_kb_draft_of_marks_or_emoji_is_linted(linter: Linter, text: str) -> None:
    report = linter.lint(text, context=SENT)
    _check(report, text)
    if text[0] == "\U0001f600":
        assert sum(f.code == "FL301" for f in report.findings) == 225_000


# --- crashes -----------------------------------------------------------------------------
def test_decision_date_in_year_9999_is_no_overflow(linter: Linter) -> None:
    text = (
        "Subject: Checking in on the analyst role\nDecision-Date: 9999-12-31\nDate: 2026-01-01\n\n"
        "Hi Ana,\n\nThank you again for Tuesday. Is there any news on the analyst role?\n\nBest,\nLee"
    )
    report = linter.lint(text, purpose="status-check")
    judged = any(f.code == "FL502" and "9999-12-31" in f.message for f in report.findings)
    refused = any(n.code == "FL903" and "9999" in n.message for n in report.notices)
    assert judged or refused


def test_business_days_between_the_first_and_last_dates_python_knows() -> None:
    def by_walking(a: date, b: date) -> int:
        return sum(1 for k in range(1, (b - a).days + 1) if (a + timedelta(days=k)).weekday() < 5)

    start = date(2026, 1, 1)
    for span in range(0, 40):
        for shift in range(7):
            a = start + timedelta(days=shift)
            assert days_between(a, a + timedelta(days=span), "business") == by_walking(a, a + timedelta(days=span))
    assert days_between(date.min, date.max, "business") == by_walking(date(1, 1, 1), date(1, 1, 1)) + 2_608_614


def test_interview_in_year_1_counts_business_days(linter: Linter) -> None:
    text = "Date: 9999-12-31\nInterview-Date: 0001-01-01\n\nHi Ana,\n\nAny news on the role?\n\nBest,\nLee"
    _check(linter.lint(text, purpose="status-check"), text)


@pytest.mark.parametrize(
    "text",
    [
        "Hi \ud800",
        "Hi Ana,\n\nThank you \udfff\ud800 for the \x00 chat\x07 \u202eevil\u202c.\n\nBest,\nLee",
        "\ufeff\ufeffHi Ana,\n\n\u200b\u200d\u2066Thanks\u2069\n\nBest,\nLee\x1b[31m",
    ],
)
def test_any_string_gives_a_report_that_every_format_writes(linter: Linter, text: str) -> None:
    report = linter.lint(text, context=SENT)
    _check(report, text)
    assert_every_format_round_trips(report, text, "draft.txt")


# Lone surrogates where the report quotes the draft: a subject, a greeting's name, a run of
# marks, a date header it cannot read, a file name in undecodable bytes (surrogateescape).
QUOTING = [
    "Subject: ANY\ud800 UPDATE???\nDate: \udfff 2026-03-03\n\nHi Ana\ud800,\n\nThank you!!!\udfff\n\nBest,\nLee",
    "Hi Ana,\n\nIt was\udfff a great conversation\ud800 and I learned a lot.\n\nBest,\n\ud800Lee",
]


@pytest.mark.parametrize("text", QUOTING)
def test_a_report_quoting_lone_surrogates_dumps_as_json(linter: Linter, text: str) -> None:
    report = linter.lint(text, context=SENT, path="dr\udcffaft.txt")
    quoted = [
        m
        for m in [*(f.message for f in report.findings), *(n.message for n in report.notices)]
        if "\ud800" in m or "\udfff" in m
    ]
    assert quoted  # the report does quote the draft, lone surrogates and all (in Python, exact)
    assert_every_format_round_trips(report, text, "dr\udcffaft.txt")


@settings(max_examples=150, derandomize=True, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(
    text=st.text(st.one_of(st.sampled_from(list("\ud800\udfff\ufeff\x00\u202e\n !A")), st.characters()), max_size=60)
)
def test_any_string_round_trips_through_every_format(linter: Linter, text: str) -> None:
    report = linter.lint("Subject: " + text + "\n\nHi " + text + ",\n\n" + text + "\n\nBest,\n" + text, context=SENT)
    assert_every_format_round_trips(report, text, text or "draft.txt")


def test_spacy_gets_safe_text_of_the_same_length() -> None:
    nlp = NLP()
    text = "Hi \ud800 " + "!" * (MAX_RUN * 3) + " there"
    assert len(tokenizer_safe(text)) == len(text)
    doc = nlp.doc(text)
    assert len(doc.text) == len(text)
    assert doc[-1].idx == text.index("there")


def test_text_over_spacys_limit_is_one_doc_with_exact_offsets() -> None:
    nlp = NLP()
    text = "Thank you for the chat.\n" * 50_000  # 1.2 million characters
    doc = nlp.doc(text)
    assert len(doc.text) == len(text)
    last = doc[-2]
    assert text[last.idx : last.idx + len(last.text)] == last.text == "."


def test_one_300k_character_word_does_not_abort_harper(linter: Linter) -> None:
    text = "Hi Ana,\n\nThank you " + "a" * 300_000 + " for the chat.\n\nBest,\nLee"
    _check(linter.lint(text, context=SENT), text)


def test_spans_count_a_leading_bom(linter: Linter) -> None:
    text = "\ufeffSubject: hey there\n\nHi Ana,\nThank you!\nBest,\nLee"
    report = linter.lint(text, context=SENT)
    fl302 = [f for f in report.findings if f.code == "FL302"]
    assert fl302 and text[fl302[0].start : fl302[0].end].lower().startswith("hey")
    _check(report, text)


# --- readers -----------------------------------------------------------------------------
def _read(tmp_path: Path, name: str, data: bytes) -> list[object]:
    path = tmp_path / name
    path.write_bytes(data)
    return list(read_path(path))


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("many-lt.html", b"<p>Hi Ana,</p><p>" + b"<" * 20_000 + b"</p>"),
        ("open-tags.html", b"<p>Hi Ana,</p>" + b"<p " * 20_000),
        ("open-quotes.html", b"<p>Hi Ana,</p>" + b'<a b="' * 20_000),
        ("entities.html", b"<p>Hi " + b"&amp;" * 20_000 + b"</p>"),
        ("folded.eml", b"Subject: a\n" + b" b\n" * 10_000 + b"\nHi Ana,\nThank you.\n"),
        ("words.eml", b"Subject: " + b"=?utf-8?q?caf=C3=A9?= " * 30_000 + b"\n\nHi Ana,\nThank you.\n"),
        ("vars.j2", b"Hi {{ name }},\n" + b"{{ x }}" * 50_000 + b"\n"),
        ("comments.md", b"<!-- unclosed\n" * 20_000 + b"Hi Ana,\nThank you.\n"),
        ("utf7.eml", b"Content-Type: text/plain; charset=utf-7\nSubject: hi\n\nHi +2AA- Ana,\nThank you.\n"),
        ("raw.html", b'<meta charset="raw_unicode_escape"><p>Hi \\ud800 Ana</p>'),
    ],
)
def test_readers_stay_linear_and_the_draft_lints(linter: Linter, tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    for report in linter.lint_file(path, context=SENT):
        assert report.score is None or 0 <= report.score <= 100


def test_encoded_words_decode_in_a_long_subject(tmp_path: Path) -> None:
    path = tmp_path / "long.eml"
    path.write_bytes(b"Subject: " + b"=?utf-8?q?caf=C3=A9?= " * 500 + b"\n\nHi Ana,\nThank you.\n")
    (draft,) = read_path(path)
    assert draft.subject is not None and draft.subject.text.startswith("caf\u00e9caf\u00e9")


def test_yaml_aliases_are_refused_in_front_matter(tmp_path: Path) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, cur in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    path = tmp_path / "bomb.md"
    path.write_text("---\n" + "\n".join(lines) + "\n---\nHi Ana,\nThank you.\n", encoding="utf-8")
    with pytest.raises(FollowupLintError, match="aliases"):
        read_path(path)

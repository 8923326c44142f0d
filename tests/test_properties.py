"""Properties that hold for any text: no crash, spans inside the text, determinism, score bounds."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup_lint import Linter

_linter = Linter()

lines = st.sampled_from([
    "Subject: Thank you – Analyst interview", "To: Ana <a@b.c>", "Hi Ana,", "Hey!!", "Dear Sir/Madam,",
    "Thank you for your time :)", "gonna be AWESOME", "Could you share the next steps?", "", "",
    "> quoted hey", "On Mon, Ana wrote:", "Best,", "Lee", "-- ", "[Company Name]", "{{ name }}",
    "Ünïcödé 🙏🏽 text", "\r", "\t", "THANK YOU SO MUCH", "I enjoyed hearing how your team ships.",
])
drafts = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(lines, st.text(max_size=40)), max_size=25).map("\n".join),
    st.lists(lines, max_size=25).map("\r\n".join),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drafts)
def test_any_text(text: str) -> None:
    report = _linter.lint(text)
    assert report.score is None or 0 <= report.score <= 100
    for value in report.category_scores.values():
        assert 0 <= value <= 100
    n = len(text.removeprefix("\ufeff"))
    for f in report.findings:
        assert 0 <= f.start <= f.end <= n
        assert f.line >= 1 and f.column >= 1 and (f.end_line, f.end_column) >= (f.line, f.column)
        for s in f.suggestions:
            for e in s.edits:
                assert 0 <= e.start <= e.end <= n
    assert _linter.lint(text).model_dump_json() == report.model_dump_json()


def test_huge_draft_does_not_crash() -> None:
    text = "Subject: Thank you\n\nHi Ana,\n\n" + ("Thank you for the great talk about dbt. " * 5000) + "\n\nBest,\nLee"
    report = _linter.lint(text)
    assert any(f.code == "FL111" for f in report.findings)

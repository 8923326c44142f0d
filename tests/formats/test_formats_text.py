"""Human text output and caret placement."""

from __future__ import annotations

import pytest
from format_samples import PRIVATE, SUMMARIES

from followup_lint.formats import FORMATS, text, write
from followup_lint.formats.base import caret_line, strip_quoted


def caret_under(out: str, header: str) -> tuple[str, str]:
    """The source and caret lines after ``header``, without the gutter."""
    lines = out.splitlines()
    i = next(n for n, line in enumerate(lines) if line.startswith(header))
    source, caret = lines[i + 1], lines[i + 2]
    bar = source.index("| ") + 2
    assert caret.index("| ") + 2 == bar
    return source[bar:], caret[bar:]


def test_finding_lines(all_results):
    out = text.write(all_results)
    assert "drafts/lee.txt:2:1: FL101 [warning] \u201cHey guys,\u201d is too casual" in out
    assert "drafts/lee.txt:4:1: FL204 [error] No thank-you" in out
    assert "templates.md:6:31: FL330 [warning] [first] Is \u201cZephyrine\u201d spelt right?" in out


def test_caret_under_the_span(all_results):
    out = text.write(all_results)
    source, caret = caret_under(out, "drafts/lee.txt:5:30:")
    assert caret.index("^") == source.index("50%")
    assert caret.rstrip().endswith("~ (to line 6)")
    source, caret = caret_under(out, "templates.md:6:31:")
    assert caret == " " * source.index("Zephyrine") + "^" + "~" * 8


def test_caret_after_a_tab(all_results):
    out = text.write(all_results)
    source, caret = caret_under(out, "templates.md:9:")
    assert "\t" not in source
    assert caret.index("^") == source.index("role")


def test_missing_part_gets_a_lone_caret(all_results):
    _, caret = caret_under(text.write(all_results), "drafts/lee.txt:4:1:")
    assert caret == "^"


def test_caret_line_wide_characters():
    shown, marker = caret_line("\U0001f64f\u6f22 ok", 3, 5)
    assert shown == "\U0001f64f\u6f22 ok"
    assert marker == "    ^~"  # the emoji and the CJK character take two cells each
    _, marker = caret_line("e\u0301x", 3, 4)  # combining accent takes no cell
    assert marker == " ^"
    _, marker = caret_line("ab", 9, 12)  # past the end: clamped to after the last character
    assert marker == "  ^"
    shown, marker = caret_line("a\tb\x1b", 3, 5)
    assert shown == "a       b\ufffd" and marker == "        ^~"


def test_summary_and_notes(all_results):
    out = text.write(all_results)
    # The parts are the points each category's findings cost (the sample's costs, not its score).
    assert "drafts/lee.txt: score 72/100 (100 minus points lost to structure 3, content 3, tone 8)" in out
    assert "templates.md: [second] score 95/100 (100 minus points lost to language 2, content 3)" in out
    assert "ok.txt: score 100/100 (no points lost)" in out
    assert "drafts/lee.txt: note: Purpose inferred from" in out
    assert "missing, 100%: draft.txt: error: cannot read" in out
    assert "= help: Replace with \u201cDear Ms Lee,\u201d" in out
    assert out.rstrip().endswith("4 drafts in 4 files: 1 error, 5 warnings, 2 info; 1 file could not be linted")


def test_unassessed_score(draft_result):
    report = draft_result.report.model_copy(
        update={"score": None, "category_scores": {}, "findings": [], "notices": []}
    )
    out = text.write([draft_result.__class__(path="x.txt", report=report)], totals=False)
    assert out == "x.txt: score n/a; checked as thank-you (Thanks for the chat), email\n"
    # without excerpts the cue, which may quote the draft, is left out
    out = text.write([draft_result.__class__(path="x.txt", report=report)], totals=False, excerpts=False)
    assert out == "x.txt: score n/a; checked as thank-you, email\n"


def test_color_only_when_asked(all_results):
    assert "\x1b[" not in text.write(all_results)
    coloured = text.write(all_results, color=True)
    assert "\x1b[1;31m[error]\x1b[0m" in coloured
    assert write("text", all_results, color=True) == coloured


def test_no_excerpts(all_results):
    out = text.write(all_results, excerpts=False, summaries=SUMMARIES)
    for word in PRIVATE:
        assert word not in out, word
    assert " | " not in out and "help:" not in out
    assert f"FL204 [error] {SUMMARIES['FL204']}" in out


def test_strip_quoted():
    assert strip_quoted('Replace \u201cHey guys\u201d with "Dear Ms Lee"') == 'Replace \u201c\u2026\u201d with "\u2026"'
    assert strip_quoted("don't use \u2018hey\u2019, it's casual") == "don't use \u2018\u2026\u2019, it's casual"
    assert strip_quoted("the interviewer's time") == "the interviewer's time"


def test_registry_and_dispatch(all_results):
    assert list(FORMATS) == ["text", "json", "sarif", "github", "junit"]
    for name in FORMATS:
        assert write(name, all_results) == write(name, all_results)
    with pytest.raises(ValueError, match="unknown format"):
        write("yaml", all_results)

"""Linting an editor's document: configuration found as the CLI finds it, fixes placed only
where the document holds the draft's text verbatim."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsp_helpers import EMOJI_DRAFT, EMOJI_LINE, GONNA_COLUMN

from followup_lint.server.convert import build, code_actions, hover
from followup_lint.server.documents import Document, LinterPool, lint_document
from followup_lint.server.settings import Settings, parse_settings

DRAFT = EMOJI_DRAFT


@pytest.fixture(scope="module")
def pool() -> LinterPool:
    return LinterPool()


def _doc(path: Path, text: str, language_id: str = "plaintext", version: int = 1) -> Document:
    return Document(path.as_uri(), version, text, language_id, path)


def _codes(result: object) -> set[str]:
    return {f.code for r in result.reports for f in r.findings}  # type: ignore[attr-defined]


def test_the_nearest_configuration_file_applies_as_in_the_cli(tmp_path: Path, pool: LinterPool) -> None:
    (tmp_path / "quiet").mkdir()
    (tmp_path / "quiet" / ".followup-lint.toml").write_text('ignore = ["FL302"]\n', encoding="utf-8")
    loud = lint_document(_doc(tmp_path / "a.txt", DRAFT), Settings(), pool)
    quiet = lint_document(_doc(tmp_path / "quiet" / "a.txt", DRAFT), Settings(), pool)
    assert loud is not None and quiet is not None
    assert "FL302" in _codes(loud)
    assert "FL302" not in _codes(quiet)


def test_settings_layer_over_the_file_and_each_configuration_gets_one_warm_linter(tmp_path: Path) -> None:
    pool = LinterPool(size=2)
    doc = _doc(tmp_path / "a.txt", DRAFT)
    plain = lint_document(doc, Settings(), pool)
    again = lint_document(doc, Settings(), pool)
    assert len(pool) == 1 and plain is not None and again is not None
    ignoring = lint_document(doc, parse_settings({"ignore": ["FL3"]}), pool)
    assert ignoring is not None and not any(c.startswith("FL3") for c in _codes(ignoring))
    assert len(pool) == 2
    lint_document(doc, parse_settings({"select": ["FL1"]}), pool)
    assert len(pool) == 2  # the least recently used one went


def test_settings_context_is_used_but_the_documents_own_headers_win(tmp_path: Path, pool: LinterPool) -> None:
    settings = parse_settings({"context": {"company": "Initech", "interviewers": ["Ana Lopez"]}})
    result = lint_document(_doc(tmp_path / "a.txt", DRAFT), settings, pool)
    assert result is not None
    notices = " ".join(n.message for r in result.reports for n in r.notices)
    assert "FL208" not in notices and "FL132" not in notices and "FL132" not in _codes(result)
    own = lint_document(_doc(tmp_path / "b.txt", "Interviewer: Bob Smith\n" + DRAFT), settings, pool)
    assert own is not None
    assert "FL132" in _codes(own)  # the greeting says Ana; the draft's own header says Bob


def test_an_excluded_file_and_a_non_draft_are_not_linted(tmp_path: Path, pool: LinterPool) -> None:
    (tmp_path / ".followup-lint.toml").write_text('exclude = ["drafts/old/**"]\n', encoding="utf-8")
    (tmp_path / "drafts" / "old").mkdir(parents=True)
    assert lint_document(_doc(tmp_path / "drafts" / "old" / "a.txt", DRAFT), Settings(), pool) is None
    assert lint_document(_doc(tmp_path / "x.py", DRAFT, "python"), Settings(), pool) is None
    assert lint_document(_doc(tmp_path / "drafts" / "a.txt", DRAFT), Settings(), pool) is not None


def test_a_bad_configuration_file_is_a_problem_naming_it(tmp_path: Path, pool: LinterPool) -> None:
    (tmp_path / ".followup-lint.toml").write_text('ignroe = ["FL302"]\n', encoding="utf-8")
    result = lint_document(_doc(tmp_path / "a.txt", DRAFT), Settings(), pool)
    assert result is not None and result.problem is not None
    assert ".followup-lint.toml" in result.problem and "ignroe" in result.problem
    published = build(_doc(tmp_path / "a.txt", DRAFT), result, Settings(), "utf-16")
    assert [d.message for d in published.diagnostics] == [result.problem]


def test_an_empty_document_has_nothing_to_say(tmp_path: Path, pool: LinterPool) -> None:
    result = lint_document(_doc(tmp_path / "a.txt", "  \n"), Settings(), pool)
    assert result is not None and result.drafts == [] and result.problem is None


def test_an_untitled_buffer_is_read_by_its_language(pool: LinterPool) -> None:
    doc = Document("untitled:Untitled-1", 1, "---\nsubject: Thanks\n---\nHey Ana!!\n", "markdown", None)
    result = lint_document(doc, Settings(), pool)
    assert result is not None and {"FL302", "FL303"} <= _codes(result)


def test_ranges_and_fixes_in_each_encoding(tmp_path: Path, pool: LinterPool) -> None:
    doc = _doc(tmp_path / "a.txt", DRAFT)
    result = lint_document(doc, Settings(), pool)
    assert result is not None
    for encoding, column in GONNA_COLUMN.items():
        published = build(doc, result, Settings(), encoding)
        gonna = next(
            i for i in published.items if i.finding.code == "FL302" and i.diagnostic.range.start.line == EMOJI_LINE
        )
        assert (gonna.diagnostic.range.start.character, gonna.diagnostic.range.end.character) == (column, column + 5)
        assert DRAFT[gonna.start : gonna.end] == "gonna"
        assert gonna.fixes and gonna.fixes[0].edits == ((gonna.start, gonna.end, "going to"),)


def test_a_byte_order_mark_in_the_editor_shifts_nothing(tmp_path: Path, pool: LinterPool) -> None:
    doc = _doc(tmp_path / "a.txt", "\ufeff" + DRAFT)
    result = lint_document(doc, Settings(), pool)
    assert result is not None
    published = build(doc, result, Settings(), "utf-16")
    hey = next(i for i in published.items if i.finding.code == "FL302" and i.start < 30)
    assert doc.text[hey.start : hey.end] == "Hey"


def test_findings_in_a_multi_template_document_land_in_their_template(tmp_path: Path, pool: LinterPool) -> None:
    text = (
        "# Templates\n\n## Thank-you\nSubject: Thank you for the interview\n\n```text\nHey Ana,\nThanks!! Lee\n```\n\n"
        "## Status check\nSubject: Checking in\n\n```text\nHi Ana,\nAny news!! Lee\n```\n"
    )
    doc = _doc(tmp_path / "t.md", text, "markdown")
    result = lint_document(doc, Settings(), pool)
    assert result is not None and len(result.reports) == 2
    published = build(doc, result, Settings(), "utf-16")
    marks = [text[i.start : i.end] for i in published.items if i.finding.code == "FL303"]
    assert len(marks) == 2 and marks == ["!!", "!!"]
    assert [i.diagnostic.range.start.line for i in published.items if i.finding.code == "FL303"] == [7, 15]
    scores = [d for d in published.diagnostics if d.code == "score"]
    assert len(scores) == 2 and "[Thank-you]" in scores[0].message


def test_a_fix_in_a_quoted_printable_body_is_not_offered_where_the_file_differs(
    tmp_path: Path, pool: LinterPool
) -> None:
    text = (
        "From: Lee <lee@example.com>\nTo: Ana <ana@initech.com>\nSubject: Thank you\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
        "Hey Ana,\n\nThank you for the caf=C3=A9 chat, gonna keep in touch.\n\nLee\n"
    )
    doc = _doc(tmp_path / "a.eml", text, "email")
    result = lint_document(doc, Settings(), pool)
    assert result is not None
    published = build(doc, result, Settings(), "utf-16")
    draft_text = result.drafts[0].text
    for item in published.items:
        for fix in item.fixes:
            for start, end, _ in fix.edits:
                # every offered edit replaces exactly the text the draft had there
                span = [e for s in item.finding.suggestions for e in s.edits]
                assert any(draft_text[e.start : e.end] == text[start:end] for e in span)
    assert "café" in draft_text and "caf=C3=A9" in text
    hey = next(i for i in published.items if i.finding.code == "FL302" and text[i.start : i.end] == "Hey")
    assert hey.fixes


def test_code_actions_and_fix_all_use_only_placeable_non_overlapping_edits(tmp_path: Path, pool: LinterPool) -> None:
    doc = _doc(tmp_path / "a.txt", DRAFT)
    result = lint_document(doc, Settings(), pool)
    assert result is not None
    published = build(doc, result, Settings(), "utf-16")
    hey = next(i for i in published.items if i.finding.code == "FL302" and DRAFT[i.start : i.end] == "Hey")
    actions = code_actions(published, hey.start, hey.end, None, versioned=False)
    assert any("Hello" in a.title for a in actions)
    only_fix_all = code_actions(published, hey.start, hey.end, ["source.fixAll"], versioned=False)
    assert all(str(a.kind).startswith("source.fixAll") for a in only_fix_all)
    versioned = code_actions(published, hey.start, hey.end, ["quickfix"], versioned=True)
    assert versioned and versioned[0].edit is not None and versioned[0].edit.document_changes


def test_fix_all_applies_every_safe_fix_and_nothing_unsafe(tmp_path: Path, pool: LinterPool) -> None:
    doc = _doc(tmp_path / "a.txt", DRAFT)
    result = lint_document(doc, Settings(), pool)
    assert result is not None
    published = build(doc, result, Settings(), "utf-16")
    edits, count = published.fix_all
    assert count >= 3
    fixed = DRAFT
    for start, end, new in sorted(edits, reverse=True):
        fixed = fixed[:start] + new + fixed[end:]
    assert "Hello Ana," in fixed and "going to keep" in fixed and "\U0001f389" not in fixed
    assert fixed.count("\n") == DRAFT.count("\n")  # nothing inserted that the sender did not write
    unsafe = [f for i in published.items for f in i.fixes if not f.safe]
    assert all(e not in edits for f in unsafe for e in f.edits)


def test_an_unsafe_fix_is_offered_but_marked(tmp_path: Path, pool: LinterPool) -> None:
    text = "Subject: Interview\n\nHi Ana,\n\nThank you for your time, the project sounds cool.\n\nBest,\nLee\n"
    doc = _doc(tmp_path / "a.txt", text)
    result = lint_document(doc, Settings(), pool)
    assert result is not None
    published = build(doc, result, Settings(), "utf-16")
    unsafe = [(i, f) for i in published.items for f in i.fixes if not f.safe]
    assert unsafe  # "cool" -> another word: words the sender did not write
    item, _fix = unsafe[0]
    actions = code_actions(published, item.start, item.end, None, versioned=False)
    marked = [a for a in actions if "unsafe" in a.title]
    assert marked and all(str(a.kind) == "quickfix.unsafe" and not a.is_preferred for a in marked)


def test_hover_shows_the_rule_page_for_the_finding_under_the_cursor(tmp_path: Path, pool: LinterPool) -> None:
    doc = _doc(tmp_path / "a.txt", DRAFT)
    result = lint_document(doc, Settings(), pool)
    assert result is not None
    published = build(doc, result, Settings(), "utf-16")
    at = DRAFT.index("gonna") + 2
    shown = hover(published, at)
    assert shown is not None and "FL302" in str(shown.contents) and "Use instead" in str(shown.contents)

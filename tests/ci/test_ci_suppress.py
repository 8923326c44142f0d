"""Suppression comments, front matter, sidecar files; unused suppressions; scores never drop."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ci_helpers import DATE
from finding_factory import make_finding
from hypothesis import given, settings
from hypothesis import strategies as st

from followup_lint.errors import FollowupLintError
from followup_lint.report import Finding
from followup_lint.suppress import (
    UNUSED_CODE,
    Suppression,
    apply,
    comment_kind,
    comments,
    from_meta,
    from_sidecar,
    parse_comments,
)


def _f(code: str, line: int, source: str | None = None) -> Finding:
    return make_finding(code, line=line, source=source)


def _covered(sups: list[Suppression], finding: Finding) -> bool:
    return any(s.covers(finding) for s in sups)


def test_comments_only_in_the_formats_own_syntax() -> None:
    text = "a\n<!-- followup-lint: disable=FL301 -->\n{# followup-lint: disable=FL302 #}\n"
    assert comments(text, "md") == [(2, "followup-lint: disable=FL301")]
    assert comments(text, "html") == [(2, "followup-lint: disable=FL301")]
    assert comments(text, "jinja") == [(2, "followup-lint: disable=FL301"), (3, "followup-lint: disable=FL302")]
    assert comments(text, "txt") == [] and comments(text, "eml") == []
    assert comment_kind("a/b.J2") == "jinja" and comment_kind("x.eml") == "txt"


def test_regions_next_line_and_file() -> None:
    text = "\n".join(
        [
            "<!-- followup-lint: disable=FL301,FL1 -->",  # 1
            "x",  # 2
            "<!-- followup-lint: enable=FL301 -->",  # 3
            "x",  # 4
            "<!--",  # 5
            "  followup-lint: disable-next-line=all",  # 6
            "-->",  # 7
            "x",  # 8
            "<!-- followup-lint: disable-file=harper:SpellCheck -->",  # 9
        ]
    )
    sups, notices = parse_comments(text, "md")
    assert notices == []
    assert _covered(sups, _f("FL301", 2)) and not _covered(sups, _f("FL301", 4))
    assert _covered(sups, _f("FL101", 4))  # FL1 stays disabled after enable=FL301
    assert _covered(sups, _f("FL201", 8)) and not _covered(sups, _f("FL201", 7))  # after the comment's end
    assert not _covered(sups, _f("FL201", 9))
    assert _covered(sups, _f("FL401", 1, source="harper:SpellCheck"))
    assert not _covered(sups, _f("FL401", 1, source="harper:OxfordComma"))


def test_unreadable_or_unmatched_directives_are_reported() -> None:
    _, notices = parse_comments("<!-- followup-lint: dissable FL301 -->\n<!-- followup-lint: enable=FL1 -->", "md")
    assert [n.code for n in notices] == [UNUSED_CODE, UNUSED_CODE]


def test_front_matter_and_sidecar(tmp_path: Path) -> None:
    assert [s.codes for s in from_meta({"disable": "FL301, FL302"})] == [["FL301", "FL302"]]
    assert [s.codes for s in from_meta({"followup-lint": "disable: FL301, fl3"})] == [["FL301", "FL3"]]
    with pytest.raises(FollowupLintError):
        from_meta({"followup-lint": "enable: FL301"})
    draft = tmp_path / "d.txt"
    (tmp_path / "d.txt.followup-lint.toml").write_text('disable = ["FL110"]\n')
    assert [s.codes for s in from_sidecar(draft)] == [["FL110"]]
    (tmp_path / "d.txt.followup-lint.toml").write_text('disabled = ["FL110"]\n')
    with pytest.raises(FollowupLintError, match="unknown key `disabled`"):
        from_sidecar(draft)


def test_markdown_comment_suppresses_by_line(cli) -> None:  # type: ignore[no-untyped-def]
    run = cli("check", "--date", DATE, "--format", "json", "drafts/status-check.md")
    report = json.loads(run.out)["files"][0]["report"]
    assert not [f for f in report["findings"] if f["code"] == "FL301"]
    assert not [n for n in report["notices"] if n["code"] == UNUSED_CODE]


def test_unused_suppression_is_reported(cli) -> None:  # type: ignore[no-untyped-def]
    run = cli("check", "--date", DATE, "--format", "json", "drafts/stale.md")
    notices = json.loads(run.out)["files"][0]["report"]["notices"]
    unused = [n["message"] for n in notices if n["code"] == UNUSED_CODE]
    assert unused and "disable=FL302" in unused[0] and "line 5" in unused[0]
    text = cli("check", "--date", DATE, "--format", "text", "drafts/stale.md").out
    assert "unused suppression" in text


def test_sidecar_suppresses_a_plain_text_draft(cli, repo) -> None:  # type: ignore[no-untyped-def]
    with_sidecar = json.loads(cli("check", "--date", DATE, "--format", "json", "drafts/casual.txt", cwd=repo).out)
    (repo / "drafts" / "casual.txt.followup-lint.toml").unlink()
    without = json.loads(cli("check", "--date", DATE, "--format", "json", "drafts/casual.txt", cwd=repo).out)
    codes_with = [f["code"] for f in with_sidecar["files"][0]["report"]["findings"]]
    codes_without = [f["code"] for f in without["files"][0]["report"]["findings"]]
    assert "FL302" in codes_without and "FL302" not in codes_with
    assert with_sidecar["files"][0]["report"]["score"] >= without["files"][0]["report"]["score"]


@pytest.fixture(scope="module")
def casual_report():  # type: ignore[no-untyped-def]
    from followup_lint.linter import Linter

    linter = Linter()
    text = (Path(__file__).parent.parent / "fixtures" / "template-repo" / "drafts" / "casual.txt").read_text()
    return linter, linter.lint(text, context={"sent_at": DATE})


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_suppressing_never_lowers_the_score(casual_report, data) -> None:  # type: ignore[no-untyped-def]
    linter, report = casual_report
    codes = sorted({f.code for f in report.findings})
    lines = sorted({f.line for f in report.findings})
    chosen = data.draw(st.lists(st.sampled_from(codes), unique=True))
    on = data.draw(st.lists(st.sampled_from(lines), unique=True, min_size=1))
    sups = [Suppression(chosen, line, line, "test", "disable-next-line") for line in on]
    out = apply([report], [{}], sups, [], linter.rescore)[0]
    assert out.score is not None and report.score is not None
    assert out.score >= report.score
    assert all(cat >= report.category_scores[k] for k, cat in out.category_scores.items())
    assert sum(f.cost for f in out.findings) <= sum(f.cost for f in report.findings) + 1e-9

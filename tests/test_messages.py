"""What the tool says reads right and does what the docs say: --template/--no-template, the
unused-suppression notice, one notice per fact, and every notice message as a sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from followup_lint.cli import main
from followup_lint.report import Finding, Severity
from followup_lint.suppress import Suppression, apply

SLOTS = "Subject: Thank you, [Name]\n\nHi [Name],\n\nThank you for meeting me about the [Role] role.\n\nBest,\nLee\n"


def _codes(capsys: pytest.CaptureFixture[str], *argv: str) -> list[str]:
    main(["check", "--format", "json", "--date", "2026-03-04", *argv])
    data = json.loads(capsys.readouterr().out)
    return [f["code"] for r in data["files"] for f in (r["report"] or {}).get("findings", [])]


@pytest.mark.parametrize(
    ("name", "text", "default_flags_slots"),
    [
        ("plain.txt", SLOTS, True),  # a plain file is a finished message by default
        ("marked.md", "---\ntemplate: true\n---\n" + SLOTS, False),  # front matter says template
        ("note.j2", SLOTS.replace("[Name]", "{{ name }}").replace("[Role]", "{{ role }}"), False),  # Jinja
    ],
)
def test_template_and_no_template_force_the_mode_either_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, text: str, default_flags_slots: bool
) -> None:
    draft = tmp_path / name
    draft.write_text(text, encoding="utf-8")
    assert ("FL207" in _codes(capsys, str(draft))) is default_flags_slots
    assert "FL207" not in _codes(capsys, "--template", str(draft))
    assert "FL207" in _codes(capsys, "--no-template", str(draft))


def _finding(code: str, line: int) -> Finding:
    return Finding(
        code=code, name="x", severity=Severity.WARNING, category="tone", guidance=[], message="m",
        start=0, end=1, line=line, column=1, end_line=line, end_column=2,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("kind", "first", "last", "expected"),
    [
        (
            "disable",
            7,
            None,
            "`disable=FL302` (line 7) matched no finding from line 7 to the end of the file; remove it",
        ),
        ("disable", 5, 12, "`disable=FL302` (line 7) matched no finding on lines 5-12; remove it"),
        ("disable-next-line", 8, 8, "`disable-next-line=FL302` (line 7) matched no finding on line 8; remove it"),
        ("disable-file", 1, None, "`disable-file=FL302` (line 7) matched no finding in the file; remove it"),
    ],
)
def test_the_unused_suppression_notice_reads_right(kind: str, first: int, last: int | None, expected: str) -> None:
    from followup_lint.report import Report

    report = Report(path="d.txt", purpose="thank-you", channel="email", score=100.0, findings=[_finding("FL301", 3)])
    where = "line 7"
    [out] = apply([report], [{}], [Suppression(["FL302"], first, last, where, kind)], [], lambda r, f: r)
    [unused] = [n.message for n in out.notices if n.code == "FL904"]
    assert unused == "unused suppression: " + expected

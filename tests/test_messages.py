"""What the tool says reads right and does what the docs say: --template/--no-template, the
unused-suppression notice, one notice per fact, and every notice message as a sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from finding_factory import make_finding

from followup_lint.cli import main
from followup_lint.report import Finding
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
    return make_finding(code, 0, 1, line=line, guidance=[])


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


# Sample values for every notice message, as the code fills them in; a new notice or variant
# must add its own here (the test below fails until it does).
SAMPLES: dict[tuple[str, str], list[dict[str, object]]] = {
    ("FL901", ""): [{}],
    ("FL902", ""): [{"axis": "purpose", "value": "thanks", "allowed": "thank-you, status-check, rejection-reply"}],
    ("FL903", ""): [
        {"what": "`interview_date: 2024-02-30`", "where": " on line 3", "why": " (day is out of range for month)"},
        {"what": "the date '2024-04-31' in `Previous-Follow-Ups`", "where": "", "why": ""},
    ],
    ("FL903", "invalid"): [
        {"what": "`decision-date: 9999-12-31`", "where": " on line 5", "problem": "the year 9999 is outside 1970-2200"}
    ],
    ("FL904", ""): [
        {"kind": "disable", "codes": "FL302", "where": "line 7", "scope": "from line 7 to the end of the file"},
        {"kind": "disable-file", "codes": "FL302,FL301", "where": "front matter `disable`", "scope": "in the file"},
        {"kind": "disable-next-line", "codes": "FL302", "where": "line 6", "scope": "on line 7"},
    ],
    ("FL904", "enable"): [{"codes": "FL302", "line": 9}],
    ("FL904", "unreadable"): [{"line": 4}],
    ("FL905", ""): [{"reason": "connection refused"}],
    ("FL906", ""): [{"hints": "FL501, FL505: pass --interview-date (or an Interview-Date: header)"}],
    ("FL907", ""): [{}],
    ("FL908", ""): [{"interview": "2025-03-10", "sent": "2025-03-06"}],
    ("FL909", ""): [
        {"rule": "FL202", "name": "specifics", "where": "d.txt [Thank-you note]", "error": "KeyError: 'x'"}
    ],
    ("FL910", ""): [{"warning": "charset 'rot13' is not a character set for text; decoded as utf-8"}],
    ("FL911", ""): [{"line": 12, "limit": 200, "letters": "2,000"}],
}


def _reads_as_a_sentence(message: str) -> list[str]:
    """What makes ``message`` read badly aloud (empty when it reads well)."""
    import re

    problems = []
    if not message or message != message.strip() or "  " in message:
        problems.append("stray spaces")
    if re.search(r"[{}]|\bNone\b|\[\]", message):
        problems.append("a placeholder or empty value left in")
    if m := re.search(r"\b(\w+)\s+\1\b", message, re.IGNORECASE):
        problems.append(f"a doubled word {m.group(0)!r}")
    if m := re.search(r"(?<![\d.])1 (words|days|hours|lines|findings|rules|characters|seconds|follow-ups)\b", message):
        problems.append(f"a singular count with a plural noun {m.group(0)!r}")
    if m := re.search(r"\b(?:[02-9]|\d\d+) (word|day|hour|line|finding|rule|character|second)\b(?!-)", message):
        problems.append(f"a plural count with a singular noun {m.group(0)!r}")
    if m := re.search(r"\b(on|in|at|of|to|for|from|with|by)\s*[;,:.)]", message):
        problems.append(f"a dangling preposition {m.group(0)!r}")
    if re.search(r"\s[;,:.)]|\(\s|;;|,,", message):
        problems.append("stray punctuation")
    return problems


def test_every_notice_message_has_samples() -> None:
    from followup_lint.notices import NOTICES

    variants = {(k.code, v) for k in NOTICES.values() for v in k.messages}
    assert variants == set(SAMPLES), "add sample values for new notice messages (or drop stale ones)"
    assert all(k.messages.get("") for k in NOTICES.values()), "every notice kind has a usual message"


@pytest.mark.parametrize(("code", "variant"), sorted(SAMPLES))
def test_every_notice_message_reads_as_a_sentence(code: str, variant: str) -> None:
    from followup_lint.notices import notice

    for fields in SAMPLES[(code, variant)]:
        message = notice(code, variant=variant, **fields).message
        assert _reads_as_a_sentence(message) == [], message


@pytest.mark.parametrize(
    "bad",
    [
        "Thank you for the note.  It was",
        "unused suppression matched no finding on line 7 on; remove it",
        "the body has only 1 words",
        "over 3 day",
        "we met on on Tuesday",
        "cannot read {what}",
    ],
)
def test_the_sentence_check_catches_what_it_should(bad: str) -> None:
    assert _reads_as_a_sentence(bad)


def test_a_given_context_value_is_never_reported_missing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text(
        "Subject: Thank you – Data Analyst interview\n\nHi Ana,\n\nThank you for meeting me about the analyst role."
        "\n\nBest,\nLee\n"
    )
    main(["check", "--format", "json", "--interview-date", "2025-03-10", "--date", "2025-03-06", str(draft)])
    notices = json.loads(capsys.readouterr().out)["files"][0]["report"]["notices"]
    said = " ".join(n["message"] for n in notices)
    assert [n["code"] for n in notices if n["code"] == "FL908"] == ["FL908"]
    assert said.count("2025-03-10") == 1 and "--interview-date" in said
    assert "pass --interview-date" not in said  # it was passed: FL908 already says what is wrong


def test_an_unreadable_context_value_is_said_once(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text(
        "Subject: Thank you – Data Analyst interview\nInterview-Date: 2025-02-30\n\nHi Ana,\n\n"
        "Thank you for meeting me about the analyst role.\n\nBest,\nLee\n"
    )
    main(["check", "--format", "json", "--date", "2025-03-06", str(draft)])
    notices = json.loads(capsys.readouterr().out)["files"][0]["report"]["notices"]
    assert [n["message"] for n in notices if n["code"] == "FL903"] == [
        "cannot read `Interview-Date: 2025-02-30` on line 2 (day is out of range for month); it was ignored"
    ]
    assert not any("interview-date" in n["message"].lower() for n in notices if n["code"] == "FL906")


@pytest.mark.parametrize(("words", "expected"), [(1, "only 1 word;"), (2, "only 2 words;")])
def test_a_rule_message_counts_in_the_right_number(words: int, expected: str) -> None:
    from followup_lint import Linter

    body = " ".join(["Thanks"] + ["again"] * (words - 1))
    report = Linter().lint(f"Subject: Thank you\n\nHi Ana,\n\n{body}.\n\nBest,\nLee", purpose="thank-you")
    [short] = [f.message for f in report.findings if f.code == "FL110"]
    assert expected in short and _reads_as_a_sentence(short) == [], short


def test_every_rule_message_reads_as_a_sentence_for_one_and_many() -> None:
    import string

    from followup_lint.linter import _Fields
    from followup_lint.rulepack import load_rules

    for rule in load_rules():
        template = rule.message or rule.summary
        keys = {f for _, f, _, _ in string.Formatter().parse(template) if f}
        for n in ("1", "3"):
            message = template.format_map(_Fields({k: (n if k in ("value", "limit", "count") else "x") for k in keys}))
            problems = [p for p in _reads_as_a_sentence(message) if "count" in p or "placeholder" in p]
            assert problems == [], (rule.code, message)

"""Excerpts that help: one cut line for a long span, decoded e-mail text with positions still in
the file, and ``--no-excerpts`` that withholds quotations but keeps the facts."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from cli_run import run
from finding_factory import make_finding

from followup_lint.formats.base import WITHHELD, excerpt_line, quote_free_message
from followup_lint.report import Finding

HEAD = "From: Lee Chen <lee.chen@example.com>\nTo: Zoe Park <zoe@example.com>\n"
HEAD += "Subject: Thank you - Data Analyst interview\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
QP_BODY = (
    "Hey Zo=C3=AB,\n\nThank you for your time today. I enjoyed hearing how your team moved the w=\n"
    "eekly revenue report to dbt, and I am gonna send the caf=C3=A9 notes soon.\n\nBest,\nLee Chen\n"
)
PLAIN_BODY = "Hey Zoë,\n\nThank you for your time today. I am gonna send the café notes soon.\n\nBest,\nLee Chen\n"


def excerpts(out: str) -> list[tuple[str, str]]:
    """(source line, caret line) pairs after the gutter, in output order."""
    lines = out.splitlines()
    pairs = []
    for i, line in enumerate(lines[:-1]):
        if line.startswith("    ") and " | " in line and lines[i + 1].lstrip().startswith("| "):
            bar = line.index(" | ") + 3
            pairs.append((line[bar:], lines[i + 1][bar:]))
    return pairs


def finding_lines(out: str, code: str) -> list[str]:
    return [line for line in out.splitlines() if f": {code} " in line]


def test_a_long_line_is_cut_around_the_span(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    filler = "I also liked the part about the quarterly planning cycle and the dashboards the team maintains"
    line = f"Thank you for the interview today. {filler}, {filler} and I am gonna read up on the data model."
    draft = tmp_path / "long.txt"
    draft.write_text(f"Dear Ms Park,\n\n{line}\n\nBest regards,\nLee Chen\n", encoding="utf-8")
    _, out, _ = run(capsys, "check", "--color", "never", "--select", "FL302,FL411", str(draft))
    assert len(line) > 200
    shown = excerpts(out)
    assert shown, out
    for source, caret in shown:
        assert len(source) <= 102 and len(caret) <= 102, (source, caret)  # never a 300-cell caret line
    gonna = next((s, c) for s, c in shown if "gonna" in s)
    assert gonna[0].startswith(WITHHELD) and gonna[1].index("^") == gonna[0].index("gonna")
    column = int(finding_lines(out, "FL302")[0].split(":")[2])
    assert line[column - 1 :].startswith("gonna")  # the position is the file's, not the excerpt's
    long_sentence = next((s, c) for s, c in shown if "I also" in s)
    assert long_sentence[0].endswith(WITHHELD) and long_sentence[1].endswith("~")


def test_excerpt_line_keeps_short_lines_and_cuts_long_ones() -> None:
    assert excerpt_line("Hey Ana,", 1, 4) == ("Hey Ana,", "^~~")
    text = "a" * 200 + " gonna " + "b" * 200
    shown, marker = excerpt_line(text, 202, 207)
    assert shown[0] == shown[-1] == WITHHELD and len(shown) <= 100
    assert shown[marker.index("^") :].startswith("gonna") and marker.strip() == "^~~~~"


def test_quoted_printable_excerpts_are_decoded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "qp.eml"
    path.write_text(HEAD + "Content-Transfer-Encoding: quoted-printable\n\n" + QP_BODY, encoding="utf-8")
    _, out, _ = run(capsys, "check", "--color", "never", "--select", "FL302", str(path))
    assert "=C3" not in out and "Hey Zoë," in out and "the café notes" in out
    assert "the weekly revenue report" in out  # the soft line break is joined
    hey, gonna = finding_lines(out, "FL302")
    assert hey.startswith(f"{path}:8:1:")
    file_lines = path.read_text(encoding="utf-8").splitlines()
    line, column = (int(x) for x in gonna.split(":")[1:3])
    assert file_lines[line - 1][column - 1 :].startswith("gonna")  # positions still point into the file
    source, caret = next(p for p in excerpts(out) if "gonna" in p[0])
    assert caret.index("^") == source.index("gonna")


def test_base64_excerpts_are_decoded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "b64.eml"
    encoded = base64.encodebytes(PLAIN_BODY.encode("utf-8")).decode("ascii")
    path.write_text(HEAD + "Content-Transfer-Encoding: base64\n\n" + encoded, encoding="utf-8")
    _, out, _ = run(capsys, "check", "--color", "never", "--select", "FL302", str(path))
    assert encoded.splitlines()[0] not in out
    source, caret = next(p for p in excerpts(out) if "gonna" in p[0])
    assert source == "Thank you for your time today. I am gonna send the café notes soon."
    assert caret.index("^") == source.index("gonna")
    assert all(line.startswith(f"{path}:8:") for line in finding_lines(out, "FL302"))  # the part's first line


def test_decoded_excerpts_are_the_same_from_the_cache(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FOLLOWUP_LINT_NO_CACHE", raising=False)
    path = tmp_path / "qp.eml"
    path.write_text(HEAD + "Content-Transfer-Encoding: quoted-printable\n\n" + QP_BODY, encoding="utf-8")
    argv = ("check", "--color", "never", "--cache-dir", str(tmp_path / "cache"), str(path))
    first = run(capsys, *argv)
    assert (tmp_path / "cache").is_dir()
    assert run(capsys, *argv) == first and "Hey Zoë," in first[1]


def test_no_excerpts_keeps_facts_and_withholds_quotations(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "qp.eml"
    path.write_text(HEAD + "Content-Transfer-Encoding: quoted-printable\n\n" + QP_BODY, encoding="utf-8")
    _, out, _ = run(capsys, "check", "--color", "never", "--no-excerpts", str(path))
    assert "gonna" not in out and "Zo" not in out.replace("Zoe", "") and " | " not in out
    assert f"“{WITHHELD}” is too casual" in out
    assert "The body has only 28 words; a thank-you under 50 words" in out  # a count quotes nothing


def _finding(code: str, message: str) -> Finding:
    return make_finding(code, 0, 1, message=message)


def test_quote_free_message_keeps_only_computed_fields() -> None:
    templates = {
        "XX1": "“{match}” is named, but the interview was with {known}; {count:person/people} noticed.",
        "XX2": "“{said}” does not fit the dates: {fact}; write “{right}”.",
        "XX3": "No concrete detail{generic}; mention something.",
    }
    f = _finding("XX1", "“Acme” is named, but the interview was with Initech; 2 people noticed.")
    assert (
        quote_free_message(f, templates)
        == f"“{WITHHELD}” is named, but the interview was with {WITHHELD}; 2 people noticed."
    )
    # a quotation that swallows the template's own words cannot leak into a fact field
    sneaky = _finding("XX2", "“a” does not fit the dates: b” does not fit the dates: c; write “d”.")
    assert "b”" not in (quote_free_message(sneaky, templates) or "")
    generic = _finding("XX3", "No concrete detail (judged generic: “It was great”); mention something.")
    assert (
        quote_free_message(generic, templates)
        == f"No concrete detail (judged generic: “{WITHHELD}”); mention something."
    )
    assert quote_free_message(_finding("XX1", "a backend's own words"), templates) is None

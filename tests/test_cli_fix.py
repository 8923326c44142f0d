"""``followup-lint check --fix / --unsafe-fixes / --diff`` through the runner."""

from __future__ import annotations

import email
import email.policy
import io
import json
import quopri
import re
import sys
from pathlib import Path

import pytest
from cli_run import WEAK, run

from followup_lint import fixes
from followup_lint.cli import main


def _copy(tmp_path: Path, source: Path = WEAK) -> Path:
    target = tmp_path / source.name
    target.write_bytes(source.read_bytes())
    return target


def _words(text: str) -> list[str]:
    return re.findall(r"[\w']+", text)


def test_fix_the_weak_thank_you_in_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = _copy(tmp_path)
    original = draft.read_text(encoding="utf-8")
    code, out, err = run(capsys, "check", "--fix", "--color", "never", str(draft))
    fixed = draft.read_text(encoding="utf-8")
    assert fixed.startswith("Hello Ana")
    assert ":)" not in fixed and "!!" not in fixed and fixed.count("!") <= 1
    assert "gonna" not in fixed and "going to keep" in fixed
    expected = [{"Hey": "Hello", "gonna": "going"}.get(w, w) for w in _words(original)]
    expected.insert(expected.index("going") + 1, "to")
    assert _words(fixed) == expected  # every other word as written
    assert "fixed 4 findings in 1 file" in err
    assert "FL302" not in out and "FL301" not in out and "FL201 [error]" in out  # the report shows what remains
    assert code == 1  # errors remain
    # a second --fix changes nothing
    code2, _, err2 = run(capsys, "check", "--fix", str(draft))
    assert draft.read_text(encoding="utf-8") == fixed
    assert "fixed 0 findings" in err2 and code2 == 1


def test_diff_writes_nothing_and_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = _copy(tmp_path)
    before = draft.read_bytes()
    code, out, err = run(capsys, "check", "--diff", str(draft))
    assert code == 1
    assert draft.read_bytes() == before
    assert out.startswith(f"--- {draft}\n+++ {draft}\n")
    assert "-Hey Ana!!\n+Hello Ana!\n" in out
    assert "would fix 4 findings in 1 file" in err
    run(capsys, "check", "--fix", str(draft))
    code, out, _ = run(capsys, "check", "--diff", str(draft))
    assert (code, out) == (0, "")


def test_fix_from_stdin_prints_the_fixed_draft(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(WEAK.read_bytes())))
    buffer = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(buffer, encoding="utf-8"))
    code = main(["check", "--fix", "--color", "never", "-"])
    sys.stdout.flush()
    _, err = capsys.readouterr()
    fixed = buffer.getvalue().decode("utf-8")
    assert fixed.startswith("Hello Ana!\n") and ":)" not in fixed
    assert "FL201 [error]" in err  # the findings that remain go to standard error
    assert code == 1


def test_unsafe_fixes_only_when_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text(
        "Subject: Thank you\n\nHi Ana,\n\nThank you, the team was cool. Please reply ASAP.\n\nBest,\nLee\n"
    )
    run(capsys, "check", "--fix", str(draft))
    assert "cool" in draft.read_text() and "ASAP" in draft.read_text()
    run(capsys, "check", "--fix", "--unsafe-fixes", str(draft))
    assert "cool" not in draft.read_text() and "ASAP" not in draft.read_text()


def test_quoted_printable_mail_fixed_and_decodes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = "Hey Ana!!\n\nThank you for the conversation about the data platform today :) caf\u00e9.\n\nBest regards,\nLee\n"
    qp = quopri.encodestring(body.encode("utf-8")).decode("ascii")
    path = tmp_path / "m.eml"
    path.write_bytes(
        (
            "From: Lee <lee@example.com>\nTo: Ana <ana@initech.com>\nSubject: Thank you\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp
        ).encode("ascii")
    )
    run(capsys, "check", "--fix", str(path))
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert msg.get_content() == body.replace("Hey Ana!!", "Hello Ana!").replace(" :)", "")  # type: ignore[attr-defined]


def test_file_changed_while_fixing_is_not_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = _copy(tmp_path)
    real = fixes.fix_bytes

    def edit_meanwhile(*args: object, **kwargs: object) -> fixes.FixResult:
        result = real(*args, **kwargs)  # type: ignore[arg-type]
        draft.write_text("my own edit\n", encoding="utf-8")
        return result

    monkeypatch.setattr(fixes, "fix_bytes", edit_meanwhile)
    code, out, err = run(capsys, "check", "--fix", str(draft))
    assert code == 2
    assert draft.read_text(encoding="utf-8") == "my own edit\n"
    assert f"{draft}: error: {draft}: the file changed since it was read; not fixed" in out
    assert "Traceback" not in out + err


def test_baselined_findings_are_not_fixed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text("Subject: Thank you\n\nHey Ana,\n\nThank you for the chat :)\n\nBest,\nLee\n")
    baseline = tmp_path / "baseline.json"
    run(capsys, "check", "--write-baseline", str(baseline), "--select", "FL301", str(draft))
    run(capsys, "check", "--fix", "--baseline", str(baseline), str(draft))
    text = draft.read_text()
    assert ":)" in text  # recorded in the baseline: left alone
    assert "Hello Ana" in text


def test_fix_in_worker_processes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = _copy(tmp_path)
    b = tmp_path / "b.txt"
    b.write_text("Subject: Thank you\n\nHey Lee,\n\nThx for the chat.\n\nBest,\nAna\n")
    _, out, err = run(capsys, "check", "--fix", "--jobs", "2", "--force-jobs", "--format", "json", str(a), str(b))
    assert a.read_text().startswith("Hello Ana!")
    assert b.read_text().startswith("Subject: Thank you\n\nHello Lee,\n\nThanks for the chat.")
    paths = [f["path"] for f in json.loads(out)["files"]]
    assert paths == [str(a), str(b)]
    assert "in 2 files" in err


def test_fixable_findings_are_marked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "check", "--color", "never", str(WEAK))
    assert "FL302 [*] [warning]" in out and "FL201 [error]" in out
    assert out.rstrip().endswith("[*] 4 fixable with --fix")


def test_unreadable_stdin_is_echoed_not_lost(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = b"Hey Ana\xff\xfe not UTF-8\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    buffer = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(buffer, encoding="utf-8"))
    code = main(["check", "--fix", "-"])
    sys.stdout.flush()
    _, err = capsys.readouterr()
    assert code == 2 and "not UTF-8" in err
    assert buffer.getvalue() == data


def test_unsafe_fixes_alone_only_marks_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text("Subject: Thank you\n\nHi Ana,\n\nThank you. Please reply ASAP.\n\nBest,\nLee\n")
    _, out, _ = run(capsys, "check", "--color", "never", str(draft))
    assert "FL311 [warning]" in out and "fixable" not in out
    _, out, _ = run(capsys, "check", "--color", "never", "--unsafe-fixes", str(draft))
    assert "FL311 [*] [warning]" in out and "fixable with --fix --unsafe-fixes" in out
    assert "ASAP" in draft.read_text()


def test_multi_draft_markdown(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "templates.md"
    doc.write_text(
        "# First\n\nSubject: Thank you\n\nHey Ana!!\n\nThank you for the chat.\n\nBest,\nLee\n\n"
        "# Second\n\nSubject: Following up\n\nHi Ana,\n\nThx for your time :)\n\nBest,\nLee\n"
    )
    run(capsys, "check", "--fix", str(doc))
    text = doc.read_text()
    assert "Hello Ana!\n" in text and "Thanks for your time\n" in text
    assert text.startswith("# First\n") and "# Second\n" in text

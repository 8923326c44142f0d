"""The command line: output shape, exit codes, and bad input that never stops the other files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_run import GOOD, WEAK, run

from followup_lint import __version__
from followup_lint.cli import main


def test_weak_draft_exit_1_with_positions(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--color", "never", str(WEAK))
    assert code == 1
    assert f"{WEAK}:1:1: FL302 [*] [warning]" in out  # [*]: --fix would fix it
    assert "FL201 [error]" in out and "FL203 [warning]" in out and "FL301 [*] [warning]" in out
    assert "^" in out  # the caret under the offending text
    assert "score" in out


def test_good_draft_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", str(GOOD))
    assert code == 0, out


def test_fail_under(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "check", "--fail-on", "error", "--select", "FL3", str(WEAK))[0] == 0
    assert run(capsys, "check", "--fail-on", "error", "--select", "FL3", "--fail-under", "99", str(WEAK))[0] == 1
    assert run(capsys, "check", "--exit-zero", str(WEAK))[0] == 0


def test_json_output_one_entry_per_draft(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--format", "json", str(WEAK), str(GOOD))
    data = json.loads(out)
    assert code == 1
    assert [f["path"] for f in data["files"]] == [str(WEAK), str(GOOD)]
    assert data["files"][1]["report"]["score"] >= 90
    assert data["schema_version"] == "1.0"


def test_bad_inputs_are_one_line_errors_and_the_rest_is_linted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Hi Ana,\n\nThank you for the café chat.\n".encode("latin-1"))
    missing = tmp_path / "missing.txt"
    code, out, err = run(capsys, "check", str(empty), str(binary), str(latin), str(missing), str(GOOD))
    assert code == 2
    # text on standard output shows each error once, in the output itself
    assert err == ""
    assert [line for line in out.splitlines() if ": error: " in line] == [
        line for line in out.splitlines() if line.startswith(tuple(map(str, (empty, binary, latin, missing))))
    ]
    # a machine format keeps standard output clean and reports the errors on standard error
    code, out, err = run(
        capsys, "check", "--format", "json", str(empty), str(binary), str(latin), str(missing), str(GOOD)
    )
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 4, err
    assert "Traceback" not in err
    assert str(empty) in lines[0] and "empty" in lines[0]
    assert str(binary) in lines[1] and "binary" in lines[1]
    assert str(latin) in lines[2] and "UTF-8" in lines[2]
    assert str(missing) in lines[3] and "no such file" in lines[3]
    assert any(f["path"] == str(GOOD) and f["report"]["score"] >= 90 for f in json.loads(out)["files"])


def test_folder_is_walked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(WEAK.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "two.txt").write_text(GOOD.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "notes.bin").write_bytes(b"\x00")
    code, out, _ = run(capsys, "check", "--format", "json", str(tmp_path))
    paths = [f["path"] for f in json.loads(out)["files"]]
    assert paths == [str(tmp_path / "a" / "one.txt"), str(tmp_path / "two.txt")]
    assert code == 1


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(WEAK.read_bytes())))
    code, out, _ = run(capsys, "check", "--format", "json", "-")
    assert code == 1
    assert json.loads(out)["files"][0]["path"] == "<stdin>"


def test_rules_and_explain(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules")
    assert code == 0 and "FL201" in out and "gratitude" in out
    code, out, _ = run(capsys, "explain", "fl202")
    assert code == 0
    for section in ("What it does", "Why it matters", "Example", "Use instead", "Fix safety", "Options"):
        assert f"## {section}" in out
    code, _, err = run(capsys, "explain", "FL999")
    assert code == 2 and "FL999" in err and "Traceback" not in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["check", "--purpose", "nonsense", str(GOOD)])
    assert exc.value.code == 2


def test_unknown_rule_code_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "check", "--select", "FL999", str(GOOD))
    assert code == 2 and "FL999" in err and "matches no rule" in err


def test_fail_under_is_explained_and_bounded(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "check", "--fail-on", "error", "--select", "FL3", "--fail-under", "99", str(WEAK))
    assert code == 1 and "is below --fail-under 99" in err
    with pytest.raises(SystemExit) as exc:
        main(["check", "--fail-under", "101", str(GOOD)])
    assert exc.value.code == 2


def test_summary_names_purpose_and_channel(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "check", "--purpose", "thank-you", "--color", "never", str(GOOD))
    assert "checked as thank-you, email (" in out

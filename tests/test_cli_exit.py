"""The program ends without tearing its heap down, but only after everything is written."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from followup_lint.cli import main

ROOT = Path(__file__).resolve().parents[1]
DATE = "2026-03-05T10:00"


@pytest.fixture
def drafts(tmp_path: Path) -> Path:
    folder = tmp_path / "drafts"
    folder.mkdir()
    for f in sorted((ROOT / "examples").glob("*.txt"))[:3]:
        shutil.copy(f, folder / f.name)
    (folder / "empty.txt").write_text("")  # an error: exit code 2
    return folder


def _program(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "100"}
    cmd = [sys.executable, "-m", "followup_lint", "check", "--no-cache", "--date", DATE, *args]
    return subprocess.run(cmd, check=False, capture_output=True, text=True, env=env, cwd=cwd, timeout=600)


def test_the_program_writes_what_main_writes_and_keeps_its_exit_code(
    drafts: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(drafts.parent)
    monkeypatch.setenv("COLUMNS", "100")
    code = main(["check", "--no-cache", "--date", DATE, "--format", "json", "drafts"])
    expected = capsys.readouterr()
    done = _program("--format", "json", "drafts", cwd=drafts.parent)
    assert (done.returncode, done.stdout, done.stderr) == (code, expected.out, expected.err)
    assert code == 2 and done.stdout.endswith("\n")


def test_an_output_file_and_the_exit_handlers_are_complete(drafts: Path, tmp_path: Path) -> None:
    (drafts / "empty.txt").unlink()
    marker = tmp_path / "exit-handler-ran"
    script = (
        "import atexit, pathlib, sys\n"
        f"atexit.register(pathlib.Path({str(marker)!r}).write_text, 'yes')\n"
        "from followup_lint.cli import run\n"
        "run()\n"
    )
    out = tmp_path / "report.txt"
    cmd = [
        sys.executable,
        "-c",
        script,
        "check",
        "--no-cache",
        "--date",
        DATE,
        "--exit-zero",
        "--output-file",
        str(out),
        "drafts",
    ]
    done = subprocess.run(cmd, check=False, capture_output=True, text=True, cwd=tmp_path, timeout=600)
    assert done.returncode == 0, done.stderr
    assert marker.read_text() == "yes"  # handlers registered by the host still run
    in_process = subprocess.run(
        [sys.executable, "-m", "followup_lint", "check", "--no-cache", "--date", DATE, "--exit-zero", "drafts"],
        check=False,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=600,
    )
    assert out.read_text() == in_process.stdout


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_reader_that_goes_away_stops_the_run_quietly(drafts: Path, jobs: str) -> None:
    """`followup-lint check . | head -1`: no traceback, the shell's status for a closed pipe."""
    (drafts / "empty.txt").unlink()
    env = {**os.environ, "COLUMNS": "100"}
    cmd = [sys.executable, "-m", "followup_lint", "check", "--no-cache", "--jobs", jobs, "--date", DATE, "drafts"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=drafts.parent)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before the first finding is written
    err = proc.stderr.read().decode()
    proc.wait(timeout=600)
    assert "Traceback" not in err and "BrokenPipeError" not in err
    assert proc.returncode == 141


def _in_shell(redirect: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run the program the way a shell line would, with ``redirect`` applied to it."""
    cmd = [sys.executable, "-m", "followup_lint", "check", "--no-cache", "--date", DATE, *args]
    line = 'exec "$@" ' + redirect
    env = {**os.environ, "COLUMNS": "100"}
    return subprocess.run(
        ["sh", "-c", line, "sh", *cmd], check=False, capture_output=True, text=True, env=env, cwd=cwd, timeout=600
    )


@pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")
def test_closed_standard_output_is_an_error_only_when_the_report_goes_there(drafts: Path, tmp_path: Path) -> None:
    (drafts / "empty.txt").unlink()
    report = tmp_path / "report.txt"
    done = _in_shell(">&-", "--exit-zero", "--output-file", str(report), "drafts", cwd=drafts.parent)
    assert done.returncode == 0 and "Traceback" not in done.stderr
    assert "drafts in 3 files" in report.read_text()
    done = _in_shell(">&-", "--exit-zero", "drafts", cwd=drafts.parent)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [
        "followup-lint: error: cannot write the output: standard output is closed"
    ]


@pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")
def test_closed_standard_error_keeps_the_runs_status(drafts: Path) -> None:
    assert _in_shell("2>&- >/dev/null", "--exit-zero", "drafts", cwd=drafts.parent).returncode == 2  # empty.txt
    (drafts / "empty.txt").unlink()
    assert _in_shell("2>&- >/dev/null", "--exit-zero", "drafts", cwd=drafts.parent).returncode == 0


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_a_full_disk_is_one_line_and_status_2(drafts: Path, fmt: str) -> None:
    (drafts / "empty.txt").unlink()
    done = _in_shell(">/dev/full", "--exit-zero", "--format", fmt, "drafts", cwd=drafts.parent)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "followup-lint: error: cannot write the output: No space left on device"
    ]

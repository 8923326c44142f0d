"""The runner's per-file entry point, the API around it, crash notices and worker processes."""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import followup_lint
from followup_lint.checks import REGISTRY
from followup_lint.cli import main
from followup_lint.parallel import default_jobs, worker_count
from followup_lint.runner import Runner, RunOptions

ROOT = Path(__file__).resolve().parents[1]
WEAK = ROOT / "examples" / "thank-you-weak.txt"
DATE = "2026-03-05T10:00"


def test_lint_file_takes_template_and_context(tmp_path: Path) -> None:
    draft = tmp_path / "t.txt"
    draft.write_text("Hi [Name],\n\nThank you for the interview about [role].\n\nBest,\nLee\n")
    as_template = followup_lint.lint_file(draft, template=True, context={"sent_at": DATE})
    plain = followup_lint.lint_file(draft, context={"sent_at": DATE})
    assert not any(f.code.startswith("FL11") and "placeholder" in f.name for f in as_template[0].findings)
    assert any("placeholder" in f.name for f in plain[0].findings)


def test_lint_file_bad_input_is_the_project_error(tmp_path: Path) -> None:
    with pytest.raises(followup_lint.FollowupLintError, match="no such file"):
        followup_lint.lint_file(tmp_path / "missing.txt")
    with pytest.raises(followup_lint.FollowupLintError, match=r"unknown key `context\.intervew_date`"):
        followup_lint.lint_file(WEAK, context={"intervew_date": "2026-03-02"})


def test_lint_text_is_the_in_memory_entry_point(tmp_path: Path) -> None:
    (tmp_path / ".followup-lint.toml").write_text('ignore = ["FL3"]\n')
    text = WEAK.read_text()
    runner = Runner(RunOptions(context=followup_lint.Context(sent_at=DATE)))
    on_disk = tmp_path / "draft.md"  # never written: the editor holds the text
    [result] = runner.lint_text(text, on_disk)
    assert result.report is not None and result.path == str(on_disk)
    assert not any(f.code.startswith("FL3") for f in result.report.findings)  # the folder's config applied
    [elsewhere] = Runner(RunOptions(context=followup_lint.Context(sent_at=DATE))).lint_text(text, ROOT / "x.md")
    assert elsewhere.report is not None and any(f.code.startswith("FL3") for f in elsewhere.report.findings)


def _boom(inp: object, params: object) -> list[object]:
    raise ZeroDivisionError("division by zero")


def test_a_check_that_raises_becomes_a_notice_and_the_run_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(REGISTRY, "existence", dataclasses.replace(REGISTRY["existence"], run=_boom))
    for extra in ([], ["--ignore", "FL909"]):
        code = main(["check", "--date", DATE, "--format", "json", *extra, str(WEAK)])
        out, err = capsys.readouterr()
        assert code == 2, err
        report = json.loads(out)["files"][0]["report"]
        crashes = [n["message"] for n in report["notices"] if n["code"] == "FL909"]
        assert crashes and all("ZeroDivisionError" in m and str(WEAK) in m for m in crashes)
        assert report["findings"]  # the other rules still ran
        assert "FL909" in err and "Traceback" not in err


def test_jobs_are_capped_at_the_cores_unless_forced() -> None:
    cores = default_jobs()
    assert worker_count(0) == cores
    assert worker_count(cores + 50) == cores
    assert worker_count(cores + 50, force=True) == cores + 50
    assert worker_count(1) == 1


def test_jobs_above_the_cores_are_said_and_capped(capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", "--date", DATE, "--jobs", str(default_jobs() + 7), str(WEAK)])
    assert f"capped at {default_jobs()}" in capsys.readouterr().err


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_workers_die_with_their_parent(tmp_path: Path, sig: signal.Signals) -> None:
    (tmp_path / "slowjob.py").write_text(
        textwrap.dedent(
            """
            import os, time
            from pathlib import Path

            def run(job):
                Path(os.environ["PIDS"], str(os.getpid())).touch()
                time.sleep(600)
                return []
            """
        )
    )
    pids = tmp_path / "pids"
    pids.mkdir()
    script = textwrap.dedent(
        """
        import sys
        sys.path.insert(0, sys.argv[1])
        import slowjob
        from followup_lint.config import Config
        from followup_lint.parallel import run_jobs
        from followup_lint.runner import Job
        jobs = [Job(display=str(i), path=None, config=Config()) for i in range(2)]
        run_jobs(jobs, 2, run=slowjob.run)
        """
    )
    parent = subprocess.Popen(
        [sys.executable, "-c", script, str(tmp_path)],
        env={**os.environ, "PIDS": str(pids)},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while len(list(pids.iterdir())) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        workers = [int(p.name) for p in pids.iterdir()]
        assert len(workers) == 2
        parent.send_signal(sig)
        parent.wait(timeout=60)
        deadline = time.monotonic() + 30
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(_alive(w) for w in workers)
        assert parent.stdout is not None and parent.stdout.read() == b""  # the pipe closed: nobody holds it
    finally:
        parent.kill()
        for w in [int(p.name) for p in pids.iterdir()]:
            if _alive(w):
                os.kill(w, signal.SIGKILL)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie waiting for its new parent to reap it is dead for our purpose
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return True


def test_reader_warnings_reach_the_report_and_front_matter_stays_apart(tmp_path: Path) -> None:
    mail = tmp_path / "odd.eml"
    mail.write_bytes(
        b"Subject: Thank you\r\nTo: Ana <ana@example.com>\r\nContent-Type: text/plain; charset=x-klingon\r\n\r\n"
        b"Hi Ana,\r\n\r\nThank you for the interview on Tuesday about the analyst role.\r\n\r\nBest,\r\nLee\r\n"
    )
    [report] = followup_lint.lint_file(mail, context={"sent_at": DATE})
    warnings = [n.message for n in report.notices if n.code == "FL910"]
    assert warnings and "x-klingon" in warnings[0]
    from followup_lint.readers import read_path

    [draft] = read_path(mail)
    assert draft.reading.reader == "eml" and draft.reading.content_type == "text/plain"
    assert not {"reader", "reader-warning", "content-type"} & set(draft.meta)
    assert followup_lint.lint_file(mail, context={"sent_at": DATE}, config=followup_lint.Config(ignore=["FL910"]))[
        0
    ].notices == [n for n in report.notices if n.code != "FL910"]

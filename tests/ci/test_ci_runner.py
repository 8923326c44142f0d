"""One runner: the CLI and ``followup_lint.lint_paths`` give the same reports, and the runner's
stages (configuration, suppression, baseline, writes) behave the same for both."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from ci_helpers import DATE, INPUTS

import followup_lint
from followup_lint.context import Context


def _api(repo: Path, **kwargs: object) -> list[dict[str, object]]:
    result = followup_lint.lint_paths(INPUTS, context=Context(sent_at=DATE), **kwargs)  # type: ignore[arg-type]
    return [r.model_dump(mode="json") for r in result.reports]


def _cli_reports(out: str) -> list[dict[str, object]]:
    return [f["report"] for f in json.loads(out)["files"] if f["report"] is not None]


def test_cli_and_lint_paths_agree_on_the_fixture_repository(cli, repo: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    run = cli("check", "--date", DATE, "--format", "json", *INPUTS, cwd=repo)
    monkeypatch.chdir(repo)
    api = _api(repo)
    assert _cli_reports(run.out) == api
    # the configuration was discovered (drafts/archive excluded) and a sidecar suppression applied
    paths = [r["path"] for r in api]
    assert not any("archive" in str(p) for p in paths)
    casual = next(r for r in api if r["path"] == "drafts/casual.txt")
    codes = [f["code"] for f in casual["findings"]]  # type: ignore[attr-defined]
    assert "FL302" not in codes  # the sidecar disables it
    assert next(f for f in casual["findings"] if f["code"] == "FL303")["severity"] == "error"  # type: ignore[attr-defined]
    connect = next(r for r in api if r["path"] == "templates/linkedin/connect.txt")
    assert connect["channel"] == "linkedin"  # an [[overrides]] entry


def test_cli_and_lint_paths_agree_with_a_baseline(cli, repo: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert cli("check", "--date", DATE, "--write-baseline", "base.json", *INPUTS, cwd=repo).code == 0
    draft = repo / "drafts" / "casual.txt"
    draft.write_text(
        draft.read_text().replace("What are the next steps?", "Hope you are well :-)\n\nWhat are the next steps?")
    )
    run = cli("check", "--date", DATE, "--format", "json", "--baseline", "base.json", *INPUTS, cwd=repo)
    monkeypatch.chdir(repo)
    api = _api(repo, baseline="base.json")
    assert _cli_reports(run.out) == api
    new = [(r["path"], f["code"]) for r in api for f in r["findings"]]  # type: ignore[attr-defined]
    assert new == [("drafts/casual.txt", "FL301")]


def test_lint_paths_reports_a_missing_file_and_lints_the_rest(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo)
    result = followup_lint.lint_paths(["nope.txt", "drafts/thank-you.txt"])
    assert result.errors == ["nope.txt: no such file or folder"]
    assert [r.path for r in result.reports] == ["drafts/thank-you.txt"]


def test_missing_context_is_said_once_per_run_and_never_for_templates(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo)
    result = followup_lint.lint_paths(INPUTS, context=Context(sent_at=DATE))
    messages = [n.message for r in result.reports for n in r.notices if n.code == "FL906"]
    assert messages and len(messages) == len(set(messages))
    templates = [r for r in result.reports if r.path and r.path.startswith("templates/")]
    assert templates and not any(n.code == "FL906" for r in templates for n in r.notices)


def test_ignore_silences_a_notice(cli, repo: Path) -> None:  # type: ignore[no-untyped-def]
    run = cli("check", "--date", DATE, "--format", "json", "drafts/thank-you.txt", cwd=repo)
    assert any(n["code"] == "FL906" for r in _cli_reports(run.out) for n in r["notices"])  # type: ignore[attr-defined]
    run = cli("check", "--date", DATE, "--format", "json", "--ignore", "FL906", "drafts/thank-you.txt", cwd=repo)
    assert run.code != 2, run.err
    assert not any(n["code"] == "FL906" for r in _cli_reports(run.out) for n in r["notices"])  # type: ignore[attr-defined]


def test_explain_a_notice(cli) -> None:  # type: ignore[no-untyped-def]
    run = cli("explain", "FL906")
    assert run.code == 0 and run.out.startswith("# FL906 missing-context")
    assert "--ignore FL906" in run.out
    run = cli("explain", "fl909")
    assert run.code == 0 and "cannot be silenced" in run.out


def test_output_file_and_baseline_targets_are_checked_before_any_work(cli, repo: Path) -> None:  # type: ignore[no-untyped-def]
    (repo / "folder").mkdir()
    cases = [
        ("--output-file", "folder", "is a folder"),
        ("--output-file", "missing/out.json", "does not exist"),
        ("--write-baseline", "missing/base.json", "does not exist"),
        ("--write-baseline", "folder", "is a folder"),
    ]
    if Path("/dev/full").exists():
        cases += [
            ("--output-file", "/dev/full", "not a regular file"),
            ("--write-baseline", "/dev/full", "not a regular file"),
        ]
    for flag, target, problem in cases:
        run = cli("check", "--date", DATE, flag, target, "drafts/thank-you.txt", cwd=repo)
        assert run.code == 2, (flag, target)
        lines = run.err.strip().splitlines()
        assert len(lines) == 1 and problem in lines[0] and target in lines[0], run.err
        assert run.out == ""


def test_a_cut_short_baseline_write_keeps_the_old_baseline(cli, repo: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert cli("check", "--date", DATE, "--write-baseline", "base.json", "drafts", cwd=repo).code == 0
    before = (repo / "base.json").read_bytes()
    real_fsync = os.fsync

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    run = cli("check", "--date", DATE, "--write-baseline", "base.json", "drafts/thank-you.txt", cwd=repo)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert run.code == 2
    assert "No space left on device" in run.err and len(run.err.strip().splitlines()) == 1
    assert (repo / "base.json").read_bytes() == before
    assert sorted(p.name for p in repo.iterdir() if p.name.startswith(".base.json")) == []  # no temp file left
    assert cli("check", "--date", DATE, "--baseline", "base.json", "drafts", cwd=repo).code == 0


def test_a_file_size_limit_cuts_the_write_short_and_the_old_output_survives(repo: Path) -> None:
    import resource
    import subprocess
    import sys

    old = "x" * 10_000
    (repo / "out.json").write_text(old)

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "followup_lint.cli",
            "check",
            "--date",
            DATE,
            "--format",
            "json",
            "--output-file",
            "out.json",
            "drafts",
        ],
        cwd=repo,
        capture_output=True,
        text=True,
        preexec_fn=limit,
        timeout=300,
        check=False,
    )
    assert run.returncode == 2, run.stderr
    assert "Traceback" not in run.stderr and "out.json" in run.stderr
    assert (repo / "out.json").read_text() == old

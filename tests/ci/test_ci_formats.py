"""Lint the fixture template repository through the CLI in every format, against snapshots."""

from __future__ import annotations

import json

import pytest
from ci_helpers import DATE, INPUTS, SARIF_SCHEMA, check_snapshot

FORMATS = {"text": "txt", "json": "json", "sarif": "sarif.json", "github": "github.txt", "junit": "xml"}


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format_matches_its_snapshot(cli, fmt: str) -> None:  # type: ignore[no-untyped-def]
    run = cli("check", "--date", DATE, "--color", "never", "--format", fmt, *INPUTS)
    assert run.code == 1, run.err  # casual.txt has an error-level finding (FL303 raised to error)
    check_snapshot(f"template-repo.{FORMATS[fmt]}", run.out)


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_no_excerpts_snapshots(cli, fmt: str) -> None:  # type: ignore[no-untyped-def]
    run = cli("check", "--date", DATE, "--color", "never", "--no-excerpts", "--format", fmt, *INPUTS)
    check_snapshot(f"template-repo.no-excerpts.{FORMATS[fmt]}", run.out)
    assert "gonna" not in run.out and "Dana" not in run.out


def test_sarif_is_valid_against_the_schema(cli) -> None:  # type: ignore[no-untyped-def]
    jsonschema = pytest.importorskip("jsonschema")
    run = cli("check", "--date", DATE, "--format", "sarif", *INPUTS)
    log = json.loads(run.out)
    jsonschema.validate(log, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert rules and all(r.get("shortDescription", {}).get("text") for r in rules)  # summaries wired


def test_jobs_give_the_same_output_as_one_process(cli) -> None:  # type: ignore[no-untyped-def]
    for fmt in ("json", "text"):
        one = cli("check", "--date", DATE, "--format", fmt, "--jobs", "1", *INPUTS)
        two = cli("check", "--date", DATE, "--format", fmt, "--jobs", "2", *INPUTS)
        assert (two.code, two.out) == (one.code, one.out)


def test_output_file(cli, repo) -> None:  # type: ignore[no-untyped-def]
    run = cli("check", "--date", DATE, "--format", "json", "--output-file", "out.json", "drafts", cwd=repo)
    assert run.out == ""
    assert json.loads((repo / "out.json").read_text(encoding="utf-8"))["files"]


@pytest.mark.parametrize("flag", ["--output-file", "--write-baseline"])
def test_never_overwrites_a_draft(cli, repo, flag: str) -> None:  # type: ignore[no-untyped-def]
    before = (repo / "drafts" / "casual.txt").read_bytes()
    run = cli("check", flag, "drafts/casual.txt", "drafts", cwd=repo)
    assert run.code == 2
    assert "one of the drafts" in run.err
    assert (repo / "drafts" / "casual.txt").read_bytes() == before


def test_exit_codes(cli, repo) -> None:  # type: ignore[no-untyped-def]
    assert cli("check", "--date", DATE, "drafts/thank-you.txt", cwd=repo).code == 0
    assert cli("check", "--date", DATE, "drafts/casual.txt", cwd=repo).code == 1
    assert cli("check", "--date", DATE, "--fail-under", "99", "drafts/thank-you.txt", cwd=repo).code == 0
    # 2 (an input error) wins over 1 (findings)
    assert cli("check", "--date", DATE, "drafts/casual.txt", "missing.txt", cwd=repo).code == 2
    assert cli("check", "--exit-zero", "drafts/casual.txt", cwd=repo).code == 0


def test_progress_bar_only_on_a_terminal() -> None:
    import io

    from followup_lint.parallel import Progress

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    quiet = io.StringIO()
    p = Progress(50, quiet)
    for _ in range(50):
        p.advance()
    p.close()
    assert quiet.getvalue() == ""
    tty = Tty()
    p = Progress(50, tty)
    for _ in range(50):
        p.advance()
    p.close()
    assert "50/50 files" in tty.getvalue()
    assert Progress(3, Tty()).enabled is False  # a few files: no bar

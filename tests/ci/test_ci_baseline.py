"""Baselines: write today's findings, then report only new ones."""

from __future__ import annotations

import json
from pathlib import Path

from ci_helpers import DATE


def _findings(out: str) -> list[tuple[str, str]]:
    data = json.loads(out)
    return [(f["path"], x["code"]) for f in data["files"] if f["report"] for x in f["report"]["findings"]]


def test_round_trip(cli, repo: Path) -> None:  # type: ignore[no-untyped-def]
    run = cli("check", "--date", DATE, "--write-baseline", "baseline.json", "drafts", "templates", cwd=repo)
    assert run.code == 0 and "baseline.json" in run.err
    data = json.loads((repo / "baseline.json").read_text())
    assert data["tool"] == "followup-lint" and data["findings"]
    assert {e["path"] for e in data["findings"]} >= {"drafts/casual.txt"}
    assert "gonna" not in (repo / "baseline.json").read_text()  # hashes, not draft text
    run = cli(
        "check", "--date", DATE, "--format", "json", "--baseline", "baseline.json", "drafts", "templates", cwd=repo
    )
    assert run.code == 0 and _findings(run.out) == []
    assert json.loads(run.out)["files"][0]["report"]["score"] == 100.0  # known findings cost nothing


def test_moved_lines_stay_known_and_new_findings_show(cli, repo: Path) -> None:  # type: ignore[no-untyped-def]
    draft = repo / "drafts" / "casual.txt"
    cli("check", "--date", DATE, "--write-baseline", "baseline.json", "drafts/casual.txt", cwd=repo)
    text = draft.read_text()
    # move everything down a line (a new header), and add a paragraph with a second emoticon
    text = text.replace("Purpose: thank-you\n", "Purpose: thank-you\nTo: Dana <dana@example.com>\n")
    text = text.replace("What are the next steps?", "I hope you are well :-)\n\nWhat are the next steps?")
    draft.write_text(text)
    run = cli("check", "--date", DATE, "--format", "json", "--baseline", "baseline.json", "drafts/casual.txt", cwd=repo)
    assert _findings(run.out) == [("drafts/casual.txt", "FL301")]
    assert json.loads(run.out)["files"][0]["report"]["findings"][0]["line"] == 10


def test_counts_let_duplicates_through(cli, repo: Path) -> None:  # type: ignore[no-untyped-def]
    draft = repo / "drafts" / "casual.txt"
    cli("check", "--date", DATE, "--write-baseline", "baseline.json", "drafts/casual.txt", cwd=repo)
    before = json.loads((repo / "baseline.json").read_text())["findings"]
    # the same line again: same fingerprint, one more occurrence than recorded
    draft.write_text(
        draft.read_text().replace("What are the next steps?\n", "What are the next steps?\n\nHey Dana!!\n")
    )
    run = cli("check", "--date", DATE, "--format", "json", "--baseline", "baseline.json", "drafts/casual.txt", cwd=repo)
    assert ("drafts/casual.txt", "FL303") in _findings(run.out)
    assert all(e["count"] == 1 for e in before)


def test_bad_baseline_is_an_input_error(cli, repo: Path) -> None:  # type: ignore[no-untyped-def]
    (repo / "baseline.json").write_text("[]")
    run = cli("check", "--baseline", "baseline.json", "drafts", cwd=repo)
    assert run.code == 2 and "baseline.json" in run.err and "not a followup-lint baseline" in run.err
    run = cli("check", "--baseline", "missing.json", "drafts", cwd=repo)
    assert run.code == 2 and "--write-baseline" in run.err


def test_baseline_from_another_folder(cli, repo: Path) -> None:  # type: ignore[no-untyped-def]
    cli("check", "--date", DATE, "--write-baseline", "baseline.json", "drafts/casual.txt", cwd=repo)
    run = cli(
        "check", "--date", DATE, "--format", "json", "--baseline", "../baseline.json", "casual.txt", cwd=repo / "drafts"
    )
    assert _findings(run.out) == []

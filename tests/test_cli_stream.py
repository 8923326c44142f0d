"""The CLI writes each file's output as soon as it and every file before it are done."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from followup_lint.cli import main
from followup_lint.context import Context
from followup_lint.formats import STREAMED, text, write
from followup_lint.runner import Runner, RunOptions

ROOT = Path(__file__).resolve().parents[1]
DATE = "2026-03-05T10:00"


@pytest.fixture
def drafts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "drafts"
    folder.mkdir()
    for f in sorted((ROOT / "examples").glob("*.txt"))[:6]:
        shutil.copy(f, folder / f.name)
    (folder / "empty.txt").write_text("")  # an error result between the others
    monkeypatch.chdir(tmp_path)
    return folder


@pytest.mark.parametrize("name", STREAMED)
def test_the_streamed_output_is_the_whole_document(drafts: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    code = main(["check", "--no-cache", "--date", DATE, "--format", name, "drafts"])
    out = capsys.readouterr().out
    context = Context(sent_at=datetime.fromisoformat(DATE))
    result = Runner(RunOptions(context=context)).run(["drafts"])
    assert out == write(name, result.results, summaries=result.summaries)
    assert code == 2  # the empty file


@pytest.mark.parametrize("name", STREAMED)
def test_an_output_file_holds_what_standard_output_shows(
    drafts: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    args = ["check", "--no-cache", "--date", DATE, "--format", name, "drafts"]
    assert main(args) == 2
    shown = capsys.readouterr().out
    report = tmp_path / "report.out"
    assert main([*args, "--output-file", str(report)]) == 2
    assert report.read_text(encoding="utf-8") == shown
    assert capsys.readouterr().out == ""
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_an_output_file_is_left_as_it_was_when_the_run_stops_midway(
    drafts: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "report.txt"
    report.write_text("the previous report\n")
    calls = []
    add = text.TextStream.add

    def interrupted(self: text.TextStream, result: object) -> str:
        calls.append(result)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return add(self, result)  # type: ignore[arg-type]

    monkeypatch.setattr(text.TextStream, "add", interrupted)
    assert main(["check", "--no-cache", "--date", DATE, "--output-file", str(report), "drafts"]) == 130
    assert report.read_text() == "the previous report\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []

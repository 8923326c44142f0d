"""The batch paths (``Linter.lint_many`` and the runner's chunks of files) share Harper calls
between drafts; what each draft gets must not change: the same reports as one draft at a time,
whatever its neighbours, bad input failing exactly where it failed before."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup_lint import Config, Linter
from followup_lint.config import LanguageConfig
from followup_lint.errors import FollowupLintError
from followup_lint.formats.base import FileResult
from followup_lint.language import harper_backend
from followup_lint.language._batch import lint_batch
from followup_lint.parallel import run_jobs
from followup_lint.runner import Job, Runner, RunOptions, lint_job

DATE = {"sent_at": "2026-03-05T10:00"}

HOSTILE_DRAFTS = [
    "Subject: Thank you\n\nHi Ana,\n\nThank you for the interview, to\n\nBest,\nSam",
    "Hi Ana,\n\n```python\nprint('the')\n\nthe the schedule\n\nThanks,\nSam",
    'Hi Ana,\n\nHe said "we will call you\n\nBest,\nSam',
    "- a list item\n- and then the\n\nwhere that suits you. I can meet any",
    "# A heading\nHeading\n=======\n\n| a | b |\n|---|---|\n\n<div><b>bold\n\n[ref]: https://example.com",
    "",
    "   \n\t\n",
    "🙂🎉 thank u so much!! " + "x" * 150 + "\n\nCheers",
    "i has went there alot.. I could of went their yesterday and and it was alot of fun.",
    "Dear Ms. Okafor,\n\nI was hoping for an\n\ncar park near the office.\n\nSincerely,\nPriya",
    ", and I enjoyed it.\n\nThank you.   \n\n   I enjoyed our talk.",
    "thanks for the chat about the\n\nrole and the team today.",
]


def test_lint_many_gives_each_hostile_draft_its_report_alone(linter: Linter) -> None:
    items = HOSTILE_DRAFTS * 3  # more than a chunk, each draft among other neighbours each time
    assert list(linter.lint_many(items)) == [linter.lint(t) for t in items]
    assert list(linter.lint_many(items[::-1])) == [linter.lint(t) for t in items[::-1]]


def test_a_bad_item_fails_at_its_turn_after_the_reports_before_it(linter: Linter) -> None:
    got = []
    items: list[object] = ["Hi Ana, thank you for the call.", "Thanks again, Ana.", 42, "Never reached."]
    with pytest.raises(FollowupLintError, match="must be text"):
        for report in linter.lint_many(items):  # type: ignore[arg-type]
            got.append(report)
    assert got == [linter.lint(items[0]), linter.lint(items[1])]  # type: ignore[arg-type]


def _jobs(tmp_path: Path) -> list[Job]:
    paths = []
    for i, text in enumerate(HOSTILE_DRAFTS * 3):
        path = tmp_path / f"draft-{i}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\x00 not text" * 10)
    paths.insert(3, bad)
    us = Runner(RunOptions(config=Config()))
    uk = Runner(RunOptions(config=Config(language=LanguageConfig(dialect="uk"))))
    # two Harper settings in one chunk: each draft is batched only with drafts of its own
    return [(us if i % 3 else uk).job(p) for i, p in enumerate(paths)]


def _shown(results: list[list[FileResult]]) -> list[list[tuple[str | None, str | None]]]:
    return [[(r.report.model_dump_json() if r.report else None, r.error) for r in rs] for rs in results]


@pytest.mark.parametrize("workers", [1, 2])
def test_the_runner_chunks_give_each_file_its_results_alone(
    tmp_path: Path, workers: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    jobs = _jobs(tmp_path)
    alone = [lint_job(j) for j in jobs]
    assert any(r.error for rs in alone for r in rs)  # the bad file is in the chunk
    batches: list[int] = []

    def counted(linter: object, texts: list[str]) -> object:
        batches.append(len(texts))
        return lint_batch(linter, texts)  # type: ignore[arg-type]

    monkeypatch.setattr(harper_backend, "lint_batch", counted)
    assert _shown(run_jobs(jobs, workers)) == _shown(alone)
    if workers == 1:  # (workers' calls are in other processes)
        assert batches and max(batches) > 2  # drafts really shared calls


def test_a_batch_that_fails_leaves_each_draft_to_its_own_call(linter: Linter, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: object) -> object:
        raise RuntimeError("harper panicked")

    items = HOSTILE_DRAFTS[:6]
    monkeypatch.setattr(harper_backend, "lint_batch", broken)
    assert list(linter.lint_many(items)) == [linter.lint(t) for t in items]


def test_a_surrogate_pair_moves_no_span_alone_or_in_a_batch(linter: Linter) -> None:
    """A str from the API may hold an emoji as two surrogate code points; Harper reads it as one
    character, which once put every later spelling span one short: the draft's own and, in a
    batch, those of the drafts after it."""
    texts = [
        "\ud83d\ude00 hi",
        "Thank you for the intervew.",
        "\ud83d\ude00 Thank you for the intervew.",
        "\udc00 intervew",
    ]
    alone = [linter.lint(t) for t in texts]
    for text, report in zip(texts, alone, strict=True):
        for f in report.findings:
            if f.code == "FL401":
                assert text[f.start : f.end] == "intervew"
    assert sum(f.code == "FL401" for r in alone for f in r.findings) == 3
    together = list(linter.lint_many(texts))
    assert [r.model_dump() for r in together] == [r.model_dump() for r in alone]

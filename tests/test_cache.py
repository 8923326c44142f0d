"""The result cache: same output with and without it, at every job count; corrupt and concurrent
entries never change a result; a cached answer loads neither spaCy nor Harper."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from followup_lint.cache import CACHE_DIR_NAME, FORMAT, job_key
from followup_lint.checks import REGISTRY
from followup_lint.cli import main
from followup_lint.runner import Runner, RunOptions

ROOT = Path(__file__).resolve().parents[1]
DATE = "2026-03-05T10:00"


@pytest.fixture(autouse=True)
def _cache_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FOLLOWUP_LINT_NO_CACHE", raising=False)
    monkeypatch.delenv("FOLLOWUP_LINT_CACHE_DIR", raising=False)


@pytest.fixture
def drafts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "drafts"
    folder.mkdir()
    for f in sorted((ROOT / "examples").glob("*.txt")):
        shutil.copy(f, folder / f.name)
    (folder / "notes.md").write_text("---\npurpose: thank-you\n---\nHey Sam,\n\nthanks for the interview!!\n\nLee\n")
    (folder / "empty.txt").write_text("")  # an error result: never cached, still reported
    monkeypatch.chdir(tmp_path)
    return folder


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["check", "--date", DATE, *args])
    out, err = capsys.readouterr()
    return code, out, err


def _entries(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.json"))


def test_output_is_identical_with_and_without_the_cache_at_every_job_count(
    drafts: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for fmt in ("text", "json", "sarif"):
        expected = _run(capsys, "--no-cache", "--jobs", "1", "--format", fmt, "drafts")
        assert expected[0] == 2 and "empty.txt" in expected[1] + expected[2]
        for jobs in ("1", "2", "0"):
            shutil.rmtree(CACHE_DIR_NAME, ignore_errors=True)
            assert _run(capsys, "--jobs", jobs, "--format", fmt, "drafts") == expected  # filling the cache
            assert _entries(Path(CACHE_DIR_NAME))
            assert _run(capsys, "--jobs", jobs, "--format", fmt, "drafts") == expected  # answered from it
        assert _run(capsys, "--format", fmt, "drafts") == expected  # the default job count
    assert not (drafts / CACHE_DIR_NAME).exists()  # no configuration: the working folder holds it
    assert (Path(CACHE_DIR_NAME) / ".gitignore").read_text().splitlines()[-1] == "*"


def test_the_cache_sits_beside_the_configuration_and_follows_its_changes(
    drafts: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = drafts / ".followup-lint.toml"
    config.write_text('ignore = ["FL3"]\n')
    first = _run(capsys, "--format", "json", "drafts")
    assert _entries(drafts / CACHE_DIR_NAME) and not Path(CACHE_DIR_NAME).exists()
    config.write_text("ignore = []\n")
    changed = _run(capsys, "--format", "json", "drafts")
    assert changed == _run(capsys, "--no-cache", "--format", "json", "drafts")
    assert changed != first and '"FL3' in changed[1] and '"FL3' not in first[1]
    (drafts / "thank-you.txt").write_text("Hey,\n\nthx!!\n")  # the file's bytes change
    assert _run(capsys, "--format", "json", "drafts") == _run(capsys, "--no-cache", "--format", "json", "drafts")


def test_options_that_change_output_change_the_key(drafts: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for extra in (["--select", "FL1"], ["--ignore", "FL1"], ["--purpose", "status-check"], ["--template"]):
        cached = _run(capsys, *extra, "--format", "json", "drafts")
        assert cached == _run(capsys, "--no-cache", *extra, "--format", "json", "drafts"), extra


def test_the_send_day_is_part_of_the_key(drafts: Path) -> None:
    job = Runner().job(drafts / "thank-you.txt")
    data = (drafts / "thank-you.txt").read_bytes()
    assert job_key(job, data, date(2026, 3, 5)) == job_key(job, data, date(2026, 3, 5))
    assert job_key(job, data, date(2026, 3, 5)) != job_key(job, data, date(2026, 3, 6))
    assert job_key(job, data, date(2026, 3, 5)) != job_key(job, data + b" ", date(2026, 3, 5))


@pytest.mark.parametrize("damage", ["truncate", "garbage", "empty", "wrong-shape"])
def test_a_corrupt_entry_is_ignored_and_replaced(drafts: Path, capsys: pytest.CaptureFixture[str], damage: str) -> None:
    expected = _run(capsys, "--format", "json", "drafts")
    entries = _entries(Path(CACHE_DIR_NAME))
    assert entries
    for entry in entries:
        text = entry.read_text()
        entry.write_text(
            {
                "truncate": text[: len(text) // 2],
                "garbage": "\x00\xff not json",
                "empty": "",
                "wrong-shape": json.dumps(
                    {"format": FORMAT, "source": None, "results": [{"report": {}}], "summaries": {}}
                ),
            }[damage]
        )
    assert _run(capsys, "--format", "json", "drafts") == expected
    for entry in entries:  # replaced by a whole entry
        json.loads(entry.read_text())
        assert entry.read_text() != ""
    assert _run(capsys, "--format", "json", "drafts") == expected


def test_two_concurrent_runs_agree_and_leave_whole_entries(drafts: Path, tmp_path: Path) -> None:
    env = {**os.environ, "COLUMNS": "100"}
    env.pop("FOLLOWUP_LINT_NO_CACHE", None)
    cmd = [sys.executable, "-m", "followup_lint", "check", "--date", DATE, "--format", "json", "--jobs", "1", "drafts"]
    expected = subprocess.run([*cmd, "--no-cache"], check=False, capture_output=True, text=True, env=env, cwd=tmp_path)
    runs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=env, cwd=tmp_path) for _ in range(2)]
    outputs = [p.communicate(timeout=600)[0] for p in runs]
    assert outputs == [expected.stdout, expected.stdout]
    assert not list(Path(tmp_path, CACHE_DIR_NAME).rglob("*.tmp"))  # no temporary file left behind
    again = subprocess.run(cmd, check=False, capture_output=True, text=True, env=env, cwd=tmp_path)
    assert again.stdout == expected.stdout


def test_a_cached_answer_loads_neither_spacy_nor_harper_nor_textstat(drafts: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "FOLLOWUP_LINT_NO_CACHE"}
    script = (
        "import sys\n"
        "from followup_lint.cli import main\n"
        f"code = main(['check', '--date', {DATE!r}, '--format', 'json', 'drafts'])\n"
        "print(sorted(m for m in ('spacy', 'harper', 'textstat') if m in sys.modules), code, file=sys.stderr)\n"
    )
    first = subprocess.run(
        [sys.executable, "-c", script], check=False, capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert first.stderr.strip().endswith("['harper', 'spacy', 'textstat'] 2"), first.stderr
    second = subprocess.run(
        [sys.executable, "-c", script], check=False, capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert second.stderr.strip().endswith("[] 2"), second.stderr
    assert second.stdout == first.stdout


def _boom(inp: object, params: object) -> list[object]:
    raise ZeroDivisionError("division by zero")


def test_a_report_with_a_crash_notice_is_never_cached(
    drafts: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patch:
        patch.setitem(REGISTRY, "existence", dataclasses.replace(REGISTRY["existence"], run=_boom))
        code, out, _ = _run(capsys, "--jobs", "1", "--format", "json", "drafts/thank-you-weak.txt")
        assert code == 2 and "FL909" in out
    assert not _entries(Path(CACHE_DIR_NAME))
    code, out, _ = _run(capsys, "--jobs", "1", "--format", "json", "drafts/thank-you-weak.txt")
    assert "FL909" not in out


def test_fix_is_never_answered_from_the_cache(drafts: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = drafts / "thank-you-weak.txt"
    before = draft.read_bytes()
    _run(capsys, "--format", "json", str(draft.relative_to(drafts.parent)))
    assert _entries(Path(CACHE_DIR_NAME))
    _run(capsys, "--fix", str(draft.relative_to(drafts.parent)))
    assert draft.read_bytes() != before  # the fix was written, not skipped as a cache hit
    fixed = _run(capsys, "--format", "json", str(draft.relative_to(drafts.parent)))
    assert fixed == _run(capsys, "--no-cache", "--format", "json", str(draft.relative_to(drafts.parent)))


def test_cache_dir_and_clean(drafts: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    elsewhere = tmp_path / "elsewhere"
    _run(capsys, "--cache-dir", str(elsewhere), "drafts")
    assert _entries(elsewhere) and not Path(CACHE_DIR_NAME).exists()
    assert main(["clean", "--cache-dir", str(elsewhere)]) == 0
    assert not elsewhere.exists()
    _run(capsys, "drafts")
    assert Path(CACHE_DIR_NAME).is_dir()
    assert main(["clean"]) == 0
    assert not Path(CACHE_DIR_NAME).exists()
    capsys.readouterr()
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "keep.txt").write_text("mine")
    assert main(["clean", "--cache-dir", str(precious)]) == 2  # not ours: never deleted
    assert (precious / "keep.txt").read_text() == "mine"


def test_a_cache_key_is_the_same_with_and_without_the_run_memo(drafts: Path) -> None:
    runner = Runner()
    memo: dict[object, object] = {}
    for name in ("thank-you.txt", "thank-you.txt"):
        job = runner.job(drafts / name)
        data = (drafts / name).read_bytes()
        assert job_key(job, data, date(2026, 3, 5), memo) == job_key(job, data, date(2026, 3, 5))


def test_a_run_gives_each_file_as_soon_as_it_and_those_before_it_are_done(drafts: Path) -> None:
    options = RunOptions(cache=True)
    expected = Runner(RunOptions()).run(["drafts"]).outcomes
    outcomes = iter(Runner(options).stream(["drafts"], jobs=1))
    first = next(o for o in outcomes if o.result.report is not None)
    assert len(_entries(Path(CACHE_DIR_NAME))) == 1  # stored as it is given; no later file yet
    got = [o.result.report for o in (first, *outcomes) if o.result.report is not None]
    assert got == [o.result.report for o in expected if o.result.report is not None]
    assert len(_entries(Path(CACHE_DIR_NAME))) == len(list(drafts.iterdir()))  # a file's read error too


def test_an_entry_damaged_after_the_run_looked_it_up_is_linted_again(drafts: Path) -> None:
    options = RunOptions(cache=True)
    expected = [o.result for o in Runner(options).run(["drafts"]).outcomes]  # fills the cache
    stream = Runner(options).stream(["drafts"], jobs=1)  # every entry found ...
    for entry in _entries(Path(CACHE_DIR_NAME)):  # ... then damaged before it is read
        entry.write_text(entry.read_text()[:100])
    assert [o.result for o in stream] == expected
    for entry in _entries(Path(CACHE_DIR_NAME)):
        json.loads(entry.read_text())  # replaced by whole entries


def test_an_entry_reads_back_what_was_stored_even_with_undecodable_bytes() -> None:
    from finding_factory import make_finding

    from followup_lint.cache import _dump, _load
    from followup_lint.formats.base import FileResult
    from followup_lint.report import Report
    from followup_lint.spans import Segment, SourceMap

    text = "Hi \udcff Ana,\nThanks \u2014 \U0001f64f\n"
    finding = make_finding(
        "FL204", 0, 2, name="gratitude", category="content", guidance=["G-1"], message="Say “thanks”"
    )
    report = Report(path="a.txt", purpose="thank-you", channel="email", score=90.0, findings=[finding])
    results = [
        FileResult(
            path="a.txt",
            report=report,
            source_text=text,
            source_map=SourceMap(text, [Segment(0, 5, 0)]),
            draft_text=text[:5],
        ),
        FileResult(path="a.txt", report=None, error="a.txt: something \udcff"),
    ]
    loaded = _load(_dump(results, {"FL204": "The draft never thanks the reader."}), "a.txt")
    assert loaded is not None
    back, summaries = loaded
    assert summaries == {"FL204": "The draft never thanks the reader."}
    assert [(r.report, r.error, r.source_text, r.draft_text) for r in back] == [
        (r.report, r.error, r.source_text, r.draft_text) for r in results
    ]
    assert back[0].source_map is not None and back[0].source_map.segments == [Segment(0, 5, 0)]


def test_an_entry_written_by_pydantic_core_holds_what_the_python_encoder_writes(drafts: Path) -> None:
    from followup_lint.cache import _dump, _dump_python, _load

    result = Runner(RunOptions()).run(["drafts"])
    by_file: dict[str, list] = {}
    for r in result.results:
        by_file.setdefault(r.path, []).append(r)
    assert len(by_file) > 5 and any(r.report is None for r in result.results)
    summaries = {"FL204": "The draft never thanks the reader."}
    for results in by_file.values():
        fast, slow = _dump(results, summaries), _dump_python(results, summaries)
        assert json.loads(fast) == json.loads(slow)
        assert _load(fast, "x") == _load(slow, "x")


def test_a_report_with_a_lone_surrogate_is_stored_as_the_python_encoder_stores_it() -> None:
    from followup_lint.cache import _dump, _dump_python, _load
    from followup_lint.formats.base import FileResult
    from followup_lint.report import Report

    report = Report(path="a.txt", purpose="thank-you", channel="email", score=90.0, label="b \udcff")
    results = [FileResult(path="a.txt", report=report, source_text="Hi \udcff", draft_text="Hi")]
    assert json.loads(_dump(results, {})) == json.loads(_dump_python(results, {}))
    fast, slow = _load(_dump(results, {}), "a.txt"), _load(_dump_python(results, {}), "a.txt")
    assert fast is not None and fast == slow and fast[0][0].source_text == "Hi \udcff"


def test_installed_versions_agree_with_the_package_metadata() -> None:
    from importlib.metadata import PackageNotFoundError, version

    from followup_lint.cache import _LIBRARIES, installed_versions

    names = [*_LIBRARIES, "pytest", "no-such-package-here"]
    expected = {}
    for name in names:
        with contextlib.suppress(PackageNotFoundError):
            expected[name] = version(name)
    assert "pytest" in expected and "no-such-package-here" not in expected
    assert installed_versions(names) == expected

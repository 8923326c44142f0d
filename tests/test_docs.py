"""Generated docs are up to date: regenerate with `python -m followup_lint.refdocs`."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from followup_lint import cli
from followup_lint.refdocs import main, targets

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("path", list(targets(ROOT)), ids=lambda p: p.name)
def test_generated_doc_is_current(path: Path) -> None:
    expected = targets(ROOT)[path]
    assert path.is_file(), f"{path} is missing: run python -m followup_lint.refdocs"
    assert path.read_text(encoding="utf-8") == expected, f"{path} is stale: run python -m followup_lint.refdocs"


def test_readme_starts_with_the_two_setup_commands() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("```bash\n", 1)[1].split("```", 1)[0].strip().splitlines()
    assert len(block) == 2
    assert "followup-lint check" in block[0] and "examples/" in block[0]
    assert "pytest" in block[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "README.md" in ci


def test_refdocs_help_prints_usage_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--help`` was once read as the folder to write into (it wrote ./--help/docs)."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as stop:
        main(["--help"])
    assert stop.value.code == 0
    assert "usage:" in capsys.readouterr().out
    assert not any(tmp_path.iterdir())


def test_refdocs_writes_under_the_folder_given(tmp_path: Path) -> None:
    assert main([str(tmp_path)]) == 0
    assert (tmp_path / "docs" / "rules.md").is_file()


# Sample output in the docs is what the tool prints: every ```console block that starts with
# `$ followup-lint ...` is run from the project folder (on the bundled examples/) and each line it
# shows, other than `...` for lines left out, must be a line of the real output, in order.
SAMPLED_DOCS = ("README.md", "docs/getting-started.md", "docs/formats.md", "docs/ci.md")
_SAMPLE = re.compile(r"^```console\n\$ (followup-lint [^\n]*)\n(.*?)^```", re.MULTILINE | re.DOTALL)


def _samples() -> list[tuple[str, str, str]]:
    found = []
    for name in SAMPLED_DOCS:
        text = (ROOT / name).read_text(encoding="utf-8")
        found += [(name, m.group(1), m.group(2)) for m in _SAMPLE.finditer(text)]
    return found


SAMPLES = _samples()


def test_the_readme_and_getting_started_show_a_real_score_line() -> None:
    for name in ("README.md", "docs/getting-started.md"):
        shown = [s for doc, _, s in SAMPLES if doc == name]
        assert any(": score " in sample for sample in shown), f"{name} has no checked sample with a score line"


@pytest.mark.parametrize(("doc", "command", "shown"), SAMPLES, ids=[f"{d}:{c}" for d, c, _ in SAMPLES])
def test_doc_sample_is_what_the_command_prints(
    doc: str, command: str, shown: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    cli.main(shlex.split(command)[1:])
    real = iter(capsys.readouterr().out.splitlines())
    for line in shown.splitlines():
        if line == "...":
            continue
        assert any(r == line for r in real), f"{doc}: `{command}` does not print (here, in this order):\n{line}"

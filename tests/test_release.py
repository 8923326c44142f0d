"""Release bookkeeping, offline: one version, a changelog in Keep a Changelog form that agrees with
it, and the distribution checker the release workflow relies on."""

from __future__ import annotations

import datetime as dt
import io
import re
import tarfile
import tomllib
import zipfile
from pathlib import Path
from types import ModuleType

import pytest
from project_scripts import load_script

import followup_lint
from followup_lint.cli import main

ROOT = Path(__file__).resolve().parents[1]
CHANGELOG = ROOT / "CHANGELOG.md"
SECTION_KINDS = {"Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"}


def _check_dist() -> ModuleType:
    return load_script(".github/scripts/check_dist.py")


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.match(r"\d+\.\d+\.\d+", version).group().split("."))  # type: ignore[union-attr]


# -- one version ---------------------------------------------------------------------------------


def test_the_version_is_written_once(capsys: pytest.CaptureFixture[str]) -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in pyproject["project"] and "version" in pyproject["project"]["dynamic"]
    assert pyproject["tool"]["hatch"]["version"]["path"] == "src/followup_lint/_version.py"
    # The package's own file: the source tree's, or the installed wheel's when the release
    # workflow runs these tests with src/ removed.
    version_file = Path(followup_lint._version.__file__)
    version = _check_dist().source_version(version_file)
    assert followup_lint.__version__ == version
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.strip() == f"followup-lint {version}"
    literal = re.compile(rf"""["']{re.escape(version)}["']""")
    copies = [
        p.name
        for p in version_file.parent.rglob("*.py")
        if p != version_file and literal.search(p.read_text(encoding="utf-8"))
    ]
    assert copies == [], f"the version is repeated in {copies}; import followup_lint.__version__ instead"


# -- the changelog -------------------------------------------------------------------------------


def test_changelog_follows_keep_a_changelog() -> None:
    text = CHANGELOG.read_text(encoding="utf-8")
    assert text.startswith("# Changelog\n")
    headings = re.findall(r"^(##+) (.*)$", text, re.MULTILINE)
    releases = [title for level, title in headings if level == "##"]
    assert releases[0] == "[Unreleased]", "the first section collects what is not released yet"
    previous: tuple[tuple[int, ...], dt.date] | None = None
    for title in releases[1:]:
        m = re.fullmatch(r"\[(\d+\.\d+\.\d+(?:[-.]?\w+)?)\] - (\d{4}-\d{2}-\d{2})", title)
        assert m, f"CHANGELOG.md: release heading {title!r} is not `[X.Y.Z] - YYYY-MM-DD`"
        current = (_version_key(m.group(1)), dt.date.fromisoformat(m.group(2)))
        if previous:
            assert current[0] < previous[0] and current[1] <= previous[1], f"{title} is out of order"
        previous = current
    kinds = {title for level, title in headings if level == "###"}
    assert kinds <= SECTION_KINDS, f"CHANGELOG.md: unknown change kinds {sorted(kinds - SECTION_KINDS)}"


def test_newest_release_in_the_changelog_is_this_version() -> None:
    checker = _check_dist()
    releases = checker.changelog_releases()
    assert releases, "CHANGELOG.md has no released version"
    assert releases[0][0] == followup_lint.__version__


def test_changelog_links_to_the_versioning_policy() -> None:
    text = CHANGELOG.read_text(encoding="utf-8")
    target, _, anchor = re.search(r"\]\((docs/releasing\.md#[\w-]+)\)", text).group(1).partition("#")  # type: ignore[union-attr]
    policy = (ROOT / target).read_text(encoding="utf-8")
    headings = [
        re.sub(r"[^\w -]", "", h).strip().lower().replace(" ", "-") for h in re.findall(r"^#+ (.*)$", policy, re.M)
    ]
    assert anchor in headings
    for promise in ("Rule codes", "JSON output", "Exit codes", "Python API", "Configuration keys"):
        assert f"**{promise}" in policy, promise


# -- the distribution checker --------------------------------------------------------------------


def _fake_dist(folder: Path, version: str, *, drop: str = "", extra: str = "") -> Path:
    """An sdist and a wheel holding the names check_dist looks for (contents are placeholders)."""
    folder.mkdir(parents=True, exist_ok=True)
    rules = sorted(p.name for p in (ROOT / "rules").glob("*.toml"))
    sdist_names = [
        "PKG-INFO", "pyproject.toml", "README.md", "LICENSE", "CHANGELOG.md", "action.yml",
        "src/followup_lint/_version.py", "src/followup_lint/py.typed", "docs/rules.md",
        "docs/json-schema.json", "tests/conftest.py", "tests/test_cli.py", "examples/thank-you-weak.txt",
        *(f"rules/{r}" for r in rules),
    ]  # fmt: skip
    with tarfile.open(folder / f"followup_lint-{version}.tar.gz", "w:gz") as tar:
        for name in [*sdist_names, extra]:
            if not name or name == drop:
                continue
            info = tarfile.TarInfo(f"followup_lint-{version}/{name}")
            info.size = 1
            tar.addfile(info, io.BytesIO(b"x"))
    info_dir = f"followup_lint-{version}.dist-info"
    with zipfile.ZipFile(folder / f"followup_lint-{version}-py3-none-any.whl", "w") as zf:
        names = ["followup_lint/py.typed", "followup_lint/_version.py", *(f"followup_lint/rules/{r}" for r in rules)]
        for name in names:
            if name != drop:
                zf.writestr(name, "x")
        zf.writestr(f"{info_dir}/METADATA", f"Metadata-Version: 2.4\nName: followup-lint\nVersion: {version}\n\n")
        zf.writestr(f"{info_dir}/entry_points.txt", "[console_scripts]\nfollowup-lint = followup_lint.cli:run\n")
    return folder


def test_check_dist_accepts_a_complete_dist(tmp_path: Path) -> None:
    checker = _check_dist()
    version = followup_lint.__version__
    assert checker.check(_fake_dist(tmp_path / "dist", version), tag=f"v{version}", twine=False) == []


def test_check_dist_names_each_problem(tmp_path: Path) -> None:
    checker = _check_dist()
    version = followup_lint.__version__
    good = _fake_dist(tmp_path / "good", version)
    (problem,) = checker.check(good, tag="v9.9.9", twine=False)
    assert "tag v9.9.9 does not match" in problem and f"v{version}" in problem

    (problem,) = checker.check(_fake_dist(tmp_path / "a", version, drop="rules/FL201-gratitude.toml"), twine=False)
    assert problem.endswith("rules/FL201-gratitude.toml is missing") and ".tar.gz" in problem
    (problem,) = checker.check(
        _fake_dist(tmp_path / "b", version, drop="followup_lint/rules/FL201-gratitude.toml"), twine=False
    )
    assert problem.endswith("followup_lint/rules/FL201-gratitude.toml is missing") and ".whl" in problem
    (problem,) = checker.check(_fake_dist(tmp_path / "c", version, extra=".venv/bin/python"), twine=False)
    assert "carries .venv/bin/python" in problem
    (problem,) = checker.check(_fake_dist(tmp_path / "d", version, drop="tests/conftest.py"), twine=False)
    assert "tests/conftest.py is missing" in problem
    stale = _fake_dist(tmp_path / "e", "0.0.1")
    problems = checker.check(stale, twine=False)
    assert len(problems) == 2 and all("expected one" in p for p in problems)


def test_check_dist_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    checker = _check_dist()
    version = followup_lint.__version__
    assert checker.main([str(_fake_dist(tmp_path / "ok", version)), "--no-twine"]) == 0
    assert f"publishable followup-lint {version}" in capsys.readouterr().out
    assert checker.main([str(tmp_path / "ok"), "--no-twine", "--tag", "v0.0.0"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("check_dist: tag v0.0.0 does not match") and len(err.splitlines()) == 1


def test_sdist_include_list_covers_every_top_level_path() -> None:
    """The release job runs the sdist's tests: a new top-level folder the tests read must ship."""
    include = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["hatch"]["build"]["targets"][
            "sdist"
        ]["include"]
    )
    gitignore = ROOT / ".gitignore"  # not in the sdist, where this test also runs
    lines = gitignore.read_text(encoding="utf-8").splitlines() if gitignore.exists() else []
    ignored = {line.strip().rstrip("/") for line in lines if line.strip()}
    # hatchling always ships pyproject.toml and writes PKG-INFO; caches and venvs are never source.
    ignored |= {".git", ".gitignore", "dist", "build", "pyproject.toml", "PKG-INFO", ".venv", ".pytest_cache"}
    present = {
        p.name
        for p in ROOT.iterdir()
        if p.name not in ignored and not any(p.match(pattern) for pattern in ignored if "*" in pattern)
    }
    assert present - include == set(), "add these to [tool.hatch.build.targets.sdist] include, or to .gitignore"

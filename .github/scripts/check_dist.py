"""Check built distributions before they are published: the checks `twine check` cannot make.

    python .github/scripts/check_dist.py dist/ [--tag vX.Y.Z] [--no-twine]

The release workflow and tests/test_packaging.py both run it, so what CI checks here is what a
release is held to. It checks that the sdist carries what a packager or a user rebuilding the
project needs (rules, docs, examples, tests), that the wheel carries the rule pack, the version
file and the type marker, that file names, metadata and `_version.py` name one version, that a
release tag and CHANGELOG.md agree with it, and runs `twine check --strict`. Standard library only.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tarfile
import zipfile
from email.parser import Parser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VERSION_FILE = "src/followup_lint/_version.py"


def source_version(path: Path = ROOT / VERSION_FILE) -> str:
    """The one version, read from `_version.py` without importing the package.

    Without a source tree (the release workflow runs the tests against the installed wheel, with
    `src/` removed), the installed distribution's version.
    """
    if not path.exists() and path == ROOT / VERSION_FILE:
        from importlib.metadata import version

        return version("followup-lint")
    text = path.read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
    if not match:
        raise SystemExit(f'{VERSION_FILE}: no `__version__ = "..."` line')
    return match.group(1)


def changelog_releases(root: Path = ROOT) -> list[tuple[str, str]]:
    """(version, date) of each released section of CHANGELOG.md, newest first."""
    text = (root / "CHANGELOG.md").read_text(encoding="utf-8")
    return re.findall(r"^## \[(\d+\.\d+\.\d+[^\]]*)\] - (\d{4}-\d{2}-\d{2})$", text, re.MULTILINE)


def _sdist_problems(sdist: Path, version: str) -> list[str]:
    prefix = f"followup_lint-{version}/"
    with tarfile.open(sdist) as tar:
        names = {m.name for m in tar.getmembers() if m.isfile()}
    problems = [f"{sdist.name}: {n} is outside {prefix}" for n in sorted(names) if not n.startswith(prefix)]
    inside = {n.removeprefix(prefix) for n in names}
    rules = sorted(p.name for p in (ROOT / "rules").glob("*.toml"))
    needed = [
        "PKG-INFO",
        "pyproject.toml",
        "README.md",
        "LICENSE",
        "CHANGELOG.md",
        "action.yml",
        VERSION_FILE,
        "src/followup_lint/py.typed",
        "docs/rules.md",
        "docs/json-schema.json",
        "tests/conftest.py",
        "examples/thank-you-weak.txt",
        *(f"rules/{r}" for r in rules),
    ]
    problems += [f"{sdist.name}: {n} is missing" for n in needed if n not in inside]
    if not any(n.startswith("tests/") and n.rsplit("/", 1)[-1].startswith("test_") for n in inside):
        problems.append(f"{sdist.name}: no tests/test_*.py")
    for junk in (".venv/", ".git/", "__pycache__/", ".pytest_cache/", ".hypothesis/", "dist/"):
        stray = sorted(n for n in inside if n.startswith(junk) or f"/{junk}" in n)
        if stray:
            problems.append(f"{sdist.name}: carries {stray[0]} (and {len(stray) - 1} more like it)")
    return problems


def _wheel_problems(wheel: Path, version: str) -> list[str]:
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        meta_name = f"followup_lint-{version}.dist-info/METADATA"
        if meta_name not in names:
            return [f"{wheel.name}: no {meta_name}"]
        meta = Parser().parsestr(zf.read(meta_name).decode("utf-8"))
        entry_points = zf.read(f"followup_lint-{version}.dist-info/entry_points.txt").decode("utf-8")
    problems = []
    if meta["Version"] != version:
        problems.append(f"{wheel.name}: METADATA says version {meta['Version']}, _version.py says {version}")
    rules = sorted(p.name for p in (ROOT / "rules").glob("*.toml"))
    needed = ["followup_lint/py.typed", "followup_lint/_version.py", *(f"followup_lint/rules/{r}" for r in rules)]
    problems += [f"{wheel.name}: {n} is missing" for n in needed if n not in names]
    if "followup-lint = followup_lint.cli:run" not in entry_points:
        problems.append(f"{wheel.name}: no `followup-lint` console script")
    stray = sorted(n for n in names if n.startswith(("tests/", "src/", "docs/")) or "__pycache__" in n)
    if stray:
        problems.append(f"{wheel.name}: carries {stray[0]}")
    return problems


def check(dist: Path, tag: str | None = None, twine: bool = True, version: str | None = None) -> list[str]:
    """Every problem found, one line each (empty: fit to publish). `version`: default `_version.py`'s."""
    version = version or source_version()
    problems: list[str] = []
    if tag is not None:
        if tag != f"v{version}":
            problems.append(f"tag {tag} does not match {VERSION_FILE} ({version}): expected v{version}")
        if version not in dict(changelog_releases()):
            problems.append(f"CHANGELOG.md has no `## [{version}] - YYYY-MM-DD` section")
    sdists = sorted(dist.glob("*.tar.gz"))
    wheels = sorted(dist.glob("*.whl"))
    expected_sdist = f"followup_lint-{version}.tar.gz"
    expected_wheel = f"followup_lint-{version}-py3-none-any.whl"
    if [p.name for p in sdists] != [expected_sdist]:
        problems.append(f"{dist}: expected one sdist {expected_sdist}, found {[p.name for p in sdists]}")
    else:
        problems += _sdist_problems(sdists[0], version)
    if [p.name for p in wheels] != [expected_wheel]:
        problems.append(f"{dist}: expected one wheel {expected_wheel}, found {[p.name for p in wheels]}")
    else:
        problems += _wheel_problems(wheels[0], version)
    if twine and sdists and wheels:
        result = subprocess.run(
            [sys.executable, "-m", "twine", "check", "--strict", *map(str, sdists + wheels)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            problems.append(f"twine check --strict failed:\n{result.stdout}{result.stderr}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dist", type=Path, help="the folder `python -m build` wrote")
    parser.add_argument("--tag", help="the release tag being published (vX.Y.Z)")
    parser.add_argument("--no-twine", action="store_true", help="skip `twine check --strict`")
    args = parser.parse_args(argv)
    problems = check(args.dist, args.tag, twine=not args.no_twine)
    for problem in problems:
        print(f"check_dist: {problem}", file=sys.stderr)
    if not problems:
        print(f"check_dist: {args.dist} holds a publishable followup-lint {source_version()}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

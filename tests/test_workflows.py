"""The GitHub workflows and the action are valid, offline: schema checks plus the promises a schema
cannot see (what triggers a release, who may publish, what CI runs where)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tomllib
from pathlib import Path
from typing import Any

import pytest

yaml = pytest.importorskip("yaml")
check_jsonschema = pytest.importorskip("check_jsonschema")

ROOT = Path(__file__).resolve().parents[1]
WORKFLOWS = ROOT / ".github" / "workflows"
CI = WORKFLOWS / "ci.yml"
RELEASE = WORKFLOWS / "release.yml"
ACTION = ROOT / "action.yml"


def _load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    # YAML 1.1 reads the key `on:` as True; GitHub reads it as "on".
    if True in data:
        data["on"] = data.pop(True)
    return data  # type: ignore[no-any-return]


def _schema_check(schema: str, *paths: Path) -> int:
    """check-jsonschema in-process (so pytest-socket would stop any download), with a bundled schema."""
    return int(check_jsonschema.main(["--builtin-schema", schema, *map(str, paths)], standalone_mode=False))


def _steps(data: dict[str, Any]) -> list[dict[str, Any]]:
    if "runs" in data:
        return list(data["runs"]["steps"])
    return [step for job in data["jobs"].values() for step in job.get("steps", [])]


def test_workflows_and_action_pass_the_bundled_schemas() -> None:
    workflows = sorted(WORKFLOWS.glob("*.yml"))
    assert {p.name for p in workflows} >= {"ci.yml", "release.yml"}
    assert _schema_check("vendor.github-workflows", *workflows) == 0
    assert _schema_check("custom.github-workflows-require-timeout", *workflows) == 0
    assert _schema_check("vendor.github-actions", ACTION) == 0


def test_the_schema_check_rejects_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    text = RELEASE.read_text(encoding="utf-8").replace("runs-on: ubuntu-latest", "runs_on: ubuntu-latest", 1)
    broken.write_text(text, encoding="utf-8")
    assert _schema_check("vendor.github-workflows", broken) == 1


@pytest.mark.parametrize("path", [CI, RELEASE, ACTION], ids=lambda p: p.name)
def test_steps_are_safe_and_parse(path: Path, tmp_path: Path) -> None:
    for step in _steps(_load(path)):
        if "uses" in step:
            ref = step["uses"].partition("@")[2]
            assert ref and ref not in {"main", "master", "HEAD"}, f"{step['uses']}: pin a release"
        if "run" in step:
            # Expressions pasted into a script are a script-injection hole: values go through env.
            assert "${{" not in step["run"], f"{path.name}: {step.get('name')}: pass ${{{{ }}}} values via env"
            script = tmp_path / "step.sh"
            script.write_text(step["run"], encoding="utf-8")
            parsed = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True, check=False)
            assert parsed.returncode == 0, f"{path.name}: {step.get('name')}: {parsed.stderr}"
        if step.get("uses", "").startswith("actions/checkout@"):
            assert step.get("with", {}).get("persist-credentials") is False


def _supported_pythons() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return sorted(
        c.rsplit(" :: ", 1)[1]
        for c in project["classifiers"]
        if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)
    )


def test_ci_runs_dot_ci_run_on_every_os_and_supported_python() -> None:
    ci = _load(CI)
    assert {"push", "pull_request"} <= set(ci["on"])
    assert ci["permissions"] == {"contents": "read"}
    (job,) = ci["jobs"].values()
    matrix = job["strategy"]["matrix"]
    assert {os.split("-")[0] for os in matrix["os"]} == {"ubuntu", "macos", "windows"}
    assert sorted(matrix["python"]) == _supported_pythons()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert f">={min(matrix['python'], key=lambda v: tuple(map(int, v.split('.'))))}" == project["requires-python"]
    runs = [s["run"].strip() for s in job["steps"] if "run" in s]
    assert runs == ["bash .ci/run"]


def test_release_publishes_only_a_tested_tagged_build_without_a_stored_token() -> None:
    text = RELEASE.read_text(encoding="utf-8")
    release = _load(RELEASE)
    assert set(release["on"]) == {"push"} and set(release["on"]["push"]) == {"tags"}
    (pattern,) = release["on"]["push"]["tags"]
    # GitHub's filter syntax: `+` repeats the class before it, `*` matches anything but `/`.
    as_regex = "^" + pattern.replace(".", r"\.").replace("*", "[^/]*") + "$"
    for tag in ("v0.2.0", "v1.10.3", "v0.2.0rc1"):
        assert re.match(as_regex, tag), tag
    for tag in ("0.2.0", "v0.2", "latest", "release-1"):
        assert not re.match(as_regex, tag), tag

    assert release["permissions"] == {"contents": "read"}
    jobs = release["jobs"]
    assert jobs["test"]["needs"] == "build" and jobs["publish"]["needs"] == "test"
    for name, job in jobs.items():
        granted = job.get("permissions", {})
        assert ("id-token" in granted) == (name == "publish"), f"only publish may mint a PyPI token ({name})"
    assert jobs["publish"]["permissions"] == {"id-token": "write"}
    assert "secrets." not in text and "password" not in text.lower(), "trusted publishing needs no token"
    (upload,) = [s for s in jobs["publish"]["steps"] if "pypa/gh-action-pypi-publish" in s.get("uses", "")]
    assert "with" not in upload or not {"password", "user"} & set(upload["with"])

    build_runs = "\n".join(s.get("run", "") for s in jobs["build"]["steps"])
    assert "python -m build" in build_runs
    assert '.github/scripts/check_dist.py dist --tag "$TAG"' in build_runs
    (tag_env,) = [s["env"]["TAG"] for s in jobs["build"]["steps"] if "TAG" in s.get("env", {})]
    assert tag_env == "${{ github.ref_name }}"
    test_runs = "\n".join(s.get("run", "") for s in jobs["test"]["steps"])
    assert "python -m venv" in test_runs and "rm -rf src" in test_runs and "-m pytest" in test_runs
    assert {os.split("-")[0] for os in jobs["test"]["strategy"]["matrix"]["os"]} == {"ubuntu", "macos", "windows"}


@pytest.mark.parametrize(
    ("os_name", "expected"), [("", "python3 -m venv|.venv/bin/pip"), ("Windows_NT", "python -m venv|.venv/Scripts/pip")]
)
def test_ci_run_speaks_windows_venv_layout(tmp_path: Path, os_name: str, expected: str) -> None:
    """ci.yml runs .ci/run under Git Bash on Windows, where the README's venv paths differ."""
    (tmp_path / ".ci").mkdir()
    shutil.copy(ROOT / ".ci" / "run", tmp_path / ".ci" / "run")
    (tmp_path / "README.md").write_text(
        "# x\n\n```bash\necho first\nprintf '%s|%s\\n' 'python3 -m venv' .venv/bin/pip\n```\n", encoding="utf-8"
    )
    env = {k: v for k, v in os.environ.items() if k != "OS"} | ({"OS": os_name} if os_name else {})
    result = subprocess.run(
        ["bash", str(tmp_path / ".ci" / "run")], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == expected

"""The GitHub Action's shell steps and the pre-commit hook, run here without GitHub."""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from followup_lint import __version__

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src"


def _shim(folder: Path) -> Path:
    """A ``followup-lint`` command on PATH that runs this checkout with this interpreter."""
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / "followup-lint"
    script.write_text(
        "#!/bin/sh\n"
        f'PYTHONPATH="{SRC}" exec "{sys.executable}" -c '
        "'import sys; from followup_lint.cli import main; sys.exit(main())' \"$@\"\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return folder


def _run_action(
    repo: Path, tmp: Path, inputs: dict[str, str], *, install: bool = False, bin_dir: Path | None = None
) -> tuple[list[tuple[str, int, str]], Path]:
    """Run the ``run:`` steps of action.yml in order, with the env and contexts GitHub would set.

    ``bin_dir`` goes first on PATH (default: a ``followup-lint`` that runs this checkout). The install
    step runs only with ``install``: against a stand-in ``python`` offline, or a fresh venv's.
    """
    yaml = pytest.importorskip("yaml")
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    defaults = {k: str(v.get("default", "")) for k, v in action["inputs"].items()}
    values = {**defaults, **inputs}
    output = tmp / "github_output"
    output.write_text("")
    contexts = {"runner.temp": str(tmp), "github.action_path": str(ROOT)}

    def expand(text: str) -> str:
        def one(m: re.Match[str]) -> str:
            expr = m.group(1).strip()
            if expr.startswith("inputs."):
                return values[expr.removeprefix("inputs.")]
            return contexts[expr]

        return re.sub(r"\$\{\{(.*?)\}\}", one, text)

    def condition(expr: str) -> bool:
        m = re.fullmatch(r"(?:\$\{\{\s*)?inputs\.([\w-]+)\s*==\s*'([^']*)'(?:\s*\}\})?", expr.strip())
        assert m, f"the test cannot evaluate `if: {expr}`"
        return values[m.group(1)] == m.group(2)

    env = {
        **os.environ,
        "PATH": f"{bin_dir or _shim(tmp / 'bin')}{os.pathsep}{os.environ['PATH']}",
        "GITHUB_OUTPUT": str(output),
        "GITHUB_ACTIONS": "true",
        "GITHUB_ACTION_PATH": str(ROOT),
        "RUNNER_TEMP": str(tmp),
    }
    ran = []
    for step in action["runs"]["steps"]:
        if "run" not in step or (step.get("id") == "install" and not install):
            continue  # setup-python and upload-sarif need GitHub
        if "if" in step and not condition(step["if"]):
            continue
        assert step.get("shell") == "bash"
        step_env = {k: expand(str(v)) for k, v in (step.get("env") or {}).items()}
        assert "${{" not in step["run"], "inputs must reach scripts through env, never be pasted in"
        proc = subprocess.run(
            ["bash", "-e", "-c", step["run"]],
            cwd=repo,
            env={**env, **step_env},
            capture_output=True,
            text=True,
            timeout=1800 if install else 120,  # a real install fetches spaCy and the rest
            check=False,
        )
        ran.append((step.get("name", "?"), proc.returncode, proc.stdout + proc.stderr))
        if proc.returncode != 0:
            break
    return ran, output


def test_action_steps_run_against_the_template_repository(repo: Path, tmp_path: Path) -> None:
    ran, output = _run_action(
        repo,
        tmp_path,
        {
            "paths": "drafts\ntemplates/linkedin/connect.txt",
            "upload-sarif": "true",
            "fail-under": "50",
        },
    )
    names = [n for n, _, _ in ran]
    assert names == ["Write SARIF", "Check drafts"]
    sarif_code, check_code = ran[0][1], ran[1][1]
    assert sarif_code == 0
    assert check_code == 1, ran[1][2]  # casual.txt has an error (FL303 is raised to error in the config)
    assert "::error file=drafts/casual.txt" in ran[1][2]
    assert "gonna" not in ran[1][2]  # excerpts are off by default
    written = dict(line.split("=", 1) for line in output.read_text().splitlines())
    sarif = json.loads(Path(written["sarif-file"]).read_text())
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["results"]
    assert "gonna" not in json.dumps(sarif)


def test_action_clean_run_and_config_input(repo: Path, tmp_path: Path) -> None:
    ran, _ = _run_action(repo, tmp_path, {"paths": "drafts/thank-you.txt", "format": "text"})
    assert [(n, c) for n, c, _ in ran] == [("Check drafts", 0)]
    ran, _ = _run_action(repo, tmp_path, {"paths": "drafts/thank-you.txt", "config": "missing.toml"})
    assert ran[-1][1] == 2 and "missing.toml" in ran[-1][2]


def _stand_in_python(folder: Path, log: Path) -> Path:
    """A ``python`` that logs ``-m pip`` calls instead of installing, beside the checkout's followup-lint."""
    _shim(folder)
    script = folder / "python"
    script.write_text(
        f'#!/bin/sh\nif [ "$1 $2" = "-m pip" ]; then echo "$@" >> "{log}"; exit 0; fi\nexec "{sys.executable}" "$@"\n'
    )
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return folder


def test_action_installs_its_own_checkout_by_default(repo: Path, tmp_path: Path) -> None:
    log = tmp_path / "pip.log"
    bin_dir = _stand_in_python(tmp_path / "bin", log)
    ran, output = _run_action(repo, tmp_path, {"paths": "drafts/thank-you.txt"}, install=True, bin_dir=bin_dir)
    assert [(n, c) for n, c, _ in ran] == [("Install followup-lint", 0), ("Check drafts", 0)], ran
    (pip_call,) = log.read_text().splitlines()
    assert pip_call.split()[:3] == ["-m", "pip", "install"] and pip_call.split()[-1] == str(ROOT)
    assert f"followup-lint {__version__}" in ran[0][2]
    assert f"version={__version__}" in output.read_text().splitlines()


def test_action_version_input_pins_a_release(repo: Path, tmp_path: Path) -> None:
    log = tmp_path / "pip.log"
    bin_dir = _stand_in_python(tmp_path / "bin", log)

    def install(version: str) -> tuple[int, str, list[str]]:
        log.unlink(missing_ok=True)
        ran, _ = _run_action(
            repo, tmp_path, {"paths": "drafts/thank-you.txt", "version": version}, install=True, bin_dir=bin_dir
        )
        calls = log.read_text().splitlines() if log.exists() else []
        return ran[0][1], ran[0][2] if len(ran) == 1 else "ran on", calls

    code, out, calls = install(__version__)
    assert code == 0 and out == "ran on" and calls[0].split()[-1] == f"followup-lint=={__version__}"
    # The index handed over another version (or none at all): fail before any draft is checked.
    code, out, calls = install("9.9.9")
    assert code == 2 and "asked for version 9.9.9" in out and calls[0].split()[-1] == "followup-lint==9.9.9"
    # Anything but a release number is refused before pip sees it.
    for bad in ("latest", ">=0.1", "0.2.0 --index-url https://example.invalid/simple", "0.2.0; rm -rf ~", "../x"):
        code, out, calls = install(bad)
        assert (code, calls) == (2, []) and "::error title=followup-lint::the version input must be" in out, bad


def test_pre_commit_hook_definition() -> None:
    yaml = pytest.importorskip("yaml")
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    (hook,) = hooks
    assert (
        hook["id"] == "followup-lint" and hook["entry"] == "followup-lint check --force-exclude"
    )  # pre-commit names files: exclude must hold
    assert hook["language"] == "python"
    files = re.compile(hook["files"])
    for name in ("a.txt", "b.eml", "c.md", "d.html", "e.htm", "f.j2", "g.jinja", "h.jinja2", "i.tmpl"):
        assert files.search(f"drafts/{name}"), name
    for name in ("a.py", "b.toml", "c.txt.bak"):
        assert not files.search(name), name


@pytest.mark.registry
def test_action_installs_from_its_checkout_for_real(repo: Path, tmp_path: Path) -> None:  # pragma: no cover
    """The install step builds this checkout into a fresh venv; the later steps run what it installed."""
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / "bin"
    inputs = {"paths": "drafts\ntemplates/linkedin/connect.txt", "upload-sarif": "true", "fail-under": "50"}
    ran, output = _run_action(repo, tmp_path, inputs, install=True, bin_dir=bin_dir)
    assert [(n, c) for n, c, _ in ran] == [("Install followup-lint", 0), ("Write SARIF", 0), ("Check drafts", 1)], ran
    assert (bin_dir / "followup-lint").exists()
    assert "::error file=drafts/casual.txt" in ran[2][2]
    assert f"version={__version__}" in output.read_text().splitlines()


@pytest.mark.registry
def test_pre_commit_try_repo(tmp_path: Path) -> None:  # pragma: no cover - needs the registry
    """Install pre-commit from the registry into a fresh venv and run the hook on a sample repo."""
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    py = env_dir / "bin" / "python"
    subprocess.run([py, "-m", "pip", "install", "--quiet", "pre-commit"], check=True, timeout=600)
    sample = tmp_path / "sample"
    sample.mkdir()
    (sample / "good.txt").write_text((ROOT / "tests/fixtures/template-repo/drafts/thank-you.txt").read_text())
    (sample / "bad.txt").write_text((ROOT / "tests/fixtures/template-repo/drafts/casual.txt").read_text())
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run([*git, "init", "-q"], cwd=sample, check=True)
    subprocess.run([*git, "add", "."], cwd=sample, check=True)
    subprocess.run([*git, "commit", "-qm", "drafts"], cwd=sample, check=True)

    def try_repo(*files: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [env_dir / "bin" / "pre-commit", "try-repo", str(ROOT), "followup-lint", "--files", *files],
            cwd=sample,
            capture_output=True,
            text=True,
            timeout=1800,
            check=False,
            env={**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache")},
        )

    good = try_repo("good.txt")
    assert good.returncode == 0, good.stdout + good.stderr
    bad = try_repo("bad.txt")
    assert bad.returncode == 1 and "FL303" in bad.stdout, bad.stdout + bad.stderr

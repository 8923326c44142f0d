"""Language rules end to end: typos found with suggestions, names pass, LanguageTool degrades gracefully."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from followup_lint import Config, Linter
from followup_lint.cli import main

DRAFT = (
    "Subject: Thank you – Platform Engineer interview\n"
    "To: Priya Okafor <priya@initech.com>\n\n"
    "Hi Priya,\n\n"
    "Thank you for meeting there team at Acme on Tuesday. I look forward to recieve your reply,\n"
    "and I enjoyed the the tour of your Kubernetes platform.\n\n"
    "Could you share the next steps?\n\n"
    "Best regards,\nSam Lee\n"
)


def _by_code(report) -> dict[str, list]:  # type: ignore[no-untyped-def]
    out: dict[str, list] = {}
    for f in report.findings:
        out.setdefault(f.code, []).append(f)
    return out


def test_typos_reported_with_suggestions_names_pass(linter: Linter) -> None:
    report = linter.lint(DRAFT)
    found = {DRAFT[f.start:f.end].lower(): f for f in report.findings if f.code.startswith("FL40")}
    assert "recieve" in found and "receive" in [e.replacement for s in found["recieve"].suggestions for e in s.edits]
    assert any("there" in k for k in found), found.keys()
    assert any(k.startswith("the the") or k == "the" for k in found), found.keys()
    for f in found.values():
        assert f.suggestions, f
        assert f.source and f.source.startswith("harper:")
    flagged = " ".join(found)
    for name in ("acme", "kubernetes", "priya", "okafor", "sam"):
        assert name not in flagged


def test_readability_figures_offline(linter: Linter) -> None:
    report = linter.lint(DRAFT)
    assert isinstance(report.metrics["reading_grade"], float)
    assert report.metrics["reading_formula"]


def _dead_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def test_dead_languagetool_gives_a_notice_and_harper_still_runs() -> None:
    url = f"http://127.0.0.1:{_dead_port()}"
    linter = Linter(Config.model_validate({"language": {"languagetool_url": url, "languagetool_timeout": 1}}))
    report = linter.lint(DRAFT)
    notices = [n for n in report.notices if n.code == "FL905"]
    assert notices and "LanguageTool" in notices[0].message
    assert any(f.code == "FL401" for f in report.findings)


def test_require_grammar_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    url = f"http://127.0.0.1:{_dead_port()}"
    assert main(["check", "--format", "json", "--languagetool-url", url, str(draft)]) == 1
    out = json.loads(capsys.readouterr().out)
    assert any(n["code"] == "FL905" for n in out["files"][0]["report"]["notices"])
    assert main(["check", "--languagetool-url", url, "--require-grammar", str(draft)]) == 2


def test_language_rules_can_be_switched_off() -> None:
    report = Linter(Config.model_validate({"language": {"enabled": False}})).lint(DRAFT)
    assert not any(f.code.startswith("FL40") for f in report.findings)


def test_user_words_accepted() -> None:
    text = DRAFT.replace("Kubernetes", "Zorbleflux")
    plain = Linter().lint(text.replace("the tour of your Zorbleflux platform", "the tour; zorbleflux impressed me"))
    assert any(f.code == "FL401" for f in plain.findings)
    report = Linter(Config.model_validate({"language": {"words": ["zorbleflux"]}})).lint(
        text.replace("the tour of your Zorbleflux platform", "the tour; zorbleflux impressed me"))
    assert not any("zorbleflux" in text.lower()[f.start:f.end] for f in report.findings if f.code == "FL401")

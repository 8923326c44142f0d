"""textstat is imported without pkg_resources, and reads its word lists the same way."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

DRAFT = (
    "Subject: Thank you\n\nHi Ana,\n\nThank you for the extraordinarily thoughtful conversation about the "
    "analytics platform on Tuesday. I appreciated the consideration you gave my candidacy.\n\nBest,\nLee\n"
)


def _run(code: str) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=True, timeout=300
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_linting_imports_no_pkg_resources_and_scores_as_with_it() -> None:
    code = f"""
        import json, sys
        {{pre}}
        import followup_lint
        from followup_lint.language.readability import _textstat
        report = followup_lint.Linter().lint({DRAFT!r})
        textstat, offline = _textstat()
        text = {DRAFT!r}
        print(json.dumps({{
            "pkg_resources": "pkg_resources" in sys.modules,
            "offline": offline,
            "difficult": textstat.difficult_words(text),
            "dale_chall": textstat.dale_chall_readability_score(text),
            "report": report.model_dump(mode="json"),
        }}))
        """
    light = _run(code.replace("{pre}", ""))
    ordinary = _run(code.replace("{pre}", "import pkg_resources"))
    assert light["pkg_resources"] is False
    assert ordinary["pkg_resources"] is True
    assert light["offline"] is True
    assert light["difficult"] == ordinary["difficult"]  # the easy-word list read the same
    assert light["dale_chall"] == ordinary["dale_chall"]
    assert light["report"] == ordinary["report"]


def test_pkg_resources_imported_later_is_setuptools_own() -> None:
    found = _run(
        """
        import json, sys
        from followup_lint.language.readability import _textstat
        _textstat()
        import pkg_resources
        print(json.dumps({"real": hasattr(pkg_resources, "working_set")}))
        """
    )
    assert found == {"real": True}

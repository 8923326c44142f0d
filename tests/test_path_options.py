"""lint_paths and fix_paths take the same keywords (runner.PathOptions), built into options once."""

from __future__ import annotations

from pathlib import Path

import pytest

import followup_lint
from followup_lint.runner import PathOptions, path_run_options


def test_both_take_the_same_keywords_and_refuse_unknown_ones(tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_text("Hi Ana,\n\nthx for the chat!!\n\nLee\n", encoding="utf-8")
    keywords = {"select": ["FL3"], "ignore": ["FL303"], "purpose": "thank-you", "context": {"company": "Acme"}}
    linted = followup_lint.lint_paths([tmp_path], **keywords)  # type: ignore[arg-type]
    fixed = followup_lint.fix_paths([tmp_path], write=False, **keywords)  # type: ignore[arg-type]
    codes = {f.code for r in linted.reports for f in r.findings}
    assert codes and all(c.startswith("FL3") and c != "FL303" for c in codes)
    assert fixed.results[0].fix is not None
    for call in (followup_lint.lint_paths, followup_lint.fix_paths):
        with pytest.raises(TypeError, match="colour"):
            call([tmp_path], colour=True)  # type: ignore[call-arg]


def test_options_hold_each_keyword() -> None:
    options = path_run_options(select=["FL1"], ignore=("FL2",), context={"company": "Acme"}, template=True)
    assert options.select == ("FL1",) and options.ignore == ("FL2",) and options.template is True
    assert options.context is not None and options.context.company == "Acme"
    assert set(PathOptions.__annotations__) >= {"config", "config_file", "baseline", "purpose", "channel"}

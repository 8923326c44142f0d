"""Every regular expression the linter runs stays linear (issue 16).

Each pattern (module globals, literal ``re.*`` calls, rule files, and whatever the rule pack
compiles while it lints its own examples) is pumped with adversarial strings at 1x and 10x;
a pattern whose time grows like a square or worse fails, naming the input that shows it.
See tests/regex_audit.py for how patterns are found and growth is judged.  A new pattern
cannot land without passing this test.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import regex_audit

pytestmark = pytest.mark.timeout(900)


@pytest.fixture(scope="module")
def patterns() -> list[regex_audit.Pattern]:
    return regex_audit.all_patterns()


def test_the_audit_finds_the_patterns_it_must_judge(patterns: list[regex_audit.Pattern]) -> None:
    origins = {p.origin for p in patterns}
    assert "followup_lint.draft.PLACEHOLDER" in origins
    assert any(o.startswith("FL303.") for o in origins)
    assert any(o.startswith("src/followup_lint/") for o in origins)  # inline re.* literals
    assert len(patterns) > 150


def test_the_audit_catches_quadratic_and_worse_patterns() -> None:
    known_bad = [
        regex_audit.Pattern(r"[!?]*(?:\?!|!\?)[!?]*", 0, "old FL303"),
        regex_audit.Pattern(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE, "old FL142"),
        regex_audit.Pattern(r"^([A-Za-z][A-Za-z-]*)[ \t]*:[ \t]*(.*?)[ \t]*$", 0, "old header"),
        regex_audit.Pattern(r"^[ \t]*<!--(?:(?!-->).)*-->", re.MULTILINE | re.DOTALL, "old comment line"),
    ]
    assert [v.pattern.origin for v in regex_audit.audit(known_bad)] == [p.origin for p in known_bad]


def test_every_pattern_grows_linearly(patterns: list[regex_audit.Pattern]) -> None:
    bad = regex_audit.audit(patterns)
    assert not bad, "super-linear patterns:\n" + "\n".join(str(v) for v in bad)

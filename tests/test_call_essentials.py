"""FL121: a call script's name, role, reason and number; the caller's name is essential.

One missing piece is a tip (caller ID shows the number, a scheduled call needs none), but a
voicemail without the caller's name cannot be answered by anyone who does not know the voice: in
the calibration dev split no good script leaves it out, and every one that does is labelled short of
G-CHANNEL.  Scripts written for this test.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def _fl121(linter: Linter, script: str) -> list[str]:
    report = linter.lint(script, channel="call", purpose="status-check")
    return [f.severity.value for f in report.findings if f.code == "FL121"]


def test_a_voicemail_without_the_caller_s_name_is_a_warning(linter: Linter) -> None:
    script = (
        "Hello, Ms. Duarte. It's about the warehouse supervisor job, I interviewed on Monday. "
        "I'm calling to ask where things stand. Please ring me back on 0412 555 019."
    )
    assert _fl121(linter, script) == ["warning"]


def test_one_other_missing_piece_is_still_a_tip(linter: Linter) -> None:
    script = (
        "Hello, Ms. Duarte, this is Carla Mendes. I interviewed for the warehouse supervisor job on Monday "
        "and I'm calling to ask where things stand. Thanks, bye."
    )
    assert _fl121(linter, script) == ["info"]


def test_a_complete_script_passes(linter: Linter) -> None:
    script = (
        "Hello, Ms. Duarte, this is Carla Mendes. I interviewed for the warehouse supervisor job on Monday "
        "and I'm calling to ask where things stand. You can reach me on 0412 555 019. Thanks, bye."
    )
    assert _fl121(linter, script) == []

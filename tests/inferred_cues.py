"""The words a report quotes as the cue of an inference ("“still interviewing”"), checked against the
draft: the report says why it read a purpose or channel, so every quoted cue must be the draft's own."""

from __future__ import annotations

import re

_QUOTED = re.compile(r"“([^”]+)”")


def _plain(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").split()).lower()


def cues_not_in_draft(cue: str, text: str) -> list[str]:
    """The quoted parts of ``cue`` that are not words of ``text`` (spacing, case and curly
    apostrophes aside)."""
    flat = _plain(text)
    return [quoted for quoted in _QUOTED.findall(cue) if _plain(quoted) not in flat]

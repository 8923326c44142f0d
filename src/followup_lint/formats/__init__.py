"""Output formats: text, json, sarif, github and junit.

Every writer is ``write(results, *, excerpts=True, summaries=None) -> str`` (text also takes
``color``).  ``excerpts=False`` (CLI ``--no-excerpts``) keeps every piece of draft text out of
the output; see :mod:`followup_lint.formats.base`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import partial

from followup_lint.formats import github, json_format, junit, sarif, text
from followup_lint.formats.base import FileResult, clean_text

__all__ = ["FORMATS", "FileResult", "write"]

Writer = Callable[..., str]

FORMATS: dict[str, Writer] = {
    "text": text.write,
    "json": json_format.write,
    "sarif": sarif.write,
    "github": github.write,
    "junit": junit.write,
}


def write(
    name: str,
    results: Sequence[FileResult],
    *,
    excerpts: bool = True,
    color: bool = False,
    summaries: Mapping[str, str] | None = None,
    unsafe_fixes: bool = False,
) -> str:
    """Write ``results`` in format ``name``; ``color`` and ``unsafe_fixes`` (count unsafe fixes
    as fixable) only affect ``text``.

    ``summaries`` maps rule codes to one-line rule summaries (from the rule catalogue); they are
    SARIF's rule descriptions and the messages used when ``excerpts`` is False.
    """
    try:
        writer = FORMATS[name]
    except KeyError:
        raise ValueError(f"unknown format {name!r}; choose one of {', '.join(FORMATS)}") from None
    if name == "text":
        writer = partial(writer, color=color, unsafe_fixes=unsafe_fixes)
    return clean_text(writer(results, excerpts=excerpts, summaries=summaries))  # always encodable as UTF-8

"""Output formats: text, json, sarif, github and junit.

Every writer is ``write(results, *, excerpts=True, summaries=None) -> str`` (text also takes
``color``).  ``excerpts=False`` (CLI ``--no-excerpts``) keeps every piece of draft text out of
the output; see :mod:`followup_lint.formats.base`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import partial
from importlib import import_module
from typing import Any, Protocol

from followup_lint.formats.base import FileResult, clean_text

__all__ = ["FORMATS", "STREAMED", "FileResult", "ResultStream", "stream", "write"]

Writer = Callable[..., str]

#: Format name -> the module that writes it.
_MODULES = {"text": "text", "json": "json_format", "sarif": "sarif", "github": "github", "junit": "junit"}


def _writer(name: str) -> Writer:
    """``write`` of the format's module, imported on first use (a run imports only its own
    format: JSON's models, SARIF and ``xml.etree`` stay out of a text run's start-up)."""

    def write(*args: Any, **kwargs: Any) -> str:
        result: str = import_module(f"followup_lint.formats.{_MODULES[name]}").write(*args, **kwargs)
        return result

    write.__name__ = write.__qualname__ = f"write_{name}"
    return write


FORMATS: dict[str, Writer] = {name: _writer(name) for name in _MODULES}


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


class ResultStream(Protocol):
    """A format written one result at a time, with the same bytes as :func:`write`."""

    def add(self, result: FileResult) -> str: ...

    def finish(self) -> str: ...


#: Formats whose document can be written as the results come (the rest need every result first).
STREAMED = ("text", "json", "github")


def stream(
    name: str,
    *,
    excerpts: bool = True,
    color: bool = False,
    summaries: Mapping[str, str] | None = None,
    unsafe_fixes: bool = False,
) -> ResultStream:
    """A writer for ``name`` (one of :data:`STREAMED`) that gives each result's text as soon as
    it has it; the pieces joined are exactly :func:`write`'s output.  ``summaries`` may grow
    while the stream runs: a result's text reads it when that result is added."""
    if name == "text":
        from followup_lint.formats.text import TextStream

        return TextStream(excerpts=excerpts, color=color, summaries=summaries, unsafe_fixes=unsafe_fixes)
    if name == "json":
        from followup_lint.formats.json_format import JsonStream

        return JsonStream(excerpts=excerpts, summaries=summaries)
    if name == "github":
        from followup_lint.formats.github import GithubStream

        return GithubStream(excerpts=excerpts, summaries=summaries)
    raise ValueError(f"the {name!r} format is not written as a stream; choose one of {', '.join(STREAMED)}")

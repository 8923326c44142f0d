"""Formats written one result at a time (the CLI's streamed output) give write()'s bytes."""

from __future__ import annotations

import pytest
from format_samples import make_results

from followup_lint.formats import STREAMED, stream, write
from followup_lint.formats.base import FileResult
from followup_lint.report import Report


def _odd_results() -> list[FileResult]:
    """Paths and errors with line breaks, quotes, backslashes, a lone surrogate and wide text."""
    report = Report(path="x", purpose="thank-you", channel="email", score=None, metrics={"note": "a\nb \ud800 \u4e2d"})
    return [
        FileResult(path='we\\ird\n"name" \udcff.txt', report=None, error='cannot read "it"\n: \ud800'),
        FileResult(path="\u4e2d\u6587.txt", report=report, source_text="\u4e2d\n"),
    ]


CASES = {
    "none": lambda: [],
    "one": lambda: make_results()[:1],
    "all": make_results,
    "an error first": lambda: make_results()[::-1],
    "odd text": _odd_results,
}


def _streamed(name: str, results: list[FileResult], **options: object) -> tuple[list[str], str]:
    writer = stream(name, **options)  # type: ignore[arg-type]
    pieces = [writer.add(r) for r in results]
    return pieces, "".join(pieces) + writer.finish()


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("name", STREAMED)
@pytest.mark.parametrize("excerpts", [True, False])
def test_a_streamed_document_is_write_s_byte_for_byte(name: str, case: str, excerpts: bool) -> None:
    results = CASES[case]()
    summaries = {"FL204": "The draft never thanks the reader."}
    _, whole = _streamed(name, results, excerpts=excerpts, summaries=summaries)
    assert whole == write(name, results, excerpts=excerpts, summaries=summaries)


@pytest.mark.parametrize("name", STREAMED)
def test_each_result_s_text_is_known_when_it_is_added(name: str) -> None:
    results = make_results()
    pieces, whole = _streamed(name, results)
    assert pieces[0] and pieces[-1]  # findings, an error: nothing waits for a later result
    for n in range(1, len(results) + 1):  # what was written so far is the start of the whole
        assert whole.startswith("".join(pieces[:n]))


def test_a_format_that_needs_every_result_first_is_refused() -> None:
    with pytest.raises(ValueError, match="sarif"):
        stream("sarif")

"""Returning the allocator's free pages: safe to call at any time, and it really returns them."""

from __future__ import annotations

import sys

import pytest

from followup_lint.memory import release_free_memory


def _resident_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS line")


def test_release_is_harmless_and_repeatable() -> None:
    kept = [bytes(100) for _ in range(1000)]
    assert isinstance(release_free_memory(), bool)
    assert isinstance(release_free_memory(), bool)
    assert all(len(b) == 100 for b in kept)  # memory in use is untouched


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_freed_heap_goes_back_to_the_system() -> None:
    if not release_free_memory():
        pytest.skip("not glibc")
    # Many small blocks (below the mmap threshold) freed, except one at the top of the heap
    # that keeps glibc from trimming on its own.
    start = _resident_mb()
    blocks = [bytearray(4000) for _ in range(20_000)]  # ~80 MB
    pin = bytearray(4000)
    del blocks
    before = _resident_mb()
    if before - start < 40:
        pytest.skip("the allocator gave the freed memory back by itself")
    assert release_free_memory()
    after = _resident_mb()
    del pin
    assert before - after > 40


DRAFT = "Subject: Thank you\n\nHi Dana,\n\nThank you for the interveiw on Tuesday. I enjoyed it.\n\nBest,\nSam\n"


def test_linter_builds_harper_before_its_pipeline_only_when_a_rule_needs_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from followup_lint import Config, Linter, language

    monkeypatch.setattr(language, "warming_up", lambda: False)  # as in a process without the CLI's warm-up
    built = Linter()
    assert built._language is not None and built._language.harper.loaded  # the peak is the steady state
    assert any(f.code.startswith("FL4") for f in built.lint(DRAFT).findings)
    without = Linter(Config(ignore=["FL4"]))  # `--ignore FL4` / `--select FL1`: no Harper at all
    assert without._language is None
    assert not any(f.code.startswith("FL4") for f in without.lint(DRAFT).findings)


def test_a_failed_harper_build_at_construction_is_reported_by_the_lint(monkeypatch: pytest.MonkeyPatch) -> None:
    from followup_lint import Linter, language
    from followup_lint.language import harper_backend

    def broken(self: object) -> None:
        raise RuntimeError("no dictionary")

    monkeypatch.setattr(harper_backend.HarperBackend, "_get_linter", broken)
    eager = Linter()  # does not raise: the first lint meets the failure, as before
    monkeypatch.setattr(language, "warming_up", lambda: True)
    lazy = Linter()  # skips the early build, so the failure happens at its first lint only
    for linter in (eager, lazy):  # the same failure, at the same moment, either way
        with pytest.raises(RuntimeError, match="no dictionary"):
            linter.lint(DRAFT)

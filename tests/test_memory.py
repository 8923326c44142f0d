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

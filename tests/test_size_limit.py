"""The size limit per draft (issue 16): a larger file is one line and exit 2; the rest are linted."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup_lint.cli import main
from followup_lint.errors import FollowupLintError
from followup_lint.readers import DEFAULT_MAX_BYTES, read_path

pytestmark = pytest.mark.timeout(300)

ROOT = Path(__file__).resolve().parents[1]
GOOD = ROOT / "examples" / "thank-you.txt"


def test_a_file_over_the_limit_is_refused_and_the_others_are_linted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Hi Ana,\n\n" + "Thank you. " * (DEFAULT_MAX_BYTES // 10), encoding="utf-8")
    code = main(["check", "--format", "json", str(big), str(GOOD)])
    out, err = capsys.readouterr()
    assert code == 2
    lines = [line for line in (err + out).splitlines() if "big.txt" in line and "max_draft_bytes" in line]
    assert len(lines) >= 1 and "Traceback" not in err
    assert "thank-you.txt" in out  # the other file still has its report


def test_the_limit_is_configurable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text("Hi Ana,\n\nThank you for Tuesday.\n\nBest,\nLee\n", encoding="utf-8")
    (tmp_path / ".followup-lint.toml").write_text("max_draft_bytes = 10\n", encoding="utf-8")
    code = main(["check", str(draft)])
    out, err = capsys.readouterr()
    assert code == 2 and "10-byte limit" in out + err


def test_a_device_that_never_ends_is_read_no_further_than_the_limit() -> None:
    zero = Path("/dev/zero")
    if not zero.exists():
        pytest.skip("no /dev/zero here")
    with pytest.raises(FollowupLintError, match="limit for one draft"):
        read_path(zero, max_bytes=1000)


def test_a_file_at_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "edge.txt"
    path.write_bytes(b"Hi Ana,\n" + b"x" * 92)
    assert read_path(path, max_bytes=100)
    with pytest.raises(FollowupLintError, match="101 bytes"):
        path.write_bytes(b"Hi Ana,\n" + b"x" * 93)
        read_path(path, max_bytes=100)

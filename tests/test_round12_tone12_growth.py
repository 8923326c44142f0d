"""Growth: the round-12 (tone12) patterns cost time linear in the input (measured as
tests/check_timing.py measures: CPU time, best of several runs, 1x/10x/100x; the test fails above
40x a step, a ratio, never a time). Each input repeats the new wordings with near misses (long gaps
the bounded repeats must give up on), and one long sentence that never ends."""

from __future__ import annotations

from check_timing import assert_grows_linearly, prepared_input

from followup_lint import Linter


def test_self_pity_grows_linearly(linter: Linter) -> None:
    def make(n: int):
        body = (
            "That makes six rejections now and nobody will ever give me. I'm starting to think that I "
            "always ruin these interviews, I feel like such a failure, I'm so sick of being rejected "
            "and tenth rejection "
        ) * n
        return prepared_input(linter, body, purpose="rejection-reply")

    assert_grows_linearly(linter, "FL315", make, "self-pity and near misses")


def test_running_down_and_process_complaints_grow_linearly(linter: Linter) -> None:
    def make(n: int):
        body = (
            "my current manager is impossible to and the place is falling apart when I the whole hiring "
            "process has been rather very drawn out and poorly communicated, I badly need out, I can't wait "
            "to get out of my current job and the communication from your side was patchy "
        ) * n
        return prepared_input(linter, body)

    assert_grows_linearly(linter, "FL316", make, "running down and process complaints")


def test_taken_for_granted_grows_linearly(linter: Linter) -> None:
    def make(n: int):
        body = (
            "I took it for granted the graduate place was already mine and I frankly expected to go straight "
            "to the final round, I assumed I would be fast-tracked past the test "
        ) * n
        return prepared_input(linter, body, subject="Following up", purpose="status-check")

    assert_grows_linearly(linter, "FL319", make, "outcome presumed")


def test_discarded_and_thorough_sarcasm_grows_linearly(linter: Linter) -> None:
    def make(n: int):
        body = (
            "Guess my CV went straight into the shredder then, my emails must have gone into a black hole, "
            "I can only assume my application is being studied in great depth seeing "
        ) * n
        return prepared_input(linter, body, subject="Following up", purpose="status-check")

    assert_grows_linearly(linter, "FL323", make, "discarded message and mock thoroughness")


def test_counted_calls_and_callbacks_grow_linearly(linter: Linter) -> None:
    def make(n: int):
        body = (
            "It's the second time I've rung, I'll keep ringing your main reception each day until, I really "
            "need somebody from the office to call me back this afternoon and "
        ) * n
        return prepared_input(linter, body, subject="Following up", purpose="status-check")

    assert_grows_linearly(linter, "FL327", make, "counted calls, a siege and a callback by a time")


def test_own_admission_gate_grows_linearly(linter: Linter) -> None:
    def make(n: int):
        body = (
            (
                "I am not sure I answered clearly. I realise I didn't ask about the rota. I didn't get the "
                "lamination quite right, because you "
            )
            * n
            + "I didn't explain "
            + "the rota and the " * (4 * n)
            + "well."
        )
        return prepared_input(linter, body)

    assert_grows_linearly(linter, "FL330", make, "own admissions and a long one")


def test_cool_idioms_grow_linearly(linter: Linter) -> None:
    def make(n: int):
        body = "Thanks for keeping your cool, the cool room and cool-headed staff were so cool. " * n
        return prepared_input(linter, body)

    assert_grows_linearly(linter, "FL302", make, "cool in idioms")


def test_batch_b_wordings_grow_linearly(linter: Linter) -> None:
    """The patterns added after batch B: the channel mocked, premises and the process as an ordeal,
    a record of slowness, the start presumed, a deadline as the writer's trust, a slip pardoned."""
    body = (
        "since e-mail doesn't seem to be working for you, in case the phone isn't your thing, your office "
        "felt pretty soulless and was like a test of patience, what must be the slowest hiring decision in "
        "history, kindly revert with my joining date, I trust a decision will reach me no later than, "
        "forgive my slightly frantic late arrival "
    )
    for code in ("FL313", "FL316", "FL323", "FL319", "FL327", "FL330"):
        assert_grows_linearly(
            linter,
            code,
            lambda n: prepared_input(linter, body * n, subject="Following up", purpose="status-check"),
            f"batch B wordings ({code})",
        )


def test_spoken_dates_grow_linearly(linter: Linter) -> None:
    def make(n: int):
        # dates, near misses (an ordinal before a noun) and fillers, and one long sentence of them
        body = (
            (
                "It's, er, it's Ana here, from the interview on the, uh, the fourth. Tuesday the 4th and the fifth "
                "of May, the fourth message, on the twenty-first. "
            )
            * n
            + "I called on the second, " * (4 * n)
            + "."
        )
        return prepared_input(linter, body, subject="Following up", purpose="status-check")

    assert_grows_linearly(linter, "FL330", make, "spoken dates")

"""Blind tone probes that the reading of the whole draft turns from a warning into a tip.

Each probe is one faulty sentence in a polite frame, which the tone model (FL330) alone catches, at a
score below its ``sure_at`` (3.6). The reading of the whole draft finds the frame courteous and makes
the finding an info tip (docs/scoring.md, "Read as a whole"): it is still shown, with its words, but no
longer counts as a warning. On real published drafts that trade set aside 32 false alarms and no hit;
on these made-up ones it costs these. They are strict xfails (tests/conftest.py applies the mark), so a
retrain or a rule change that flags one again shows here. Keys are test node ids. The reading retrained
on 1034 dev drafts (round 14) no longer sets aside the two round-5 remarks on the office and the receptionist:
they are warnings again and left this list.  The reading of what the note says (no "Re:" in the
subject, 2026-12-05) reads five more frames as courteous: three rejection replies whose "Re:" had
raised the reading of negativity and impatience (FL330 still warns on each, citing G-TONE-PROFESSIONAL
alone), and the two round-5 remarks again.  Round 22's FL312 pattern for a decision demanded by a date ("I
would need to receive your decision by") hears "I need your answer by end of day tomorrow": it left this list.
The tone model retrained on the probe drafts (2026-12-07) warns on six of them whatever the frame (the
remark on the office's paint, "people first" in scare quotes, "which was clearly a lie", "So what was it
about me that wasn't right?", "I guess I'm just not good enough for anyone.", "Your competitors treated me
much better, honestly."): they left this list.
"""

from __future__ import annotations

REASON = "the reading of the whole draft makes FL330's warning on this sentence in a polite frame a tip"

READ_AS_TIP: frozenset[str] = frozenset(
    {
        "tests/test_round11_tone11.py::test_cowardice_verdict_is_caught[Cowardly, really.]",
        "tests/test_round11_tone11.py::test_lecture_is_caught[Waiting six weeks is just how I spent my summer, thanks to you.]",
        "tests/test_tone_blind_round5.py::test_a_line_that_falls_short_of_a_tone_item_is_flagged[G-TONE-PROFESSIONAL-That was lit, no cap.]",
        "tests/test_tone_blind_round5.py::test_a_line_that_falls_short_of_a_tone_item_is_flagged[G-TONE-PATIENT-This is the fourth time I've had to chase you.]",
        "tests/test_tone_blind_status_and_rejection.py::test_a_line_that_falls_short_of_a_tone_item_is_flagged[G-TONE-PATIENT-status-check-My family keeps asking and I don't know what to tell them, please just answer.]",
        "tests/test_tone_blind_status_and_rejection.py::test_a_line_that_falls_short_of_a_tone_item_is_flagged[G-POSITIVE-rejection-reply-I guess experience doesn't count for much these days.]",
        "tests/test_round12_tone12_b.py::test_bad_tone_is_caught[Yet another no. I honestly can't see the point of applying anywhere any more.-email-rejection-reply-G-POSITIVE]",
        "tests/test_round14_tone14patient_d.py::test_bad_probe_cites_its_item[That was hard to read, and I won't pretend otherwise.-email-rejection-reply-G-POSITIVE]",
    }
)

"""The tone rules that flag one sentence, read inside an otherwise courteous thank-you: shared by the blind
batches that judge a sentence at a time."""

from __future__ import annotations

from followup_lint import Linter


def tone_codes(linter: Linter, sentence: str) -> list[str]:
    """The FL3xx codes with a warning or error overlapping ``sentence``, sorted."""
    text = (
        "Subject: Thank you – Sous Chef interview\n\nHello Priya,\n\n"
        f"Thank you for the interview this morning about the Sous Chef role. {sentence} "
        "I look forward to hearing about next steps.\n\nBest regards,\nJordan Lee\n555-0186"
    )
    start = text.index(sentence)
    end = start + len(sentence)
    report = linter.lint(text, purpose="thank-you", channel="email")
    return sorted(
        {
            f.code
            for f in report.findings
            if f.code.startswith("FL3") and f.severity.value in ("warning", "error") and f.start < end and f.end > start
        }
    )

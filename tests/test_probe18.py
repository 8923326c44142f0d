"""Round 18, a blind probe set of good follow-ups in the shapes drafts arrive in
(tests/corpus/probes/round18): its two misjudgements, each pinned both ways with wordings of our own."""

from __future__ import annotations

import time

import pytest
from check_timing import parse_time

from followup_lint import Linter
from followup_lint.draft import parse_draft

LETTER = (
    "Dear Ms Carver,\n\nThank you for meeting me yesterday about the Branch Librarian position at {site}. I enjoyed "
    "hearing about the teen coding club, and I would love to bring my experience to {brought}. I look "
    "forward to hearing about the next steps.\n\nSincerely,\nAngela Ruiz"
)
COMPANY = {"company": "Hollister County Library"}


def _errors(linter: Linter, text: str, code: str) -> list[str]:
    report = linter.lint(text, purpose="thank-you", channel="email", context=COMPANY)
    return [text[f.start : f.end] for f in report.findings if f.code == code and f.severity.value == "error"]


# FL208: a name the note itself gives as one of the employer's sites is no other employer.
@pytest.mark.parametrize("site", ["the Eastwood branch", "your Eastwood site", "the Eastwood campus"])
def test_a_site_the_note_names_is_no_other_employer(linter: Linter, site: str) -> None:
    text = "Subject: Thank you\n\n" + LETTER.format(site=site, brought="Eastwood")
    assert _errors(linter, text, "FL208") == []


def test_another_firm_beside_a_branch_is_still_a_slip(linter: Linter) -> None:
    text = "Subject: Thank you\n\n" + LETTER.format(site="the Eastwood branch", brought="Kestrel Books")
    assert _errors(linter, text, "FL208") == ["Kestrel Books"]


def test_a_name_never_called_a_site_is_still_a_slip(linter: Linter) -> None:
    text = "Subject: Thank you\n\n" + LETTER.format(site="the main library", brought="Eastwood Libraries")
    assert _errors(linter, text, "FL208") == ["Eastwood Libraries"]


# A forwarded message's rule line opens the forwarded mail, so the note's own sign-off is its last.
FORWARD = (
    "Subject: Fwd: Head of Science appointment\n\nDear Andrew,\n\nI have just received the message below. Thank you "
    "for the day at Fenwick; I would value any feedback you can give.\n\nWith best wishes,\nEleanor Marsh\n\n"
    "{rule}\nFrom: Fenwick HR <recruitment@example.org>\nDate: Tue, 17 Mar 2026 at 09:30\n\nDear Ms Marsh,\n\n"
    "We regret to inform you that you have not been successful.\n\nYours sincerely,\nRecruitment Team"
)


@pytest.mark.parametrize(
    "rule",
    ["---------- Forwarded message ---------", "-----Forwarded Message-----", "Begin forwarded message:"],
)
def test_a_forwarded_message_is_quoted_mail(linter: Linter, rule: str) -> None:
    text = FORWARD.format(rule=rule)
    draft = parse_draft(text)
    assert draft.signature is not None and draft.signature.text.startswith("Eleanor Marsh")
    assert draft.quoted and draft.quoted[0].text.startswith(rule)
    found = [f.code for f in linter.lint(text, purpose="rejection-reply").findings]
    assert "FL140" not in found and "FL141" not in found


def test_a_line_that_only_mentions_forwarding_is_the_note(linter: Linter) -> None:
    text = "Subject: Thanks\n\nHi Ana,\n\nI forwarded your message to my referees.\n\nBest,\nLee"
    assert parse_draft(text).quoted == []


def _lint_time(linter: Linter, text: str) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        linter.lint(text, context=COMPANY)
        best = min(best, time.perf_counter() - start)
    return max(best, 0.002)


def test_forwarded_rules_grow_linearly() -> None:
    def shape(n: int) -> str:
        return "Subject: Fwd\n\nHi Ana,\n\n" + "---------- Forwarded ---------- message\n" * (20 * n)

    times = {n: parse_time(shape(n)) for n in (1, 10, 100)}
    assert times[10] / times[1] < 40 and times[100] / times[10] < 40, times


def test_a_name_tied_to_a_site_grows_linearly(linter: Linter) -> None:
    # many names the check must tie, none of them called a site
    def shape(n: int) -> str:
        body = " ".join(f"I would bring it to Eastwood{k} and the Westfield{k} team." for k in range(4 * n))
        return f"Subject: Thank you\n\nDear Ms Carver,\n\n{body}\n\nSincerely,\nAngela Ruiz"

    times = {n: _lint_time(linter, shape(n)) for n in (1, 10, 100)}
    assert times[10] / times[1] < 40 and times[100] / times[10] < 40, times


def test_a_firm_whose_office_was_visited_is_still_another_employer(linter: Linter) -> None:
    # "office" is no site word: "the Northwind office" may be the old employer's, pasted in
    text = "Subject: Thank you\n\n" + LETTER.format(site="the Northwind office", brought="Northwind")
    assert _errors(linter, text, "FL208") == ["Northwind"]

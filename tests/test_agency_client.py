"""FL208 and agency recruiters: a note to a recruitment agency names the agency's client as the
employer, which is right (G-PERSONAL flags only a wrong name), while the same note with an ordinary
employer in the context is still a copy-paste slip."""

from __future__ import annotations

import pytest

from followup_lint import Linter

NOTE = (
    "Subject: Thank you – Senior Buyer role\n\nHi Rachel,\n\n"
    "Thank you for your time on the phone this morning discussing the Senior Buyer role at Ardent Foods. "
    "It was useful to hear that the client's priority is cutting packaging suppliers.\n\n"
    "Best regards,\nGraham Ellis\n"
)


def _fl208(company: str) -> list[str]:
    report = Linter().lint(NOTE, context={"company": company})
    return [NOTE[f.start : f.end] for f in report.findings if f.code == "FL208"]


@pytest.mark.parametrize("agency", ["Talbot Recruitment", "Northway Staffing", "Keel Resourcing Ltd"])
def test_a_note_to_an_agency_recruiter_may_name_the_client(agency: str) -> None:
    assert _fl208(agency) == []


def test_the_same_note_to_another_employer_is_still_a_slip() -> None:
    assert _fl208("Millbrook Bakeries") == ["Ardent Foods"]

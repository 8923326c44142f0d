"""FL320's advice fits the address it reports.

A work address at the sender's current employer is usually built on the sender's name, so the rule's
general advice ("send from an address built on your name") would tell them to do what they did; its
finding says instead to send from a personal address of their own.
"""

from __future__ import annotations

from followup_lint import Linter

NOTE = (
    "From: Dev Anand <d.anand@northpoint-logistics.com>\n"
    "Subject: Thank you for today's interview\n\n"
    "Hi Mara,\n\nThank you for walking me through the Leeds hub today.\n\n"
    "Best,\nDev Anand\nDispatch Lead, Northpoint Logistics"
)
PLAYFUL = NOTE.replace("d.anand@northpoint-logistics.com", "partyboi.dev@gmail.com")


def test_work_address_advice_is_a_personal_address() -> None:
    (finding,) = [f for f in Linter().lint(NOTE).findings if f.code == "FL320"]
    assert "current employer" in finding.message
    assert "personal address" in finding.message
    assert "built on your name" not in finding.message


def test_playful_address_keeps_the_rules_advice() -> None:
    (finding,) = [f for f in Linter().lint(PLAYFUL).findings if f.code == "FL320"]
    assert "built on your name" in finding.message

"""FL132/FL134, blind batch of names7: a short form of the interviewer's name greets them ("Kat",
"Max", "Sami", "Trish"), another name does not; a name spoken to before ", and I ..." is spoken to.
Each case was written, with its verdict, before the linter was run on it."""

from __future__ import annotations

import pytest

CASES = [
    ("Katherine Lin", "Hi Kat,", "Thanks for Tuesday's chat.", set()),
    ("Katherine Lin", "Hi Kath,", "Thanks for Tuesday.", set()),
    ("Samantha Cole", "Hi Sam,", "Thanks for Tuesday.", set()),
    ("Maximilian Braun", "Hi Max,", "Thanks for Tuesday.", set()),
    ("Francesca Romano", "Dear Fran,", "Thanks for Tuesday.", set()),
    ("Jonathan Price", "Hi Jon,", "Thanks for Tuesday.", set()),
    ("Alexandra Petrova", "Hi Sasha,", "Thanks for Tuesday.", set()),
    ("Patricia Gomez", "Hi Trish,", "Thanks for Tuesday.", set()),
    ("Samuel Ortiz", "Hi Sami,", "Thanks for Tuesday.", set()),
    ("Daniel Reyes", "Hi Dani,", "Thanks for Tuesday.", set()),
    ("Ngozi Okafor", "Dear Dr. Okafor,", "Thanks for Tuesday.", set()),
    ("Ngozi Okafor", "Dear Ngozi,", "I met Tom, and I liked him a lot.", set()),
    ("Ngozi Okafor", "Dear Ngozi,", "I spoke with your colleague, Sarah, and I learned a lot.", set()),
    # wrong names stay wrong
    ("Ngozi Okafor", "Hi Kate,", "Thanks for Tuesday.", {"FL132"}),
    ("Ngozi Okafor", "Hi Nina,", "Thanks for Tuesday.", {"FL132"}),
    ("Katherine Lin", "Hi Karen,", "Thanks for Tuesday.", {"FL132"}),
    ("Daniel Reyes", "Hi Dana,", "Thanks for Tuesday.", {"FL132"}),
    ("Christopher Moss", "Hi Christine,", "Thanks for Tuesday.", {"FL132"}),
    ("Al Pacino", "Hi Alan,", "Thanks for Tuesday.", {"FL132"}),
    (
        "Ngozi Okafor",
        "Dear Ngozi,",
        "It was a pleasure to speak with you, Sarah, and I look forward to hearing from you.",
        {"FL134"},
    ),
    ("Ngozi Okafor", "Dear Ngozi,", "Thank you, Daniel, and I hope we speak again soon.", {"FL134"}),
    ("Ngozi Okafor", "Dear Ngozi,", "I enjoyed our talk, Priya, or at least the half I understood.", {"FL134"}),
]


@pytest.mark.parametrize(("who", "greeting", "sentence", "expected"), CASES)
def test_names_and_short_forms(linter, who: str, greeting: str, sentence: str, expected: set[str]) -> None:
    text = (
        f"Subject: Thank you – Data Engineer interview\n\n{greeting}\n\n"
        f"Thank you for meeting me on Tuesday. {sentence}\n\nBest regards,\nLee Park"
    )
    context = {"company": "Globex", "interviewers": [who], "role": "Data Engineer"}
    found = {f.code for f in linter.lint(text, context=context).findings if f.code in ("FL132", "FL134")}
    assert found == expected

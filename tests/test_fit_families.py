"""FL205 hears a statement of fit in the wordings a careful reader counts (G-FIT: a qualification,
experience or past result of the sender tied to the role), and stays deaf to enthusiasm, flattery or
a restated job title.  Sentences written for this test in many styles (not from the corpus or any
page); each sentence in the first list was missed before its family was added (2026-12-03: 17 of a
first batch of 47, 8 of a second batch of 22)."""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def thank_you(sentence: str) -> str:
    return (
        f"Subject: Thank you – Analyst interview\n\nHi Ana,\n\nThank you for your time today. {sentence}\n\nBest,\nLee"
    )


def warns(linter: Linter, sentence: str) -> bool:
    report = linter.lint(thank_you(sentence), purpose="thank-you")
    return any(f.code == "FL205" and f.severity.value in ("warning", "error") for f in report.findings)


@pytest.mark.parametrize(
    "sentence",
    [
        # the work named as what one does all day, or as one's thing
        "The Excel modelling you mentioned is what I do all day at the moment.",
        "Fixing flaky test suites is pretty much what I do for a living.",
        "Honestly, wrangling messy spreadsheets is my thing, and your ops team sounds like it has plenty.",
        # being good at it
        "Sorting out chaotic rotas is something I'm weirdly good at, and that seemed to be your biggest headache.",
        # one's day job or recent work told
        "My day job is building ETL in dbt and Airflow, the same stack your team uses.",
        "Most of my recent work has been in causal inference for pricing, which lines up with your roadmap.",
        # knowledge or exposure held (Indian English too)
        "I am having good knowledge of GST filing, which will be useful for your finance team.",
        # work one has been doing
        "Over the last year I have been looking after the client onboarding desk, very similar to your role.",
        # responsible for the work
        "I was responsible for the same compliance returns at Northgate Housing.",
        # training done somewhere
        "I did my articleship at a Big Four firm, where statutory audits were my main work.",
        # coming from a field; years of it named with a hyphenated field
        "Coming from a hospitality background, I understand the guest experience you want at reception.",
        "Your search for someone who can calm angry customers is right where my call-centre years come in.",
        # work done as a job title
        "The patient-flow issues you raised are the ones I tackled as a ward coordinator.",
        # work like the reader's, done before
        "I've tuned Postgres clusters under similar write loads, which is exactly the bottleneck you described.",
        "I previously led a team of eight engineers through a similar re-platforming.",
        # an aside between "I have" and the work; adjective-led work of one's own
        "You worried I have not worked in a hospital. I have, though, trained 400 pharmacy staff on a new system.",
        "The part of my consulting work I enjoyed most was a long evaluation for a city council.",
        # a second batch: a job title held, leading something now, a card held, well versed, part of
        # the team that did it, looking after work, managing a caseload day to day
        "Prior to this I was a shift lead at a 24-hour distribution centre.",
        "I'm a chartered accountant, and group consolidations are most of my day.",
        "I'm currently leading a team of five data engineers.",
        "I hold a CSCS card and have worked on three school builds.",
        "I am well versed in IFRS 16, which will help with the lease review.",
        "I was part of the team that launched the app in three new markets.",
        "For the past six years I've looked after payroll for 300 staff.",
        "Day to day, I manage a caseload of 25 families, so I understand the pressures your social workers face.",
        # a third batch (twelfth session: 3 of 40 missed): a tool known thoroughly, a record in a field, a
        # writer's trade named as the title held
        "I know Salesforce inside out after administering it for a 200-seat sales org.",
        "I'm confident my grant-writing record (about £1.4m raised) would help the development team.",
        "I am an experienced bid writer with a 60 per cent win rate.",
    ],
)
def test_fl205_hears_fit_in_each_family(linter: Linter, sentence: str) -> None:
    assert not warns(linter, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # enthusiasm, flattery, a restated title
        "I am so excited about this opportunity!",
        "Your company is truly inspiring and I admire its mission.",
        "The Analyst role is exactly the role I have been looking for.",
        "You have a great team and I would love to be part of it.",
        # near the new families, and still no fit
        "I was responsible for the mix-up over the start time, sorry.",
        "I'm not good at interviews, I know.",
        "I have been running late all week, so thanks for your patience.",
        "I now have a good understanding of what the role involves.",
        "My day job is keeping me busy this week, so Thursday is best.",
        "As a long-time customer, I love your app.",
        "I enjoyed a similar tour at another company last year.",
        "I prepared a lot for the interview, including a similar case study.",
        "What I do for fun is climbing.",
        "My work permit is valid until 2029.",
        "Please note that these ideas are my professional work product.",
        "I have, though, wondered about the start date.",
        "I'm good with any time next week.",
        # a bare claim of fit, "in my experience" as a view, time spent waiting (2026-12-03)
        "I really think I'm the perfect fit.",
        "I believe my skills and experience would make me a valuable addition to your team.",
        "In my experience employers rarely reply quickly, so no rush.",
        "I'm sure the forty minutes I spent in reception were well used.",
        "I'm a big fan of your podcast.",
        "I was a bit nervous at the start, sorry.",
        "I'm an analyst candidate you met on Tuesday, in case names blur.",
        "I hold a great deal of respect for your firm.",
        "I manage my own diary, so any time next week works.",
        # near the third batch's families
        "I know this sounds odd, but the lift music was great.",
        "For my own record of our talk, I jotted down the dates.",
        "My medical record is with the occupational health team already.",
        "I was a writer's guest at your book launch once.",
    ],
)
def test_fl205_still_warns_without_fit(linter: Linter, sentence: str) -> None:
    assert warns(linter, sentence)

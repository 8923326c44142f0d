"""Round 10, blind batch B for FL401-FL408, written after batch A's fixes and before any change made
for it: right words of trades, offices, schools and regions in the forms a good note puts them (nouns
made verbs, prefixed and hyphenated forms, clipped and regional words, borrowed phrases), each in a
sentence of a good note: no FL401 error and no FL402-FL408 warning (a tip is fine).  5 of 81 were
misjudged when written (sous-chefed, reskilled, 'did guided reading', tuk-tuk, je ne sais quoi); 0 after the change."""

from __future__ import annotations

import pytest

from followup_lint import Linter

LANGUAGE = {"FL305", *(f"FL40{i}" for i in range(1, 9))}


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def flagged(linter: Linter, sentence: str) -> list[tuple[str, str, str]]:
    text = f"Subject: Thank you – Analyst interview\n\nHi Ana,\n\nThank you for the interview. {sentence}\n\nBest,\nLee"
    report = linter.lint(text, purpose="thank-you")
    return [
        (f.code, f.severity.value, text[f.start : f.end])
        for f in report.findings
        if f.code in LANGUAGE and f.severity.value != "info"
    ]


RIGHT = [
    "I sous-chefed for two summers before running my own pass.",
    "We triaged and bed-managed the whole unit during the winter surge.",
    "I have been cross-skilling on the returns desk.",
    "I reskilled as a data analyst after ten years in retail.",
    "The 5S boards on the shop floor were a great touch.",
    "I ran the andon escalations on the line.",
    "I run our jidoka reviews with the line leads.",
    "I can take over the handovers and the safety briefs on nights.",
    "I have been auditing the MAR charts and the CD register.",
    "I have cannulated and venesected patients in the day unit.",
    "I have done wet-cupping and phlebotomising in a private clinic.",
    "I flatpacked and palletised the whole order in a day.",
    "I have forklifted, reach-trucked and picked in cold storage.",
    "I plastered, skimmed and rendered the whole back wall.",
    "I have a lot of practice de-escalating tense customers.",
    "I hand-tied the bouquets and conditioned the stems each morning.",
    "I have worked as a barista and latte-artist for three years.",
    "I ran the pass and expedited tickets on Saturday nights.",
    "I have been lesson-planning for Year 9 and Year 10.",
    "I have invigilated and moderated coursework for two exam boards.",
    "I did guided reading and intervention groups with the juniors.",
    "I have been mentoring NQTs and ECTs this year.",
    "I have chaired the ESG working group since spring.",
    "I redlined the contract and sent it back the same day.",
    "I have been bookkeeping in Xero and QuickBooks.",
    "I reconciled the prepayments and intercompany balances each month.",
    "I have recced three locations for the shoot already.",
    "I storyboarded the campaign and shot the B-roll myself.",
    "I colour-graded the short in DaVinci Resolve.",
    "I have been beta-testing the new rostering app.",
    "I have a good eye for kerning and leading in print work.",
    "I have been co-facilitating the discovery workshops.",
    "I have been pair-programming with the juniors on Fridays.",
    "I have been dockerising the legacy services.",
    "I have been memoising the slow lookups in the API.",
    "I have written Ansible playbooks for the fleet.",
    "I migrated our dashboards from Grafana to Kibana.",
    "I have been refactoring the codebase toward hexagonal architecture.",
    "I have done the groundwork for the SOC 2 audit.",
    "Our sprint retros taught me a lot about candour.",
    "It was lovely to have a natter with the team over lunch.",
    "I am a Glaswegian, so the Clydeside office would suit me.",
    "I reckon the team would be a great fit for me.",
    "I have been a bit gobsmacked by how kind everyone was.",
    "I spent a year as a jackaroo on a station in Queensland.",
    "I worked as a jillaroo before moving into agronomy.",
    "I was a tuk-tuk driver's daughter in Colombo and learnt business young.",
    "I stayed in a homestay in Kandy for my placement.",
    "I did my housemanship in Lagos before moving to the UK.",
    "My youth corps year was in Enugu.",
    "I passed out of engineering college in 2019.",
    "I have been handling the vendor invoices since my probation got over.",
    "My native place is near Thrissur, though I grew up in Mumbai.",
    "I have a cousin-sister in your Hyderabad office.",
    "I was a lecturer at a polytechnic in Accra.",
    "I have done my articles at a Johannesburg firm.",
    "I completed my pupillage at a Dublin set of chambers.",
    "I did transition year and then the Leaving Cert.",
    "I was on a gap year in Aotearoa before university.",
    "I studied at a sixth-form college in Bolton.",
    "I hold a Cert IV in Training and Assessment.",
    "Par for the course, the panel was thorough and fair.",
    "I kept the ad-hoc requests in a separate queue.",
    "My approach is pro-active rather than reactive.",
    "I prepared an executive summary, inter alia, for the board.",
    "The role is, mutatis mutandis, what I do now.",
    "I read your piece on the esprit de corps of night shifts.",
    "I think the team has a certain je ne sais quoi.",
    "The panel's questions were a tour de force.",
    "Your office is the piece de resistance of the street.",
    "The festschrift your team wrote for the professor was lovely.",
    "I bring a certain sangfroid to incident calls.",
    "I enjoyed the tete-a-tete with the founder.",
    "I'll bring a precis of the project notes.",
    "The decor in the new office is lovely.",
    "I have a diploma in patisserie from a college in Leeds.",
    "I have done the TIG and MIG tickets and a 6G coded weld.",
    "I have worked at 400kV substations on outages.",
    "We cut cycle time by 18pc last year.",
    "I ran 5k parkruns with the team on Saturdays.",
    "I am comfortable at 1:200 and 1:50 scales on drawings.",
]


@pytest.mark.parametrize("sentence", RIGHT)
def test_right_words_draw_no_error_or_warning(linter: Linter, sentence: str) -> None:
    assert flagged(linter, sentence) == []

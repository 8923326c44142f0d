"""Round 10 blind batch for G-CORRECT (FL401-FL408 on good notes), written before any change: right
words a good follow-up may hold that the backend may not know or may misread (trade and clinical terms,
software and data terms, regional words of Indian, Nigerian, South African, Irish, Scottish, Australian,
New Zealand and Canadian English, lower-case place words, Latin and French borrowings, hyphenated
compounds, contractions, numbers with units), each in a sentence of a good note: no FL401 error and no
FL402-FL408 warning (a tip is fine).  Beside them, slips of common words (in the body and in a sign-off)
that must be FL401 errors, and grammar slips that must draw a warning.  The ones misjudged when written
are marked xfail(strict=True) until fixed."""

from __future__ import annotations

import pytest

from followup_lint import Linter

LANGUAGE = {"FL305", *(f"FL40{i}" for i in range(1, 9))}
GRAMMAR = {f"FL40{i}" for i in range(2, 9)}


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def _draft(body: str, closing: str = "Best,\nLee") -> str:
    return f"Subject: Thank you – Analyst interview\n\nHi Ana,\n\nThank you for the interview. {body}\n\n{closing}"


def findings(linter: Linter, text: str) -> list[tuple[str, str, str]]:
    report = linter.lint(text, purpose="thank-you")
    return [(f.code, f.severity.value, text[f.start : f.end]) for f in report.findings if f.code in LANGUAGE]


def _xfail(why: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=why)


def _p(*values: str, why: str | None = None) -> object:
    return pytest.param(*values, marks=_xfail(why)) if why else pytest.param(*values)


# Right words in good notes: a tip at most.
RIGHT = [
    "I ran the audiometry booth at the occupational health clinic.",
    "I have three years of TIG welding on stainless pipework.",
    "I also hold a MIG ticket and a confined-space card.",
    "We cure and smoke all the charcuterie in-house.",
    "I wrote the HACCP plan for our second kitchen.",
    "I have cared for tracheostomy patients on the high-dependency unit.",
    "I ran the spirometry clinic two mornings a week.",
    "My echocardiography rotation was the highlight of my training.",
    "I handled autoclaving and instrument tracking in the dental practice.",
    "I assisted with wound debridement under supervision.",
    "My placement covered catheterisation and stoma care.",
    "I checked the defibrillator and the crash trolley every shift.",
    "I am confident with suturing and dressings.",
    "I prepared the kit for intubation during the night shift.",
    "I did the screeding and the plasterboard on the extension.",
    "I set out the shuttering and tied the rebar for the slab.",
    "I replaced the lintels over two windows in a Victorian terrace.",
    "Hand dovetailing is still my favourite part of cabinet work.",
    "I have wired consumer units and a busbar chamber on the retrofit.",
    "I programmed the HMI screens for the bottling line.",
    "I monitored the SCADA screens on the night rota.",
    "I am comfortable with brazing and soldering copper.",
    "We laid MDPE water mains on the new estate.",
    "I rebuilt a camshaft assembly during my apprenticeship.",
    "I have done ECU remapping on light commercial vans.",
    "I plate the sorbet as quenelles for the tasting menu.",
    "I can julienne vegetables quickly for the prep list.",
    "Blanching the greens in batches saved us time at lunch.",
    "Most of my regulars come in for ombré colour and toners.",
    "I ran the palletising cell on the late shift.",
    "I am licensed for telehandlers and scissor lifts.",
    "We kept strict FEFO rotation in the chiller.",
    "I migrated two services to Kustomize overlays this year.",
    "I write our Pulumi stacks and review the plans.",
    "Our warehouse is ClickHouse with a few MySQL sources.",
    "I rewrote the nightly jobs in Polars.",
    "I own the ELT for the finance data.",
    "I cleaned the dataframe before loading it into the warehouse.",
    "I added debouncing to the search box after user complaints.",
    "I split the monolith into four microservices.",
    "We queue the order events through RabbitMQ.",
    "The flows run on Prefect and alert on failure.",
    "I built the Metabase dashboards the sales team uses.",
    "I have two years of Qlik and SQL.",
    "I replaced the fragile shell loops with systemd timers.",
    "I spent a sprint refactoring the billing code.",
    "I added OAuth login and SSO for enterprise clients.",
    "I have sold PaaS into mid-market accounts for four years.",
    "I set up the LLMOps pipeline for our evaluation runs.",
    "I tested a reranker on top of our search results.",
    "I wrote a small lemmatiser for the log parser.",
    "I ran a hyperparameter sweep on the churn model.",
    "I share my analysis as Jupyter notebooks.",
    "I am fluent in pandas and NumPy.",
    "I trained the classifier in PyTorch.",
    "Our frontend is Svelte with a small Go backend.",
    "I prototyped the app on Supabase over a weekend.",
    "I keep the team's Confluence pages up to date.",
    "I enjoyed sitting in on one of your standups.",
    "Improving observability cut our incident time in half.",
    "I tested the failover plan before the migration.",
    "Most of my work is geospatial analysis for councils.",
    "I tuned the autoscaling rules for peak traffic.",
    "The API is serverless and costs very little to run.",
    "I containerised the legacy reporting app.",
    "I spend much of my week wireframing and testing with users.",
    "I redesigned the onboarding flow for new customers.",
    "I leapt at the chance to sit in on the huddle.",
    "I leant heavily on my mentor in my first year.",
    "I have attached a wee summary of the ideas we discussed.",
    "I am happy to travel outwith the central belt when needed.",
    "I sat my Highers in maths and chemistry.",
    "I am rostered on weekends until June, but I can swap shifts.",
    "I finished my trade certificate at the polytech in Hamilton.",
    "The brekkie meeting was a nice way to meet the team.",
    "I worked as a chippie on commercial fit-outs for six years.",
    "I was a bit of a swot at school, and I still love a good brief.",
    "Keeping the books for our family stokvel taught me careful bookkeeping.",
    "I did a learnership in electrical engineering after school.",
    "I played hockey at varsity whilst studying engineering.",
    "The monthly team imbizo you described sounds useful.",
    "I joined my last firm as a fresher and grew into a lead role.",
    "Coding was never a timepass for me; it is what I love.",
    "My co-brother works in your Chennai branch and speaks well of it.",
    "I completed my NYSC service year in Kaduna.",
    "During my year as a corper I taught maths.",
    "I did the Leaving Cert in Galway before college.",
    "I spent three summers at a gaeltacht course, so I can work through Irish.",
    "Thank you for the Timbits at the start of the panel.",
    "I noticed the accessible washroom upgrades on the tour.",
    "I completed a placement year in quality assurance.",
    "I completed my Red Seal as a millwright in Sudbury.",
    "Even the loonie coffee fund you mentioned sounds fun.",
    "I felt a real rapport with the team.",
    "Helping patients is my raison d'être.",
    "The bonhomie on the floor was obvious.",
    "Our tête-à-tête after the panel was very useful.",
    'The sobriquet "the fixer" from my old team still makes me laugh.',
    "I noted your three questions verbatim so I could think them over.",
    "The building dates from circa 1890, which I found fascinating.",
    "I am happy to share the sample code gratis.",
    "One caveat: I would need a week's notice for travel.",
    "I would take time off in lieu for weekend work.",
    "I trained ab initio as a pilot before moving into ops.",
    "Apropos of our chat, I have attached the article.",
    "Your laissez-faire approach to hours suits me well.",
    "The rendezvous point for the site visit is clear.",
    "You ran the panel with real panache.",
    "I would thrive in a fast-moving milieu like yours.",
    "I have written an aide-memoire of the next steps.",
    "I have added an addendum to my portfolio.",
    "Several alumni of my course work at your firm.",
    "I helped the board reach quorum by setting up remote voting.",
    "I enjoy multi-site work across the region.",
    "I have spent five years in customer-facing roles.",
    "Your forward-thinking approach to training stood out.",
    "Your re-skilling budget is a real draw for me.",
    "I ran the pre-assessment clinic before surgery days.",
    "Patient safety is non-negotiable for me too.",
    "An ex-colleague of mine speaks highly of your team.",
    "I managed front-of-house at a busy brasserie.",
    "I supported the hypercare period after the payroll launch.",
    "I ran the quarter-end close for three entities.",
    "We grew revenue year-on-year for three years.",
    "I am used to round-the-clock rotas.",
    "I improved the hand-off between day and night teams.",
    "I'd've asked more questions if we had had more time.",
    "I oughtn't take more of your time today.",
    "You needn't rush the decision on my account.",
    "I hope it'll be a good fit for both of us.",
    "Ten o'clock on Tuesday works well for me.",
    "Thank you again, ma'am, for your time.",
    "I regularly lift 12kg boxes on the packing line.",
    "I can drive vehicles up to 3.5t on my licence.",
    "I live about 40km from the site.",
    "I cleaned up a 2TB archive of scanned invoices.",
    "I have administered 15mg doses under supervision.",
    "The prep room stays below 30°C in summer.",
    "I fitted out a 1,200 sq ft shop last year.",
    "I can work 9am-5pm or the late shift.",
    "I have covered 24/7 support rotas before.",
    "I would be ready to start in Q1 FY27.",
    "I hit 112% of target in FY25.",
    "The 21st of March works for me.",
    "I am qualified on 240V and three-phase systems.",
    "I installed a 10kW solar array with battery storage.",
    "I cut 50mm insulation boards to fit the loft.",
    "I graduated with a 2:1 in economics.",
    "I type at about 120wpm.",
    "I am used to 12-hour shifts.",
    "The french doors in the studio let in lovely light.",
    "Our braise in a dutch oven was the dish you asked about.",
    "I dropped a manila envelope with my references at reception.",
    "The cheddar on the lunch board was from a local farm, I hear.",
    "I set up the bunsen burners for the school practicals.",
    "I prepared the petri dishes for the microbiology lab.",
    "I will bring wellies for the farm visit.",
    "My geordie accent may have come through on the call.",
    "Being glaswegian, I am used to straight talk.",
    "I went to a state school, not an oxbridge college, and I am proud of that.",
    "I mentor Year 13 students in my spare time.",
    "My A-levels were in physics, maths and art.",
    "I tutor GCSEs in maths at the weekend.",
]


@pytest.mark.parametrize("sentence", RIGHT)
def test_right_words_draw_no_error_or_warning(linter: Linter, sentence: str) -> None:
    assert [f for f in findings(linter, _draft(sentence)) if f[1] != "info"] == []


# Slips of common words in the body: FL401 errors.
SLIPS = [
    ("I am very intersted in the role.", "intersted"),
    ("I defenitely want to be part of the team.", "defenitely"),
    ("I truley enjoyed the afternoon.", "truley"),
    ("From the beggining, the process was clear.", "beggining"),
    ("I belive I can help with the backlog.", "belive"),
    ("I will send the two samples as seprate files.", "seprate"),
    ("I worked in local govermnent for two years.", "govermnent"),
    ("The work enviornment seemed calm and focused.", "enviornment"),
    ("My expereince in retail is relevant here.", "expereince"),
    ("Thank you for the opportinity to meet the team.", "opportinity"),
    ("I enjoyed our converstion about the new depot.", "converstion"),
    ("My responsibilties included payroll and rotas.", "responsibilties"),
    ("Clear communiction matters a lot to me.", "communiction"),
    ("I studied mangement at college.", "mangement"),
    _p(
        "I have excelllent references from my last manager.",
        "excelllent",
        why="a letter tripled is a drawn-out word: FL306 warns of it (as gushing), FL401 leaves it to FL306",
    ),
    ("Your enthusaism for the project was infectious.", "enthusaism"),
    ("I look forwad to hearing from you.", "forwad"),
    ("I hope to aqcuire new skills in the role.", "aqcuire"),
    ("I can come in on Wendsday afternoon.", "Wendsday"),
    ("I could start at the beginning of Feburary.", "Feburary"),
    ("I appriciate your patience with my questions.", "appriciate"),
    ("I finnaly understand how the teams fit together.", "finnaly"),
    ("I look forward to receving the contract.", "receving"),
    ("I will bring my portfilio on Friday.", "portfilio"),
    ("I am avialable on Monday or Tuesday.", "avialable"),
    ("It was a pleasure to meet you all yestrday.", "yestrday"),
    ("I will send the references tommorw.", "tommorw"),
    ("A frend of mine works in your Leeds office.", "frend"),
    ("I applied becasue the mission matters to me.", "becasue"),
    ("I enjoyed meeting the nurses and hearing theri stories.", "theri"),
    ("It was a real pleasue to meet you.", "pleasue"),
]


@pytest.mark.parametrize(("sentence", "slip"), SLIPS)
def test_slips_of_common_words_are_errors(linter: Linter, sentence: str, slip: str) -> None:
    assert ("FL401", "error", slip) in findings(linter, _draft(sentence))


# Slips in the sign-off (the name may follow on the same line): FL401 errors.
CLOSINGS = [
    ("Sincerly Jess", "Sincerly"),
    ("Regads,\nJess", "Regads"),
    ("Kind regrads,\nJess", "regrads"),
    ("Best wishs,\nJess", "wishs"),
    ("Respectfuly, Jess", "Respectfuly"),
]


@pytest.mark.parametrize(("closing", "slip"), CLOSINGS)
def test_sign_off_slips_are_errors(linter: Linter, closing: str, slip: str) -> None:
    text = _draft("I enjoyed hearing about the new clinic.", closing)
    assert ("FL401", "error", slip) in findings(linter, text)


# Grammar slips: a warning of FL402-FL408 (or an FL401 error).
GRAMMAR_SLIPS = [
    "I hoped to discussed the rota with you.",
    "I am writing to followed up on my application.",
    "I would like to visited the site again.",
    "I am more excited then ever about the role.",
    "I should of asked more about the training.",
    "I was suppose to send this yesterday.",
    _p(
        "The manager don't need to rush the decision.",
        why='a singular noun and "don\'t": not seen (a collective noun takes a plural verb in British English)',
    ),
    "Thank you for a a lovely tour of the plant.",
]


@pytest.mark.parametrize("sentence", GRAMMAR_SLIPS)
def test_grammar_slips_are_warned_of(linter: Linter, sentence: str) -> None:
    found = findings(linter, _draft(sentence))
    assert any((code == "FL401" and sev == "error") or (code in GRAMMAR and sev != "info") for code, sev, _ in found)


# Look-alikes of the new families, written after the change (so not blind): right English beside each
# (a "to" of motion or change before a participle, base verbs ending in "ed", names a letter from a day
# or month, a compound of "off" and a verb's form, a sign-off name that is no slip) must stay quiet, and
# slips beside them (a doubled consonant left out, an overregularised irregular verb, "-s" after a
# hiss, days and months, a past tense after "to") must stay flagged.
LOOK_ALIKES_RIGHT = [
    "I am used to automated testing from my last role.",
    "I would love to see the switch to automated billing.",
    "I hope to embed the habit of testing early.",
    "I need to shred the old files first.",
    "I would love to proceed to the next stage.",
    "I am keen to succeed in the role.",
    "I would like to speed up the hand-offs.",
    "The chance to shed old habits appeals to me.",
    "I am happy to bed in the new process.",
    "I would like to heed your advice on the portfolio.",
    "I am writing to United Utilities as well, but your role is my first choice.",
    "I look forward to the move to managed services.",
    "We need to seed the test database before the demo.",
    "I met Marc and Sundar at reception.",
    "Augusto and Mae showed me the lab.",
    "I spoke with Octavia about the rota.",
    "The fintechs you listed are all on my radar.",
    "I timeboxed the discovery work to two weeks.",
    "I dogfooded the app for a month before launch.",
    "I offboarded two vendors last year.",
    "My mentor, Juliana, sends her regards.",
]


@pytest.mark.parametrize("sentence", LOOK_ALIKES_RIGHT)
def test_look_alikes_of_the_new_families_are_quiet(linter: Linter, sentence: str) -> None:
    assert [f for f in findings(linter, _draft(sentence)) if f[1] != "info"] == []


LOOK_ALIKES_SLIPS = [
    ("I transfered to the Leeds office last year.", "transfered"),
    ("I was teached to check everything twice.", "teached"),
    ("I understanded the brief straight away.", "understanded"),
    ("The two boxs of samples arrived.", "boxs"),
    ("I can come in on Thrusday morning.", "Thrusday"),
    ("I could start in Janurary.", "Janurary"),
    ("I am hoping to met the wider team.", "hoping to met"),
    ("I would like to thanked you again.", "like to thanked"),
    ("I can come, offcourse, on Monday.", "offcourse"),
]


@pytest.mark.parametrize(("sentence", "slip"), LOOK_ALIKES_SLIPS)
def test_slips_beside_the_new_families_stay_flagged(linter: Linter, sentence: str, slip: str) -> None:
    assert any(words == slip and sev != "info" for _, sev, words in findings(linter, _draft(sentence)))


@pytest.mark.parametrize("signature", ["Sinclair Jones", "Regina Smith", "Cordelia Ng", "Sincerely Jess", "Best Jess"])
def test_a_name_or_a_right_sign_off_on_the_last_line_is_no_slip(linter: Linter, signature: str) -> None:
    text = _draft("I enjoyed hearing about the new clinic.", signature)
    assert [f for f in findings(linter, text) if f[0] == "FL401"] == []

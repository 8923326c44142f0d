"""Round 9 blind batch for G-CORRECT (FL401 severity, FL402/FL406 look-alikes), written before any
change: words a good note may hold that the checker may not know (names from many cultures, places,
products and tools, trade jargon, British, Australian, New Zealand and Indian words, Latin
abbreviations, hyphenated compounds, accents dropped) must draw no warning or error; slips of common
words must be FL401 errors.  Then right English that Harper's agreement rules misread (a gerund and
"you" before a singular verb, "you" as the first object of a verb of giving, "to" as a preposition
before a participle used as an adjective) beside real slips that must stay flagged.  The ones misjudged
when written are marked xfail(strict=True) until fixed."""

from __future__ import annotations

import pytest

from followup_lint import Linter

LANGUAGE = {"FL305", *(f"FL40{i}" for i in range(1, 9))}


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def findings(linter: Linter, sentence: str) -> list[tuple[str, str, str]]:
    text = f"Subject: Thank you – Analyst interview\n\nHi Ana,\n\nThank you for the interview. {sentence}\n\nBest,\nLee"
    report = linter.lint(text, purpose="thank-you")
    return [(f.code, f.severity.value, text[f.start : f.end]) for f in report.findings if f.code in LANGUAGE]


def flagged(linter: Linter, sentence: str) -> list[tuple[str, str]]:
    return [(code, words) for code, severity, words in findings(linter, sentence) if severity != "info"]


def _xfail(why: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=why)


# Words the checker may not know, in good notes: never a warning or an error.
UNKNOWN_BUT_RIGHT = [
    "It was good to hear how Ms Przybylski set up the night rota.",
    "Please pass my thanks to Dr Chakraborty for the walkthrough.",
    "I enjoyed meeting Budi Tjandra from the Jakarta office.",
    "Irina Zhuravleva's point about vendor audits stayed with me.",
    "Marit and I talked about the spring intake afterwards.",
    "Dervla showed me the loading bay on the way out.",
    "Yusra's tour of the lab was a highlight.",
    "I grew up near Ballymena, so the commute is easy for me.",
    "I am happy to travel to Kirkcaldy or Toowoomba for site visits.",
    "My family is from Tiruchirappalli, and I speak Tamil at home.",
    "I spent two harvest seasons in Wagga Wagga.",
    "We used Databricks and Zapier heavily in my last role.",
    "I have been testing pgvector for the search feature.",
    "I wrote the upsert logic and a small dedupe job for the billing tables.",
    "I can chamfer the edges and set the grout lines to spec.",
    "I have two years of venepuncture and triaging experience on a busy ward.",
    "Happy to come in on Friday arvo if that suits the team.",
    "I can cover the Ipoh godown when the new stock arrives.",
    "The tiffin service you described sounds like a lovely perk.",
    "This term I have been invigilating exams and sitting in on vivas.",
    "I attached two documents, viz. the timeline and the budget.",
    "The salary is quoted per annum, cf. the offer letter, and I am happy with it.",
    "I can help with the re-baseline and the pre-read for the board.",
    "The teams are co-located in Bogota and Sao Paulo, which I find exciting.",
    "Francois Muller mentioned the Lyon office during lunch.",
    "Bartek and Wojciech gave me a tour of the workshop.",
    "Akosua walked me through the ward routine.",
    "Ketevan explained the Tbilisi launch plans clearly.",
    "I have used Procore and Revit on two hospital builds.",
    "Amit showed me the dashboards after the panel.",
    "Tove had the agenda ready before we sat down.",
    "The kerbside recycling pilot you run is impressive.",
    "I organised a similar offsite in Kaikoura last year.",
    "Our mahi on the Whakatane river project taught me patience.",
    "Jose and Zoe at the cafe were very welcoming.",
    "The new job would mean swapping my tradie ute for a desk, which I welcome.",
    "The servo on the corner made the early start easy.",
    "I ran the reno of our old office, so the fit-out plans made sense to me.",
    "I have sharded two databases and written the runbook for each.",
    "The kubelet logs you showed me were a neat puzzle.",
    "I have worked on snagging lists for three handovers.",
    "I learnt fettling and deburring on my apprenticeship.",
    "I helped with the updation of the vendor records last year.",
    "A budget of two crore is a big step up, and I am ready for it.",
    "My batchmate from college now works in your Pune office.",
    "We deglaze and plate everything to order in my current kitchen.",
    "I cut the tenon joints by hand for the oak frames.",
    "The whole team seemed unfazed by the faff of the move.",
    "I am happy to upskill the juniors on the webhook setup.",
    "The soiree after the panel was a lovely touch.",
    "Your protege program sounds like a great way to grow.",
    "The jalapeno poppers at lunch were a hit.",
    "I can start pro rata from the first of the month.",
    "I reflow boards and rework BGAs daily.",
    "The rellies are visiting next week, but I can still make Thursday.",
    "Ines showed me the sample store on the way out.",
    "Arun gave me the tour of the second floor.",
    "Eilidh had the slides ready before we started.",
    "Sian will send the contract, so I will watch for it.",
    "Cian was kind enough to walk me back to reception.",
    "Bram set up the demo beautifully.",
    "Please thank Hamish and Lorna for the lunch.",
    "I enjoyed the deep-dive on cross-dock flows.",
    "I have run the lathing and plastering crews on two sites.",
    "I keep a changelog and a monorepo for my side projects.",
]


@pytest.mark.parametrize("sentence", UNKNOWN_BUT_RIGHT)
def test_unknown_names_and_terms_are_never_errors(linter: Linter, sentence: str) -> None:
    assert flagged(linter, sentence) == []


# Slips of common words: FL401 errors.
COMMON_SLIPS = [
    ("Your collegue in finance was very kind.", "collegue"),
    ("I look forward to meeting the hiring comittee.", "comittee"),
    ("I can send the references tommorrow morning.", "tommorrow"),
    ("It felt wierd to leave without asking about the team.", "wierd"),
    ("I hope the launch is succesful for you all.", "succesful"),
    ("It was a very proffesional process.", "proffesional"),
    ("I would reccomend your team to any friend.", "reccomend"),
    ("My home adress is on my CV.", "adress"),
    ("I learned a lot about your bussiness today.", "bussiness"),
    ("I will dress up for the occassion next time.", "occassion"),
    ("I am availible any day next week.", "availible"),
    ("Thank you for the opportunty to meet.", "opportunty"),
    ("I am excited about the postion.", "postion"),
    ("I apprecate the time you spent with me.", "apprecate"),
    ("I am greatfull for the chance to talk.", "greatfull"),
    ("Your knowlege of the market impressed me.", "knowlege"),
    ("Let me know if the scheduel changes.", "scheduel"),
    ("I have blocked my calandar for Friday.", "calandar"),
    ("I look forward to your repsonse.", "repsonse"),
    ("I hope to be a strong candiate for you.", "candiate"),
    ("I know we could acheive a lot together.", "acheive"),
    ("I enjoy independant work as well as teamwork.", "independant"),
    ("I can provide any neccessary documents.", "neccessary"),
    ("I am eager to persue this role.", "persue"),
    ("I recived your note this morning.", "recived"),
    ("Thank you for answering my questons.", "questons"),
    ("It was an excelent conversation.", "excelent"),
    ("I enjoyed speeking with you.", "speeking"),
    ("Recived your email, thank you.", "Recived"),
    ("Sincerley, I hope to hear from you.", "Sincerley"),
]


# A second blind batch of slips, written after the first was counted and before any change: an ending
# "-full" for "-ful", words run together.  Before the change 4 of 9 were tips (the backend offered only
# a split into two words, "care full", read as a compound in use).
COMMON_SLIPS += [
    ("I am so thankfull for your time.", "thankfull"),
    ("Your notes were very helpfull.", "helpfull"),
    ("I was carefull to prepare well.", "carefull"),
    ("I want to be respectfull of your time.", "respectfull"),
    ("I remain hopefull about the role.", "hopefull"),
    ("I infact enjoyed every minute.", "infact"),
    ("I met the team aswell.", "aswell"),
    ("I attached my CV incase it helps.", "incase"),
    pytest.param(
        "I greatfully accept the invitation.",
        "greatfully",
        marks=_xfail("'gratefully' is not among the common words the list holds"),
    ),
]


@pytest.mark.parametrize(("sentence", "slip"), COMMON_SLIPS)
def test_slips_of_common_words_are_errors(linter: Linter, sentence: str, slip: str) -> None:
    assert ("FL401", "error", slip) in findings(linter, sentence)


GRAMMAR_RIGHT = [
    "Talking with you has given me a clear picture of the role.",
    "Honestly, hearing from them has made my week.",
    "Working alongside you was a real pleasure last summer.",
    "I also think that visiting them has helped me understand the client.",
    "I sent you samples on Monday, so please let me know if they arrived.",
    "I left them notes after each call.",
    "I owe you thanks for the introduction to Priya.",
    "I brought you copies of the brochure at the time.",
    "I can send him references whenever it suits.",
    "We plan to shift the billing team to outsourced payroll next year.",
    "Your idea of taking the clinic to extended opening hours was clever.",
    "I helped bring our depot to automated stock counts last year.",
    "The team moved the reports to scheduled overnight runs.",
    "Meeting you has made me even more certain about the move.",
    "I loved the site tour, and meeting them has settled my mind.",
    "Seeing you was the best part of the morning.",
    "Training with you would be a privilege.",
    "Coaching them has been my favourite part of the job.",
    "It was a long day, but meeting you is what I remember.",
]


@pytest.mark.parametrize("sentence", GRAMMAR_RIGHT)
def test_right_grammar_look_alikes_are_quiet(linter: Linter, sentence: str) -> None:
    assert flagged(linter, sentence) == []


GRAMMAR_SLIPS = [
    "Thank you, you has been very generous with your time.",
    "I hope you gets a chance to read my notes.",
    "I wanted to asked you about the start date.",  # FL406 since correct10
    "I am keen to learned more about the team.",
    "He have been very helpful throughout.",
    "They was very welcoming when I arrived.",
    "The panel were great and she are lovely.",
    "The meeting you has scheduled works for me.",
    "Something you has said stuck with me.",
]


@pytest.mark.parametrize("sentence", GRAMMAR_SLIPS)
def test_grammar_slips_are_still_warned_of(linter: Linter, sentence: str) -> None:
    assert any(code in {"FL402", "FL406"} for code, _ in flagged(linter, sentence))


# A third blind set, written before any change to it: given names opening a sentence, before a verb
# that is no name cue ("had"), many with a consonant doubled before a last vowel (Nordic, Dutch,
# Finnish names), beside slips of common words at a sentence start, which must stay errors.  Before
# the change 5 of the 25 names were errors (Sanne, Mette, Kalle, Malle, Wille).
NAMES_AT_START = [
    "Sanne",
    "Mette",
    "Lasse",
    "Kalle",
    "Hanne",
    "Minna",
    "Pelle",
    "Gitte",
    "Britt",
    "Janne",
    "Emmi",
    "Ebbe",
    "Jukka",
    "Pekka",
    "Hannu",
    "Tonni",
    "Nelle",
    "Bette",
    "Sella",
    "Tobbe",
    "Malle",
    "Jossi",
    "Rikke",
    "Signe",
    "Wille",
]


# A fourth blind set, written before any change to it: given names from Dutch, German, Balkan, Yoruba,
# Hausa, Igbo, Latin American and other traditions, and towns, opening a sentence; 9 of 106 were
# errors when written (names one letter from a rarer word: Helmut, Bastian, Dragan, Farida, Folake,
# Maarten, Wouter, Tunde, Tromso); after the change 1 (Wouter, two letters from "water").
_NAME_READ_AS_SLIP = "a name one letter from a less common word, read as its slip"
NAMES_AT_START += [
    pytest.param(name, marks=_xfail(_NAME_READ_AS_SLIP)) if name == "Wouter" else name
    for name in [
        "Thandi",
        "Farida",
        "Rashad",
        "Kerstin",
        "Dagmar",
        "Mathias",
        "Maarten",
        "Stijn",
        "Wouter",
        "Bastian",
        "Florian",
        "Carsten",
        "Torsten",
        "Helmut",
        "Anouk",
        "Lieke",
        "Marloes",
        "Sander",
        "Jeroen",
        "Merel",
        "Fleur",
        "Sofie",
        "Nadine",
        "Shanice",
        "Tanisha",
        "Keisha",
        "Darnell",
        "Latoya",
        "Imani",
        "Kiana",
        "Malia",
        "Kalani",
        "Leilani",
        "Nayeli",
        "Citlali",
        "Ximena",
        "Mateo",
        "Thiago",
        "Joaquin",
        "Renata",
        "Bruna",
        "Thais",
        "Caio",
        "Gustavo",
        "Alejandra",
        "Paulina",
        "Milena",
        "Dragan",
        "Zoran",
        "Branka",
        "Mirela",
        "Oana",
        "Ioana",
        "Sorin",
        "Mihai",
        "Anca",
        "Kwame",
        "Abena",
        "Yaw",
        "Efua",
        "Folake",
        "Bisi",
        "Tunde",
        "Ngozi",
        "Amaka",
        "Chioma",
        "Obinna",
        "Uche",
        "Nnamdi",
        "Aisha",
        "Zainab",
        "Hauwa",
        "Musa",
        "Idris",
    ]
]
TOWNS_AT_START = [
    "Leuven",
    "Utrecht",
    "Tilburg",
    "Aarhus",
    "Bergen",
    "Tromso",
    "Gdansk",
    "Poznan",
    "Brno",
    "Ostrava",
    "Cluj",
    "Varna",
    "Plovdiv",
    "Split",
    "Rijeka",
    "Oulu",
    "Tampere",
    "Lund",
    "Malmo",
    "Kiel",
    "Jena",
    "Ulm",
    "Trier",
]


@pytest.mark.parametrize("town", TOWNS_AT_START)
def test_a_town_opening_a_sentence_is_no_error(linter: Linter, town: str) -> None:
    assert flagged(linter, f"{town} was a lovely place to grow up.") == []


@pytest.mark.parametrize("name", NAMES_AT_START)
def test_a_name_opening_a_sentence_is_no_error(linter: Linter, name: str) -> None:
    assert flagged(linter, f"{name} had the agenda ready before we sat down.") == []


SLIPS_AT_START = [
    ("Reall enjoyed the tour of the studio.", "Reall"),
    ("Realy enjoyed the tour of the studio.", "Realy"),
    ("Thier team was very kind to me.", "Thier"),
    pytest.param(
        "Wich reminds me, I have attached the samples.",
        "Wich",
        marks=_xfail("a dropped letter in a short word at a sentence start reads as a name"),
    ),
    ("Whille I was there, I saw the new lab.", "Whille"),
    ("Hopefuly we can speak again soon.", "Hopefuly"),
    ("Aggain, thank you for the chance.", "Aggain"),
    ("Untill then, I will keep working on the case study.", "Untill"),
]


@pytest.mark.parametrize(("sentence", "slip"), SLIPS_AT_START)
def test_slips_opening_a_sentence_stay_errors(linter: Linter, sentence: str, slip: str) -> None:
    assert ("FL401", "error", slip) in findings(linter, sentence)


# A fifth blind set, written before any change to it: a subject line that runs on in small letters
# after a "!" or a full stop ("hey! thanks for today", a dev bad draft's subject): the subject's register
# is FL102's and FL106's business (its first word in small letters draws no FL404 either); in the body
# the same small letter stays a slip.  Before the change 4 of the 5 subjects drew a warning.
def _subject_findings(linter: Linter, subject: str, body: str) -> list[tuple[str, str]]:
    text = f"Subject: {subject}\n\nHi Ana,\n\n{body}\n\nBest,\nLee"
    report = linter.lint(text, purpose="thank-you")
    return [
        (f.code, text[f.start : f.end]) for f in report.findings if f.code == "FL404" and f.severity.value != "info"
    ]


@pytest.mark.parametrize(
    "subject",
    [
        "hey! thanks for today",
        "Thanks! great chatting today",
        "Quick note. thanks again",
        "Thank you! loved the tour",
        "thanks for today",
    ],
)
def test_a_subject_in_small_letters_is_no_punctuation_slip(linter: Linter, subject: str) -> None:
    assert _subject_findings(linter, subject, "Thank you for the interview on Monday. I enjoyed it.") == []


@pytest.mark.parametrize(
    "body",
    ["Thank you for Monday! loved the tour of the lab.", "I enjoyed it. thanks again for the tour."],
)
def test_a_small_letter_after_a_sentence_in_the_body_stays_a_slip(linter: Linter, body: str) -> None:
    assert _subject_findings(linter, "Thank you – Analyst interview", body) != []

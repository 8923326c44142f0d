"""Round 25: what round 24 left and the round 25 blind batches (tests/corpus/probes/round25) found, each
misjudgement pinned both ways with wordings of our own, and each new pattern with a growth test (1x, 10x,
100x input; a ratio, never a time)."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_timing import FAIL_RATIO, SIZES, assert_grows_linearly, best_run, prepared_input

from followup_lint import Linter
from followup_lint.analysis import Analysis
from followup_lint.checks.base import CheckInput
from followup_lint.context import Context
from followup_lint.draft import parse_draft
from followup_lint.rulepack import load_rule_file

RULES = Path(__file__).resolve().parents[1] / "rules"


def _codes(linter: Linter, text: str, code: str, **kwargs: object) -> list[tuple[str, str]]:
    report = linter.lint(text, **kwargs)  # type: ignore[arg-type]
    return [(text[f.start : f.end], f.severity.value) for f in report.findings if f.code == code]


def _greeting(greeting: str) -> str:
    return (
        f"Subject: Thank you – Service Technician interview\n\n{greeting}\n\nThank you for the ride-along to the "
        "rooftop unit on Thursday. I am keen on the role.\n\nBest regards,\nDante Russo\n(614) 555-0192"
    )


# --- round 24's misses ----------------------------------------------------------------------------------------

PANEL = ["Gary Whitfield", "Ana Robertson", "Anthony Tonelli", "Ms Tamsin Smith"]


@pytest.mark.parametrize(
    ("greeting", "flagged"),
    [
        ("Hi Whitty,", True),  # round 24: Gary Whitfield
        ("Hey Robbo,", True),  # Ana Robertson
        ("Morning Smithy!", True),  # a title in the context is no name word
        ("Hi Gary,", False),
        ("Dear Mr Whitfield,", False),
        ("Hi Whitfield,", False),  # the bare surname: brusque, but the reader's name
        ("Hi Tony,", False),  # a nickname of the given name (FL132's table)
        ("Hi Whit,", False),  # no pet ending: a clipped form
        ("Dear Mr Whitty,", False),  # a title makes it a (misspelt) surname, FL132's business
        ("Hi Gary and Robbo,", False),  # two names: a group greeting (FL133)
    ],
)
def test_a_nickname_cut_from_the_surname_is_over_familiar(linter: Linter, greeting: str, flagged: bool) -> None:
    found = _codes(linter, _greeting(greeting), "FL135", context={"interviewers": PANEL})
    assert bool(found) is flagged
    if flagged:
        # the right reader in the wrong register: a warning, and no wrong-name error beside it
        assert found[0][1] == "warning"
        assert not _codes(linter, _greeting(greeting), "FL132", context={"interviewers": PANEL})


def test_the_nickname_s_fix_greets_the_reader_by_first_name(linter: Linter) -> None:
    text = _greeting("Hi Whitty,")
    report = linter.lint(text, context={"interviewers": ["Gary Whitfield"]})
    (finding,) = [f for f in report.findings if f.code == "FL135"]
    (edit,) = finding.suggestions[0].edits
    assert text[: edit.start] + edit.replacement + text[edit.end :] == _greeting("Hi Gary,")


def test_a_recipient_known_by_one_name_is_not_judged(linter: Linter) -> None:
    assert not _codes(linter, _greeting("Hi Whitty,"), "FL135", context={"interviewers": ["Whitfield"]})


# --- round 25's good batch: what drew an error or a warning on sincere notes ---------------------------------


def _email(body: str, subject: str = "Thank you – Analyst interview", greeting: str = "Dear Ms Ndlovu,") -> str:
    return f"Subject: {subject}\n\n{greeting}\n\n{body}\n\nKind regards,\nJonathan Price\n07700 900 123"


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # a noun in "-er" after an article is a thing (Harper's ThatThan read "sticker" as a comparative)
        ("The audit introduced a lying-and-standing blood pressure sticker that is still in use.", False),
        ("We hired a cleaner that the residents liked.", False),
        # a comparative after a verb or an intensifier still wants "than"
        ("The new rota is a lot faster that the old one.", True),
        ("Our margin was higher that last year.", True),
    ],
)
def test_a_noun_in_er_before_that_is_no_comparison(linter: Linter, sentence: str, flagged: bool) -> None:
    text = _email(f"Thank you for meeting me yesterday. {sentence} I am keen on the role.")
    assert bool([f for f in _codes(linter, text, "FL401") if f[0] == "that"]) is flagged


@pytest.mark.parametrize(
    ("record", "flagged"),
    [
        ("Last year I illustrated twenty-four spreads for a watershed booklet.", False),
        ("For the past three years I have toured schools with a theatre company.", False),
        ("I've curated two exhibitions of maritime photography.", False),
        ("I really enjoyed the tour of the studio.", True),  # no record of the writer's
    ],
)
def test_creative_trades_records_state_fit(linter: Linter, record: str, flagged: bool) -> None:
    text = _email(
        f"Thank you for the portfolio review yesterday. You mentioned the new series on rivers. {record} "
        "I would be thrilled to contribute to that series."
    )
    assert bool(_codes(linter, text, "FL205")) is flagged


@pytest.mark.parametrize(
    ("asked", "flagged"),
    [
        ("If the committee's comments can be shared, I would be grateful to read them.", False),
        ("If any feedback could be passed on, it would help me prepare for next time.", False),
        ("If the committee's decision can be shared with the other candidates, please do.", True),  # no feedback
        ("I hope to audition for you again in the future.", True),
    ],
)
def test_the_panel_s_comments_asked_for_as_shareable_are_feedback(linter: Linter, asked: str, flagged: bool) -> None:
    text = _email(
        f"Thank you for letting me know the outcome, and for organising the audition so smoothly. {asked}",
        subject="Re: Section Second Violin audition",
    )
    assert bool(_codes(linter, text, "FL220", purpose="rejection-reply")) is flagged


@pytest.mark.parametrize(
    ("line", "flagged"),
    [
        ("- Five years managing a 30-person team at Coastal Outdoors Torquay", False),
        ("Three seasons running the kitchen at Coastal Outdoors Torquay was hard work.", False),
        ("I would love to build my career at Coastal Outdoors Torquay.", True),  # the wrong firm as the job
    ],
)
def test_time_spent_doing_named_work_at_a_firm_is_a_record(linter: Linter, line: str, flagged: bool) -> None:
    text = _email(f"Thank you for the store walk yesterday.\n\n{line}\n\nI am keen on the role.")
    context = {"company": "Harbourline", "role": "Store Manager"}
    assert bool(_codes(linter, text, "FL208", context=context)) is flagged


@pytest.mark.parametrize(
    ("bullet", "excused"),
    [
        ("- Plain, clear writing for forms and error messages", True),
        ("- Accessible design tested with real users", True),
        ("- Slow replies to every one of my messages", False),  # a grievance in a list
        ("- Your team never replied to my messages", False),  # about the reader
    ],
)
def test_a_bulleted_item_of_the_writer_s_offer_is_not_scored(bullet: str, excused: bool) -> None:
    # the rule's own reading of the sentence, as FL330 hears its excuses
    from followup_lint.checks.learned_tone import _heard

    groups = load_rule_file(RULES / "FL330-learned-tone.toml").params.excused["list_item"]
    assert _heard(bullet, groups) is excused


# --- round 25's bad batch: faults the rules missed ----------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "sentence", "flagged"),
    [
        # talking down to the panel (FL331)
        ("FL331", "I'm not sure the panel fully appreciated the problem with your current model.", True),
        ("FL331", "I'm not sure the panel saw the link to my portfolio, so here it is again.", False),
        ("FL331", "Frankly, I was surprised no one in the room seemed familiar with the research.", True),
        ("FL331", "I was surprised nobody asked about my year in Ghana.", False),
        ("FL331", "I'd be glad to walk your team through the basics once I'm on board.", True),
        ("FL331", "Thank you for walking me through the basics of the rota system.", False),
        ("FL331", "I simply think the School would appoint better if it interviewed better.", True),
        ("FL331", "I think I would do better if I prepared more for panel interviews.", False),
        # pleading (FL310)
        ("FL310", "I really, really need this job.", True),
        ("FL310", "I humbly request you to please give me this chance.", True),
        ("FL310", "Thank you for giving me the chance to explain my gap year.", False),
        ("FL310", "This internship means everything to me and my family.", True),
        ("FL310", "The role means a great deal to me.", False),
        # the reader's choice put as a demand (FL327)
        ("FL327", "Have you made a decision yet or not?", True),
        ("FL327", "Could you tell me whether or not the role is still open?", False),
        # the review of round 25: doubt about the writer's own answer is a clarification, not talking down
        (
            "FL331",
            "I'm not sure everyone on the panel quite followed my answer; that's my fault, so let me put it more simply.",
            False,
        ),
        ("FL331", "I'm not sure the panel fully understood my answer on the budget, as I rushed it.", False),
        ("FL331", "I don't think the panel fully understood the problem with your current model.", True),
        ("FL331", "It surprised me that none of the interviewers knew about the new regulations.", True),
        ("FL331", "I think the board would hire better if it interviewed more carefully.", True),
        # needing a thing about the job, and thanks for a chance given, are no plea
        ("FL310", "As a third-year student nurse I need the placement to start after 1 September.", False),
        ("FL310", "It was kind of you to give me the chance to shadow a shift.", False),
        ("FL310", "Please just give me one chance.", True),
        ("FL310", "My whole family is counting on this job.", True),
        # "yet or not" of something other than the decision asks nothing of the reader
        ("FL327", "Could you let me know whether my references have come in yet or not?", False),
        ("FL327", "Have you decided yet, or not?", True),
    ],
)
def test_round_25_s_faults_of_tone(linter: Linter, code: str, sentence: str, flagged: bool) -> None:
    text = _email(f"Thank you for meeting me on 3 March. {sentence} I'm still very keen on the Analyst post.")
    found = [sev for _, sev in _codes(linter, text, code, purpose="status-check") if sev != "info"]
    assert bool(found) is flagged, found


@pytest.mark.parametrize(
    ("sentence", "thanked"),
    [
        ("I appreciate that the Civil Service works to its own timescales.", False),
        ("I appreciate that the department is busy with the spending review.", False),
        ("I appreciate that you took the time to show me the lab.", True),
        # what the employer did is thanks (the review of round 25)
        ("I really appreciate that the school has made time for me during such a busy exam season.", True),
        ("I appreciate that the council is arranging a step-free room for me.", True),
        ("I appreciate that the department is busy with the spending review.", False),
    ],
)
def test_appreciating_how_the_employer_works_is_no_thanks(linter: Linter, sentence: str, thanked: bool) -> None:
    text = _email(f"I interviewed for the post on 3 March. {sentence} Is there any news?", subject="HEO interview")
    assert (not _codes(linter, text, "FL201", purpose="status-check")) is thanked


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("I'm defiantly keen on the role.", "definitely"),
        ("I am defiantly available next week.", "definitely"),
        ("The team defiantly refused to cut corners on safety.", None),
        # the review of round 25: a creative work's stance, and the slip before "be" and "think"
        ("Your mural is defiantly a protest piece.", None),
        ("I'll defiantly be available on Monday.", "definitely"),
        ("I defiantly think the rota could work.", "definitely"),
    ],
)
def test_defiantly_for_definitely(linter: Linter, sentence: str, slip: str | None) -> None:
    report = linter.lint(_email(f"Thank you for meeting me yesterday. {sentence}"))
    found = [f for f in report.findings if f.code == "FL407"]
    assert ([f.suggestions[0].edits[0].replacement for f in found] or [None])[0] == slip


@pytest.mark.parametrize(
    ("sentence", "fixed"),
    [
        ("I interviewed on Tuesday the 10th full stop I wanted to ask for news.", "the 10th. I wanted"),
        ("Is there any news question mark I am still keen.", "any news? I am"),
        ("It went well comma and I enjoyed the tour.", "well, and I"),
        ("We discussed the Oxford comma and house style.", None),
        ("Where does the full stop go in a quotation?", None),
    ],
)
def test_punctuation_spoken_to_dictation(linter: Linter, sentence: str, fixed: str | None) -> None:
    text = _email(f"Thank you for meeting me. {sentence}")
    report = linter.lint(text)
    found = [f for f in report.findings if f.code == "FL412"]
    if fixed is None:
        assert not found
        return
    (edit,) = found[0].suggestions[0].edits
    assert fixed in text[: edit.start] + edit.replacement + text[edit.end :]


@pytest.mark.parametrize(
    ("sender", "signed", "flagged"),
    [
        ("Benjamin Goh <benjamin.goh.sg@gmail.com>", "Marcus Lee", True),
        ("Benjamin Goh <benjamin.goh.sg@gmail.com>", "Ben Goh", False),
        ("Benjamin Goh <benjamin.goh.sg@gmail.com>", "Benjamin", False),  # a first name alone is not compared
        ("Sarah Jones <sarah@example.com>", "Sarah Okafor-Jones", False),
        ("Home Office <home@example.com>", "Marcus Lee", False),
        ("<benjamin.goh.sg@gmail.com>", "Marcus Lee", False),  # no display name
    ],
)
def test_a_note_signed_by_someone_other_than_its_sender(
    linter: Linter, sender: str, signed: str, flagged: bool
) -> None:
    text = (
        f"Subject: Thank you – COO interview\nFrom: {sender}\n\nDear Dr. Tan,\n\nThank you for the time you "
        f"gave me yesterday. I am keen on the role.\n\nWarm regards,\n{signed}"
    )
    assert bool(_codes(linter, text, "FL144")) is flagged


def test_the_sender_name_given_as_context_is_compared_too(linter: Linter) -> None:
    text = "Subject: Thank you\n\nDear Dr. Tan,\n\nThank you for yesterday.\n\nWarm regards,\nMarcus Lee"
    assert _codes(linter, text, "FL144", context={"sender_name": "Benjamin Goh"})
    assert not _codes(linter, text, "FL144", context={"sender_name": "Marcus Lee"})


@pytest.mark.parametrize(
    ("wish", "interest"),
    [
        # a wish to connect is no interest in the role (LABELLING.md's connection-request rule)
        ("I would be thrilled to connect.", False),
        ("I'd love to stay connected and follow your team's work.", False),
        ("I'd love to stay connected while you make your decision.", True),  # looks to the job
        ("I'd love to connect, and I'm very keen on the role.", True),
    ],
)
def test_a_wish_to_connect_is_no_interest_in_the_role(linter: Linter, wish: str, interest: bool) -> None:
    text = (
        f"Dear Ms. Abara, thank you for seeing me at this morning's audition. You are truly a visionary. {wish} – Tobi"
    )
    assert (not _codes(linter, text, "FL204", channel="linkedin")) is interest


# --- a review of round 25 (dd83014e..e675de27): each finding pinned both ways ---------------------------------


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        # the allowance covers the "-er" word and "that" only: a slip beside them is still reported
        ("I met a wonderfull volunteer that has been with you for years.", "wonderfull"),
        ("I met the buisness manager that runs the Leeds site.", "buisness"),
        ("Our team leader that year was a great mentor.", None),
        ("The ward's new blood pressure falls sticker that the night team fills in is clever.", None),
        # a comparative after a verb or a noun still wants "than"
        ("The process took longer that I expected.", "that"),
        ("I found the second task easier that the first.", "that"),
        ("I led a team larger that the one I lead now.", "that"),
    ],
)
def test_the_than_that_allowance_is_narrow(linter: Linter, sentence: str, reported: str | None) -> None:
    text = _email(f"Thank you for meeting me yesterday. {sentence}")
    found = [t for t, sev in _codes(linter, text, "FL401") if sev == "error"]
    assert (found or [None])[0] == reported


@pytest.mark.parametrize(
    "sentence",
    [
        "Years managing stores have prepared me well for the role at Tesco.",
        "I'd love to spend the coming years building the team at Tesco.",
    ],
)
def test_years_of_the_job_to_come_at_another_firm_are_still_a_slip(linter: Linter, sentence: str) -> None:
    text = _email(f"Thank you for the store walk yesterday. {sentence}")
    assert _codes(linter, text, "FL208", context={"company": "Sainsbury's"})


@pytest.mark.parametrize(
    "sentence",
    [
        "I toured the wards with Sister Okafor.",
        "I've scheduled a call with my referees.",
        "I have negotiated a four-week notice period.",
    ],
)
def test_the_interview_day_s_deeds_state_no_fit(linter: Linter, sentence: str) -> None:
    text = _email(f"Thank you for the visit yesterday. {sentence} I would be thrilled to join the team.")
    assert _codes(linter, text, "FL205")


@pytest.mark.parametrize(
    "bullet",
    ["- Silence for three weeks is poor form", "- A reply is the least a candidate can expect"],
)
def test_a_bulleted_grievance_is_still_scored(bullet: str) -> None:
    from followup_lint.checks.learned_tone import _heard

    groups = load_rule_file(RULES / "FL330-learned-tone.toml").params.excused["list_item"]
    assert not _heard(bullet, groups)


@pytest.mark.parametrize(
    ("sender", "signed", "flagged"),
    [
        ("Jonathan Price <j@example.com>", "Many Thanks And Kind Regards\nJonathan Price", False),
        ("Jonathan Price <j@example.com>", "Applicant For Senior Analyst", False),
        ("Mohammed Al-Farsi <m@example.com>", "Mohamed Alfarsi", False),
        ("Kowhai Photography <hello@example.com>", "Aroha Ngata", False),
        ("Benjamin Goh <b@example.com>", "Marcus Lee", True),
    ],
)
def test_the_review_s_signatures(linter: Linter, sender: str, signed: str, flagged: bool) -> None:
    text = (
        f"Subject: Thank you\nFrom: {sender}\n\nDear Dr. Tan,\n\nThank you for the time you gave me yesterday. "
        f"I am keen on the role.\n\nWarm regards,\n{signed}"
    )
    assert bool(_codes(linter, text, "FL144")) is flagged


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("I spotted the missing full stop I had overlooked.", False),
        ("I checked every comma and full stop Mr Okafor had marked.", False),
        ("The one exclamation mark I allow myself is in the sign-off.", False),
        ("Each new paragraph I write starts with the point.", False),
        ("I read Full Stop Magazine every month.", False),
        ("I interviewed on the 10th full stop I wanted to ask for news.", True),
    ],
)
def test_words_about_punctuation_are_no_dictation(linter: Linter, sentence: str, flagged: bool) -> None:
    text = _email(f"Thank you for the editing test. {sentence}", subject="Thank you – Copy Editor interview")
    assert bool(_codes(linter, text, "FL412")) is flagged


@pytest.mark.parametrize(
    ("greeting", "reader", "code"),
    [
        ("Hi Tommy,", "Thomas Tomlinson", None),  # a nickname of the given name
        ("Hi Paddy,", "Patrick Padden", None),
        ("Hi Stevie,", "Stephanie Stevens", None),
        ("Hi Ellie,", "Mark Ellis", "FL132"),  # another's first name: a wrong name, as before
        ("Hi Whitty,", "Gary Whitfield", "FL135"),
    ],
)
def test_first_names_that_look_like_a_clipped_surname(
    linter: Linter, greeting: str, reader: str, code: str | None
) -> None:
    report = linter.lint(_greeting(greeting), context={"interviewers": [reader]})
    found = [f.code for f in report.findings if f.code in ("FL132", "FL135")]
    assert (found or [None])[0] == code


# --- growth: every new pattern at 1x, 10x and 100x input --------------------------------------------------------


def test_the_surname_nickname_check_grows_linearly(linter: Linter) -> None:
    def make(n: int) -> CheckInput:
        # one long name in the greeting, and a long panel whose surnames it is not quite
        stem = "Whit" * (20 * n)
        draft = parse_draft(f"Subject: Thanks\n\nHi {stem}ty,\n\nThank you for today.\n\nBest,\nSam")
        analysis = Analysis(draft, linter.nlp)
        people = [f"Gary {stem}{chr(97 + i % 26)}field" for i in range(20 * n)]
        return CheckInput(
            draft=draft, analysis=analysis, context=Context(interviewers=people), purpose="thank-you", channel="email"
        )

    times = {n: best_run(linter, "FL135", make(n), 3)[0] for n in SIZES}
    assert times[10] / max(times[1], 1e-4) < FAIL_RATIO and times[100] / max(times[10], 1e-4) < FAIL_RATIO, times


@pytest.mark.parametrize(
    ("code", "unit"),
    [
        ("FL401", "a blood pressure sticker that the the lying-and-standing cleaner that is a lot faster that "),
        ("FL205", "I have toured I've illustrated I curated twenty spreads I have "),
        ("FL220", "If the committee's comments can be if any feedback could be passed if the "),
        ("FL208", "Five years managing a team at Coastal Outdoors three seasons running at "),
        ("FL331", "not sure the panel fully surprised no one in the room seemed walk your team through the "),
        ("FL310", "I really, really, so need this please give me this chance means everything to me and my "),
        ("FL201", "I appreciate that the civil service works the department the "),
        ("FL204", "I would be thrilled to connect I'd love to stay connected while you make keen to "),
        ("FL327", "decided yet or not? already or not yet or "),
        ("FL407", "I'm defiantly keen am defiantly and defiantly "),
        ("FL412", "the 10th full stop I question mark We comma and full stop "),
    ],
)
def test_the_round_25_patterns_grow_linearly(linter: Linter, code: str, unit: str) -> None:
    context = Context(company="Harbourline", role="Store Manager")
    purpose = {"FL220": "rejection-reply", "FL327": "status-check", "FL201": "status-check"}.get(code, "thank-you")
    assert_grows_linearly(
        linter,
        code,
        lambda n: prepared_input(linter, unit * (10 * n), purpose=purpose, context=context),
        f"{code} openings",
    )


def test_the_list_item_excuse_grows_linearly(linter: Linter) -> None:
    def make(n: int) -> CheckInput:
        items = "".join(f"- Plain clear writing for forms number {i} and error messages\n" for i in range(10 * n))
        draft = parse_draft(f"Subject: Thanks\n\nHi Ana,\n\nThank you for today.\n\n{items}\nBest,\nSam")
        analysis = Analysis(draft, linter.nlp)
        for part in draft.part("all"):
            analysis.doc(part)
            analysis.sentences(part)
        return CheckInput(draft=draft, analysis=analysis, context=Context(), purpose="thank-you", channel="email")

    times = {n: best_run(linter, "FL330", make(n), 3)[0] for n in SIZES}
    assert times[10] / max(times[1], 1e-4) < FAIL_RATIO and times[100] / max(times[10], 1e-4) < FAIL_RATIO, times


def test_the_signature_check_grows_linearly(linter: Linter) -> None:
    def make(n: int) -> CheckInput:
        sender = " ".join(f"Goh{chr(97 + i % 26)}" for i in range(3 * n))
        draft = parse_draft(
            f"Subject: Thanks\nFrom: Benjamin {sender} <b@example.com>\n\nDear Dr. Tan,\n\nThank you.\n\n"
            f"Warm regards,\nMarcus {'Lee' * (10 * n)}"
        )
        analysis = Analysis(draft, linter.nlp)
        return CheckInput(draft=draft, analysis=analysis, context=Context(), purpose="thank-you", channel="email")

    times = {n: best_run(linter, "FL144", make(n), 3)[0] for n in SIZES}
    assert times[10] / max(times[1], 1e-4) < FAIL_RATIO and times[100] / max(times[10], 1e-4) < FAIL_RATIO, times

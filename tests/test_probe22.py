"""Round 22: the misses the last rounds left (tests/corpus/probes/round20 and round21), and what the round 22
blind batches (tests/corpus/probes/round22) found.  Each misjudgement is pinned both ways with wordings of our
own, and each new pattern has a growth test (1x, 10x, 100x input; a ratio, never a time)."""

from __future__ import annotations

import pytest
from check_timing import assert_grows_linearly, assert_purpose_grows_linearly, prepared_input

from followup_lint import Linter
from followup_lint.context import Context


def _email(body: str, subject: str = "Thank you – Analyst interview", sender: str = "") -> str:
    head = f"Subject: {subject}\n" + (f"From: Jonathan Price <{sender}>\n" if sender else "")
    return f"{head}\nDear Ms Ndlovu,\n\n{body}\n\nKind regards,\nJonathan Price\n07700 900 123"


def _codes(linter: Linter, text: str, code: str, **kwargs: object) -> list[tuple[str, str]]:
    report = linter.lint(text, **kwargs)  # type: ignore[arg-type]
    return [(text[f.start : f.end], f.severity.value) for f in report.findings if f.code == code]


# --- FL320: a night out in the sender address ------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "flagged"),
    [
        ("jonno.lads.on.tour@hotmail.co.uk", True),  # round 21: common words beside a nickname, one a party word
        ("jon.price.bants@gmail.com", True),
        ("sesh.jonathan@gmail.com", True),
        ("jonathan.price@gmail.com", False),
        ("jon.price.tours@gmail.com", False),  # a tour business is no party
        ("ladbrokes.jonathan@gmail.com", False),  # "lads" inside a longer word is no word of its own
    ],
)
def test_party_words_in_the_address(linter: Linter, address: str, flagged: bool) -> None:
    text = _email("Thank you for the interview yesterday. I remain keen on the role.", sender=address)
    assert bool(_codes(linter, text, "FL320")) is flagged


# --- purpose: asking whether the decision has come "yet" is a status check, however soon ------------------

CONTEXT = Context(interview_date="2026-11-23", sent_at="2026-11-25")


@pytest.mark.parametrize(
    "sentence",
    [
        "I wondered whether you've had a chance to make a decision yet, or when I might expect to hear.",
        "Have you made a decision yet?",
        "Is there any news yet on the role?",
        "Could you tell me if the panel has reached a decision yet?",
    ],
)
def test_asking_whether_the_decision_has_come_yet_is_a_status_check(linter: Linter, sentence: str) -> None:
    text = _email(f"Thank you again for Monday's interview for the Engineer role. I'm very keen on it. {sentence}")
    report = linter.lint(text, context=CONTEXT)
    assert report.purpose == "status-check", report.inferred.get("purpose")
    assert "FL502" in {f.code for f in report.findings}  # and too soon: two days after the interview


@pytest.mark.parametrize(
    "sentence",
    [
        "I know you won't have made a decision yet, and I look forward to hearing when you do.",
        "Could you let me know when you expect to decide?",  # "when" looks ahead, as a thank-you may
        "I haven't seen the paper yet, but I will read it this week.",
    ],
)
def test_a_fresh_thank_you_that_looks_ahead_stays_one(linter: Linter, sentence: str) -> None:
    text = _email(f"Thank you for yesterday's interview for the Engineer role. I'm very keen on it. {sentence}")
    assert linter.lint(text, context=Context(interview_date="2026-11-24", sent_at="2026-11-25")).purpose == "thank-you"


@pytest.mark.parametrize(
    "unit",
    [
        "whether the decision news update word whether you have decided any news any update have you ",
        "whether a decision yet won't any news yet don't ",  # one long sentence that says it is not asking
        "I won't ask whether a decision has come yet. ",  # many such sentences
    ],
)
def test_the_yet_cue_grows_linearly(unit: str) -> None:
    assert_purpose_grows_linearly(
        lambda n: f"Hi Dana,\n\nThank you for yesterday's interview. {unit * (2 * n)}\n\nSam",
        Context(interview_date="2026-11-24", sent_at="2026-11-25"),
    )


# --- FL326: what a panel member did with the interview, told as a dig -------------------------------------


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        (
            "Please thank the gentleman on the panel, though he seemed to spend most of the interview on his phone.",
            True,
        ),
        ("She spent half the call checking her emails, so I hope she caught my answers.", True),
        ("She spent much of the interview on the audit plan, which I appreciated.", False),  # a detail
        ("I spent most of the interview on my notes, I fear.", False),  # the writer's own
    ],
)
def test_a_panel_member_on_the_phone(linter: Linter, sentence: str, flagged: bool) -> None:
    text = _email(f"Thank you for interviewing me yesterday. {sentence} I would love to join the team.")
    assert bool(_codes(linter, text, "FL326")) is flagged


# --- FL331: the firm's work likened to a beginner's -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("Your Instagram reads like it's run by an intern who just found Canva.", True),
        ("The careers page looks like it was built by a teenager in 2005.", True),
        ("Your blog reads like it was written by your engineers, which I loved.", False),
        ("Your brochure reads like it was written by a real person.", False),
    ],
)
def test_the_firm_s_work_likened_to_a_beginner_s(linter: Linter, sentence: str, flagged: bool) -> None:
    text = _email(f"Thank you for interviewing me yesterday. {sentence} I would love to join the team.")
    assert bool(_codes(linter, text, "FL331")) is flagged


@pytest.mark.parametrize(
    ("code", "unit"),
    [
        ("FL326", "he seemed to spend most of the the interview on checking his she spent half "),
        ("FL331", "reads like it's run by an looks like someone built by a few words reads like "),
    ],
)
def test_the_new_tone_patterns_grow_linearly(linter: Linter, code: str, unit: str) -> None:
    assert_grows_linearly(linter, code, lambda n: prepared_input(linter, unit * (10 * n)), f"{code} openings")


# --- round 22, good notes in the voice of published samples: what drew a warning --------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I would consider it a privilege to lead your operations through that period.",
        "I'd be really glad to come and work at Oakwright.",
        "My desire to build my audit career at Okonjo Ward is even greater after our meeting.",
        "Joining The Wharf Kitchen remains something I'm really hoping for.",
        "The job is still the one I'm after.",
    ],
)
def test_interest_in_the_words_of_published_notes(linter: Linter, sentence: str) -> None:
    text = _email(f"Thank you for meeting me yesterday. I enjoyed hearing about the new audit tool. {sentence}")
    assert _codes(linter, text, "FL204", purpose="thank-you") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd be glad to come and talk it through.",  # glad to come, for no work
        "The job is not the one I'm after.",
    ],
)
def test_near_them_no_interest_is_heard(linter: Linter, sentence: str) -> None:
    text = _email(f"Thank you for meeting me yesterday. I enjoyed hearing about the new audit tool. {sentence}")
    assert [sev for _, sev in _codes(linter, text, "FL204", purpose="thank-you")] == ["warning"]


@pytest.mark.parametrize(
    ("code", "sentence", "flagged"),
    [
        ("FL325", "I would consider it a privilege to join the team.", False),  # courtesy, no threat
        ("FL325", "Consider this a warning.", True),
        ("FL325", "Consider this a formal complaint about your manners.", True),
        ("FL321", "I liked the question on cutting the loss-making rural routes.", False),  # a trade's word
        ("FL321", "Well, that is your loss.", True),
    ],
)
def test_courtesy_and_trade_words_are_no_threat_or_dismissal(
    linter: Linter, code: str, sentence: str, flagged: bool
) -> None:
    text = _email(f"Thank you for meeting me yesterday. {sentence}")
    assert bool(_codes(linter, text, code)) is flagged


@pytest.mark.parametrize(
    ("code", "sentence", "flagged"),
    [
        ("FL404", "I'm working toward my P.Eng. and would value your view.", False),  # the sentence goes on
        ("FL404", "I hold a Ph.D. in chemistry.", False),
        ("FL404", "I visited the U.S. office. thanks again for the tour.", True),  # a new sentence, in small letters
        ("FL402", "Kingsmead is a school I would be pleased to apply to again.", False),
        ("FL402", "It was to much.", True),
    ],
)
def test_dotted_abbreviations_and_a_stranded_to(linter: Linter, code: str, sentence: str, flagged: bool) -> None:
    text = _email(f"Thank you for meeting me yesterday. {sentence}")
    assert bool(_codes(linter, text, code)) is flagged


def test_a_role_named_by_its_site_is_no_other_role(linter: Linter) -> None:
    body = "Thank you for meeting me about the Branch Manager position at the Eastside branch. {s}"
    site = _email(body.format(s="The Eastside position appeals to me a great deal."))
    assert _codes(linter, site, "FL209", context={"role": "Branch Manager"}) == []
    other = _email("Thank you for meeting me about the Branch Manager position. The Eastside position appeals to me.")
    assert [sev for _, sev in _codes(linter, other, "FL209", context={"role": "Branch Manager"})] == ["warning"]


# --- round 22, bad notes of the kinds career sites warn against: tone ---------------------------------------


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("I have to say the starting salary seems a little stingy for a firm of your standing.", True),
        ("I did notice the office is rather dark and cramped.", True),
        ("I'll be honest, the current site felt a bit like 2011.", True),
        ("The journey out was a bit of an ordeal, I have to say.", True),
        ("I'll admit the past two weeks have been a frustrating wait.", True),
        ("To be honest, I found the case study confusing at first.", False),  # the writer's own difficulty
        ("I have to say the view from the fifth floor was stunning.", False),  # candour with praise
        ("The old reporting tool is dated, which is why I'd love to help replace it.", False),  # no candour
    ],
)
def test_a_dig_said_as_candour(linter: Linter, sentence: str, flagged: bool) -> None:
    text = _email(f"Thank you for meeting me yesterday. {sentence} I would love to join the team.")
    assert bool(_codes(linter, text, "FL335")) is flagged


@pytest.mark.parametrize(
    ("code", "sentence", "flagged"),
    [
        ("FL323", "The directions your recruiter sent were, shall we say, creative.", True),
        ("FL323", "I'm sure one more round couldn't hurt – your lobby is my second office!", True),
        ("FL323", "I'd be glad to come in for one more round.", False),
        ("FL331", "He didn't seem taken with anything before lunch, bless him.", True),
        ("FL331", "God bless her, she made the whole day easy.", False),  # a blessing, not pity
        ("FL313", "I'd have appreciated hearing this before I took a day off for the second interview.", True),
        ("FL313", "I appreciated hearing about the plans before the second interview.", False),
        ("FL326", "I won't name names, but a friend told me the last controller left after a falling-out.", True),
        ("FL312", "Kindly note that I would need to receive your decision by 5 p.m. on 23 January.", True),
        ("FL312", "I have another offer to answer by Friday, and I would much prefer to join your team.", False),
        ("FL319", "I wanted to check when I should expect the offer letter.", True),
        ("FL319", "If I'm successful, when should I expect the offer?", False),
    ],
)
def test_the_quieter_tone_faults(linter: Linter, code: str, sentence: str, flagged: bool) -> None:
    text = _email(f"Thank you for meeting me on the 2nd. {sentence} I remain keen on the role.")
    assert bool(_codes(linter, text, code)) is flagged


def test_grudging_thanks_before_a_dash_is_no_thanks(linter: Linter) -> None:
    grudging = _email(
        "Thanks for your time today, I suppose – it was certainly a long afternoon. I am keen on the role."
    )
    assert [sev for _, sev in _codes(linter, grudging, "FL201", purpose="thank-you")] == ["error"]
    plain = _email("Thanks for your time today – it was a long afternoon, but I enjoyed it. I am keen on the role.")
    assert _codes(linter, plain, "FL201", purpose="thank-you") == []


@pytest.mark.parametrize(
    ("code", "unit"),
    [
        ("FL335", "I have to say the I did notice to be honest the office my answer the "),
        ("FL335", "dark cramped stingy a bit of a nightmare frustrating, "),
        ("FL204", "the job is still the one I would consider it a glad to come and joining it remains "),
        ("FL312", "I would need your decision I'd need a decision we require your answer "),
        ("FL313", "I'd have appreciated hearing I would have liked a call before "),
        ("FL331", "bless him bless her god bless him bless "),
    ],
)
def test_the_round_22_patterns_grow_linearly(linter: Linter, code: str, unit: str) -> None:
    assert_grows_linearly(linter, code, lambda n: prepared_input(linter, unit * (10 * n)), f"{code} openings")


@pytest.mark.parametrize(
    ("greeting", "interviewer", "flagged"),
    [
        ("Dear Mr. Kowalsky,", "Adam Kowalski", True),  # one letter changed: misspelt, not a pet form
        ("Hi Jenny,", "Jenna Cole", True),
        ("Hi Danny,", "Daniel Reed", False),  # pet forms still pass
        ("Hi Kathy,", "Katherine Moss", False),
        ("Hi Sami,", "Samuel Obi", False),
    ],
)
def test_a_name_with_one_letter_changed_is_misspelt(
    linter: Linter, greeting: str, interviewer: str, flagged: bool
) -> None:
    text = f"Subject: Thank you\n\n{greeting}\n\nThank you for the interview today.\n\nBest,\nLee"
    assert bool(_codes(linter, text, "FL132", context={"interviewers": [interviewer]})) is flagged


@pytest.mark.parametrize(
    ("closing", "flagged"),
    [("Thanks and regards,", False), ("Thanks & best regards,", False), ("Thanks,", True), ("Cheers,", True)],
)
def test_thanks_and_regards_closes_a_letter(linter: Linter, closing: str, flagged: bool) -> None:
    text = (
        "Ms Ann Lee\nAcme Ltd\n1 High Street\nLeeds LS1 1AA\n\n3 March 2026\n\nDear Ms Lee,\n\n"
        "Thank you for the interview yesterday for the Analyst post. I remain very keen on the role.\n\n"
        f"{closing}\nRavi Kumar\n"
    )
    assert bool(_codes(linter, text, "FL124", channel="letter")) is flagged


# --- a review of round 22: false alarms the first patterns raised, pinned both ways ---------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I have to say your approach to a frustrating supply problem was inspiring.",
        "I must say the tour was far from boring; the new sorting line is remarkable.",
        "In all honesty, it was anything but dull.",
        "I noticed that the job description dated 4 March mentions Power BI, which I use every day.",
        "Honestly, hearing how you turned a chaotic rota into a predictable one was the highlight of the afternoon.",
        "I honestly believe my experience with outdated systems would help with the migration.",
        "To be frank, I think the outdated reporting you mentioned is a great opportunity.",
        "Honestly, I'm not put off by the dark winter shifts.",
        "I must say the warehouse was spotless, nothing like the cramped sites I have worked in before.",
        "I must admit my commute would be a bit of a trek, but I have already tested it.",
        "I have to admit the case study was a bit of a slog for me.",
    ],
)
def test_candour_that_is_no_dig(linter: Linter, sentence: str) -> None:
    text = _email(f"Thank you for meeting me yesterday. {sentence} I would love to join the team.")
    assert _codes(linter, text, "FL335") == []


def test_a_dig_after_i_found_is_still_one(linter: Linter) -> None:
    text = _email("Thank you for meeting me yesterday. To be honest, I found your office rather dark and cramped.")
    assert [sev for _, sev in _codes(linter, text, "FL335")] == ["warning"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I realise you won't have any news yet, but I wanted to say thank you.",
        "I know it is far too early to ask whether a decision has been made yet, so I will simply say thank you.",
        "Please don't worry if there is no update yet; I'm happy to wait until the date you gave.",
        "I understand the panel hasn't decided yet, and I don't expect any news yet.",
    ],
)
def test_saying_one_is_not_asking_yet_keeps_a_thank_you(linter: Linter, sentence: str) -> None:
    text = _email(f"Thank you for yesterday's interview for the Engineer role. I'm very keen on it. {sentence}")
    assert linter.lint(text, context=Context(interview_date="2026-11-24", sent_at="2026-11-25")).purpose == "thank-you"


def test_a_question_after_a_hedge_still_asks(linter: Linter) -> None:
    text = _email(
        "Thank you for yesterday's interview. I'm very keen on it. I know you're busy, but have you decided yet?"
    )
    assert (
        linter.lint(text, context=Context(interview_date="2026-11-24", sent_at="2026-11-25")).purpose == "status-check"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Everyone I met seemed genuinely happy to come to work, which says a lot about the culture.",
        "Working in a team of one again is something I'm not after.",
        "My manager at Harlow would consider it a privilege to give me a reference.",
        "I would consider it a privilege to hear any thoughts you have on my case-study answer.",
    ],
)
def test_no_interest_is_heard_in_other_subjects_or_feedback(linter: Linter, sentence: str) -> None:
    text = _email(f"Thank you for meeting me yesterday. I enjoyed hearing about the new audit tool. {sentence}")
    assert [sev for _, sev in _codes(linter, text, "FL204", purpose="thank-you")] == ["warning"]


@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        (
            "FL312",
            "I'll need a final answer by Friday for the other firm, so any indication of your timeline would help.",
        ),
        ("FL331", "I was sorry to hear your father has been unwell; bless him, I hope he is back on his feet soon."),
        ("FL331", "Please pass my thanks to Mrs Okafor, bless her, who kindly showed me the way to the lift."),
        ("FL331", "The intern blog reads like it was written by your interns themselves, and I loved it."),
        ("FL323", "I'd be happy to talk again next week; would Thursday at ten work, shall we say?"),
        ("FL323", "Another interview can't hurt, and I'd be glad to meet the directors."),
        ("FL323", "I'm sure one more round couldn't hurt my chances, as I would love to meet the wider team."),
        ("FL326", "Thank you to Tom, who spent half the call on his laptop walking me through the live dashboards."),
        ("FL326", "I won't name names, but one of your drivers gave me the best advice about night shifts."),
    ],
)
def test_kind_uses_of_the_new_tone_patterns(linter: Linter, code: str, sentence: str) -> None:
    text = _email(f"Thank you for meeting me on the 2nd. {sentence} I remain keen on the role.")
    assert _codes(linter, text, code) == []


def test_asking_for_the_written_offer_after_one_was_made(linter: Linter) -> None:
    made = _email(
        "Thank you for calling to say you have offered me the role; I am delighted to accept. "
        "When can I expect the written offer?"
    )
    assert _codes(linter, made, "FL319") == []
    presumed = _email(
        "Thank you for the interview. When should I expect the offer, and if possible could I start on the 1st?"
    )
    assert _codes(linter, presumed, "FL319") != []


def test_a_field_named_as_a_site_is_still_another_role(linter: Linter) -> None:
    text = _email(
        "Thank you for the interview. I am very keen on the Pharmacy position and would bring my care experience "
        "to your residents, as I did at the Pharmacy site in Leeds."
    )
    assert [sev for _, sev in _codes(linter, text, "FL209", context={"role": "Healthcare Assistant"})] == ["warning"]

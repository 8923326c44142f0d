"""FL202 (specifics), FL210 (boilerplate) and FL203 (next steps) on blind probes written for this
test (2026-12-04, before the rules were read; none from the corpus): thank-you notes in several
styles (e-mail, LinkedIn, voicemail, letter) that name one concrete thing from the interview by its
shape (a number, a person's remark, a quoted question, a recount of what the reader said) must not
be told they name nothing; generic ones must be, and a form letter that names neither the employer
nor the role is boilerplate; a forward reference to the process in any common wording keeps FL203
quiet, and "continue the conversation" alone does not.  Before the change 7 of these 37 probes
failed (6 of the 72 in the first blind batch); after it none."""

from __future__ import annotations

import pytest

from followup_lint import Linter

CONTEXT = {"company": "Brightwater Logistics", "role": "Data Analyst"}


def email(body: str, greeting: str = "Hi Marta,") -> str:
    return f"Subject: Thank you – Data Analyst interview\n\n{greeting}\n\n{body}\n\nBest,\nJonah Reyes"


def codes(linter: Linter, text: str) -> set[str]:
    report = linter.lint(text, context=CONTEXT, purpose="thank-you")
    return {f.code for f in report.findings if f.severity.value in ("warning", "error")}


SPECIFIC = [
    email(
        "Thank you for meeting with me yesterday. When you mentioned the migration to Snowflake, I realised "
        "how much of my last year at Corvid was spent on exactly that. I'm excited about the Data Analyst "
        "role and look forward to hearing about next steps."
    ),
    email(
        "Thanks again for your time on Tuesday. Your question about churn in Q3 has stayed with me; I think "
        "the drop lines up with the price change you described. I'd love to join the team and hope to hear "
        "from you soon."
    ),
    # a number from the interview, told back, with the writer's wish after it
    email(
        "Thank you for the interview this morning. The 40% rise in late deliveries since the depot move is a "
        "problem I'd relish working on. I remain very interested and look forward to hearing from you."
    ),
    email(
        "Many thanks for showing me round the Leeds warehouse. Seeing the pick-to-light system in action made "
        "the role feel real. I'm keen to help and look forward to the next steps."
    ),
    email(
        "Thank you for your time this afternoon. Your point that the route-planning model still runs on a "
        "spreadsheet surprised me. I'm excited about the position and look forward to hearing from you."
    ),
    # a person's remark, by name
    email(
        "Thanks for the chat on Friday. Priya's remark that the forecasting dashboards go unread gave me "
        "plenty to think about. I'd love to be part of Brightwater and look forward to hearing about the next "
        "stage."
    ),
    # a question of the interview quoted
    email(
        'Thank you for the interview today. Your "what would you fix first?" has kept me busy all evening. '
        "I'm keen on the role and look forward to hearing from you."
    ),
    # a recount of what the reader had said
    email(
        "Thanks for this morning. You had told me the night shift still prints every manifest, and I keep "
        "picturing it. I'm keen on the role and hope to hear from you soon."
    ),
    (
        "Hi Marta, thanks for the interview today. Loved hearing about the Snowflake migration. Hope to hear "
        "from you soon! Jonah"
    ),
    (
        "Hi Marta, it's Jonah Reyes calling about the Data Analyst interview this morning. Thanks so much for "
        "your time; I've been thinking about the warehouse dwell-time numbers you showed me. I'm very keen and "
        "look forward to hearing from you. My number is 0161 555 0199. Thanks, bye."
    ),
    (
        "Jonah Reyes\n12 Mill Lane\nLeeds LS1 4AB\n\n3 May 2026\n\nMs Marta Novak\nBrightwater Logistics\n"
        "1 Quay Street\nLeeds\n\nDear Ms Novak,\n\nThank you for interviewing me on Thursday for the Data Analyst "
        "post. I particularly valued our discussion of the fleet telematics data and how it might feed the new "
        "maintenance schedule. I remain very interested in the post and look forward to hearing from you.\n\n"
        "Yours sincerely,\nJonah Reyes"
    ),
]


@pytest.mark.parametrize("text", SPECIFIC)
def test_a_concrete_detail_is_heard(linter: Linter, text: str) -> None:
    assert not codes(linter, text) & {"FL202", "FL210"}


FORM_LETTERS = [
    (
        "Thank you for taking the time to meet with me. I enjoyed our conversation and learning more about the "
        "company. I believe my skills would be a great fit and I look forward to hearing from you."
    ),
    (
        "I wanted to thank you for the opportunity to interview. It was a pleasure speaking with you and I am "
        "excited about the possibility of joining your team. Please let me know if you need anything else."
    ),
    (
        "Thank you for the interview today. It was a great experience and I appreciate you sharing information "
        "about the position and the organisation. I am confident I would be an asset and look forward to the "
        "next steps."
    ),
    # a greeting run into the first line names nobody and nothing
    (
        "Dear Hiring Manager, thank you for considering my application and for the interview. I am very "
        "interested in this opportunity and believe my experience makes me a strong candidate. I look forward "
        "to hearing from you about your decision."
    ),
    (
        "Thank you for your time and for the insightful discussion about the role and its responsibilities. I was "
        "impressed by the company's culture and values. I am eager to contribute and look forward to hearing "
        "from you soon."
    ),
]


@pytest.mark.parametrize("body", FORM_LETTERS)
def test_a_form_letter_is_boilerplate(linter: Linter, body: str) -> None:
    found = codes(linter, email(body, greeting="Hello,"))
    assert {"FL202", "FL210"} <= found


@pytest.mark.parametrize(
    "text",
    [
        email("Thanks so much for your time yesterday. I really enjoyed the conversation. Hope to hear from you!"),
        (
            "Hi Marta, thank you for the interview today, it was great to meet you. Looking forward to hearing from "
            "you! Jonah"
        ),
        # scare quotes quote nothing said
        email(
            'Thanks for the "time" today and the "candidate experience". I am keen on the role and look '
            "forward to hearing from you."
        ),
    ],
)
def test_generic_thanks_name_nothing(linter: Linter, text: str) -> None:
    assert "FL202" in codes(linter, text)


PRE = "Thank you for the interview today; hearing about the Snowflake migration was fascinating. I'm keen on the role. "

FORWARD = [
    "I look forward to hearing about next steps.",
    "I hope to hear from you.",
    "I'm happy to provide anything else you need before your decision.",
    "Do you have a sense of when you'll be making a decision?",
    "I hope to hear good things soon.",
    "Hoping to hear positive news!",
    "I'm happy to supply references or anything else that would help.",
    "I'll wait to hear how the shortlisting goes.",
    "Feel free to get in touch if you need any further information as you make your decision.",
    "Please keep me posted.",
    "I trust I will hear from you in due course.",
    "I'll look out for your email about the second interview.",
    # third blind batch: the other candidates still being seen, a later round to meet in
    "Feel free to contact me if anything else comes up as you go through the candidates.",
    "Hopefully I'll see you again soon for the second interview!",
]


@pytest.mark.parametrize("sentence", FORWARD)
def test_a_forward_reference_counts(linter: Linter, sentence: str) -> None:
    assert "FL203" not in codes(linter, email(PRE + sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd be glad to continue the conversation.",
        "Have a lovely weekend!",
        "I'm very sure I'd fit in well with the team.",
        "I hope we can talk more about it sometime.",
        "Let's keep in touch.",
        "I hope our paths cross again someday.",
        # hoping is no look at the process (the corpus's blind labels)
        "Fingers crossed!",
    ],
)
def test_no_forward_reference_is_flagged(linter: Linter, sentence: str) -> None:
    assert "FL203" in codes(linter, email(PRE + sentence))


# A second blind batch (2026-12-04): 13 of 32 misjudged before the change, none after.
SECOND = "Thank you for the interview today. {} I'm keen on the role and look forward to hearing from you."


@pytest.mark.parametrize(
    "sentence",
    [
        "The idea of pairing new drivers with a mentor for their first month sounds brilliant.",
        "I'm still smiling about the office dog who sat in on the interview.",
        "Congratulations again on the new contract with the hospital trust.",
        "I hope the server move goes smoothly this weekend.",
        "As promised, here is the link to the article on demand forecasting.",
        "Good luck with the audit next week.",
        "I had not realised the fleet runs on electric vans already.",
        "I loved the fact that analysts sit with the drivers once a month.",
        "I enjoyed debating whether the returns spike is seasonal.",
        "Your plans for a customer self-service portal sound ambitious.",
        "I appreciated your honesty about the legacy Access databases.",
    ],
)
def test_news_of_the_firm_and_a_recount_are_details(linter: Linter, sentence: str) -> None:
    assert "FL202" not in codes(linter, email(SECOND.format(sentence)))


@pytest.mark.parametrize(
    "sentence",
    [
        "I appreciated learning about the exciting work your team is doing and the direction the company is heading.",
        "It was great to hear about the team's goals and the challenges ahead.",
        "I found our conversation about the role very insightful and I appreciated your candour.",
        "It was wonderful to learn about your plans for the future and where the department is going.",
        "Learning about the projects your team works on was fascinating.",
        "Good luck with the rest of the interviews.",
        "I hope the search goes well.",
    ],
)
def test_praise_any_team_could_get_is_no_detail(linter: Linter, sentence: str) -> None:
    assert "FL202" in codes(linter, email(SECOND.format(sentence)))


def test_an_expense_claim_as_promised_is_no_detail(linter: Linter) -> None:
    text = email("Thanks for Tuesday. As promised, here are my travel expenses: train £48.20, taxi £12.00.")
    assert "FL202" in codes(linter, text)


def plain(body: str) -> str:
    return f"Subject: Thank you\n\nHi Marta,\n\n{body}\n\nBest,\nJonah Reyes"


@pytest.mark.parametrize(
    "body",
    [
        # a person at the interview described, and a clock time: the note recounts this interview
        (
            "Thanks for having me in yesterday. The man at the end of the table spent the whole hour on his phone, "
            "so I hope someone fills him in on my answers. I still want the job."
        ),
        (
            "Thank you for the interview. I got there at 9:50 for a 10:00 slot and was seen at 11:15, which I "
            "mention only because my parking ran out. I remain interested and hope to hear from you."
        ),
        (
            "Thank you for this morning. The receptionist who made me a coffee while I waited was lovely, and the "
            "tour of the loading bay was more fun than I expected. I hope to hear from you soon."
        ),
        (
            "Thanks for the call this afternoon. Sorry again that my dog barked through your second question; he "
            "has been banished to the garden. I'm very keen and look forward to hearing about next steps."
        ),
    ],
)
def test_a_note_that_recounts_the_interview_is_no_form_letter(linter: Linter, body: str) -> None:
    assert "FL210" not in codes(linter, plain(body))


@pytest.mark.parametrize(
    "body",
    [
        (
            "Thank you for taking the time to speak with me today. I enjoyed learning more about the position and "
            "your organization. I am confident that my skills and experience would make me a valuable addition to "
            "your team. I look forward to hearing from you."
        ),
        (
            "Thank you so much for the interview! It was great to meet everyone and learn about what you do. I think "
            "I would be a great addition to the team and I would love to work with you all. Hope to hear from you "
            "soon!"
        ),
        (
            "Thank you for your time and consideration. I was impressed by everything I learned about the company "
            "and its culture during our conversation, and it confirmed my enthusiasm for the opportunity. I look "
            "forward to the next steps in the process."
        ),
    ],
)
def test_a_form_letter_with_no_name_is_boilerplate(linter: Linter, body: str) -> None:
    assert "FL210" in codes(linter, plain(body))


def curt(body: str) -> str:
    return f"Subject: Re: interview\n\nMarta,\n\n{body}\n\nJonah"


@pytest.mark.parametrize(
    "body",
    [
        # a third blind batch: hostile notes that recount the interview name what happened in it
        "Thanks for keeping me waiting forty minutes in reception while you finished your lunch. Very professional.",
        "Thanks for the interview, though I didn't expect the CEO to walk out halfway through to take a call.",
        "Thank you for telling me my degree was 'not a real subject'. I'll pass that on to my professors.",
        "Cheers for making me do a two-hour unpaid test and then asking if I'd considered retail instead.",
        "Thanks for asking me to explain my CV line by line when you clearly hadn't read it.",
    ],
)
def test_a_recount_of_the_interview_names_it(linter: Linter, body: str) -> None:
    assert not codes(linter, curt(body)) & {"FL202", "FL210"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for telling me about the role and the next steps.",
        "Thanks for asking me about my experience and my goals.",
        "Thanks for making me feel so welcome.",
        "I didn't expect to enjoy the interview so much!",
    ],
)
def test_courtesies_in_recount_words_are_no_detail(linter: Linter, sentence: str) -> None:
    assert "FL202" in codes(linter, email(SECOND.format(sentence)))


# A fourth blind batch (2026-12-04): the corporate form letter's vocabulary, 13 of 15 passed as a
# detail before the change, none after; real details told in some of the same words still count.
@pytest.mark.parametrize(
    "sentence",
    [
        "I especially appreciated your insights into the team dynamics and the company's priorities.",
        "Our discussion about the role's key responsibilities and expectations was very helpful.",
        "Hearing about the collaborative atmosphere and supportive leadership made me even more enthusiastic.",
        "I was particularly drawn to what you said about innovation and continuous improvement.",
        "It was great to learn how the role contributes to the wider business strategy.",
        "You described a fast-paced, dynamic environment where I know I would thrive.",
        "I enjoyed our conversation about the day-to-day tasks and the skills needed to succeed.",
        "The way you described the team's culture really resonated with me.",
        "I appreciated hearing about the training and development opportunities on offer.",
        "I especially liked hearing about the company's commitment to diversity and inclusion.",
        "You mentioned the importance of communication and teamwork, which are strengths of mine.",
    ],
)
def test_corporate_praise_is_no_detail(linter: Linter, sentence: str) -> None:
    assert "FL202" in codes(linter, email(SECOND.format(sentence)))


@pytest.mark.parametrize(
    "sentence",
    [
        "Your point about onboarding new drivers faster made a lot of sense.",
        "I especially liked the plan to train warehouse staff in basic SQL.",
        "You mentioned the key account churn, which I would love to dig into.",
        "You described the weekly leadership pack as forty slides nobody reads.",
        "The importance you put on clean delivery timestamps struck a chord.",
        "I was drawn to the idea of an analyst embedded with each depot.",
    ],
)
def test_a_detail_in_the_same_words_still_counts(linter: Linter, sentence: str) -> None:
    assert "FL202" not in codes(linter, email(SECOND.format(sentence)))

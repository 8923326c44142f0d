"""FL203 hears a forward reference in the wordings a careful reader counts (G-NEXT-STEPS: next steps,
the next stage, hearing back, the decision's timing; material offered for the process; in a status
check, whether the role is still open or the writer still considered), and stays deaf to look-backs
("I enjoyed hearing about the new clinic", "It was good to meet the whole team"), to talking again
(continuing the conversation, which LABELLING.md does not count) and to looking forward to working
together (presuming the job).  Sentences written for this test (not from the corpus or any page);
before the change (2026-12-03) a first batch missed 10 of 32 forward references and counted 8 of 17
look-backs; a second batch written after the first families missed 4 of 14 and counted 0 of 10.
A prefix says where the sentence stands: "sc|" in a status check (FL203 was a tip there until round 9, a warning since), "li|" in
a LinkedIn thank-you, none in an e-mailed thank-you."""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def fires(linter: Linter, probe: str) -> bool:
    kind, _, sentence = probe.partition("|") if probe[:3] in ("sc|", "li|") else ("", "", probe)
    if kind == "sc":
        text = (
            "Subject: Analyst interview on 3 May – following up\n\nHi Ana,\n\n"
            "Thank you again for the interview on 3 May. I remain very keen on the Analyst role. "
            f"{sentence}\n\nBest,\nLee"
        )
        report = linter.lint(text, purpose="status-check")
    elif kind == "li":
        text = f"Hi Ana, thanks for the interview this morning, I'm very keen on the role. {sentence}"
        report = linter.lint(text, purpose="thank-you", channel="linkedin")
    else:
        text = (
            "Subject: Thank you – Analyst interview\n\nHi Ana,\n\n"
            f"Thank you for your time today. I am very keen on the role. {sentence}\n\nBest,\nLee"
        )
        report = linter.lint(text, purpose="thank-you")
    return any(f.code == "FL203" for f in report.findings)


FORWARD = [
    "Could you let me know what the next steps are?",
    "I look forward to hearing from you.",
    "When do you expect to make a decision?",
    "Is there anything else I can send you to help with your decision?",
    "I'd be happy to send over my portfolio if it would help.",
    "Please let me know if you need any references.",
    "Do you have a sense of when I might hear back?",
    "I understand you hope to decide by the end of the month.",
    "I look forward to hearing how the process goes.",
    "I'd be glad to provide work samples ahead of the next round.",
    "Could you give me an idea of the timeline?",
    "I'm happy to come in again if that helps the panel.",
    "I await your decision.",
    "What does the rest of the process look like?",
    "I'll keep an eye on my inbox.",
    "I hope to hear good news soon.",
    "If there's anything more you need from me, just say.",
    "Would it help if I sent the code sample we discussed?",
    "Happy to answer any follow-up questions the panel has before you decide.",
    "sc|Could you let me know where things stand?",
    "sc|Is there any news on the decision?",
    "sc|Has a decision been made yet?",
    "sc|I would be grateful for an update when you have a moment.",
    "sc|Do you know when the panel will decide?",
    "sc|Is the role still open?",
    "sc|Are you still interviewing?",
    "sc|Any update would be much appreciated.",
    "sc|Can you tell me roughly when I should expect to hear?",
    "sc|Please let me know if the timeline has changed.",
    "li|Hope to hear from you soon!",
    "li|Any idea on timing?",
    "li|Let me know the next steps whenever you can.",
    # second batch
    "I hope to hear whether I've made it to the second round.",
    "Could you tell me when shortlisted candidates will be contacted?",
    "Please let me know if there's anything else you need for the reference check.",
    "I can get my referees to you by Friday if that helps.",
    "Do let me know how things develop.",
    "I would be glad to join a second conversation with the team lead.",
    "I look forward to your reply.",
    "Should I expect to hear this week or next?",
    "sc|Can you tell me if I'm still being considered?",
    "sc|I wondered whether a decision had been reached.",
    "sc|Is there an expected date for offers?",
    "sc|Could you share how the process is going?",
    "li|Fingers crossed for the next stage!",
    "li|Let me know if you need anything else from my side.",
]

NOT_FORWARD = [
    "I enjoyed hearing about the new clinic.",
    "It was great to hear about your expansion plans.",
    "I loved learning about the team's approach to testing.",
    "Hearing about the product roadmap was a highlight.",
    "I'd like to hear more about the data platform.",
    "Thanks for telling me about the training programme.",
    "Our conversation about the merger was fascinating.",
    "I appreciated hearing how the team handles on-call.",
    "I found it fascinating to hear about the firm.",
    "It was good to meet the whole team.",
    "I really enjoyed our chat.",
    "The tour of the warehouse was very useful.",
    "I was glad to hear about the mentoring scheme.",
    "Hopefully we talk again soon!",
    "It would be great to continue the conversation.",
    "Thanks again for a great conversation.",
    "I'm grateful for your time and your candour.",
    # second batch
    "It was lovely to meet everyone in the studio.",
    "I was fascinated to learn how the lab is run.",
    "The hour flew by.",
    "I'm glad I had the chance to see the plant.",
    "It was a pleasure speaking with you and Tom.",
    "Loved hearing about the new climbing gym.",
    "I'd love to keep chatting about data governance sometime.",
    "Hope the rest of your week is calm.",
    "I'll be thinking about your question on pricing for a while.",
    "Looking forward to working with you all!",
]


@pytest.mark.parametrize("probe", FORWARD)
def test_fl203_hears_a_forward_reference_in_each_family(linter: Linter, probe: str) -> None:
    assert not fires(linter, probe)


@pytest.mark.parametrize("probe", NOT_FORWARD)
def test_fl203_takes_no_look_back_for_a_forward_reference(linter: Linter, probe: str) -> None:
    assert fires(linter, probe)

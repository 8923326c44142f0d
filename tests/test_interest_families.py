"""FL204 hears a restated interest in the role or the firm in the wordings a careful reader counts
(G-INTEREST: an explicit statement of interest or enthusiasm for the role, the work or the employer),
and stays deaf to thanks alone, praise, looking forward to a reply, a restated job title, sarcasm
about waiting, interest made conditional or past, someone else's keenness, and a wish for feedback.
Sentences written for this test in many styles and registers (not from the corpus or any page);
before the families were added (2026-12-03) a first batch of 82 missed 64 and 12 of 40 non-interest
sentences were counted; a second batch of 25, written after the first families, missed 12 and 2 of
15 were counted; a third batch of 27, written after those, missed 18 and 3 of 14 were counted
(left unheard: commitment, a "firm yes", the "right move" or "next step", hoping for a yes).  A prefix says where the sentence stands: "sc|" in a status check, "li|" in a
LinkedIn thank-you, none in an e-mailed thank-you."""

from __future__ import annotations

import pytest

from followup_lint import Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def warns(linter: Linter, probe: str) -> bool:
    kind, _, sentence = probe.partition("|") if probe[:3] in ("sc|", "li|") else ("", "", probe)
    if kind == "sc":
        text = (
            "Subject: Analyst interview on 3 May – following up\n\nHi Ana,\n\n"
            f"I wanted to follow up on the Analyst role. {sentence} Is there any update on the timeline?"
            "\n\nThank you,\nLee"
        )
        report = linter.lint(text, purpose="status-check")
    elif kind == "li":
        report = linter.lint(
            f"Hi Ana, thanks for the interview this morning. {sentence}", purpose="thank-you", channel="linkedin"
        )
    else:
        text = f"Subject: Thank you – Analyst interview\n\nHi Ana,\n\nThank you for your time today. {sentence}\n\nBest,\nLee"
        report = linter.lint(text, purpose="thank-you")
    return any(f.code == "FL204" and f.severity.value in ("warning", "error") for f in report.findings)


INTEREST = [
    "I'd jump at the chance to work on your payments team.",
    "Count me in if you decide to go ahead with the hire.",
    "This is the kind of team I have been looking for.",
    "I hope I get to help build the new reporting suite.",
    "The role is exactly what I was after.",
    "I'm keen as mustard to get started.",
    "I remain very interested in the Analyst position.",
    "I would welcome the opportunity to join your analytics group.",
    "Our conversation only strengthened my desire to join Fernhill.",
    "I'd be chuffed to bits to join the team.",
    "I really want this job.",
    "Working on the ledger migration would be a dream.",
    "It would be a dream to work with your team.",
    "Honestly, this is my dream job.",
    "I'm very much hoping to be part of the next chapter at Fernhill.",
    "I'd love nothing more than to join you.",
    "The role appeals to me even more now.",
    "I'm all in on this one.",
    "I'd be over the moon to join.",
    "Nothing would make me happier than joining the team.",
    "I can't wait to get stuck in.",
    "I'd relish the opportunity to work on the forecasting models.",
    "I'm hoping very much to join your practice.",
    "I hope to have the opportunity to work with you.",
    "I very much hope to be working with you soon.",
    "Kindly note that I am still very much desirous of joining your organisation.",
    "I am most desirous of this position.",
    "It will be my pleasure to serve your organisation.",
    "It would be an honour to join the firm.",
    "I'd consider it a privilege to work alongside your engineers.",
    "I'm stoked about the role.",
    "Super pumped about the possibility of joining!",
    "Honestly, this is the job I want.",
    "This is the role I want most.",
    "I'd be delighted to take the role on.",
    "Joining your team would mean a great deal to me.",
    "The position is one I would very much like to secure.",
    "I'm itching to get started on the data platform.",
    "I would gladly accept an offer to join the team.",
    "I hope to be given the chance to contribute.",
    "Your team is where I see myself.",
    "I can really see myself working at Fernhill.",
    "I could really see myself thriving on your team.",
    "I'm hopeful of joining the team soon.",
    "It's the job I've wanted since I first saw the advert.",
    "The role really fires me up.",
    "I've set my heart on this role.",
    "My heart is set on joining your team.",
    "It would be great to be part of the team.",
    "It would be brilliant to work with you all.",
    "I'm raring to go.",
    "I really fancy the role.",
    "Really digging the sound of this role.",
    "I am highly desirous of this opportunity.",
    "I will be most grateful to be given the opportunity to serve in your organisation.",
    "I'd be stoked to join the crew.",
    "I am very wish to join your company.",
    "I want very much this position.",
    "For me it will be big pleasure to work in your team.",
    "I wouldn't say no to a seat on that team.",
    "I'd be happy to come aboard.",
    "I'd happily take the role.",
    "Fingers crossed I get the nod.",
    "sc|I'm still very much hoping to join Fernhill.",
    "sc|I remain committed to the opportunity and would love to move forward.",
    "sc|This is still the job I want.",
    "sc|I'm still as keen as ever.",
    "sc|The role remains the one I most want.",
    "sc|Just to say I'm still all in.",
    "li|Would love to be part of what you're building.",
    "li|Really hope I get to join the team!",
    "li|Dream role, honestly.",
    "li|Keen to come on board.",
    "I'd love to come on board.",
    "Coming on board would be a real pleasure.",
    "Joining Fernhill is something I truly want.",
    "I am enthusiastic to be part of your organisation.",
    "Getting this role would mean the world to me.",
    "I'd be made up to get the job.",
    "I genuinely want to be part of this.",
    # second batch
    "I'm properly excited about where the product is heading.",
    "Your plans for the clinic have made me want this post even more.",
    "I would be honoured to be considered for a place on the team.",
    "Working under your leadership is something I would value greatly.",
    "I'd give my right arm to work on that migration.",
    "I have my fingers crossed that I'll be joining you in January.",
    "I hope we get to work together.",
    "Hoping to be part of the crew come spring!",
    "sc|I'm still hoping to hear good news, as I would really like to join Fernhill.",
    "sc|My enthusiasm for the role hasn't dimmed at all.",
    "sc|I'm as eager as ever to get started.",
    "sc|Please know the role is still top of my list.",
    "li|Would be great to work together!",
    "li|Keen to be part of the crew.",
    "li|Hope to be working with you soon.",
    "I truly see a future for myself at Fernhill.",
    "I am quite excited to potentially join your company.",
    "I'd be really pleased to be offered the role.",
    "Being part of your research group is what I'm hoping for.",
    "I do hope to be given the chance to join your department.",
    "I'm very much looking forward to the prospect of working together.",
    "The post is one I'd be very glad to take on.",
    "It would be a joy to teach at your school.",
    "Honestly the dream would be to join your team.",
    "I'm super keen, tbh.",
    # interest misspelt or in text-speak with the subject dropped
    "I am very intrested in the role and hope to hear from you.",
    "li|rly want this 1, thx for the chat",
    # third batch
    "I left the interview more convinced than ever that I want to be at Harrow & Bell.",
    "The more I learn about the team, the more I want to be part of it.",
    "I'd welcome the chance to put the ideas we discussed into practice.",
    "I would be very pleased to accept an offer.",
    "It's a role I'd take in a heartbeat.",
    "I'd sign tomorrow if you'd have me.",
    "I'm very much still a candidate who wants this role.",
    "I hope you'll consider me, as I would really value the chance to grow with your team.",
    "My enthusiasm for Harrow & Bell has only grown since Tuesday.",
    "sc|I am still very keen to be considered.",
    "sc|Please know I'd still welcome the opportunity.",
    "li|Would be thrilled to get the nod!",
    "li|This is the one I want, honestly.",
    "I'd be grateful for the chance to prove myself in the role.",
    "I would love to be part of your engineering team.",
    "Getting to work on the new ward would be a real privilege.",
    "I'm quite taken with the role, I must say.",
    "Your vision has won me over completely.",
    "I'd be honoured to accept if an offer comes.",
    "I'd genuinely love to build the next version of the checkout with you.",
    "I would honestly love to take the analytics work further.",
]

NOT_INTEREST = [
    "I enjoyed our conversation about the depot.",
    "You were a wonderful interviewer.",
    "I look forward to hearing from you.",
    "I look forward to hearing back about next steps.",
    "I interviewed for the Senior Analyst role on Monday.",
    "I'm SO excited to wait another month.",
    "I'd have been interested if the pay were higher.",
    "I would have been keen had the role been remote.",
    "I was interested until I heard about the commute.",
    "I believe my experience fits the role well.",
    "I will start on Monday.",
    "Your team was very welcoming.",
    "It was a pleasure to meet you.",
    "I'd like to know the timeline.",
    "I hope you have a great weekend.",
    "I hope to hear from you soon.",
    "Thanks for the tour of the lab.",
    "Your enthusiasm for the project was contagious.",
    "You seemed very interested in my thesis.",
    "The recruiter was keen to fill the post quickly.",
    "Let me know if you need anything else from me.",
    "I appreciated your candour about the workload.",
    "I'm not sure the role is right for me.",
    "I'm no longer interested in the position.",
    "I'd welcome any feedback.",
    "The office looks great.",
    "I'd be happy to send references.",
    "I'd be glad to answer any further questions.",
    "I'm happy with my current job, but thanks for your time.",
    "I'd have loved to join, had the offer been fair.",
    "In another life I might have been interested.",
    "I'm so thrilled to be ghosted again.",
    "Wow, I'm just thrilled to keep waiting.",
    "Your company's passion for clean energy is clear.",
    "Senior Data Analyst, Fernhill Logistics, interview on 3 May.",
    "Thank you for considering me for the Data Analyst position.",
    "I'd love to hear your thoughts on my portfolio.",
    "It was great to hear about the new warehouse.",
    "sc|Thrilled to be waiting yet again.",
    "sc|I was excited about this role three weeks ago.",
    # second batch
    "I hope the rest of your week goes well.",
    "I hope to hear back soon.",
    "It was a joy to meet the whole team.",
    "I'd welcome a call if that is easier.",
    "I can't wait to hear what you decide.",
    "Your team seemed very excited about the launch.",
    "I'd have jumped at it a year ago.",
    "The project sounds like a big challenge for whoever takes it.",
    "I hope that I answered your questions clearly.",
    "I hope I was able to show my experience.",
    "Please pass on my thanks to the panel.",
    "I'm keeping my options open for now.",
    "The role was described well in the advert.",
    "I'd love to know when a decision will be made.",
    "Can I check when I might hear back?",
    # third batch
    "Congratulations on the award, it is well deserved.",
    "The team seemed happy and relaxed.",
    "I wanted to confirm I received the job description.",
    "I'm available for a second interview any day next week.",
    "I have attached the certificates you asked for.",
    "I'm excited for the long weekend, hope you are too.",
    "It was interesting to see the new machines.",
    "You mentioned that the role may be filled internally.",
    "I'm keen to understand why I was not shortlisted.",
    "Let me know if the salary band is negotiable.",
    "I was keen on it until the salary came up.",
    "Honestly, I'm thrilled to be waiting on you again.",
    "I'd really love to hear how the decision goes.",
    "I'd really like to know whether the role is still open.",
]


@pytest.mark.parametrize("probe", INTEREST)
def test_fl204_hears_interest_in_each_family(linter: Linter, probe: str) -> None:
    assert not warns(linter, probe)


@pytest.mark.parametrize("probe", NOT_INTEREST)
def test_fl204_still_warns_without_interest(linter: Linter, probe: str) -> None:
    assert warns(linter, probe)

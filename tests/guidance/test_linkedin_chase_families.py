"""FL125 hears a LinkedIn message that chases unanswered e-mails in more of its words.

Found on a new dev draft of batch y-2 ("I sent you a thank-you email after our interview on Monday and a
follow-up yesterday, but I haven't seen a reply, so I wanted to make sure neither of them ended up in your spam
folder"). Blind batch A (written before the fix): 6 chases and 6 look-alikes; 6 of 12 wrong (every chase missed)
-> 0. Batch B (written after): 5 chases, 5 look-alikes; 3 of 10 wrong ("didn't get any reply", "going to spam",
"caught in a filter", "wrote to you twice") -> 0 after a second round. Dev G-CHANNEL F1 0.92 -> 0.93.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

CHASES = [
    "Hi Gareth, I sent you a thank-you email on Monday and a follow-up yesterday but haven't seen a reply, so I wanted to check they didn't end up in spam. Still very keen on the role!",
    "Hi Ana, just making sure my emails didn't land in your junk folder - I sent two last week about the analyst job. Any news?",
    "Hello Mr. Lee, I emailed you on the 3rd and again on the 10th but have not had a response, so I thought I would try this route. Is the position still open?",
    "Hi Sam, I wanted to make sure neither of my messages went to your spam folder. I'm still very interested in the designer role.",
    "Hi Jo, I've emailed a couple of times since the interview and haven't received a reply, so I'm following up on LinkedIn. Could you let me know where things stand?",
    "Hi Priya - not sure if my emails are getting through, I sent one Tuesday and one Thursday with no answer. Just wanted to flag it here.",
    "Hi Marco, I wrote to you twice by email after the interview and didn't get any reply, so I'm trying here. Is there an update on the chef de partie role?",
    "Hello Ms. Wu, my last two emails seem to have gone to your junk mail, so I'm sending this here. I remain very keen on the lab technician post.",
    "Hey Lou, have my emails been going to spam? Sent a couple since the 12th and no answer yet. Would love an update.",
    "Dear Dr. Banerjee, I left a voicemail and sent an email last week but have not yet received any response. I would be grateful for news on the research assistant position.",
    "Hi Tess, in case my emails got caught in a filter, I'm messaging here: any news on the buyer role?",
]
LOOK_ALIKES = [
    "Hi Gareth, great to meet you on Monday. I'll send the writing samples you asked for by email this afternoon.",
    "Hi Ana, thanks for your email yesterday with the schedule - looking forward to Thursday.",
    "Hi Sam, lovely to connect here after our chat at the careers fair. I'm very interested in the designer role.",
    "Hello Mr. Lee, thank you for the interview on the 3rd. I enjoyed learning how the plant schedules maintenance.",
    "Hi Jo, I saw your post about the spam filter project - congratulations to the whole team on the launch.",
    "Hi Priya, I replied to your email about the reference check this morning; let me know if anything else would help.",
    "Hi Marco, thanks for the tasting menu tip - I went back on Saturday and it was excellent.",
    "Hello Ms. Wu, I sent the lab safety certificate you asked for to HR this morning.",
    "Hey Lou, lovely to meet you at the open evening, and thanks for answering all my questions.",
    "Dear Dr. Banerjee, thank you for your detailed email about the next stage; I will prepare the presentation as you described.",
    "Hi Tess, great to connect. Your post about cutting spam complaints by half was really interesting.",
]


def _chased(linter: Linter, text: str) -> bool:
    report = linter.lint(text, channel="linkedin", purpose="status-check", context={"linkedin_connected": True})
    return any(f.code == "FL125" for f in report.findings)


@pytest.mark.parametrize("text", CHASES)
def test_a_chase_after_unanswered_emails_is_heard(linter: Linter, text: str) -> None:
    assert _chased(linter, text)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_a_note_that_mentions_email_without_chasing_is_not(linter: Linter, text: str) -> None:
    assert not _chased(linter, text)


# Round 8 (channel8): the other channel said not to reach the reader, and tries met with nothing. Blind bad batch:
# 2 of 2 LinkedIn chases in these words missed; family probes written before the fix: 4 of 5 missed -> 0, and
# 5 look-alikes (e-mails to send, thanks for e-mails, "so I thought I'd connect here", "you can reach me by phone",
# a parking office not reached) stay quiet.
CHASES_ROUND_8 = [
    "Hi Omar, I've sent a few e-mails since the interview and heard nothing, so I'm trying here. Is the designer role still open?",
    "Hi Beth, as I couldn't get through to you on the phone, I thought I'd message you on LinkedIn. Any news on the buyer role?",
    "Hi Ravi, nothing has come back from my e-mails, so I hope it's OK to ask here: has a decision been made on the tester role?",
    "Hello Ms. Ito, I haven't managed to reach you by e-mail, so I hope you don't mind a message here. I remain keen on the nurse post.",
    "Hi Ivan, I've dropped you a couple of e-mails about the Backend Developer role but nothing has come back, so I thought I'd ping you on here.",
    "Hi Sue, since I haven't been able to get hold of you by phone or e-mail, I'm messaging you on LinkedIn to ask if the role has been filled.",
]
LOOK_ALIKES_ROUND_8 = [
    "Hi Omar, I'll send a few e-mails with my portfolio links to the team this week, as you suggested. Thanks again, Lia",
    "Hi Beth, thanks for your e-mails about the schedule. Great to connect here, and I'm looking forward to Thursday. Sam",
    "Hi Ravi, great to meet you at the fair, so I thought I'd connect here. I'm very interested in the tester role. Ann",
    "Hello Ms. Ito, thank you for the interview. You can reach me by phone or e-mail at any time if you need references. Joy",
    "Hi Nick, I couldn't reach the parking office by phone, so thank you for sorting my pass on Tuesday. Pia",
]


@pytest.mark.parametrize("text", CHASES_ROUND_8)
def test_other_channels_not_reaching_the_reader_is_a_chase(linter: Linter, text: str) -> None:
    assert _chased(linter, text)


@pytest.mark.parametrize("text", LOOK_ALIKES_ROUND_8)
def test_reaching_and_sending_said_otherwise_is_not(linter: Linter, text: str) -> None:
    assert not _chased(linter, text)

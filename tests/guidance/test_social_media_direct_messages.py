"""FL126 hears the follow-up sent as a direct message on a personal network, and the reader's private life
seen there; WhatsApp or a text the recruiter chose is no personal social media (FL329 no longer says so).

Round 8 blind batch (bad drafts written before linting): 5 of 5 chases by Instagram, Facebook, Messenger or
Twitter DM missed (one caught by FL329's tone only). Family probes written before the fix: 7 of 7 missed -> 0;
6 look-alikes (a vacancy seen on the firm's Facebook page, posts drafted for the firm's Instagram, the studio's
Instagram followed, customer DMs as the writer's job, the studio's wedding photos, WhatsApp as suggested):
one wrong before (FL329 on "messaging you on WhatsApp") -> 0.
"""

from __future__ import annotations

import pytest

from followup_lint import Linter

DIRECT_MESSAGES = [
    "Hi Dana, I sent you a DM on Instagram last week about the stylist role but thought I'd try again. Any news? Thanks, Kim",
    "Hi Paul, dropping you a message on Facebook since it's quicker than e-mail. Have you decided on the driver job? Cheers, Rob",
    "Hi Jen, hope you don't mind me messaging you on your personal Instagram. I just wanted to say thanks for the interview! Zoe",
    "Hello Mark, I'm pinging you over Messenger in case my e-mail went astray. Is the analyst role still open? Best, Dev",
    "Hi Rina, I tracked down your account on TikTok and wanted to say thanks for Tuesday's interview. Hope to hear soon! Ali",
    "Subject: Thank you\n\nHi Carla,\n\nThank you for the interview. I loved the pictures of your dog on your feed, so cute! I'm very keen on the role.\n\nBest,\nTina",
    "Hi Ollie, slid into your DMs because I was too nervous to call. Just wondering about the barista job? Thanks, Mae",
    "Hi Leo, DMing you on Twitter since you follow me back now. Just wondering where things are with the Level Designer role? Cheers, Finn",
    "Hi Gary, I found your profile on Facebook and thought I'd message you here about the Sales Executive job. Is there any update? Connor",
]
LOOK_ALIKES = [
    "Subject: Thank you - Marketing Assistant\n\nHi Sara,\n\nThank you for the interview. I first saw the vacancy on your Facebook page and I'm even keener now that I've met the team.\n\nBest,\nLuke",
    "Subject: Thank you - Social Media Executive\n\nHi Ben,\n\nThank you for today. As promised, I've drafted three posts for your Instagram account and attached them. I manage the Facebook and Instagram accounts at my current job and would love to grow yours.\n\nBest,\nAmy",
    "Subject: Thank you - Junior Designer\n\nHi Kate,\n\nThank you for the interview. I've followed the studio's Instagram for years, and seeing the work in person was a treat. I'm very keen on the role.\n\nBest,\nJo",
    "Hi Grace, as you suggested, I'm messaging you on WhatsApp to confirm I'm still keen on the care role. Thank you, Mo",
    "Subject: Thank you - Community Manager\n\nHi Rui,\n\nThank you for the interview. Answering customer DMs on Instagram is most of my current job, so your plan for a support inbox made sense to me. I'm very interested in the role.\n\nBest,\nIvy",
    "Subject: Thank you - Photographer\n\nHi Lena,\n\nThank you for the interview. The photos of your studio's wedding work on the website are beautiful, and I'd love to add to them.\n\nBest,\nSven",
]


@pytest.mark.parametrize("text", DIRECT_MESSAGES)
def test_a_direct_message_on_a_personal_network_is_flagged(linter: Linter, text: str) -> None:
    assert "FL126" in {f.code for f in linter.lint(text).findings}


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_the_firm_s_own_pages_and_a_chosen_whatsapp_are_not(linter: Linter, text: str) -> None:
    codes = {f.code for f in linter.lint(text).findings if f.severity.value != "info"}
    assert not codes & {"FL126", "FL329"}

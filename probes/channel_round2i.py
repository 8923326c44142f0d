"""Round 2i (channel2): look-alikes and new wordings for voice-direction and voice-note families; written before running."""

PROBES = [
    ("Hi Leon [breathe] it's Chidi Eze about the store manager role - any news? 555 333 0909, thanks!", "call"),
    ("Voice message for Ms. Roy: Hi Ms. Roy, Priya Das here, thanks for the tour on Monday and speak soon.", "call"),
    # look-alikes
    ("Hi Leon, thanks for Tuesday! *fingers crossed* Hope to hear soon about the store manager role. Chidi", "linkedin"),
    ("Hi Ms. Roy,\n\nI sent you a voice message on Monday but wanted to follow up in writing too. Still very keen on the role.\n\nKind regards,\nPriya Das", "email"),
    ("Hi Dan, I didn't want to send a voice note in case you were in meetings, so here's a quick message instead - thanks for Friday! Amy", "linkedin"),
    ("Hi Dan,\n\nThanks for the interview. One thing I'd keep short - the notice period (four weeks).\n\nBest,\nAmy", "email"),
    ("Subject: Quick note\n\nHi Kai,\n\nThanks for Tuesday. [Portfolio link below]\n\nBest,\nRo\nhttps://ro.example", "email"),
]

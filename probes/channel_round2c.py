"""Round 2c (channel2): new wordings of each family added, and look-alikes that must keep their channel.
Written after the fix, before running it."""

PROBES = [
    # ---- new wordings of the call families ----
    ("Hi Omar, erm, just phoning regarding the porter vacancy from last Monday. Wondered if there's any news. Ta, bye.", "call"),
    ("Talking points before I call Ms. Reyes\n- thank her for Monday\n- mention the stock audit\n- ask when they expect to decide", "call"),
    ("Prompts for tomorrow's call:\n1. Thank Dev for the tour\n2. Ask about the start date\n3. If it goes to voicemail, keep it under 30 seconds", "call"),
    ("Hi Paula, hope you're well. Bell me back when you've a minute about the sous chef job - I'm around till six. Cheers.", "call"),
    ("Hey Nico, give us a buzz when you're free re the barista shifts. Nothing urgent. Cheers!", "call"),
    ("Hello Mrs. Adams, uh, sorry, I think I've been put through to the wrong desk - I was after the recruitment team about the care role. Um, thanks anyway, bye.", "call"),
    ("Hi Jen, it's just gone 10am on Tuesday. I tried to catch you about the next-round interview - I'll try again after lunch.", "call"),
    ("Hi Kim, phone tag again, sorry! Whenever you get this, ring me - still keen on the clerk job.", "call"),
    ("- if no one picks up: leave name, role, interview date and number\n- if Ms. Ortiz answers: thank her, ask about timeline", "call"),
    # ---- look-alikes that must stay as they are ----
    ("Um, hello? It's been three weeks since my interview and I've heard nothing. Any update on the analyst role?", "linkedin"),
    ("Hi Ravi, I'll try again next week if I haven't heard by then. Still keen on the analyst role! Thanks", "linkedin"),
    ("Hi Tess, I was hoping to catch you at the careers fair but missed you. Thanks again for last week's interview - I'm still very keen.", "linkedin"),
    ("Hi Marco,\n\nThanks again for Tuesday. If it's easier, feel free to give me a ring on 555 404 1212 - otherwise I'll wait to hear back by email.\n\nBest,\nJune", "email"),
    ("Hi Dev,\n\nThank you for the call this morning. As promised, here are my notes for the call on Friday with the wider team.\n\nKind regards,\nAisha", "email"),
    ("Subject: Porter vacancy\n\nDear Mr. Farah,\n\nI'm writing regarding the porter vacancy. Please bell me back if anything is unclear.\n\nRegards,\nOmar", "email"),
    ("Hi Laura, great to connect after the interview on Wednesday. Would you be open to a quick call next week? Best, Tom", "linkedin"),
    # ---- new wordings of the letter families ----
    ("Sir,\n\nI write to thank you for the interview of 3 December for the post of Groundsman.\n\nYours faithfully,\n\nR. Pettigrew", "letter"),
    ("Dr Patel,\n\nThank you for meeting with me on Wednesday regarding the Registrar post. I greatly appreciated your time.\n\nYours sincerely,\n\nSamuel Achebe", "letter"),
    ("Inside the card:\n\nDear Fiona, thank you for a wonderful morning at the studio. I hope to see you again soon!\n\nLove,\nIsla", "letter"),
    ("(notecard)\n\nThank you, Mrs. Ward, for the warm welcome on Friday. It was a pleasure to meet the whole team.\n\nBest wishes,\nDaniel", "letter"),
    # ---- letter look-alikes ----
    ("Mr. Fitch,\n\nThank you for meeting with me yesterday about the Dispatch Manager opening.\n\nRespectfully,\nAlan Pierce\nalan.pierce@example.com\nwww.alanpierce.example", "email"),
    ("Ms. Okafor, thanks for connecting! I enjoyed our conversation about the finance role. Kind regards, Peter", "linkedin"),
    ("Hi Ms. Reed,\n\nThanks for Monday's interview. I'm attaching the references you asked for.\n\nBest,\nAnil", "email"),
    ("Gift card:\n\nHi Sarah, a small thank-you for the interview - enjoy a coffee on me! Ben", "linkedin"),
]

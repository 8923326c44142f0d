"""Blind batch round 2b (channel2, 2026-12-04): harder drafts, written before reading infer.py."""

PROBES = [
    # ---- calls with no "this is X" opening ----
    ("Hi Sam! Sorry I missed you. Just wanted to say thanks again for Tuesday - I really enjoyed meeting the team. Give me a ring when you're free, any time after two. Talk soon, bye!", "call"),
    ("Morning Helen. Quick one - wondering if there's any news on the planner role. I'm around all day, so just ring whenever. Cheers, bye.", "call"),
    ("Um, hi Jordan, yeah, just following up on the interview from last week - the, uh, account manager one. Let me know when you get a sec. Thanks, bye.", "call"),
    ("Hi Mr. Patel, hope you're having a good afternoon. I'm just leaving a message to follow up on last Thursday's interview. When you get a moment, would you mind calling me back? Thanks very much.", "call"),
    ("Hey Priya, sorry, phone tag again! Still really keen on the analyst role, so whenever suits you, just call. Speak soon.", "call"),
    ("Hi Dan. I'll keep this brief as I know you're busy. I wanted to thank you for the interview on Monday and check whether there's anything else you need from me. My number is on my CV, but it's oh-four-one-two, five-five-five, oh-one-nine. Bye for now.", "call"),
    ("Hi Ruth, it's about quarter past three on Wednesday. I was hoping to catch you about the receptionist position. I'll try again tomorrow morning. Thanks.", "call"),
    ("Hello Mr. Lim, I'm following up on my interview for the driver role, just wondering where things are at. I'm on 555 202 3030 - again, 555 202 3030. Thank you, bye-bye.", "call"),
    ("Hi Anna, just returning your missed call from this morning. Yes, Friday at ten works for the second interview. Speak then, bye.", "call"),
    ("Hi Tony, just checking in. Haven't heard anything since the interview and it's been two weeks, so can someone please get back to me. You've got my number. Bye.", "call"),
    ("Notes for ringing Bright & Co:\n* ask for Karen in recruitment\n* say: thanks for Tuesday, still keen\n* ask: when will they decide?\n* if no answer, leave name + number and hang up", "call"),
    ("Hi Lauren, sorry to ring out of the blue. I just wanted to say thank you personally for the interview on Friday. Hope you have a lovely weekend. Bye now.", "call"),
    ("Hiya Sue, only me! Ringing about the cleaner job. Could you bell me back when you've got a mo? Ta, love.", "call"),
    ("Hi Rahul. Following up on the engineer interview. Hoping to hear from you; my mobile is the best way to get me. Thanks, speak soon.", "call"),
    # ---- letters without date/address, or without Dear ----
    ("Hi Janet,\n\nThank you so much for Tuesday's interview. I loved hearing about the outdoor classroom and I'd be delighted to join the nursery.\n\nI'm popping this card in the post on my way home.\n\nBest wishes,\nAmira", "letter"),
    ("To whom it may concern,\n\nI am writing to enquire about the outcome of my interview of 18 November for the position of Caretaker. I should be grateful for a reply at your earliest convenience.\n\nYours faithfully,\n\nH. Okonjo", "letter"),
    ("Your ref: HR/2231\n\nDear Mrs Kamau,\n\nThank you for your letter of 28 November inviting me to a second interview. I am pleased to confirm that I will attend on 9 December at 10 am.\n\nYours sincerely,\n\nBenjamin Tait", "letter"),
    ("FAO Mr. Grant, Recruitment\n\nThank you for interviewing me for the Storekeeper post. Please find enclosed the copies of my certificates you requested.\n\nRegards,\nLiam Doherty", "letter"),
    ("Mrs Ellwood,\n\nThank you for your kindness at the interview last week. It meant a great deal. I hope we may work together.\n\nWith best wishes,\nMarjorie Sloane", "letter"),
    ("Dear Tom,\n\nJust a note to say thanks for a great interview. I've written this on the back of one of my own prints, which I hope you like!\n\nAll the best,\nKai", "letter"),
    ("Dear Ms. Obi,\n\nThank you for the interview on Monday for the Archivist post. I have signed and returned the consent form by post as requested.\n\nYours sincerely,\n\nAnthony Wren\nAssistant Archivist, Shire Records Office", "letter"),
    ("Thank you, Mr. Yates!\n\nI really appreciated your time on Saturday and learned so much about running a garden centre. I'd love to be part of the team.\n\nWarmly,\nFreya\n\nP.S. The seedlings you gave me are doing well!", "letter"),
    ("Dear Ms Grey\n\nThank you for seeing me yesterday. I write to confirm my continued interest in the post of Cook.\n\nYours sincerely\n\nM. Adebayo (Mr)", "letter"),
    ("Dear Dr. Wallis,\n\nThank you for the interview on 2 December for the Clinical Psychologist post. I was glad of the chance to meet the team.\n\nYours sincerely,\n\n(signed)\n\nDr. Sara Lennox\nClinical Psychologist", "letter"),
    # ---- look-alikes that must keep their channel ----
    ("Hi Sam, sorry I missed your call! Just messaging here instead. Thanks again for Tuesday - really enjoyed meeting the team. Chat soon!", "linkedin"),
    ("Hi Priya, I tried ringing earlier but couldn't get through, so I'm dropping you a message here. Still really keen on the analyst role! Thanks, Lee", "linkedin"),
    ("Subject: Missed call\n\nHi Anna,\n\nSorry I missed your call this morning. Friday at ten works for the second interview.\n\nThanks,\nBen", "email"),
    ("Subject: Thank-you card\n\nDear Janet,\n\nI wanted to follow my card with a quick email to say thank you again for Tuesday.\n\nBest wishes,\nAmira", "email"),
    ("Hi Ruth,\n\nI tried calling earlier but thought an email might be easier. Any news on the receptionist position?\n\nThanks,\nMaya\nmaya.k@example.com", "email"),
]

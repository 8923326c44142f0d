"""Round 2e (channel2): new wordings for the second round of families, and look-alikes; written before running."""

PROBES = [
    ("Hi Dr Osei, sorry not to catch you today. It's about the ward clerk post. Try me any time after lunch. Thanks.", "call"),
    ("Hello Kath, I've tried you twice now about the kitchen porter job. Hope all's well. Bye for now.", "call"),
    ("Hi Rosa, just leaving a short message to say thanks for Monday's interview - really enjoyed it. Speak soon.", "call"),
    ("When I get through to reception - ask for Mr. Quinn.\nHi Mr. Quinn, it's Asha Patel about the warehouse interview.", "call"),
    ("Good afternoon Dr Osei,\n\nThank you for the interview on Thursday for the Ward Clerk post.\n\nYours faithfully,\n\nMiriam Cole", "letter"),
    ("I write further to our meeting on 1 December regarding the Clerk of Works position, and to thank you for your time.\n\nRespectfully,\n\nHenry Blake", "letter"),
    ("Dear Mr. Ivers,\n\nThank you again for the interview on Friday.\n\nYours sincerely,\nEve Lam\n\nEncs: 2", "letter"),
    ("Thank you for a wonderful visit, Mrs. Orr - I've written this on the back of a photo of the garden we talked about. With best wishes, Tilly", "letter"),
    # look-alikes
    ("Hi Kath,\n\nI've tried you twice by phone, so I'm emailing instead. Still very keen on the kitchen porter job.\n\nThanks,\nJo", "email"),
    ("Hi Rosa, leaving you a message here as I know you're busy - thanks for Monday's interview! Ana", "linkedin"),
    ("Hi Tom,\n\nOn the back of our conversation on Friday, I've put together a short plan for the stock system.\n\nBest,\nMaya", "email"),
    ("Hi Ms. Reed,\n\nThank you for Monday's interview for the QA role.\n\nYours sincerely,\nAnil Gupta", "email"),
    ("Hello Tom,\n\nThanks so much for showing me round on Tuesday.\n\nYours sincerely,\nAnil", "email"),
    ("Good morning Dr Osei,\n\nThank you for the interview. Please find my references at the link below: https://example.com/refs\n\nYours faithfully,\nMiriam Cole", "email"),
    ("Hi Sam, great to meet you at the interview. Hope I catch you at the meetup on Thursday! Thanks, Lee", "linkedin"),
    ("Hi Dee, I tried you on here a couple of times - any news on the admin job? Cheers", "linkedin"),
]

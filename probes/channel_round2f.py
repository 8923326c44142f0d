"""Round 2f (channel2): further shapes, written before running them."""

PROBES = [
    # ---- calls ----
    ("Hey mate, Dazza here, just chasing up the forklift gig from Tuesday. Flick me a call when you get a sec. Cheers.", "call"),
    ("Hi Nina - sorry about the background noise, I'm on the train. Just wanted to say thanks for this morning's interview. I'll try you properly later.", "call"),
    ("Hello? Hi, is that Maria? Great - it's about the bookkeeper interview on Monday. I just wanted to check on the timeline.", "call"),
    ("Yeah, it's me again. Third time today. Will someone please pick up and tell me what's happening with the supervisor job.", "call"),
    ("Hi Mr. Khan, glad I caught you! I won't keep you - just wanted to thank you again for Friday and ask if you need anything else.", "call"),
    ("Receptionist: Good morning, Harlow Foods.\nMe: Hi, could you put me through to Sandra in HR, please?\nSandra: Sandra speaking.\nMe: Hi Sandra, it's Tom Reid from Monday's interview.", "call"),
    ("Hi Jo, sorry, you're breaking up a bit - I'll be quick. Thanks for the interview yesterday, and let me know if you need anything else. Bye.", "call"),
    ("Hey Tash, how are ya? Just a quick one about the bar job - any word yet? Hit me back when you can. Cheers, bye.", "call"),
    # ---- letters ----
    ("Flat 2\n41 Mill Lane\nYork\n\nDear Mrs. Cole,\n\nThank you for the interview on Tuesday for the Library Assistant post.\n\nYours sincerely,\n\nAnna Price", "letter"),
    ("Wednesday, 2 December 2026\n\nDear Dr Malik,\n\nThank you for meeting me yesterday to discuss the research technician post.\n\nKind regards,\nTom Wade", "letter"),
    ("Written inside a thank-you card:\n\nMrs. Lin, thank you for taking the time to show me around the pharmacy. I'd be proud to work with you. Best wishes, Nadia", "letter"),
    ("Mr. Ellis -\n\nA short note to thank you for Thursday. I have posted the signed forms to you first class today.\n\nYours truly,\nGrant Hughes", "letter"),
    ("Dear Ms. Lopez,\n\nI hope this card finds you well. Thank you for the warm welcome at the bakery last Saturday.\n\nAll the best,\nLena", "letter"),
    ("9 Harbour View\nWellington 6011\n\nDear Mr. Tane,\n\nThank you for the interview for the Ranger position on 1 December.\n\nYours sincerely,\nMere Walker", "letter"),
    # ---- look-alikes ----
    ("Hi Dan, I noticed you viewed my profile after the interview - thanks again for Tuesday! Happy to answer any questions.", "linkedin"),
    ("Hi Dan, I'll keep this short since it's a DM - still very keen on the analyst role after Tuesday. Thanks!", "linkedin"),
    ("Hi Nina,\n\nSorry about the background noise on our call this morning - I was on the train. Thanks again for the interview.\n\nBest,\nMaya", "email"),
    ("Subject: Thank you\n\nHi Mr. Khan,\n\nGlad I caught you at reception on Friday! Thanks again for the interview.\n\nBest,\nAmir", "email"),
    ("Hi Tash, hope you're well! Quick one: any word yet on the bar job? Thanks heaps, Kira", "linkedin"),
    ("Subject: Signed forms\n\nDear Mr. Ellis,\n\nI have posted the signed forms to you today.\n\nYours truly,\nGrant Hughes", "email"),
]

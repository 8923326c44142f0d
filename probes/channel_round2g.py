"""Round 2g (channel2): new wordings and look-alikes for the third set of families; written before running."""

PROBES = [
    ("Hi Ms. Petrov? Sorry, the line's breaking up - it's Luis about the courier job. I'll try you back in ten minutes.", "call"),
    ("Am I speaking to Mr. Boateng? Lovely. It's Grace Hill, I interviewed for the admin role on the 4th.", "call"),
    ("Oh good, I got hold of you! It's about Tuesday's interview - I just wanted to say a quick thank you.", "call"),
    ("It's me again, sorry! I won't keep you, just wondered if there's news on the chef job.", "call"),
    ("Thank-you card, inside:\n\nDear Paul, thanks for a brilliant morning at the garage. Fingers crossed! Sam", "letter"),
    ("Thank you for the lovely chat, Mrs. Dunn. I'm writing this in the card your shop sells, which felt right! Best, Cara", "letter"),
    # look-alikes
    ("Hi Jo,\n\nSorry the line kept breaking up yesterday. Thanks again for the interview - I've listed my questions below.\n\nBest,\nTom", "email"),
    ("Hi Eli, is that Friday deadline still on? Keen to get my references to you in time. Thanks!", "linkedin"),
    ("Hi Marta, glad I caught you at the networking evening on Thursday! Thanks again for the interview. Cheers, Ben", "linkedin"),
    ("Subject: Next steps\n\nHi Dan,\n\nHappy to pick up where we left off on Friday. Can you hear me out on the salary point?\n\nThanks,\nAmy", "email"),
    ("Hi Rosa,\n\nMy card number for the expenses claim is below, as you asked.\n\nThanks,\nAna", "email"),
    ("Hi Sam, I won't keep you long - thanks for connecting after the interview! Lee", "linkedin"),
]

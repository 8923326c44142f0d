"""Round 2h (channel2): stage directions in other typography, lower-case voicemails, unsigned cards; written before running."""

PROBES = [
    ("Hi Ms. Grant, *pause* it's Omar Said about the accounts clerk interview on Friday. *smile* I'd love an update when you can. My number is 555 010 2233.", "call"),
    ("Hello Mr. Pike — [smile, slow down] — Jade Moss here, following up on the lab role. — pause — Thanks so much, speak soon.", "call"),
    ("hi mr. oduya, it's kemi adewale calling about the pharmacist interview on monday. please ring me back on 07700 900 314. thanks, bye", "call"),
    ("hey sam its lee, returning your call about the analyst thing. call me back when u can", "call"),
    ("(Keep under 30 seconds.) Hi Carol, Dev Shah here - thanks again for Monday's interview for the buyer job. Hope to hear soon. 555 818 2020. Bye.", "call"),
    ("Hi Mia - it's Ola. Quick voice note to say thanks for today, I had a great time meeting everyone. Speak soon!", "call"),
    ("Good morning Mr. Sato, this is a message for you from Lena Fischer regarding Tuesday's interview for the engineering role. I'd be grateful for a call back on 555 777 1414.", "call"),
    ("Dear Mrs. Khan, thank you for seeing me on Saturday. I so enjoyed meeting the children. (I'll drop this card through the school letterbox on Monday.)", "letter"),
    ("Mr. Owusu,\n\nThank you for your time on Thursday regarding the Warehouse Lead position. I remain keen.\n\nRespectfully yours,\nKwame Asante\n\nHand delivered", "letter"),
    ("Dear Ms Hartley\n\nThank you for your letter of 30 November offering me the post of Clerk. I am delighted to accept.\n\nYours sincerely\nDavid Lowe", "letter"),
    # look-alikes
    ("Hi Mia, thanks for today - sending a quick note here rather than a voice note so you can read it when you're free! Ola", "linkedin"),
    ("Hi Mr. Sato,\n\nThanks for Tuesday. I'll give you a quick call on Thursday morning if that suits.\n\nBest regards,\nLena Fischer\nlena.fischer@example.com", "email"),
    ("Subject: Offer of the post of Clerk\n\nDear Ms Hartley,\n\nThank you for your letter of 30 November. I am delighted to accept.\n\nYours sincerely,\nDavid Lowe", "email"),
    ("Hi Omar, great to connect. Quick one: is the accounts clerk role still open? Thanks!", "linkedin"),
]

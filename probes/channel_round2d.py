"""Round 2d (channel2): more shapes, written before running them."""

PROBES = [
    # ---- calls ----
    ("Hello, it's Siobhan Kearney - that's K-E-A-R-N-E-Y - following up on the nursing assistant interview. Many thanks.", "call"),
    ("Hi Gary, sorry I didn't catch you. Wanted a quick word about the driver job from Monday. Try me after four. Cheers.", "call"),
    ("Hi Ms. Lowe, just leaving you a quick message about the receptionist role - any news would be lovely. Take care.", "call"),
    ("This is the third message I've left about the warehouse job. Pick up your phone or call me back. I know you're getting these.", "call"),
    ("Me: Hi, could I speak to someone in HR about the cashier job?\nThem: Who's calling?\nMe: Priya Shah, I interviewed on Tuesday.", "call"),
    ("Hey Bec, Jono here. Just ringing re the carpentry gig - no dramas if you're still deciding, just let me know either way. Ta-ra.", "call"),
    ("Hi Frank, it's Lee again. Still keen on the bakery job, just wondering where it's at. Cheerio.", "call"),
    ("If I get the switchboard: ask for Helen Marsh in recruitment.\nThen: Hi Helen, Ana Cruz here about the cashier interview on the 2nd.", "call"),
    ("Hiya Dee, tried you a couple of times this morning. Nothing urgent, just about the admin job. You know where I am. Bye!", "call"),
    ("Good afternoon, Mr. Price, sorry to bother you at work. I'll be quick - just calling back about the second interview slot. Thursday works. Thanks, bye.", "call"),
    # ---- letters ----
    ("Hello Mr. Grant,\n\nThank you for meeting with me on Tuesday about the Stores Supervisor post. I was glad to hear about the new depot.\n\nYours sincerely,\n\nKeith Marlow", "letter"),
    ("Re: Application for the post of Head Gardener\n\nI write to thank you for the interview on 30 November and to confirm my continued interest in the post.\n\nYours faithfully,\n\nP. Ashdown", "letter"),
    ("Dear Ms. Iqbal,\n\nThank you for taking the time to interview me for the Teaching Assistant role. I enjoyed meeting the children.\n\nKind regards,\n\n[signature]\n\nHelen Shaw", "letter"),
    ("PRIVATE AND CONFIDENTIAL\n\nDear Mr. Thorne,\n\nThank you for your letter of 1 December. I was sorry to learn that I was not successful, and would welcome any feedback.\n\nYours sincerely,\nRita Glass", "letter"),
    ("Mrs. Fenwick - thank you for a lovely morning at the shop and for the chance to interview. I'd love to join you. Fondly, Rosie (written on the back of a postcard of the harbour)", "letter"),
    ("Thank you so much for seeing me on Friday, Mr. Dale. I came away excited about the apprenticeship.\n\nYours sincerely,\nJoe Bright\n\nEncl. CV", "letter"),
    ("Dear Admissions Panel,\n\nThank you for the interview on 26 November for the Graduate Trainee Scheme.\n\nYours faithfully,\n\nOlu Bankole\n\ncc: Mrs. J. Ferris, Careers Service", "letter"),
    ("Hi Janet,\n\nThank you for Tuesday! I'm so grateful for the chance to visit the nursery.\n\nWith love and thanks,\nAmira\n\nP.S. I've tucked a drawing from my niece in with this card.", "letter"),
    # ---- look-alikes ----
    ("Hi Sam, I tried calling a couple of times but couldn't get through, so I'm messaging here instead. Speak soon!", "linkedin"),
    ("Hi Jordan, sorry I missed your call - happy to connect here instead. Talk soon!", "linkedin"),
    ("Subject: Re: Application for the post of Head Gardener\n\nDear Mr. Lyle,\n\nThank you for your email. I confirm my continued interest in the post.\n\nYours faithfully,\nP. Ashdown", "email"),
    ("Hi Tom,\n\nThank you for Tuesday's interview. I've attached my portfolio and my references.\n\nYours sincerely,\nAna", "email"),
    ("Hello Mr. Grant,\n\nThanks for the interview on Tuesday. You can find my portfolio at www.keithmarlow.example.\n\nBest wishes,\nKeith", "email"),
    ("Hi Helen, it was lovely to meet you on Tuesday. Thanks again for the tour of the studio - I'm still very keen on the assistant role. Cheers, Ana", "linkedin"),
]

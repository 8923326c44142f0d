"""Blind probes of channel inference, round 2 (benchmark confusions on unseen drafts: calls read as LinkedIn
messages, letters read as e-mails or LinkedIn).  Every draft was written for this test, with the channel a
reader would give it, before it was run; none comes from the corpus.  Each is left to inference (no
``Channel:`` header, no context).

``FIRST`` was written before the inference code was read (1 of 56 missed: a card whose heading names it,
"Card inside message:"); ``HARDER`` aims at the confusions (8 of 29 missed, 7 of the 28 kept here: a caller who never says their
name, with fillers, "phone tag", "speak soon", a voicemail's time of day, "ringing about", "bell me back",
notes for the call; a "To whom it may concern" or bare "Mrs Ellwood," greeting over a signed name);
``WIDER`` was written after the fix, in new words for each family added, with look-alikes that must keep
their channel (2 of 24 missed at first: "here are my notes for the call" in an e-mail, a "Gift card:"
heading; both fixed).  ``SECOND``, a further batch written before it was run, found 10 of 24 missed: a
caller who "didn't catch you", "tried you a couple of times", is "just leaving you a quick message", or
whose script says "If I get the switchboard:"; a letter signed "Yours sincerely/faithfully" under "Hello
Mr. Grant," or no greeting; a postcard; "Encl."; and two LinkedIn notes ("messaging here", "connect here")
read as calls for their "Speak soon!".  ``SECOND_WIDER`` (new wordings and look-alikes, written after that
fix) missed none of 16.  ``THIRD``, written before it was run, found 8 of 20 missed: the line itself ("you're
breaking up", "sorry about the background noise"), "glad I caught you", "I'll try you properly later", asking
who is on the line ("is that Maria?"), "will someone please pick up", "it's me again", a card named in a
longer heading.  ``THIRD_WIDER`` (new wordings and look-alikes, after that fix): 2 of 12 missed at first (a
comma inside "Oh good, I got hold of you" and "Thank-you card, inside:"), both fixed.
``FOURTH``: 2 of 14 missed (directions for the voice outside round brackets, "[smile, slow down]",
"— pause —"; a "voice note"); ``FOURTH_WIDER``: 2 of 7 missed at first (a voice note the writer chose not to
send; "Voice message for Ms. Roy:"), both fixed by counting only a voice note that labels the draft.

Left out as undecidable from the text alone: a card-like note headed "Thank you, Mr. Yates!", signed
"Warmly, Freya" with a P.S. (a card, or an e-mail that lacks its subject); "Hey mate, Dazza here, just chasing
up the forklift gig. Flick me a call when you get a sec. Cheers." and "Hey Tash, how are ya? ... Hit me back
when you can. Cheers, bye." (a voicemail, or a text or chat message: nothing of the phone is said).  Both
are still read as LinkedIn notes."""

from __future__ import annotations

import re

import pytest

from followup_lint import Linter

FIRST = [
    (
        "Hi, this is Dana Ruiz calling about the operations analyst interview I had with you on Tuesday. I wanted to thank you again and ask whether there is any word on next steps. You can reach me on 555 318 4472. Thanks so much, bye now.",
        "call",
    ),
    (
        "[if voicemail]\nHello Mr. Kwan, Tomas Ferreira here. I interviewed for the logistics planner role last Wednesday. (pause) I'd be grateful for a quick update when you have a moment. My number is five five five, two one two, eight eight four zero. Thank you.",
        "call",
    ),
    (
        "Talking points for Friday's call with Helen:\n- thank her for the panel interview on the 9th\n- mention the warehouse routing idea we discussed\n- ask about the timeline for a decision\n- leave my number if voicemail: 0412 555 019",
        "call",
    ),
    ("Hey Sam, it's Lee, just returning your call about the analyst role, bye.", "call"),
    (
        "Hello Priya, it's Martin Osei. I'm calling to follow up on the interview for the facilities coordinator post. It's been three weeks and I've heard nothing, which frankly isn't good enough. Call me back today on 555 772 1093.",
        "call",
    ),
    (
        "Hiya Gemma, it's Rhys from Tuesday's interview for the sous chef job. Just ringing to say ta very much for having me in, I really enjoyed meeting the team. Give us a bell on 07700 900 432 if you need anything. Cheers, bye.",
        "call",
    ),
    (
        "G'day Mick, Jess Harper here. Just giving you a buzz about the site supervisor role we chatted about on Monday. No worries if it's still being sorted, but I'd love to hear where it's at. You can reach me on 0412 345 678. Cheers mate.",
        "call",
    ),
    (
        "Hi Karen, it's Owen Bell. Thanks for the interview yesterday for the estimator role. Speaking of which, I forgot to mention I've finished my CAD certificate. Call me back when you get a chance on 555 201 7788. Thanks, bye.",
        "call",
    ),
    (
        "Hi Ms. Delacroix, this is Femi Adeyemi following up on my interview for the junior accountant position. I'll try you again Thursday morning in case this message doesn't reach you. Thank you and have a good day.",
        "call",
    ),
    (
        "Voicemail:\nHi Rob, Nadia Khan. Following up on the research assistant interview from the 12th. Number's 617 555 0142. Again, 617 555 0142. Thanks.",
        "call",
    ),
    (
        "(dial extension 214, ask for Mr. Brandt)\nGood afternoon Mr. Brandt, this is Ilse Moreau. I met you last Thursday for the lab technician opening and I'm ringing to check on the status. Is now an okay time to talk for a minute?",
        "call",
    ),
    (
        "Hi Carla, this is Ben again, sorry I keep missing you. Just wanted to see if there's any news on the delivery driver job. I'm on the same number as before. Catch you later.",
        "call",
    ),
    (
        "Good morning, may I speak to Mr. Ahmed please? ... Hello Mr. Ahmed, my name is Lucy Tran and I interviewed for the payroll clerk role on the fifth. I was calling to ask if a decision has been made. Thank you for taking my call.",
        "call",
    ),
    (
        "Hi Tom, it's Priyanka Nair, returning your voicemail from this morning about the second-round interview. Thursday at ten works for me. If anything changes you can reach me on my mobile, 07911 345 210. Speak soon.",
        "call",
    ),
    (
        "Hello, you've reached... sorry, this is Grace Liu leaving a message for Ms. Owens. I interviewed for the museum educator role on Friday and just wanted to say thank you. My number is 555 646 2201. Bye.",
        "call",
    ),
    (
        "Hi Stephen, Aiden Walsh here. Quick message: thanks for the chat about the plumber apprenticeship on Tuesday. Ring me back on oh-seven-seven-double-oh nine-hundred one-two-three when you've a moment. Ta.",
        "call",
    ),
    (
        "Script (if she answers):\nHi Monica, it's Leo Park from last week's interview for the claims adjuster role. Have you got a minute?\nIf not, leave message: Hi Monica, Leo Park, claims adjuster interview, just checking on timing, 555 303 9191, thanks.",
        "call",
    ),
    (
        "Hey Jordan, Chris here. Look, I was told I'd hear back by Monday and it's Wednesday now. I'm calling to find out what's going on with the store manager role. Call me back.",
        "call",
    ),
    (
        "Hi Mr. Novak, it's Ella Brown returning your call about the job offer for the HR assistant role. I'm really pleased and I'd love to talk through the start date. I'm around all afternoon, just give me a ring. Thanks so much.",
        "call",
    ),
    (
        "Good afternoon, Mrs. Patel. It's Daniel Okoro speaking, I had my interview for the teaching assistant post with you yesterday. I won't keep you long: I wanted to say thank you and that I'm still very keen. All the best, bye.",
        "call",
    ),
    (
        "Hello Ines, it's Marek. Leaving you a quick voicemail to thank you for Friday's interview for the translator job. I'll be at my desk until five if you want to call me back. Thanks.",
        "call",
    ),
    (
        "Hi Zoe, it's Arjun Rao. Sorry, I'm not sure if I've got the right extension. I'm calling about the bid writer interview on the 3rd and hoping to hear about next steps. Best number is 020 7946 0887. Cheers.",
        "call",
    ),
    (
        "14 Ashgrove Road\nLeeds LS6 2HJ\n\n4 December 2026\n\nMs Adaeze Okafor\nHead of Finance\nBrightwater Housing\n22 Park Row\nLeeds LS1 5HN\n\nDear Ms Okafor\n\nRe: Finance Officer interview, 1 December\n\nThank you for meeting me on Monday to discuss the Finance Officer position. I valued hearing about the move to a new ledger system and would welcome the chance to contribute to it.\n\nYours sincerely\n\nPeter Hollis",
        "letter",
    ),
    (
        "Dear Ms Okafor,\n\nRe: Finance Officer vacancy\n\nThank you for the opportunity to interview for the Finance Officer role on 1 December. I was pleased to learn about the reconciliation project and believe my experience at Harrow Council would be of use.\n\nI look forward to hearing from you.\n\nYours sincerely,\n\nPeter Hollis\nChartered Accountant",
        "letter",
    ),
    (
        "December 4th, 2026\n\nDear Mr. Abernathy:\n\nThank you for the interview on Tuesday for the position of Assistant Librarian. I particularly enjoyed our discussion of the archive digitisation project.\n\nI remain very interested in the position and look forward to hearing from you.\n\nSincerely,\n\nMargaret Ellison\n\nEnc.: References",
        "letter",
    ),
    (
        "12/04/2026\n\nDear Dr Haverford,\n\nI am writing to thank you for the interview on 1 December for the Research Fellow post. The discussion of the cohort study was most interesting.\n\nI enclose a copy of my publication list, as requested.\n\nYours faithfully,\n\nJ. Mensah\nPhD candidate, University of Bristol",
        "letter",
    ),
    (
        "2026-12-04\n\nDear Hiring Committee,\n\nPlease accept this letter as my sincere thanks for the opportunity to interview for the Planning Officer role. I remain keen to contribute to the council's housing strategy.\n\nYours faithfully\n\nRuth Adeyemi",
        "letter",
    ),
    (
        "Dear Mrs. Carrington,\n\nJust a short note to say thank you for taking the time to meet with me on Thursday. It was lovely to hear about the bakery's plans for a second shop, and I'd be thrilled to be part of it.\n\nWarm wishes,\nEmily\n\n(handwritten card)",
        "letter",
    ),
    (
        "A quick card to say thank you, Mr. Ibekwe, for showing me round the workshop on Saturday. I came away even keener on the apprentice joiner role.\n\nWith thanks,\nSam Doyle",
        "letter",
    ),
    (
        "Dear Professor Lindqvist,\n\nThank you very much for the interview on 28 November for the post of Lecturer in Statistics. I greatly appreciated the opportunity to meet the department and to discuss its teaching plans.\n\nShould you require any further information, please do not hesitate to contact me.\n\nYours sincerely,\n\nDr Hannah Roe\nSenior Teaching Fellow\nSchool of Mathematics, University of York",
        "letter",
    ),
    (
        "Mr. Gerald Fitch\nDirector of Operations\nCoastal Freight Ltd.\n9 Harbour Street\nPortland, ME 04101\n\nNovember 30, 2026\n\nDear Mr. Fitch:\n\nThank you for meeting with me yesterday regarding the Dispatch Manager opening. I appreciated your candour about the challenges of the winter schedule.\n\nRespectfully,\n\nAlan Pierce\n\nEnclosure",
        "letter",
    ),
    (
        "4th December 2026\n\nDear Mr Sutherland,\n\nRe: Your letter of 2 December\n\nThank you for your letter informing me of your decision regarding the post of Estates Manager. Whilst disappointed, I appreciate you letting me know and would be grateful for any feedback.\n\nYours sincerely,\n\nClaire Nwosu",
        "letter",
    ),
    (
        "Dear Ms. Ferreira,\n\nI write to follow up on my interview of 20 November for the position of Contracts Administrator. I would be grateful to learn whether a decision has been reached.\n\nYours sincerely,\n\nTobias Grant\nMCIPS",
        "letter",
    ),
    (
        "Thank-you note (to go in the post)\n\nDear Janet,\n\nThank you so much for Tuesday's interview. I loved hearing about the nursery's outdoor classroom and I'd be delighted to join the team.\n\nBest wishes,\nAmira",
        "letter",
    ),
    (
        "Friday 4 December 2026\n\nDear Mr Ogunleye\n\nThank you for the interview yesterday for the role of Site Manager. I was impressed by the scale of the Riverside scheme.\n\nI look forward to hearing from you in due course.\n\nYours sincerely\n\nDavid Marsh\nEnc. Copy of CSCS card",
        "letter",
    ),
    (
        "Dear Ms. Whitaker,\n\nThank you for the interview on Monday for the Office Manager role. I have enclosed the references you requested.\n\nYours truly,\n\nLinda Baptiste\nOffice Administrator, Reyes & Hall LLP",
        "letter",
    ),
    (
        "Hi Priya, thanks for connecting! Great to meet you at Tuesday's interview for the product analyst role. I really enjoyed hearing about the pricing work. Hope to speak again soon. Sam",
        "linkedin",
    ),
    (
        "Hi Ben, thanks for accepting my connection request. I enjoyed our conversation about the data engineer role on Monday and would love to stay in touch here. Best, Ana",
        "linkedin",
    ),
    (
        "Hello Ms. Okafor, I hope it's alright to message you here on LinkedIn. I interviewed for the finance officer role last week and wanted to thank you for your time. Kind regards, Peter Hollis",
        "linkedin",
    ),
    (
        "Hi Dana, great connecting with you after the interview on Thursday! Thanks again for walking me through the team's roadmap. Looking forward to hearing about next steps. Cheers, Lee",
        "linkedin",
    ),
    (
        "Hi Tom, I saw your post about the team growing - congratulations! Just wanted to follow up on my interview for the UX designer role and say I'm still very interested. Thanks, Maya",
        "linkedin",
    ),
    (
        "Subject: Thank you - Finance Officer interview\n\nDear Ms Okafor,\n\nThank you for meeting me on Monday to discuss the Finance Officer position. I enjoyed hearing about the ledger migration.\n\nYours sincerely,\nPeter Hollis\npeter.hollis@example.com | 07700 900 118",
        "email",
    ),
    (
        "Subject: Following up on our call\n\nHi Dana,\n\nThanks for the phone call this morning about the analyst role. As promised, I've attached the portfolio we talked about. Call me back if anything's unclear - I'm on 555 318 4472.\n\nBest,\nLee",
        "email",
    ),
    (
        "Subject: Re: Interview for Research Fellow\n\nDear Dr Haverford,\n\nThank you for your email and for the interview on 1 December. Please find attached my publication list.\n\nBest regards,\nJ. Mensah",
        "email",
    ),
    (
        "Hi Carla,\n\nSorry I missed your call earlier! Just following up by email in case it's easier. I'm still very interested in the delivery driver role and happy to talk whenever suits - you can reach me on 555 909 1212.\n\nThanks,\nBen",
        "email",
    ),
    (
        "Subject: Voicemail follow-up - lab technician\n\nDear Mr. Brandt,\n\nI left you a voicemail this morning and wanted to follow up in writing. I remain very interested in the lab technician opening and would welcome an update.\n\nKind regards,\nIlse Moreau",
        "email",
    ),
    (
        "Subject: Thank you\n\nDear Professor Lindqvist,\n\nThank you for the interview on 28 November. I attach the teaching statement we discussed.\n\nYours sincerely,\n\nDr Hannah Roe\nSenior Teaching Fellow\nhannah.roe@york.example.ac.uk",
        "email",
    ),
    (
        "Hi Jess,\n\nJust a quick note to say thanks for the call today about the marketing role. I'll send over the campaign examples by Friday as we agreed.\n\nCheers,\nMaria",
        "email",
    ),
    (
        "Subject: Speaking of which...\n\nHi Karen,\n\nThanks again for yesterday. Speaking of which, I forgot to mention I've finished my CAD certificate - certificate attached.\n\nBest,\nOwen",
        "email",
    ),
    ("Mike - it's Jo Tanaka. Returning your call re the bartender shifts. Free after 4. Bye.", "call"),
    (
        "Hi Ms. Rowe, this is Kofi Mensah. I'm phoning about the care assistant vacancy; we met on Monday. If you could give me a call back on 0161 496 0733 I'd really appreciate it. Thanks, take care.",
        "call",
    ),
    (
        "Hello there, it's Ana Lima - could you pass a message to Mr. Grey for me? Just tell him I called about the sales interview, and he can reach me on 555 123 4000. Thanks so much.",
        "call",
    ),
    (
        "Card inside message:\n\nMrs. Fenwick - thank you for a lovely morning at the florist's and for the chance to interview. I'd love to join you.\n\nFondly,\nRosie",
        "letter",
    ),
    (
        "25 Elm Close\nBath BA1 3QT\n\nDear Sir or Madam,\n\nI am writing regarding my interview on 2 December for the post of Porter. I would be grateful to hear whether a decision has been made.\n\nYours faithfully,\n\nG. Atherton",
        "letter",
    ),
    (
        "Hi Leo, thanks for the connection request - good to be linked after last week's interview. Any news on the warehouse role? Cheers, Ravi",
        "linkedin",
    ),
    (
        "Subject: Dispatch Manager - thank you\n\nMr. Fitch,\n\nThank you for meeting with me yesterday about the Dispatch Manager opening.\n\nRespectfully,\nAlan Pierce\nalan.pierce@example.com",
        "email",
    ),
]

HARDER = [
    (
        "Hi Sam! Sorry I missed you. Just wanted to say thanks again for Tuesday - I really enjoyed meeting the team. Give me a ring when you're free, any time after two. Talk soon, bye!",
        "call",
    ),
    (
        "Morning Helen. Quick one - wondering if there's any news on the planner role. I'm around all day, so just ring whenever. Cheers, bye.",
        "call",
    ),
    (
        "Um, hi Jordan, yeah, just following up on the interview from last week - the, uh, account manager one. Let me know when you get a sec. Thanks, bye.",
        "call",
    ),
    (
        "Hi Mr. Patel, hope you're having a good afternoon. I'm just leaving a message to follow up on last Thursday's interview. When you get a moment, would you mind calling me back? Thanks very much.",
        "call",
    ),
    (
        "Hey Priya, sorry, phone tag again! Still really keen on the analyst role, so whenever suits you, just call. Speak soon.",
        "call",
    ),
    (
        "Hi Dan. I'll keep this brief as I know you're busy. I wanted to thank you for the interview on Monday and check whether there's anything else you need from me. My number is on my CV, but it's oh-four-one-two, five-five-five, oh-one-nine. Bye for now.",
        "call",
    ),
    (
        "Hi Ruth, it's about quarter past three on Wednesday. I was hoping to catch you about the receptionist position. I'll try again tomorrow morning. Thanks.",
        "call",
    ),
    (
        "Hello Mr. Lim, I'm following up on my interview for the driver role, just wondering where things are at. I'm on 555 202 3030 - again, 555 202 3030. Thank you, bye-bye.",
        "call",
    ),
    (
        "Hi Anna, just returning your missed call from this morning. Yes, Friday at ten works for the second interview. Speak then, bye.",
        "call",
    ),
    (
        "Hi Tony, just checking in. Haven't heard anything since the interview and it's been two weeks, so can someone please get back to me. You've got my number. Bye.",
        "call",
    ),
    (
        "Notes for ringing Bright & Co:\n* ask for Karen in recruitment\n* say: thanks for Tuesday, still keen\n* ask: when will they decide?\n* if no answer, leave name + number and hang up",
        "call",
    ),
    (
        "Hi Lauren, sorry to ring out of the blue. I just wanted to say thank you personally for the interview on Friday. Hope you have a lovely weekend. Bye now.",
        "call",
    ),
    (
        "Hiya Sue, only me! Ringing about the cleaner job. Could you bell me back when you've got a mo? Ta, love.",
        "call",
    ),
    (
        "Hi Rahul. Following up on the engineer interview. Hoping to hear from you; my mobile is the best way to get me. Thanks, speak soon.",
        "call",
    ),
    (
        "Hi Janet,\n\nThank you so much for Tuesday's interview. I loved hearing about the outdoor classroom and I'd be delighted to join the nursery.\n\nI'm popping this card in the post on my way home.\n\nBest wishes,\nAmira",
        "letter",
    ),
    (
        "To whom it may concern,\n\nI am writing to enquire about the outcome of my interview of 18 November for the position of Caretaker. I should be grateful for a reply at your earliest convenience.\n\nYours faithfully,\n\nH. Okonjo",
        "letter",
    ),
    (
        "Your ref: HR/2231\n\nDear Mrs Kamau,\n\nThank you for your letter of 28 November inviting me to a second interview. I am pleased to confirm that I will attend on 9 December at 10 am.\n\nYours sincerely,\n\nBenjamin Tait",
        "letter",
    ),
    (
        "FAO Mr. Grant, Recruitment\n\nThank you for interviewing me for the Storekeeper post. Please find enclosed the copies of my certificates you requested.\n\nRegards,\nLiam Doherty",
        "letter",
    ),
    (
        "Mrs Ellwood,\n\nThank you for your kindness at the interview last week. It meant a great deal. I hope we may work together.\n\nWith best wishes,\nMarjorie Sloane",
        "letter",
    ),
    (
        "Dear Tom,\n\nJust a note to say thanks for a great interview. I've written this on the back of one of my own prints, which I hope you like!\n\nAll the best,\nKai",
        "letter",
    ),
    (
        "Dear Ms. Obi,\n\nThank you for the interview on Monday for the Archivist post. I have signed and returned the consent form by post as requested.\n\nYours sincerely,\n\nAnthony Wren\nAssistant Archivist, Shire Records Office",
        "letter",
    ),
    (
        "Dear Ms Grey\n\nThank you for seeing me yesterday. I write to confirm my continued interest in the post of Cook.\n\nYours sincerely\n\nM. Adebayo (Mr)",
        "letter",
    ),
    (
        "Dear Dr. Wallis,\n\nThank you for the interview on 2 December for the Clinical Psychologist post. I was glad of the chance to meet the team.\n\nYours sincerely,\n\n(signed)\n\nDr. Sara Lennox\nClinical Psychologist",
        "letter",
    ),
    (
        "Hi Sam, sorry I missed your call! Just messaging here instead. Thanks again for Tuesday - really enjoyed meeting the team. Chat soon!",
        "linkedin",
    ),
    (
        "Hi Priya, I tried ringing earlier but couldn't get through, so I'm dropping you a message here. Still really keen on the analyst role! Thanks, Lee",
        "linkedin",
    ),
    (
        "Subject: Missed call\n\nHi Anna,\n\nSorry I missed your call this morning. Friday at ten works for the second interview.\n\nThanks,\nBen",
        "email",
    ),
    (
        "Subject: Thank-you card\n\nDear Janet,\n\nI wanted to follow my card with a quick email to say thank you again for Tuesday.\n\nBest wishes,\nAmira",
        "email",
    ),
    (
        "Hi Ruth,\n\nI tried calling earlier but thought an email might be easier. Any news on the receptionist position?\n\nThanks,\nMaya\nmaya.k@example.com",
        "email",
    ),
]

WIDER = [
    (
        "Hi Omar, erm, just phoning regarding the porter vacancy from last Monday. Wondered if there's any news. Ta, bye.",
        "call",
    ),
    (
        "Talking points before I call Ms. Reyes\n- thank her for Monday\n- mention the stock audit\n- ask when they expect to decide",
        "call",
    ),
    (
        "Prompts for tomorrow's call:\n1. Thank Dev for the tour\n2. Ask about the start date\n3. If it goes to voicemail, keep it under 30 seconds",
        "call",
    ),
    (
        "Hi Paula, hope you're well. Bell me back when you've a minute about the sous chef job - I'm around till six. Cheers.",
        "call",
    ),
    ("Hey Nico, give us a buzz when you're free re the barista shifts. Nothing urgent. Cheers!", "call"),
    (
        "Hello Mrs. Adams, uh, sorry, I think I've been put through to the wrong desk - I was after the recruitment team about the care role. Um, thanks anyway, bye.",
        "call",
    ),
    (
        "Hi Jen, it's just gone 10am on Tuesday. I tried to catch you about the next-round interview - I'll try again after lunch.",
        "call",
    ),
    ("Hi Kim, phone tag again, sorry! Whenever you get this, ring me - still keen on the clerk job.", "call"),
    (
        "- if no one picks up: leave name, role, interview date and number\n- if Ms. Ortiz answers: thank her, ask about timeline",
        "call",
    ),
    (
        "Um, hello? It's been three weeks since my interview and I've heard nothing. Any update on the analyst role?",
        "linkedin",
    ),
    (
        "Hi Ravi, I'll try again next week if I haven't heard by then. Still keen on the analyst role! Thanks",
        "linkedin",
    ),
    (
        "Hi Tess, I was hoping to catch you at the careers fair but missed you. Thanks again for last week's interview - I'm still very keen.",
        "linkedin",
    ),
    (
        "Hi Marco,\n\nThanks again for Tuesday. If it's easier, feel free to give me a ring on 555 404 1212 - otherwise I'll wait to hear back by email.\n\nBest,\nJune",
        "email",
    ),
    (
        "Hi Dev,\n\nThank you for the call this morning. As promised, here are my notes for the call on Friday with the wider team.\n\nKind regards,\nAisha",
        "email",
    ),
    (
        "Subject: Porter vacancy\n\nDear Mr. Farah,\n\nI'm writing regarding the porter vacancy. Please bell me back if anything is unclear.\n\nRegards,\nOmar",
        "email",
    ),
    (
        "Hi Laura, great to connect after the interview on Wednesday. Would you be open to a quick call next week? Best, Tom",
        "linkedin",
    ),
    (
        "Sir,\n\nI write to thank you for the interview of 3 December for the post of Groundsman.\n\nYours faithfully,\n\nR. Pettigrew",
        "letter",
    ),
    (
        "Dr Patel,\n\nThank you for meeting with me on Wednesday regarding the Registrar post. I greatly appreciated your time.\n\nYours sincerely,\n\nSamuel Achebe",
        "letter",
    ),
    (
        "Inside the card:\n\nDear Fiona, thank you for a wonderful morning at the studio. I hope to see you again soon!\n\nLove,\nIsla",
        "letter",
    ),
    (
        "(notecard)\n\nThank you, Mrs. Ward, for the warm welcome on Friday. It was a pleasure to meet the whole team.\n\nBest wishes,\nDaniel",
        "letter",
    ),
    (
        "Mr. Fitch,\n\nThank you for meeting with me yesterday about the Dispatch Manager opening.\n\nRespectfully,\nAlan Pierce\nalan.pierce@example.com\nwww.alanpierce.example",
        "email",
    ),
    (
        "Ms. Okafor, thanks for connecting! I enjoyed our conversation about the finance role. Kind regards, Peter",
        "linkedin",
    ),
    (
        "Hi Ms. Reed,\n\nThanks for Monday's interview. I'm attaching the references you asked for.\n\nBest,\nAnil",
        "email",
    ),
    ("Gift card:\n\nHi Sarah, a small thank-you for the interview - enjoy a coffee on me! Ben", "linkedin"),
]

SECOND = [
    (
        "Hello, it's Siobhan Kearney - that's K-E-A-R-N-E-Y - following up on the nursing assistant interview. Many thanks.",
        "call",
    ),
    (
        "Hi Gary, sorry I didn't catch you. Wanted a quick word about the driver job from Monday. Try me after four. Cheers.",
        "call",
    ),
    (
        "Hi Ms. Lowe, just leaving you a quick message about the receptionist role - any news would be lovely. Take care.",
        "call",
    ),
    (
        "This is the third message I've left about the warehouse job. Pick up your phone or call me back. I know you're getting these.",
        "call",
    ),
    (
        "Me: Hi, could I speak to someone in HR about the cashier job?\nThem: Who's calling?\nMe: Priya Shah, I interviewed on Tuesday.",
        "call",
    ),
    (
        "Hey Bec, Jono here. Just ringing re the carpentry gig - no dramas if you're still deciding, just let me know either way. Ta-ra.",
        "call",
    ),
    ("Hi Frank, it's Lee again. Still keen on the bakery job, just wondering where it's at. Cheerio.", "call"),
    (
        "If I get the switchboard: ask for Helen Marsh in recruitment.\nThen: Hi Helen, Ana Cruz here about the cashier interview on the 2nd.",
        "call",
    ),
    (
        "Hiya Dee, tried you a couple of times this morning. Nothing urgent, just about the admin job. You know where I am. Bye!",
        "call",
    ),
    (
        "Good afternoon, Mr. Price, sorry to bother you at work. I'll be quick - just calling back about the second interview slot. Thursday works. Thanks, bye.",
        "call",
    ),
    (
        "Hello Mr. Grant,\n\nThank you for meeting with me on Tuesday about the Stores Supervisor post. I was glad to hear about the new depot.\n\nYours sincerely,\n\nKeith Marlow",
        "letter",
    ),
    (
        "Re: Application for the post of Head Gardener\n\nI write to thank you for the interview on 30 November and to confirm my continued interest in the post.\n\nYours faithfully,\n\nP. Ashdown",
        "letter",
    ),
    (
        "Dear Ms. Iqbal,\n\nThank you for taking the time to interview me for the Teaching Assistant role. I enjoyed meeting the children.\n\nKind regards,\n\n[signature]\n\nHelen Shaw",
        "letter",
    ),
    (
        "PRIVATE AND CONFIDENTIAL\n\nDear Mr. Thorne,\n\nThank you for your letter of 1 December. I was sorry to learn that I was not successful, and would welcome any feedback.\n\nYours sincerely,\nRita Glass",
        "letter",
    ),
    (
        "Mrs. Fenwick - thank you for a lovely morning at the shop and for the chance to interview. I'd love to join you. Fondly, Rosie (written on the back of a postcard of the harbour)",
        "letter",
    ),
    (
        "Thank you so much for seeing me on Friday, Mr. Dale. I came away excited about the apprenticeship.\n\nYours sincerely,\nJoe Bright\n\nEncl. CV",
        "letter",
    ),
    (
        "Dear Admissions Panel,\n\nThank you for the interview on 26 November for the Graduate Trainee Scheme.\n\nYours faithfully,\n\nOlu Bankole\n\ncc: Mrs. J. Ferris, Careers Service",
        "letter",
    ),
    (
        "Hi Janet,\n\nThank you for Tuesday! I'm so grateful for the chance to visit the nursery.\n\nWith love and thanks,\nAmira\n\nP.S. I've tucked a drawing from my niece in with this card.",
        "letter",
    ),
    (
        "Hi Sam, I tried calling a couple of times but couldn't get through, so I'm messaging here instead. Speak soon!",
        "linkedin",
    ),
    ("Hi Jordan, sorry I missed your call - happy to connect here instead. Talk soon!", "linkedin"),
    (
        "Subject: Re: Application for the post of Head Gardener\n\nDear Mr. Lyle,\n\nThank you for your email. I confirm my continued interest in the post.\n\nYours faithfully,\nP. Ashdown",
        "email",
    ),
    (
        "Hi Tom,\n\nThank you for Tuesday's interview. I've attached my portfolio and my references.\n\nYours sincerely,\nAna",
        "email",
    ),
    (
        "Hello Mr. Grant,\n\nThanks for the interview on Tuesday. You can find my portfolio at www.keithmarlow.example.\n\nBest wishes,\nKeith",
        "email",
    ),
    (
        "Hi Helen, it was lovely to meet you on Tuesday. Thanks again for the tour of the studio - I'm still very keen on the assistant role. Cheers, Ana",
        "linkedin",
    ),
]

SECOND_WIDER = [
    (
        "Hi Dr Osei, sorry not to catch you today. It's about the ward clerk post. Try me any time after lunch. Thanks.",
        "call",
    ),
    ("Hello Kath, I've tried you twice now about the kitchen porter job. Hope all's well. Bye for now.", "call"),
    (
        "Hi Rosa, just leaving a short message to say thanks for Monday's interview - really enjoyed it. Speak soon.",
        "call",
    ),
    (
        "When I get through to reception - ask for Mr. Quinn.\nHi Mr. Quinn, it's Asha Patel about the warehouse interview.",
        "call",
    ),
    (
        "Good afternoon Dr Osei,\n\nThank you for the interview on Thursday for the Ward Clerk post.\n\nYours faithfully,\n\nMiriam Cole",
        "letter",
    ),
    (
        "I write further to our meeting on 1 December regarding the Clerk of Works position, and to thank you for your time.\n\nRespectfully,\n\nHenry Blake",
        "letter",
    ),
    (
        "Dear Mr. Ivers,\n\nThank you again for the interview on Friday.\n\nYours sincerely,\nEve Lam\n\nEncs: 2",
        "letter",
    ),
    (
        "Thank you for a wonderful visit, Mrs. Orr - I've written this on the back of a photo of the garden we talked about. With best wishes, Tilly",
        "letter",
    ),
    (
        "Hi Kath,\n\nI've tried you twice by phone, so I'm emailing instead. Still very keen on the kitchen porter job.\n\nThanks,\nJo",
        "email",
    ),
    ("Hi Rosa, leaving you a message here as I know you're busy - thanks for Monday's interview! Ana", "linkedin"),
    (
        "Hi Tom,\n\nOn the back of our conversation on Friday, I've put together a short plan for the stock system.\n\nBest,\nMaya",
        "email",
    ),
    ("Hi Ms. Reed,\n\nThank you for Monday's interview for the QA role.\n\nYours sincerely,\nAnil Gupta", "email"),
    ("Hello Tom,\n\nThanks so much for showing me round on Tuesday.\n\nYours sincerely,\nAnil", "email"),
    (
        "Good morning Dr Osei,\n\nThank you for the interview. Please find my references at the link below: https://example.com/refs\n\nYours faithfully,\nMiriam Cole",
        "email",
    ),
    ("Hi Sam, great to meet you at the interview. Hope I catch you at the meetup on Thursday! Thanks, Lee", "linkedin"),
    ("Hi Dee, I tried you on here a couple of times - any news on the admin job? Cheers", "linkedin"),
]

THIRD = [
    (
        "Hi Nina - sorry about the background noise, I'm on the train. Just wanted to say thanks for this morning's interview. I'll try you properly later.",
        "call",
    ),
    (
        "Hello? Hi, is that Maria? Great - it's about the bookkeeper interview on Monday. I just wanted to check on the timeline.",
        "call",
    ),
    (
        "Yeah, it's me again. Third time today. Will someone please pick up and tell me what's happening with the supervisor job.",
        "call",
    ),
    (
        "Hi Mr. Khan, glad I caught you! I won't keep you - just wanted to thank you again for Friday and ask if you need anything else.",
        "call",
    ),
    (
        "Receptionist: Good morning, Harlow Foods.\nMe: Hi, could you put me through to Sandra in HR, please?\nSandra: Sandra speaking.\nMe: Hi Sandra, it's Tom Reid from Monday's interview.",
        "call",
    ),
    (
        "Hi Jo, sorry, you're breaking up a bit - I'll be quick. Thanks for the interview yesterday, and let me know if you need anything else. Bye.",
        "call",
    ),
    (
        "Flat 2\n41 Mill Lane\nYork\n\nDear Mrs. Cole,\n\nThank you for the interview on Tuesday for the Library Assistant post.\n\nYours sincerely,\n\nAnna Price",
        "letter",
    ),
    (
        "Wednesday, 2 December 2026\n\nDear Dr Malik,\n\nThank you for meeting me yesterday to discuss the research technician post.\n\nKind regards,\nTom Wade",
        "letter",
    ),
    (
        "Written inside a thank-you card:\n\nMrs. Lin, thank you for taking the time to show me around the pharmacy. I'd be proud to work with you. Best wishes, Nadia",
        "letter",
    ),
    (
        "Mr. Ellis -\n\nA short note to thank you for Thursday. I have posted the signed forms to you first class today.\n\nYours truly,\nGrant Hughes",
        "letter",
    ),
    (
        "Dear Ms. Lopez,\n\nI hope this card finds you well. Thank you for the warm welcome at the bakery last Saturday.\n\nAll the best,\nLena",
        "letter",
    ),
    (
        "9 Harbour View\nWellington 6011\n\nDear Mr. Tane,\n\nThank you for the interview for the Ranger position on 1 December.\n\nYours sincerely,\nMere Walker",
        "letter",
    ),
    (
        "Hi Dan, I noticed you viewed my profile after the interview - thanks again for Tuesday! Happy to answer any questions.",
        "linkedin",
    ),
    (
        "Hi Dan, I'll keep this short since it's a DM - still very keen on the analyst role after Tuesday. Thanks!",
        "linkedin",
    ),
    (
        "Hi Nina,\n\nSorry about the background noise on our call this morning - I was on the train. Thanks again for the interview.\n\nBest,\nMaya",
        "email",
    ),
    (
        "Subject: Thank you\n\nHi Mr. Khan,\n\nGlad I caught you at reception on Friday! Thanks again for the interview.\n\nBest,\nAmir",
        "email",
    ),
    ("Hi Tash, hope you're well! Quick one: any word yet on the bar job? Thanks heaps, Kira", "linkedin"),
    (
        "Subject: Signed forms\n\nDear Mr. Ellis,\n\nI have posted the signed forms to you today.\n\nYours truly,\nGrant Hughes",
        "email",
    ),
]

THIRD_WIDER = [
    (
        "Hi Ms. Petrov? Sorry, the line's breaking up - it's Luis about the courier job. I'll try you back in ten minutes.",
        "call",
    ),
    ("Am I speaking to Mr. Boateng? Lovely. It's Grace Hill, I interviewed for the admin role on the 4th.", "call"),
    ("Oh good, I got hold of you! It's about Tuesday's interview - I just wanted to say a quick thank you.", "call"),
    ("It's me again, sorry! I won't keep you, just wondered if there's news on the chef job.", "call"),
    (
        "Thank-you card, inside:\n\nDear Paul, thanks for a brilliant morning at the garage. Fingers crossed! Sam",
        "letter",
    ),
    (
        "Thank you for the lovely chat, Mrs. Dunn. I'm writing this in the card your shop sells, which felt right! Best, Cara",
        "letter",
    ),
    (
        "Hi Jo,\n\nSorry the line kept breaking up yesterday. Thanks again for the interview - I've listed my questions below.\n\nBest,\nTom",
        "email",
    ),
    ("Hi Eli, is that Friday deadline still on? Keen to get my references to you in time. Thanks!", "linkedin"),
    (
        "Hi Marta, glad I caught you at the networking evening on Thursday! Thanks again for the interview. Cheers, Ben",
        "linkedin",
    ),
    (
        "Subject: Next steps\n\nHi Dan,\n\nHappy to pick up where we left off on Friday. Can you hear me out on the salary point?\n\nThanks,\nAmy",
        "email",
    ),
    ("Hi Rosa,\n\nMy card number for the expenses claim is below, as you asked.\n\nThanks,\nAna", "email"),
    ("Hi Sam, I won't keep you long - thanks for connecting after the interview! Lee", "linkedin"),
]

FOURTH = [
    (
        "Hi Ms. Grant, *pause* it's Omar Said about the accounts clerk interview on Friday. *smile* I'd love an update when you can. My number is 555 010 2233.",
        "call",
    ),
    (
        "Hello Mr. Pike — [smile, slow down] — Jade Moss here, following up on the lab role. — pause — Thanks so much, speak soon.",
        "call",
    ),
    (
        "hi mr. oduya, it's kemi adewale calling about the pharmacist interview on monday. please ring me back on 07700 900 314. thanks, bye",
        "call",
    ),
    ("hey sam its lee, returning your call about the analyst thing. call me back when u can", "call"),
    (
        "(Keep under 30 seconds.) Hi Carol, Dev Shah here - thanks again for Monday's interview for the buyer job. Hope to hear soon. 555 818 2020. Bye.",
        "call",
    ),
    (
        "Hi Mia - it's Ola. Quick voice note to say thanks for today, I had a great time meeting everyone. Speak soon!",
        "call",
    ),
    (
        "Good morning Mr. Sato, this is a message for you from Lena Fischer regarding Tuesday's interview for the engineering role. I'd be grateful for a call back on 555 777 1414.",
        "call",
    ),
    (
        "Dear Mrs. Khan, thank you for seeing me on Saturday. I so enjoyed meeting the children. (I'll drop this card through the school letterbox on Monday.)",
        "letter",
    ),
    (
        "Mr. Owusu,\n\nThank you for your time on Thursday regarding the Warehouse Lead position. I remain keen.\n\nRespectfully yours,\nKwame Asante\n\nHand delivered",
        "letter",
    ),
    (
        "Dear Ms Hartley\n\nThank you for your letter of 30 November offering me the post of Clerk. I am delighted to accept.\n\nYours sincerely\nDavid Lowe",
        "letter",
    ),
    (
        "Hi Mia, thanks for today - sending a quick note here rather than a voice note so you can read it when you're free! Ola",
        "linkedin",
    ),
    (
        "Hi Mr. Sato,\n\nThanks for Tuesday. I'll give you a quick call on Thursday morning if that suits.\n\nBest regards,\nLena Fischer\nlena.fischer@example.com",
        "email",
    ),
    (
        "Subject: Offer of the post of Clerk\n\nDear Ms Hartley,\n\nThank you for your letter of 30 November. I am delighted to accept.\n\nYours sincerely,\nDavid Lowe",
        "email",
    ),
    ("Hi Omar, great to connect. Quick one: is the accounts clerk role still open? Thanks!", "linkedin"),
]

FOURTH_WIDER = [
    ("Hi Leon [breathe] it's Chidi Eze about the store manager role - any news? 555 333 0909, thanks!", "call"),
    ("Voice message for Ms. Roy: Hi Ms. Roy, Priya Das here, thanks for the tour on Monday and speak soon.", "call"),
    (
        "Hi Leon, thanks for Tuesday! *fingers crossed* Hope to hear soon about the store manager role. Chidi",
        "linkedin",
    ),
    (
        "Hi Ms. Roy,\n\nI sent you a voice message on Monday but wanted to follow up in writing too. Still very keen on the role.\n\nKind regards,\nPriya Das",
        "email",
    ),
    (
        "Hi Dan, I didn't want to send a voice note in case you were in meetings, so here's a quick message instead - thanks for Friday! Amy",
        "linkedin",
    ),
    (
        "Hi Dan,\n\nThanks for the interview. One thing I'd keep short - the notice period (four weeks).\n\nBest,\nAmy",
        "email",
    ),
    (
        "Subject: Quick note\n\nHi Kai,\n\nThanks for Tuesday. [Portfolio link below]\n\nBest,\nRo\nhttps://ro.example",
        "email",
    ),
]

CASES = FIRST + HARDER + WIDER + SECOND + SECOND_WIDER + THIRD + THIRD_WIDER + FOURTH + FOURTH_WIDER


@pytest.mark.parametrize(("text", "channel"), CASES)
def test_the_channel_is_inferred(linter: Linter, text: str, channel: str) -> None:
    report = linter.lint(text)
    assert report.channel == channel, report.inferred.get("channel")


@pytest.mark.parametrize(("text", "channel"), CASES)
def test_each_quoted_cue_is_in_the_draft(linter: Linter, text: str, channel: str) -> None:
    cue = str(linter.lint(text).inferred.get("channel", ""))
    flat = " ".join(text.split()).lower()
    for quoted in re.findall(r"“([^”]+)”", cue):
        assert " ".join(quoted.split()).lower() in flat, cue

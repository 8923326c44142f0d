"""Purpose inference on blind batches written on 2026-12-04 (round 3; my own drafts, not from the corpus
or any page), each written with its expected purpose before the linter ran on it.

Batch 1 (64 drafts: 22 rejection replies, 22 status checks, 20 thank-you notes, in e-mail, LinkedIn,
voicemail and letter voices, formal, warm, terse, non-native and hostile): 7 missed before, 0 after.
Look-alikes 1 (28, checked after the fixes for batch 1): 8 of them were read wrongly before those fixes, 0 after.
Batch 2 (45, written after the batch-1 fixes): 9 missed, 0 after the second round.  Look-alikes 2 (20): 1
missed, 0 after.  Batch 3 (32, rejection replies that ask questions and status checks that thank first,
written after the second round): 17 missed, 1 after (left out here: "Thanks again for your time. Just wondering
if there's a rough date for when you'll be letting candidates know?" asks when, as a thank-you may, and with no
dates nothing says it is late).  Look-alikes 3 (17): 4 missed at first, 0 after.
Batch 4 (24, replies in the thread, voicemail, hostile, written after round 3 as a measurement): 7 missed
(8 before any of this work), 0 after a fourth round; look-alikes 4 (10): 0 missed.
Batch 5 (18, written after round 4 as a measurement): 8 missed (9 before any of this work), 0 after a fifth
round; look-alikes 5 (12): 2 missed at first ("It's disappointing that the lab tour was cancelled", an update
asked "two weeks later"), 0 after.

The families fixed: sorrow at something else ("sorry to hear that Marcus was unwell") is no verdict; the post
filled, the news broken to me, whoever you picked; thanks all the same; it didn't go my way, a blow, a heart set
on it, "I'd have loved to join"; you can't win them all; the reason for the choice granted; feedback asked for
after its name; a status check asks whether the timeline holds, how the selection is progressing, says the
named month has come, or has a role offered elsewhere; round 3: a question in a note that names a verdict
and asks after nothing pending answers the verdict; the decision asked after as made or near, the role still
open, where I stand, gone quiet since, waiting since a date; disappointment in oneself is no verdict.
"""

from __future__ import annotations

import pytest
from inferred_cues import cues_not_in_draft

from followup_lint import Linter

R, S, T = "rejection-reply", "status-check", "thank-you"

BATCH1 = [
    (
        R,
        "Hi Maria,\n\nI understand the role has gone to someone else. Thank you for letting me know, and for the time your team gave me over the three rounds.\n\nIf anything similar opens up, I'd be glad to hear from you.\n\nBest,\nTom Hale",
    ),
    (
        R,
        "Dear Mr. Okafor,\n\nSorry it wasn't meant to be this time. I enjoyed meeting the analytics team and learned a lot from our conversation about forecasting.\n\nPlease keep my details on file.\n\nKind regards,\nPriya Nair",
    ),
    (
        R,
        "Hello Jane,\n\nI gather you've filled the post. Thanks all the same for considering me, and I wish the new hire every success.\n\nRegards,\nSam",
    ),
    (
        R,
        "Dear Ms. Lindqvist,\n\nThank you for the call today with the news. Of course I'm disappointed, but I really valued the chance to meet the team.\n\nI hope our paths cross again.\n\nSincerely,\nDaniel Reyes",
    ),
    (
        R,
        "Hi Chris,\n\nI appreciate you telling me personally. It can't be an easy call to make, and it says a lot about the company.\n\nEven though I won't be joining you, I'd love to stay in touch.\n\nAll the best,\nLena",
    ),
    (
        R,
        "Hi Aaron,\n\nEven though I won't be joining the team, I wanted to thank you for a fair and friendly process. I'd welcome the chance to be considered for future openings.\n\nCheers,\nMike Duval",
    ),
    (
        R,
        "Dear Dr. Hamid,\n\nThank you for interviewing me last week and for your email this morning. While I'm sad not to be going forward, I understand you had many strong candidates.\n\nCould you share any feedback on where my application fell short? It would help me a great deal.\n\nYours sincerely,\nAnika Bose",
    ),
    (
        R,
        "Hi Paula,\n\nThanks for interviewing me for the product designer role. I was sorry to read that you'll be going with another candidate.\n\nIf you have a few minutes, I'd really appreciate any pointers on what I could improve.\n\nBest,\nJonah",
    ),
    (
        R,
        "Dear Hiring Team,\n\nThank you for your message informing me that the position has been offered to another applicant. I would be grateful to be considered for future roles in your engineering department.\n\nRespectfully,\nWei Zhang",
    ),
    (
        R,
        "Hello Mr. Brandt,\n\nThank you for your kind email. I am sorry that I was not selected, but I am happy that I had chance to meet you and your colleagues. Please to consider me for next openings in logistics.\n\nBest regards,\nOlga Petrenko",
    ),
    (
        R,
        "Dear Sir,\n\nThanks for informing me the outcome. I am understand that other candidate was more suitable for this position. I hope to apply again in future and wish you good luck.\n\nRegards,\nRavi Kumar",
    ),
    (R, "Hi Greg,\n\nYour loss. I'd have brought more to that team than whoever you picked, and you know it.\n\nTom"),
    (
        R,
        "Karen,\n\nGot your email. Frankly I think you made the wrong call going with an internal candidate, but that's your business. Don't expect me to apply again.\n\nB. Moss",
    ),
    (
        R,
        "Hi Nadia,\n\nThanks for getting back to me, even if it wasn't the answer I was hoping for. I really enjoyed talking with you and Pete about the migration project.\n\nIf a similar role comes up next year, I'd love to throw my hat in the ring again.\n\nWarmly,\nEllie",
    ),
    (
        R,
        "Hi Sophie,\n\nThanks for the heads-up that you've gone another way. No hard feelings at all - I know these things are close.\n\nLet's keep in touch on LinkedIn.\n\nMatt",
    ),
    (
        R,
        "Re: Your application for Senior Accountant\n\nDear Mr. Hughes,\n\nThank you for your reply. I appreciate you letting me know where things stand, and although I'm disappointed not to be moving on to the next stage, I'm grateful for the opportunity.\n\nKind regards,\nFiona Walsh",
    ),
    (
        R,
        "Hi Luis, thanks for letting me know it didn't work out this time. I really enjoyed our chat. Would love to be kept in mind for anything in data engineering down the line. - Kim",
    ),
    (
        R,
        "Dear Professor Allen,\n\nI was sorry to learn that the fellowship will not be coming my way this year. Thank you nonetheless for the careful reading you gave my proposal.\n\nI would very much value any comments you could share before I apply again.\n\nWith best wishes,\nHannah Ortiz",
    ),
    (
        R,
        "Hi Jess, this is Mark Ellison returning your call. Thanks for ringing to tell me about the outcome. I'm obviously a bit gutted, but I appreciated hearing it from you directly. If anything comes up in the sales team later on, please do think of me. My number is 555 0147. Thanks again, bye.",
    ),
    (
        R,
        "Dear Mrs. Clarke,\n\nThank you for your letter of 3 March. I was disappointed that my application for the librarian post was unsuccessful, but I was glad to have had the opportunity to visit the library and meet the staff.\n\nI would be grateful if you would keep my name in mind should another vacancy arise.\n\nYours sincerely,\n\nMargaret Doyle",
    ),
    (
        R,
        "Hi Owen,\n\nShame it didn't go my way, but thanks for being straight with me about it. Best of luck with the launch.\n\nBen",
    ),
    (
        R,
        "Hello Tanya,\n\nI'm sorry to hear the team picked someone with more retail experience. I'd be grateful for any advice on how to strengthen that side of my profile.\n\nThanks,\nCarlos",
    ),
    (
        S,
        "Hi Rachel,\n\nThank you again for interviewing me on the 2nd for the operations lead role. I enjoyed meeting the team.\n\nI wanted to ask whether there's any news on the timeline, as I haven't heard anything since.\n\nBest regards,\nJulia Marsh",
    ),
    (
        S,
        "Dear Mr. Patel,\n\nThanks again for the interview two weeks ago. I remain very keen on the position. Could you let me know where you are in the process and when I might expect to hear?\n\nKind regards,\nNoor Aziz",
    ),
    (S, "Hi Dana,\n\nYou said I'd hear by Friday. It's now Wednesday. Is there an answer or not?\n\nPhil"),
    (
        S,
        "Hello,\n\nIt has been three weeks since my interview and nobody has bothered to reply to my emails. I would like to know whether the position is still open.\n\nGary Fenwick",
    ),
    (
        S,
        "Hi Sarah,\n\nI hope you're well. When we spoke on the 14th you mentioned you'd be in touch by the end of last week, so I wanted to check whether a decision has been made.\n\nThanks,\nLeo",
    ),
    (
        S,
        "Hi Michael,\n\nI've just received an offer from another company and need to respond to them by Thursday. Since your team is my first choice, is there any chance you could let me know where things stand before then?\n\nBest,\nAisha Karim",
    ),
    (
        S,
        "Dear Ms. Romero,\n\nI'm writing because I have received another offer with a deadline of 20 June. I remain very interested in the marketing manager position and would be grateful to know if you expect to make a decision soon.\n\nSincerely,\nPeter Vance",
    ),
    (S, "Hi Kate - just checking in on the analyst role. Any news? Thanks, Raj"),
    (S, "Hey Jon, hope all's well! Wondered if there's been any movement on the UX role since we talked? Cheers, Amy"),
    (
        S,
        "Hi Mr. Lee, sorry for disturb you again. I want to ask about result of my interview on 5 May. Is it decided already? Thank you very much. Minh",
    ),
    (
        S,
        "Hello Mrs. Duarte,\n\nThank you very much for the interview. I am writing to you to ask if there is any progress in my application because I did not receive any information since two weeks.\n\nBest regards,\nKasia Nowak",
    ),
    (
        S,
        "Hi Tom, it's Grace Liu calling about the nurse practitioner position I interviewed for on the 9th. I'm just phoning to see whether there's any update on the process. You can reach me on 555 0192. Thanks so much.",
    ),
    (
        S,
        "Dear Hiring Manager,\n\nI interviewed for the warehouse supervisor position on 12 April. I would be grateful if you could tell me the current status of my application.\n\nYours faithfully,\nStephen Ward",
    ),
    (
        S,
        "Hi Ella,\n\nThanks so much for your time last month - it was a pleasure to meet everyone. I know these things take a while, but I was wondering whether you have a sense of when you'll be making a decision?\n\nBest wishes,\nRosa",
    ),
    (
        S,
        "Frank,\n\nThis is my third email. I was promised feedback within a week. Please give me an update.\n\nDan Oyelaran",
    ),
    (
        S,
        "Hi Lucy,\n\nFollowing up on my interview for the teaching assistant role. I'm still very interested, and I'd love to know if you've had a chance to review the candidates yet.\n\nMany thanks,\nJoe",
    ),
    (
        S,
        "Hi Ahmed,\n\nThank you for meeting me on Tuesday the 3rd. The recruiter mentioned a decision would come within ten days; since it's now been over two weeks, I thought I'd ask whether the timeline has shifted.\n\nBest,\nClara Stein",
    ),
    (
        S,
        "Hello Ms. Fischer, I am sending this message to ask kindly about my application for the accountant job. When can I expect the answer? With respect, Tariq",
    ),
    (
        S,
        "Hi Mel, quick one - have you made a call on the content lead role yet? I've had another approach and would rather go with you. Thanks, Sean",
    ),
    (
        S,
        "Hi Yusuf,\n\nThank you for the very pleasant conversation on 28 October. I just wanted to make sure my references reached you, and to ask whether there are any further steps I should expect.\n\nKind regards,\nIngrid",
    ),
    (
        S,
        "Dear Dr. Sato,\n\nI hope this message finds you well. I am following up on the research associate interview of 1 September. Has the committee reached a conclusion?\n\nRespectfully,\nMei Tanaka",
    ),
    (
        S,
        "Hi Beth, still nothing from your side after the final round a fortnight ago. Can you just tell me if I'm still in the running? Liam",
    ),
    (
        T,
        "Hi Susan,\n\nThank you for taking the time to meet with me today about the project coordinator role. I really enjoyed hearing about the new client portal.\n\nI look forward to hearing about next steps.\n\nBest,\nJamie Cole",
    ),
    (
        T,
        "Dear Mr. Alvarez,\n\nThank you for this morning's interview. I know you're deciding by the 12th, and I wanted to say again how much the role appeals to me, especially the work on supplier contracts.\n\nKind regards,\nNina Roth",
    ),
    (
        T,
        "Hi Kevin,\n\nThanks for the great conversation yesterday. You mentioned you'd be in touch within two weeks, and I'm happy to send anything else you need before then.\n\nCheers,\nDev",
    ),
    (
        T,
        "Dear Ms. Kowalski,\n\nThank you for the interview on Monday. I was disappointed that the office tour had to be cut short because of the fire drill, but I enjoyed meeting the team and learning about your plans for the new branch.\n\nI look forward to hearing from you.\n\nSincerely,\nAdam Price",
    ),
    (
        T,
        "Hi Laura,\n\nThanks so much for chatting with me this afternoon. Sorry the video kept freezing - frustrating! - but I loved hearing about the mentoring scheme.\n\nHope to hear from you soon.\n\nMia",
    ),
    (
        T,
        "Hi Ray, thanks for the chat today about the backend role. Really enjoyed it. Looking forward to the next steps! - Sam",
    ),
    (
        T,
        "Dear Dr. Mensah,\n\nThank you for meeting me today. I appreciated your explanation that the panel will make its decision next week. In the meantime, please let me know if I can provide any further information.\n\nYours sincerely,\nChloe Adams",
    ),
    (
        T,
        "Hello Mr. Ito,\n\nThank you very much for interview today. I am very happy to learn about your company and the team. I hope to hear good news from you soon.\n\nBest regards,\nHyun-woo Park",
    ),
    (
        T,
        "Hi Abby,\n\nThank you for the interview this morning. I was sorry to hear that Marcus, who I was supposed to meet, was unwell - I hope he's feeling better.\n\nI'm even more excited about the role after our talk.\n\nBest,\nOwen",
    ),
    (
        T,
        "Dear Mrs. Green,\n\nThank you for showing me around the school on Thursday. Although I was sad to hear the music department is losing its funding, I came away inspired by the students and staff.\n\nI understand you will be contacting shortlisted candidates by the end of the month, and I very much hope to be among them.\n\nYours sincerely,\nHarriet Bell",
    ),
    (
        T,
        "Hi Pete, this is Alex Moreno calling to say thank you for the interview this morning. I really enjoyed talking about the delivery routes. I know you're making a decision by Friday, so I just wanted to say I'm very keen. My number's 555 0133. Thanks.",
    ),
    (
        T,
        "Hi Tina,\n\nI just wanted to drop you a note to say thanks for yesterday. It was great to hear how the team handles on-call, and I'm really excited about what's next.\n\nIf there's any update on timing, I'd be glad to hear it, but no rush at all.\n\nBest,\nRobin",
    ),
    (
        T,
        "Dear Selection Committee,\n\nI am writing to thank you for the opportunity to interview for the post of senior lecturer on 4 May. I particularly valued the discussion about the new curriculum.\n\nI look forward to your decision.\n\nYours faithfully,\nDr. Simon Hart",
    ),
    (
        T,
        "Hi Nora,\n\nThanks for today! Shame we ran out of time before I could ask about the design system, but I'd love to chat more about it at the next stage.\n\nBest,\nKai",
    ),
    (
        T,
        "Hi Jack,\n\nThank you for the interview earlier. I'm sorry I couldn't answer the question about Kubernetes in more depth - I've since read up on it and would be glad to talk it through.\n\nI look forward to the next steps in the process.\n\nRegards,\nFatima",
    ),
    (
        T,
        "Hello Ms. Berg,\n\nThank you for taking the time to speak with me on Wednesday. I understand you will be interviewing a few more candidates this week and expect to decide early next week. I remain very interested.\n\nBest,\nOscar Lind",
    ),
    (
        T,
        "Hi Rob, thanks again for meeting me this morning - it was a pleasure. Looking forward to hearing what you decide. Best, Zoe",
    ),
    (
        T,
        "Dear Mr. Novak,\n\nMany thanks for the interview today. I was disappointed to hear about the delays to the new building, but it sounds like the team is handling them brilliantly.\n\nI hope to hear from you once you've made a decision.\n\nKind regards,\nIrene",
    ),
    (
        T,
        "Hi Felix,\n\nThank you for meeting me yesterday for the data scientist role. It was a real pleasure. I gather you're still seeing other candidates, so I wanted to share the notebook I mentioned.\n\nBest,\nHugo",
    ),
    (
        T,
        "Dear Ms. Rowe, thank you for the interview today. I am very grateful for the chance. I will wait for your answer about the next steps. Kind regards, Ana Silva",
    ),
]

BATCH2 = [
    (
        R,
        "Hi Ingrid,\n\nThanks for breaking it to me gently. I'd half expected it after the technical round, to be honest.\n\nAll the best to you and the team,\nMarco",
    ),
    (
        R,
        "Dear Mr. Quinn,\n\nThank you for your call this afternoon. Naturally I'd have loved to join Harbour & Co, but I respect that you needed someone with more audit experience.\n\nI hope we'll speak again.\n\nKind regards,\nSusan Pryor",
    ),
    (
        R,
        "Hi Leah,\n\nI got the email. Honestly a bit deflated, but thank you for the chance and for the detailed notes on my case study.\n\nTom",
    ),
    (
        R,
        "Hi Victor,\n\nThank you for the interview on the 3rd and for your message today. I'm sorry I won't be working with you, but I learned a lot.\n\nWould you be open to a short call to go over what I could do better?\n\nBest,\nNaomi",
    ),
    (
        R,
        "Dear Hiring Committee,\n\nThank you for considering my application for the lab manager post. Whilst I am naturally disappointed by your decision, I am grateful for the courtesy shown to me.\n\nYours faithfully,\nGeorge Hill",
    ),
    (
        R,
        "Hi Ben, just saw your message. Gutted, but these things happen. Thanks for the opportunity and let me know if anything else comes up! Jas",
    ),
    (
        R,
        "Hey Carla,\n\nWell, that's a shame. I really thought the interview went well. Anyway, good luck to whoever you picked.\n\nDom",
    ),
    (
        R,
        "Good afternoon Ms. Tan,\n\nI appreciate you letting me know the outcome so quickly. I would be grateful if you could share which areas I should work on before applying again.\n\nRegards,\nKwame",
    ),
    (
        R,
        "Hi Rob,\n\nThanks for the honest answer. It's not the result I wanted, but I'd rather know.\n\nCheers,\nPaddy",
    ),
    (
        R,
        "Dear Dr. Ruiz,\n\nThank you so much for interviewing me. Although the post has gone to another applicant, I remain very interested in your research group and would love to be considered should funding for a second position come through.\n\nWith best wishes,\nIsla Grant",
    ),
    (
        R,
        "Hi Marta, this is Joel Kim returning your call from this morning. Thanks for letting me know in person, I really appreciated that. I'd love to be considered for future openings. You can reach me on 555 0161. Thanks, bye.",
    ),
    (
        R,
        "Hi Aiden,\n\nAh well, you can't win them all! Thanks for a really enjoyable process and for being so kind about it.\n\nHope to cross paths again.\n\nFreya",
    ),
    (
        R,
        "Sir,\n\nI received your letter. I find it hard to believe that a candidate with my record was passed over for someone with half the experience. Your company's loss.\n\nR. Achterberg",
    ),
    (
        R,
        "Hello Ms. Lopez,\n\nThank you for answering me. I am sad that I did not get this job, but I understand. If in future you have position for junior developer, please contact me.\n\nBest regards,\nAhmad",
    ),
    (
        R,
        "Hi Grace,\n\nThanks for your reply. I'll admit it's a blow, as I'd set my heart on the role. Any feedback you can give would be very welcome.\n\nBest,\nOllie",
    ),
    (
        R,
        "Hi Simon,\n\nOh well, maybe next time! Thank you for the interview and for getting back to me so fast.\n\nKaren",
    ),
    (
        S,
        "Hi Jenna,\n\nThank you again for the interview on the 6th. I'm still very excited about the role. It's been a couple of weeks now, so I wanted to ask if you have an update on the timing.\n\nBest,\nCallum",
    ),
    (
        S,
        "Dear Mr. Frost,\n\nThank you for your time at the interview. You mentioned a decision by the end of May and as we are now into June, I would be grateful for any news.\n\nYours sincerely,\nEmily Stone",
    ),
    (S, "Hi Raj, any word yet on the support engineer role? Thanks, Lina"),
    (
        S,
        "Hello,\n\nI've been waiting over a month for an answer. Is this how you treat all your candidates? I'd like a response this week.\n\nMarcus Bell",
    ),
    (
        S,
        "Hi Helen,\n\nI hope you had a nice weekend. I'm writing about the pharmacy technician job I interviewed for on 2 May. Do you know when a decision will be made?\n\nKind regards,\nTheo",
    ),
    (
        S,
        "Hi Jake,\n\nI wanted to let you know I've had an offer from another firm. You're still my first choice, though, so I'd be grateful to know where I stand before I reply to them on Monday.\n\nThanks,\nPriyanka",
    ),
    (
        S,
        "Dear Ms. Osei,\n\nI enjoyed our conversation on 14 February very much, and I remain enthusiastic about the coordinator role. Might you be able to tell me how the selection is progressing?\n\nWith thanks,\nAmara",
    ),
    (S, "Hi Anton,\n\nYou told me I'd hear something by Tuesday. It's Thursday. What's going on?\n\nKris"),
    (
        S,
        "Dear Recruitment Team,\n\nPlease could you confirm whether my application for the trainee surveyor position is still under consideration? I attended the assessment day on 21 March.\n\nYours faithfully,\nNathan Cole",
    ),
    (
        S,
        "Hi Zara, hope you're well! Just nudging on the marketing exec role - has the team had a chance to decide? Thanks so much, Bea",
    ),
    (
        S,
        "Good morning Mr. Singh, I am kindly asking if there is some result about my interview from last month. I am still very interested. Thank you, Andrzej",
    ),
    (
        S,
        "Hi Mr. Walsh, it's Peter Obi calling. I interviewed for the driver position on the 10th, and I'm just calling to see how things are moving along. My number is 555 0128. Thank you.",
    ),
    (
        S,
        "Hi Erin,\n\nThank you so much again for last week's interview - I keep thinking about the rebrand project. When you get a moment, would you let me know how the process is coming along?\n\nWarmly,\nJade",
    ),
    (
        S,
        "Hi Lars,\n\nIt was lovely to meet you at the final interview. Since then I've been offered a role elsewhere, and they'd like an answer by Friday. Is there any chance of a decision from your side before then?\n\nBest,\nSofia",
    ),
    (
        S,
        "Ms. Dunn,\n\nI was told I would be contacted within five working days. That was three weeks ago. Kindly advise.\n\nH. Marsh",
    ),
    (
        T,
        "Hi Omar,\n\nThanks so much for your time this morning. It was great to hear about the growth plans for the Leeds office. I know you're meeting a few more people this week, and I look forward to hearing how things go.\n\nBest,\nElla",
    ),
    (
        T,
        "Dear Ms. Parker,\n\nThank you for the interview today. I was sorry we didn't get time to discuss the training programme, but I'd be glad to talk about it at a later stage.\n\nKind regards,\nAlan",
    ),
    (
        T,
        "Hi Nick, thanks for the call earlier. Really enjoyed it, and I'm keen to hear your decision next week. Cheers, Luca",
    ),
    (
        T,
        "Dear Mr. Young,\n\nThank you for your time on Wednesday. I understand you expect to decide by 30 June; in the meantime I've attached the writing sample you asked for.\n\nSincerely,\nRachel Adams",
    ),
    (
        T,
        "Hi Pam,\n\nThank you for the warm welcome yesterday. I was a bit disappointed in my answer about budgeting, so here is a clearer example from my last role.\n\nBest wishes,\nKeith",
    ),
    (
        T,
        "Hi Yara,\n\nThank you for today! I'm sorry about the late start on my side - the bus broke down. I loved hearing about the new app.\n\nTalk soon,\nMo",
    ),
    (
        T,
        "Dear Professor Kent,\n\nThank you for meeting me this morning to discuss the PhD position. I look forward to hearing about the outcome of the funding round.\n\nYours sincerely,\nLiam Byrne",
    ),
    (
        T,
        "Hi Becky,\n\nThanks for the interview this afternoon. I know the team is under pressure with the audit, so no rush on getting back to me.\n\nBest,\nHarvey",
    ),
    (
        T,
        "Hello Mr. Costa, thank you for this morning interview. I am very glad to meet you and your team. I hope to hear from you about the next step. Best regards, Jun",
    ),
    (
        T,
        "Hi Dee,\n\nThanks for having me in today. Pity about the rain on the site tour, but I could still see how well organised everything is.\n\nLooking forward to next steps,\nSean",
    ),
    (
        T,
        "Hi Chloe,\n\nThank you for meeting me yesterday. I was sad to hear that your founder is stepping down, but it sounds like the team is in great shape.\n\nBest,\nTara",
    ),
    (
        T,
        "Dear Ms. Brooks,\n\nThank you for the opportunity to interview for the clinical lead role this afternoon. I understand you will make a decision by the end of next week and I remain very interested.\n\nKind regards,\nDr. Paul Evans",
    ),
    (
        T,
        "Hi Ivan, great to meet you today. Thanks for the chat about the data platform. Let me know what the next steps are. Maja",
    ),
    (
        T,
        "Hi Meg,\n\nThank you for the interview. I was disappointed to miss the chance to meet Oliver, but I hope to meet him in the next round.\n\nBest,\nRuth",
    ),
]

LOOKALIKE1 = [
    (
        R,
        "Hi Jo,\n\nI was disappointed to hear that the role went to an internal candidate, but thank you for telling me.\n\nBest,\nAl",
    ),
    (
        R,
        "Hi Jo,\n\nI'm sorry to hear that you've decided to go with someone else. Thanks for your time throughout.\n\nBest,\nAl",
    ),
    (
        R,
        "Dear Ms. Hay,\n\nI was sorry to learn that I wasn't selected. Thank you for considering me.\n\nRegards,\nAl Stone",
    ),
    (R, "Hi Jo,\n\nDisappointed about the outcome, but thanks for letting me know so quickly.\n\nAl"),
    (R, "Hi Jo,\n\nI was disappointed that it didn't work out, but I enjoyed meeting you all.\n\nAl"),
    (
        R,
        "Hi Jo,\n\nI'm sorry to hear that Sam picked another applicant. Please keep me in mind for future roles.\n\nAl",
    ),
    (
        R,
        "Hi Jo,\n\nSorry to hear the panel preferred a candidate with more experience. Good luck with the launch.\n\nAl",
    ),
    (R, "Hi Jo,\n\nI'm a little disappointed that the team decided on someone else, but I understand.\n\nAl"),
    (R, "Hi Jo,\n\nI was sad to read your email this morning. Thanks anyway for the chance to interview.\n\nAl"),
    (
        R,
        "Dear Mr. Pike,\n\nI understand the vacancy has been filled. Thank you for letting me know, and for your time.\n\nYours sincerely,\nAl Stone",
    ),
    (R, "Hi Jo, I hear they've already appointed to the role. Thanks all the same. Al"),
    (
        T,
        "Hi Jo,\n\nThank you for meeting me today. I was sorry to hear about your colleague's accident, and I hope she recovers quickly.\n\nI look forward to hearing from you.\n\nBest,\nAl",
    ),
    (
        T,
        "Hi Jo,\n\nThanks for the chat yesterday. I was disappointed with the train delays, but it was worth the journey to meet the team.\n\nBest,\nAl",
    ),
    (
        T,
        "Dear Ms. Hay,\n\nThank you for the interview. I was sorry to learn that the café downstairs had closed, as the coffee sounded great.\n\nKind regards,\nAl Stone",
    ),
    (
        T,
        "Hi Jo,\n\nThanks for showing me round. Sad to hear the old building is being demolished, it has such character.\n\nAl",
    ),
    (
        T,
        "Hi Jo,\n\nThank you for your time on Monday. Disappointed to hear about the parking situation, but I'll happily cycle!\n\nBest,\nAl",
    ),
    (
        T,
        "Hi Jo,\n\nThank you for the interview this morning. I'm sorry to hear Priya was ill and hope she's better soon. I look forward to hearing about next steps.\n\nBest,\nAl",
    ),
    (
        T,
        "Hi Jo,\n\nThank you for today. Please let me know if the timeline changes, and I'll make myself available.\n\nBest,\nAl",
    ),
    (
        T,
        "Hi Jo,\n\nThank you for the interview. I understand the schedule has shifted because of the audit, and I'm happy to wait.\n\nBest,\nAl",
    ),
    (
        T,
        "Hi Jo,\n\nThank you for meeting me yesterday. Please let me know if there are any further steps I should complete.\n\nBest,\nAl",
    ),
    (
        T,
        "Hi Nora,\n\nShame we ran out of time! Thanks so much for the interview this morning, I really enjoyed it.\n\nKai",
    ),
    (
        T,
        "Hi Jo,\n\nThank you for the interview. The commute didn't go my way this morning, but I enjoyed every minute of our talk.\n\nAl",
    ),
    (T, "Hi Jo,\n\nThanks for the interview today. Anyway, I look forward to hearing from you about next steps.\n\nAl"),
    (
        T,
        "Hi Jo,\n\nThank you for the interview today. Once you've filled the post, I hope the new lab opens smoothly.\n\nAl",
    ),
    (S, "Hi Jo,\n\nHave you filled the post yet? It has been three weeks since my interview.\n\nAl"),
    (S, "Hi Jo,\n\nI wanted to check whether you have filled the position, as I haven't heard anything.\n\nAl"),
    (
        S,
        "Hi Jo,\n\nThanks again for the interview on the 2nd. You said you'd decide within a week; it's now been two weeks, so is that still the plan?\n\nAl",
    ),
    (
        S,
        "Hi Jo,\n\nThank you for meeting me on the 4th. It's been ten days, and I wondered whether the timing has changed.\n\nAl",
    ),
]

LOOKALIKE2 = [
    (T, "Hi Jo,\n\nThank you for today. I saw the email with the test link and will complete it tonight.\n\nBest,\nAl"),
    (
        T,
        "Hi Jo,\n\nThanks for the interview yesterday. I got the email. I'll send the references tomorrow.\n\nBest,\nAl",
    ),
    (
        T,
        "Hi Jo,\n\nThank you for the interview, and for being so kind about my late arrival. I loved hearing about the clinic.\n\nBest,\nAl",
    ),
    (
        T,
        "Hi Jo,\n\nThank you for the interview. I'd have loved to join you for lunch afterwards, but I had another appointment.\n\nBest,\nAl",
    ),
    (
        T,
        "Hi Jo,\n\nThanks for meeting me. It's a blow that the office is moving further out, but the commute is still fine for me.\n\nBest,\nAl",
    ),
    (
        T,
        "Hi Jo,\n\nThank you for the interview. Any feedback you can give on my presentation would be welcome as I prepare for the next round.\n\nBest,\nAl",
    ),
    (
        T,
        "Hi Jo,\n\nThank you for the interview this morning. We're now into the busy season at my current job, but I could start in June.\n\nBest,\nAl",
    ),
    (
        T,
        "Hi Jo,\n\nThanks for the chat. I understand why you needed someone who can start quickly, and I can start in two weeks.\n\nBest,\nAl",
    ),
    (
        T,
        "Hi Jo,\n\nThank you for the interview this morning. I'd love to hear how the search is going in a week or two.\n\nBest,\nAl",
    ),
    (T, "Hi Jo,\n\nThank you for today. I'm sure whoever you pick will love the team.\n\nBest,\nAl"),
    (T, "Hi Jo,\n\nThanks for the interview. Maybe next time I'll bring the prototype to show you!\n\nBest,\nAl"),
    (
        T,
        "Hi Jo,\n\nThanks for the interview. Oh well, I forgot to mention my first-aid certificate, so here it is.\n\nBest,\nAl",
    ),
    (
        T,
        "Hi Jo,\n\nThank you for the interview. I know you're still deciding, and I'd have been glad to answer any more questions.\n\nBest,\nAl",
    ),
    (
        S,
        "Hi Jo,\n\nI was offered a job elsewhere last week. Before I reply, is there any chance of a decision on the analyst role?\n\nAl",
    ),
    (
        S,
        "Hi Jo,\n\nThank you again for the interview. We're now past the date you gave, so I wanted to check on the decision.\n\nAl",
    ),
    (S, "Hi Jo,\n\nI'm writing to ask how the recruitment is progressing for the designer role.\n\nAl"),
    (
        S,
        "Hi Jo,\n\nThanks for your time at the interview. As we're now into March, I'd be grateful for any update.\n\nAl",
    ),
    (R, "Hi Jo,\n\nThanks for breaking the news to me in person. I'd love to hear about future roles.\n\nAl"),
    (R, "Hi Jo,\n\nI understand that you needed someone local. Thanks for your email and good luck.\n\nAl"),
    (R, "Hi Jo,\n\nI'd really have loved to work with you all. Thanks for the kind note.\n\nAl"),
]

BATCH3 = [
    (
        R,
        "Hi Monica,\n\nThanks for letting me down so kindly. Do you know when the next graduate intake opens? I'd like to try again.\n\nBest,\nAbdul",
    ),
    (
        R,
        "Dear Mr. Fraser,\n\nThank you for informing me. Is there any chance the decision could be revisited if the chosen candidate declines?\n\nRegards,\nLaura Price",
    ),
    (
        R,
        "Hi Kim,\n\nI was sorry to get your message. Could you tell me what the other candidate had that I didn't? It would help me a lot.\n\nThanks,\nDerek",
    ),
    (
        R,
        "Hello Paul,\n\nThanks for the update about the role. I'm disappointed, naturally. Would it be possible to have a quick call about how I could strengthen my application next time?\n\nBest regards,\nYasmin",
    ),
    (
        R,
        "Hi Tessa,\n\nGot your voicemail - thanks for calling. When do you think the team might be hiring again?\n\nCheers,\nFinn",
    ),
    (
        R,
        "Hi Ravi,\n\nThanks for getting in touch. It's a pity I won't be joining, but I understand. How long should I wait before applying for another role at the company?\n\nBest,\nLucy",
    ),
    (
        R,
        "Dear Ms. Ahmed,\n\nThank you for your courteous letter. While the news was not what I had hoped, I am grateful for your consideration. May I ask whether there were particular gaps in my experience?\n\nYours sincerely,\nEdward Lane",
    ),
    (
        R,
        "Hi Sara, thanks for the message. Bit gutted, not going to lie! Is there anything I could have done differently in the final round? Pete",
    ),
    (
        R,
        "Jon,\n\nSo after four interviews and a take-home task, that's it? A two-line email? Did anyone even look at my work?\n\nCraig",
    ),
    (
        R,
        "Hi Nina,\n\nThank you for being honest with me about the outcome. Are there other teams in the company where my background might be a better match?\n\nWarm regards,\nMegan",
    ),
    (
        R,
        "Hi Gus,\n\nSorry to hear it's not going ahead for me. Thanks for all your help through the process, though. Any tips for the next one?\n\nLou",
    ),
    (
        R,
        "Dear Dr. Iyer,\n\nThank you for interviewing me on Monday and for your phone call this morning. I was of course disappointed, but I understand the panel's reasoning. Would you be willing to share the panel's notes?\n\nKind regards,\nRobert Chen",
    ),
    (
        R,
        "Hey Lily, no worries at all about the news - I appreciate you reaching out. Let me know if anything opens up on the content side. Ta, Jess",
    ),
    (
        R,
        "Hi Marco,\n\nThank you for the interview last week. I understand from Claire that I haven't made it through, which is a shame. Would you mind if I stayed in touch?\n\nBest,\nHelena",
    ),
    (
        S,
        "Hi Noel,\n\nThank you so much for the interview on the 1st - I really enjoyed meeting the team. I know you were hoping to decide last week, so I thought I'd touch on where things are.\n\nBest wishes,\nAnna",
    ),
    (
        S,
        "Dear Mrs. Holt,\n\nThank you again for the opportunity to interview for the administrator post. I wondered whether you were any closer to a decision.\n\nYours sincerely,\nDiane Ross",
    ),
    (
        S,
        "Hi Ana,\n\nI appreciated the interview on the 20th. It's gone a bit quiet since, so I wanted to make sure nothing is needed from me.\n\nKind regards,\nPablo",
    ),
    (
        S,
        "Hi Tom,\n\nThank you for the chat the other week. Is the role still open? I'd love to know where I stand.\n\nBest,\nRia",
    ),
    (
        S,
        "Hello Ms. Clark,\n\nThank you for meeting with me on 3 April. I have an offer deadline from another company on 15 April and would be grateful if you could let me know your decision before then.\n\nSincerely,\nJoseph Wu",
    ),
    (S, "Hi Adam, thanks again for last Thursday. Has there been any movement on the account manager role? Best, Sian"),
    (
        S,
        "Dear Mr. Gill,\n\nThank you for the interview. I have been waiting for the result since the 2nd of this month. Please inform me.\n\nRegards,\nSuresh",
    ),
    (
        S,
        "Hi Claire,\n\nThanks so much for the interview. Did the team manage to make a decision at Monday's meeting, as you'd planned?\n\nBest,\nJosh",
    ),
    (
        S,
        "Hi Fran,\n\nThank you for speaking with me a couple of weeks ago. I'm checking whether there's anything more you need from me to move things forward.\n\nBest regards,\nWill",
    ),
    (
        T,
        "Hi Dominic,\n\nThank you for meeting me this afternoon. I know you'll be deciding by the 15th, and I'd be glad to answer any further questions before then.\n\nBest,\nClare",
    ),
    (
        T,
        "Dear Ms. Lim,\n\nThank you for the interview today. I was disappointed in myself for forgetting the name of the tool we use at work - it's Tableau! - but I loved the conversation.\n\nKind regards,\nGeoff",
    ),
    (
        T,
        "Hi Sunita,\n\nThanks for the chat this morning. Sorry to hear your flight back from Berlin was cancelled - hope you got home in the end!\n\nLooking forward to hearing from you,\nDan",
    ),
    (T, "Hi Cal, thanks for having me in today. When do you think you'll decide? Either way, I really enjoyed it. Jo"),
    (
        T,
        "Dear Mr. Dale,\n\nThank you for your time yesterday. I understand that the team will reach a decision within two weeks. I remain very enthusiastic about the role and look forward to hearing from you.\n\nYours sincerely,\nPenny Mills",
    ),
    (
        T,
        "Hi Hana,\n\nThanks for this morning. Shame your colleague couldn't make it, but I'd be happy to meet her at the next stage.\n\nBest,\nRoss",
    ),
    (
        T,
        "Hi Leon,\n\nThank you for the interview earlier. I know you have other candidates to see, so I'll keep this short: I'm very keen and ready for next steps.\n\nBest,\nAmir",
    ),
    (
        T,
        "Dear Dr. Ng,\n\nThank you for the interview this morning. I was sorry not to meet Professor Hale, and I hope the conference goes well.\n\nYours sincerely,\nLena Fox",
    ),
]

LOOKALIKE3 = [
    (S, "Hi Jo,\n\nThanks for your email last week. Has the team made a decision yet?\n\nAl"),
    (S, "Hi Jo,\n\nI got your message about the delay. Do you know when you'll decide?\n\nAl"),
    (S, "Hi Jo,\n\nThanks for the note saying you're still interviewing. Is there a date in mind?\n\nAl"),
    (S, "Hi Jo,\n\nIs the analyst role still open? If not, please keep me in mind for future roles.\n\nAl"),
    (S, "Hi Jo,\n\nAll I got after the interview was a two-line email saying you'd be in touch. Any news?\n\nAl"),
    (S, "Hi Jo,\n\nThank you for the interview on the 3rd. Have you had a chance to make a decision?\n\nBest,\nAl"),
    (S, "Hi Jo,\n\nThank you for meeting me. It has gone very quiet on your end, so I thought I'd check in.\n\nAl"),
    (T, "Hey Jo,\n\nGot your text, cheers. What time should I come in on Friday for the second interview?\n\nAl"),
    (
        T,
        "Hi Jo,\n\nThank you for the interview this morning. I was a bit disappointed with myself over the SQL question, so here is a cleaner answer.\n\nBest,\nAl",
    ),
    (
        T,
        "Hi Jo,\n\nThanks for today. Sorry to hear the trains were cancelled on your way in - hope the journey home was easier!\n\nBest,\nAl",
    ),
    (
        T,
        "Hi Jo,\n\nThank you for the interview today. I know you'll be taking a decision next week, and I'm very keen.\n\nBest,\nAl",
    ),
    (
        T,
        "Hi Jo,\n\nThank you for meeting me today. I've been waiting for a role like this for years, and I'd love to join the team.\n\nBest,\nAl",
    ),
    (
        T,
        "Hi Jo,\n\nThank you for the interview yesterday, and for your call to arrange it. I look forward to hearing from you.\n\nBest,\nAl",
    ),
    (
        T,
        "Hi Jo,\n\nThank you for the interview today. I'd love to work with other teams on the data side too, as it seems a great fit.\n\nBest,\nAl",
    ),
    (R, "Hi Jo,\n\nThank you for informing me. I wish you and the team well.\n\nAl"),
    (R, "Hi Jo,\n\nSad to receive your letter. What were the main gaps in my application?\n\nAl"),
    (R, "Hi Jo,\n\nThanks for the news. Could you say what I should have prepared better?\n\nAl"),
]

BATCH4 = [
    (
        R,
        "Subject: Re: Your application - Finance Assistant\n\nHi Karen,\n\nThanks for this. I appreciate the time you and Dev spent with me. Wishing you luck with the year-end.\n\nBest,\nOwen Price",
    ),
    (
        R,
        "Subject: RE: Update on your application\n\nDear Ms. Hart,\n\nThank you for the kind words about my presentation. I'd be glad to hear from you if a similar role comes up.\n\nKind regards,\nBeatrice Cole",
    ),
    (
        R,
        "Hi Paolo, thanks for taking the time to ring me with the result. I'll keep an eye on your careers page. Cheers, Fin",
    ),
    (
        R,
        "Hi Ada, this is Sanjay Rao. Thanks for your message this morning. Of course it's not the news I wanted, but I'm grateful you let me know so quickly. If you're ever hiring for the night shift again, please give me a call on 555 0177. Thanks, bye.",
    ),
    (
        R,
        "Dear Mr. Bishop,\n\nThank you for your letter of 12 May. I understand that the committee has appointed another candidate, and I wish her well.\n\nYours sincerely,\nJudith Moore",
    ),
    (
        R,
        "Hi Freddie,\n\nI'm not going to pretend I'm not a bit crushed. Thanks for being decent about it, though. If the new starter doesn't work out, you know where I am.\n\nNell",
    ),
    (
        R,
        "Hi Stan,\n\nMuch appreciated that you called rather than emailed. It was a close race by the sound of it, so I'll take that as encouragement.\n\nAll the best,\nDara",
    ),
    (
        R,
        "Hello Ms. Weber,\n\nThank you for the answer. I am sad because I really wanted this work, but I will try again next year. Maybe you can tell me what to improve?\n\nBest regards,\nLuan",
    ),
    (R, "Hi Ted,\n\nWow. Three rounds and you couldn't even pick up the phone to tell me. Noted.\n\nSam"),
    (
        R,
        "Hi Camille,\n\nThanks for letting me know you've offered the job to someone else. I enjoyed every stage, especially the case study day.\n\nBest wishes,\nJules",
    ),
    (S, "Hi Lara, just following up on my interview from the 4th - any news on your end? Thanks! Tom"),
    (
        S,
        "Hi Marc,\n\nThank you again for meeting with me. I noticed the role was re-advertised this week and wondered whether that means I'm out of the running, or if you're still considering me?\n\nBest,\nEve",
    ),
    (
        S,
        "Dear Ms. Grant,\n\nThank you for the interview on 7 March. As it's now been a month, I would be grateful for an indication of when I might hear.\n\nYours sincerely,\nAlastair Reid",
    ),
    (
        S,
        "Hi Joe,\n\nThanks again for the interview. I've now been contacted by another company with an offer, so I'd love to know if you're close to deciding.\n\nBest,\nMichelle",
    ),
    (
        S,
        "Hello Ms. Park, I hope you're well! I wanted to see if there is an update on the Sales Associate role, as I'm still very much interested. Thanks, Kevin",
    ),
    (
        S,
        "Hi Rita, it's Dan Foley, I interviewed with you about the electrician's mate job the other week. Just ringing to find out if you've made a decision. You can get me on 555 0139. Cheers.",
    ),
    (
        S,
        "Mr. Harlow,\n\nThank you for the interview. You said two weeks. It has been four. I'd appreciate the courtesy of an answer.\n\nT. Vance",
    ),
    (
        S,
        "Hi Ollie,\n\nThank you for the lovely chat on Monday the 1st. I hope the rest of your interviews went well! Do you have a sense of how things are looking?\n\nBest,\nHattie",
    ),
    (
        T,
        "Hi Mina,\n\nThank you for your time today. I know the decision is due next Friday, and I'm keen to hear how it goes.\n\nBest,\nArjun",
    ),
    (
        T,
        "Dear Mr. Cohen,\n\nThank you for the interview this morning. I was disappointed to learn that the project I'd read about has been paused, but the new one sounds even more interesting.\n\nKind regards,\nSadia",
    ),
    (
        T,
        "Hi Wes, thanks for the chat just now! Great to hear about the team. Any idea when you'll know about next steps? Rory",
    ),
    (
        T,
        "Hi Gemma,\n\nThank you for the interview yesterday. I'm sorry I ran over time - I got carried away talking about the archive project!\n\nLooking forward to hearing from you,\nIzzy",
    ),
    (
        T,
        "Dear Dr. Shah,\n\nThank you for your time this afternoon. I appreciate that you have a number of candidates to consider and that a decision will follow by the end of the month.\n\nYours sincerely,\nMarian",
    ),
    (
        T,
        "Hi Bo, thanks heaps for this morning. Bit of a shame we didn't get to the coding task, but I'd be happy to do it as a take-home. Cheers, Kit",
    ),
]

LOOKALIKE4 = [
    (
        T,
        "Hi Jo,\n\nThank you for the interview today. I was disappointed to hear that the café I'd heard about has closed, but the canteen looked great.\n\nBest,\nAl",
    ),
    (
        T,
        "Hi Jo,\n\nThank you for the interview this morning. I appreciated that you called ahead to say you were running late.\n\nBest,\nAl",
    ),
    (
        T,
        "Hi Jo,\n\nThanks for today. It was a close call with the train, but I'm so glad I made it. I loved hearing about the archive.\n\nBest,\nAl",
    ),
    (
        T,
        "Hi Jo,\n\nThank you for the interview this morning. I hope the rest of your interviews go smoothly, and I look forward to hearing from you.\n\nBest,\nAl",
    ),
    (T, "Hi Jo,\n\nThank you for the interview. I was impressed with the results of your pilot scheme.\n\nBest,\nAl"),
    (
        T,
        "Hi Jo,\n\nThank you for meeting me today. I saw the role was reposted on LinkedIn, so I've shared it with a friend who'd be great for the second vacancy.\n\nBest,\nAl",
    ),
    (S, "Hi Jo,\n\nYou couldn't even call to tell me whether I'm still in the running? It has been a month.\n\nAl"),
    (
        S,
        "Hi Jo,\n\nThanks for the interview. I hope the other interviews went well. Is there any update on the decision?\n\nAl",
    ),
    (
        R,
        "Hi Jo,\n\nThanks for calling me with the news. I was disappointed that I missed out, but it was a great experience.\n\nAl",
    ),
    (R, "Hi Jo,\n\nI was disappointed to read that I came second. Thank you for telling me personally.\n\nAl"),
]

BATCH5 = [
    (
        R,
        "Hi Bernie,\n\nThanks for the news, even if it wasn't what I'd wished for. I'll be watching for the next opening on your team.\n\nDanielle",
    ),
    (
        R,
        "Dear Ms. Fox,\n\nI have received your email regarding my application. Naturally this is disappointing. Thank you for the opportunity to meet the team.\n\nSincerely,\nPhilip Grant",
    ),
    (
        R,
        "Hi Zoe, appreciate the heads up. Onwards and upwards! If you hear of anything else in design, I'd be grateful for a shout. Mo",
    ),
    (
        R,
        "Hi Kelvin,\n\nI wanted to thank you for your honesty when we spoke this afternoon. I'd still love to work for Northway one day, so please keep me on your radar.\n\nBest,\nTamsin",
    ),
    (
        R,
        "Dear Mr. Rossi,\n\nThank you for your message. I must admit I am surprised by the outcome, given the positive feedback in the interview, but I accept it.\n\nRegards,\nGiulia",
    ),
    (R, "Hi Ash,\n\nSo you gave it to Ryan. Fine. Good luck with him.\n\nLee"),
    (
        R,
        "Hi Sonia,\n\nI'm writing back after your call. I'm glad the team found the right person, even if it's not me. Could I ask what tipped it?\n\nBest,\nReuben",
    ),
    (
        S,
        "Hi Maya,\n\nThank you again for your time at the interview. I'm just conscious that it's been a little while, and wanted to check there's nothing else you need from me.\n\nBest,\nConnor",
    ),
    (
        S,
        "Dear Mr. Eze,\n\nI attended an interview for the store manager role on 8 July. I'd be grateful for news of the outcome when available.\n\nYours sincerely,\nGloria Obi",
    ),
    (S, "Hi Liv, hope all good! Any joy with the decision on the producer role? x Poppy"),
    (
        S,
        "Hello Dr. Lund,\n\nThank you for the interview. It is now ten days later, and I hope to learn your decision soon. Please let me know.\n\nRegards,\nAnil",
    ),
    (
        S,
        "Hi Ahmed,\n\nThanks so much for meeting me. Quick question: do you still expect to make a decision this week, or has that moved?\n\nCheers,\nNell",
    ),
    (
        S,
        "Hi Rosa,\n\nI've been patient, but it's been five weeks since my final interview and I've heard nothing back. I need to plan my next move.\n\nGavin",
    ),
    (
        T,
        "Hi Finn,\n\nThank you for your time today. I understand you'll be in touch by Friday with next steps, and I'm excited about the possibility.\n\nBest,\nJuno",
    ),
    (
        T,
        "Dear Ms. Ortiz,\n\nThank you for interviewing me this afternoon. I was sorry to hear that your team has been short-staffed, and I'd be glad to help ease that.\n\nKind regards,\nPeter",
    ),
    (T, "Hi Kai, thanks for a great chat! Hoping to hear good news soon :) Lily"),
    (
        T,
        "Dear Mr. Jansen,\n\nThank you for the opportunity to interview yesterday. I regret that I didn't mention my project management certificate, which I have attached.\n\nYours sincerely,\nEmma Bakker",
    ),
    (
        T,
        "Hi Cora,\n\nThanks for this morning. I know you're still seeing a couple of candidates, so no pressure - I just wanted to say how much I enjoyed it.\n\nBest,\nTheo",
    ),
]

LOOKALIKE5 = [
    (
        T,
        "Hi Jo,\n\nThank you for the interview today. It's disappointing that the lab tour was cancelled, but I loved the demo.\n\nBest,\nAl",
    ),
    (T, "Hi Jo,\n\nThanks for today! Did you give the brochure to Sam? He wanted a copy.\n\nBest,\nAl"),
    (
        T,
        "Hi Jo,\n\nThank you for the interview this morning. I'd be grateful for any feedback on the case study when the panel meets.\n\nBest,\nAl",
    ),
    (
        T,
        "Hi Jo,\n\nThank you for meeting me today. I was surprised by the size of the warehouse - it's huge!\n\nBest,\nAl",
    ),
    (
        T,
        "Hi Jo,\n\nThank you for the interview today. Please let me know if there's anything else you need from me.\n\nBest,\nAl",
    ),
    (
        T,
        "Hi Jo,\n\nThanks for the chat this morning. I'd love to work for a team like yours, and I hope to hear your decision soon.\n\nBest,\nAl",
    ),
    (T, "Hi Jo,\n\nThank you for the interview yesterday. Onwards to the next stage, I hope!\n\nBest,\nAl"),
    (
        S,
        "Hi Jo,\n\nI came in for an interview on the 3rd for the barista role. Could you tell me where things are?\n\nAl",
    ),
    (S, "Hi Jo,\n\nThank you for the interview. Two weeks later, I would appreciate an update on the outcome.\n\nAl"),
    (
        S,
        "Dear Ms. Lake,\n\nI would be grateful for news of the decision on the clerk post, for which I interviewed on 2 June.\n\nYours sincerely,\nAl Stone",
    ),
    (R, "Hi Jo,\n\nThat's disappointing news, but thank you for letting me know. Please keep me on your radar.\n\nAl"),
    (R, "Hi Jo,\n\nI'm surprised by the decision, but I respect it. Thanks for your time.\n\nAl"),
]

CASES = [
    *((f"batch1-{i}", p, t) for i, (p, t) in enumerate(BATCH1)),
    *((f"batch2-{i}", p, t) for i, (p, t) in enumerate(BATCH2)),
    *((f"lookalike1-{i}", p, t) for i, (p, t) in enumerate(LOOKALIKE1)),
    *((f"lookalike2-{i}", p, t) for i, (p, t) in enumerate(LOOKALIKE2)),
    *((f"batch3-{i}", p, t) for i, (p, t) in enumerate(BATCH3)),
    *((f"lookalike3-{i}", p, t) for i, (p, t) in enumerate(LOOKALIKE3)),
    *((f"batch4-{i}", p, t) for i, (p, t) in enumerate(BATCH4)),
    *((f"lookalike4-{i}", p, t) for i, (p, t) in enumerate(LOOKALIKE4)),
    *((f"batch5-{i}", p, t) for i, (p, t) in enumerate(BATCH5)),
    *((f"lookalike5-{i}", p, t) for i, (p, t) in enumerate(LOOKALIKE5)),
]


@pytest.mark.parametrize(("expected", "text"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_purpose(linter: Linter, expected: str, text: str) -> None:
    report = linter.lint(text)
    assert report.purpose == expected, report.inferred.get("purpose")


@pytest.mark.parametrize(("expected", "text"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_cue_is_in_the_draft(linter: Linter, expected: str, text: str) -> None:
    """The cue the report names is words of the draft (the report says from which cue the purpose came)."""
    cue = linter.lint(text).inferred.get("purpose", "")
    assert not cues_not_in_draft(cue, text), cue

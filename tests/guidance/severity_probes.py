"""Blind probes for the severity policy (severity8): written before the linter was run on them.

GOOD: drafts a career site could publish as good; none should get an ERROR.
BAD: drafts that would embarrass the sender; each should get an ERROR (and at least a flag).
Each entry: (slug, context, text). Context keys as followup_lint.Linter.lint takes them.
"""

from __future__ import annotations


def ctx(company: str, person: str, role: str, interview: str = "2026-05-12", sent: str = "2026-05-13") -> dict:
    return {"company": company, "interviewers": [person], "role": role, "interview_date": interview, "sent_at": sent}


def status(company: str, person: str, role: str) -> dict:
    return ctx(company, person, role, "2026-05-04", "2026-05-15")


GOOD: list[tuple[str, dict, str]] = [
    (
        "ty-formal-email",
        ctx("Harrow & Lyle LLP", "Margaret Osei", "Paralegal"),
        """Subject: Thank you - Paralegal interview

Dear Ms. Osei,

Thank you for meeting with me yesterday to discuss the Paralegal position at Harrow & Lyle. I especially
appreciated hearing how the litigation team splits discovery work between paralegals and associates.

The role fits my four years of document review at Brantley Carr, and I remain very interested in joining
your team. Please let me know if I can provide anything further.

Kind regards,
Daniel Mwangi
(555) 201-3344""",
    ),
    (
        "ty-warm-email",
        ctx("Little Sprouts Nursery", "Jo Bennett", "Early Years Practitioner"),
        """Subject: Lovely to meet you today

Hi Jo,

Thank you so much for showing me round Little Sprouts this morning. Watching the toddlers plant
sunflower seeds in the garden made it easy to picture myself there, and I loved hearing about your
outdoor-learning Fridays.

I'm really keen on the Early Years Practitioner role and would be glad to come in for a trial session
whenever suits you. I look forward to hearing about next steps.

Warm wishes,
Priya""",
    ),
    (
        "ty-casual-startup",
        ctx("Fernleaf", "Sam Ortiz", "Backend Engineer"),
        """Subject: Thanks for today

Hey Sam,

Thanks for the chat this afternoon - I had a great time digging into how Fernleaf batches its webhook
retries. The idea of moving the queue to Postgres advisory locks stuck with me, and I sketched how I'd
test it on the train home.

I'm excited about the Backend Engineer role and would love to keep talking. Let me know what the next
step looks like.

Cheers,
Leo Brandt""",
    ),
    (
        "ty-blunt-polite",
        ctx("Dunmore Freight", "Carl Hughes", "Transport Planner"),
        """Subject: Transport Planner interview - thank you

Carl,

Thanks for your time on Tuesday. Straight to the point: I want this job. Your route-planning problem
around the Felixstowe slots is the kind of puzzle I have solved for six years at Northway Haulage, and
I can start in four weeks.

I look forward to hearing what comes next.

Regards,
Martin Kowalczyk""",
    ),
    (
        "ty-dry-humour",
        ctx("Pemberton Analytics", "Ruth Adler", "Data Analyst"),
        """Subject: Thank you for the interview

Dear Ruth,

Thank you for the interview on Monday. I promise I have since recovered from the SQL window-function
question, and I even wrote the query properly on the bus afterwards, which is the usual timing for good
ideas.

More seriously, your plan to rebuild the churn dashboard sounds like exactly the work I enjoy, and I am
keen to help with it as a Data Analyst at Pemberton. I look forward to hearing about the next steps.

Best wishes,
Hannah Liu""",
    ),
    (
        "ty-non-native",
        ctx("Voss Engineering", "Peter Lindqvist", "Mechanical Designer"),
        """Subject: Thank you for interview

Dear Mr. Lindqvist,

Thank you very much for the interview yesterday. It was a pleasure to speak with you about the gearbox
housing project. I have much experience with SolidWorks and with casting design from my work in Brazil,
and I believe I can help your team very fast.

I am very interested in the Mechanical Designer position and I hope to hear from you about the next
steps.

With best regards,
Rafael Souza""",
    ),
    (
        "ty-trades-electrician",
        ctx("Brightline Electrical", "Gary Pope", "Electrician"),
        """Subject: Thanks for the site visit

Hi Gary,

Thanks for walking me round the Kingsway job yesterday. The way your lads have set out the
containment for the three-phase board is tidy work, and it's the standard I like to keep.

I'm fully qualified (18th Edition, ECS gold card) and keen to join Brightline as an Electrician. Give me
a ring if you need anything else from me.

Cheers,
Dean Ashworth
07700 900123""",
    ),
    (
        "ty-nurse",
        ctx("St Anne's Hospital", "Sister Fiona Grant", "Staff Nurse"),
        """Subject: Thank you - Staff Nurse interview

Dear Fiona,

Thank you for interviewing me for the Staff Nurse post on Ward 7 yesterday. I appreciated hearing how
the ward runs its safety huddles at handover; it is a practice I used at my previous trust and valued.

I would be delighted to join the team at St Anne's and look forward to hearing from you.

Kind regards,
Abena Mensah RN""",
    ),
    (
        "ty-former-employer",
        ctx("Calder Bank", "Nina Shah", "Risk Analyst"),
        """Subject: Thank you for yesterday's interview

Dear Nina,

Thank you for taking the time to meet me yesterday about the Risk Analyst role. Your point about
moving stress tests from quarterly to monthly runs was interesting; at Barclays I helped automate a
similar shift, and I would enjoy doing the same at Calder Bank.

I remain very interested in the position and look forward to hearing about the next stage.

Best regards,
Owen Pryce""",
    ),
    (
        "ty-quote",
        ctx("Meridian Press", "Alan Cho", "Copy Editor"),
        """Subject: Thank you for the conversation

Dear Alan,

Thank you for meeting with me on Tuesday. You said that "a good copy editor is invisible", and I have
been thinking about it since; it is the best description of the job I have heard.

I would love to bring my eight years of book editing to Meridian Press as your Copy Editor, and I look
forward to hearing about the next steps.

Sincerely,
Grace Whitfield""",
    ),
    (
        "ty-short-name",
        ctx("Johnson Matthey plc", "Keith Rowe", "Process Chemist"),
        """Subject: Thank you - Process Chemist

Dear Keith,

Thank you for showing me the pilot plant on Wednesday. Hearing how JM scales catalyst batches from the
lab to the plant was fascinating, and it is where my own work on platinum recovery fits.

I am very keen on the Process Chemist role and look forward to hearing from you.

Kind regards,
Dr Imogen Farrell""",
    ),
    (
        "ty-linkedin",
        ctx("Orbis Health", "Laura Kim", "Product Manager"),
        """Hi Laura, thank you for the conversation yesterday about the Product Manager role at Orbis Health.
Your story about the patient-intake redesign stayed with me. I'm very interested and look forward to
next steps. Best, Tom""",
    ),
    (
        "ty-letter",
        ctx("Ashby Parish Council", "Mrs Helen Ward", "Parish Clerk"),
        """14 Mill Lane
Ashby
AB1 2CD

13 May 2026

Mrs Helen Ward
Ashby Parish Council
Village Hall, Church Street
Ashby

Dear Mrs Ward,

Thank you for the opportunity to interview for the post of Parish Clerk yesterday evening. I was
pleased to hear about the council's plans for the allotment extension and the new play area, and I
would welcome the chance to support them.

I remain very interested in the position and look forward to hearing from you.

Yours sincerely,

Eleanor Pike""",
    ),
    (
        "ty-call",
        ctx("Riverside Dental", "Dr Amir Haddad", "Dental Nurse"),
        """Hello, this is Sophie Grant calling for Dr Haddad. I just wanted to say thank you for the interview
this morning for the Dental Nurse role. I really enjoyed seeing the new surgery and hearing about the
implant clinic. I'm very interested in joining Riverside Dental. You can reach me on 0161 496 0123.
Thanks again, bye.""",
    ),
    (
        "ty-chef",
        ctx("The Copper Pot", "Marco Bellini", "Sous Chef"),
        """Subject: Thank you for the trial shift

Hi Marco,

Thank you for having me in for the trial shift on Saturday. Working the pass during a full service was
a great way to see how the brigade runs, and I enjoyed plating your lamb rump with the salsa verde.

I'd love to join The Copper Pot as Sous Chef. Let me know if you'd like me back for another shift.

Best,
Kasia Nowak""",
    ),
    (
        "ty-teacher",
        ctx("Greenfield Academy", "Mr David Hale", "Maths Teacher"),
        """Subject: Thank you - Maths Teacher interview

Dear Mr Hale,

Thank you for inviting me to Greenfield Academy yesterday. I enjoyed teaching the Year 9 lesson on
simultaneous equations, and the students' questions about graphing made it a lively hour.

I was impressed by the department's mastery approach and would be proud to join it. I look forward to
hearing from you.

Yours sincerely,
Aisha Rahman""",
    ),
    (
        "ty-devops-jargon",
        ctx("Cloudnest", "Ivan Petrov", "Site Reliability Engineer"),
        """Subject: Thanks - SRE interview

Hi Ivan,

Thanks for the deep dive into Cloudnest's on-call setup today. Your approach to SLO burn-rate alerts
in Prometheus, paired with runbooks in the repo, is close to what I built at my last job with
Grafana and PagerDuty.

I'm keen on the Site Reliability Engineer role and happy to do a take-home if that helps. Looking
forward to the next step.

Thanks,
Mehmet Yilmaz""",
    ),
    (
        "ty-two-interviewers",
        ctx("Halden Architects", "Sara Lund", "Architectural Assistant"),
        """Subject: Thank you for today's interview

Dear Sara,

Thank you for meeting with me today, and please pass my thanks to Tom as well. Seeing the timber
models for the library competition was a highlight, and I would enjoy working on schemes like it.

I am very interested in the Architectural Assistant role at Halden and look forward to hearing about
the next steps.

Kind regards,
Felix Moreau""",
    ),
    (
        "ty-career-changer",
        ctx("Bright Path Charity", "Olivia Grant", "Fundraising Officer"),
        """Subject: Thank you for the interview

Dear Olivia,

Thank you for talking with me yesterday about the Fundraising Officer role. I know my background is
in retail management rather than charity work, but our discussion about donor journeys showed me
how much of it carries over, from targets to relationships.

I am excited about the chance to join Bright Path and look forward to hearing from you.

Best wishes,
Simon Adeyemi""",
    ),
    (
        "ty-accountant",
        ctx("Kerr & Partners", "Fiona Kerr", "Audit Senior"),
        """Subject: Audit Senior interview - thank you

Dear Fiona,

Thank you for your time on Thursday. I found our conversation about the firm's move to data analytics
in audit sampling very interesting; at PwC I ran IDEA scripts on journal testing and would be happy to
help set that up at Kerr & Partners.

I remain very interested in the Audit Senior role and look forward to hearing from you.

Kind regards,
James O'Neill ACA""",
    ),
    (
        "ty-weak-but-polite",
        ctx("Lakeside Hotel", "Mr Brian Cole", "Receptionist"),
        """Subject: Thank you

Dear Mr Cole,

Thank you for the interview today for the Receptionist job. I enjoyed learning about the hotel and the
wedding season. I think I would do well on the front desk and I am very interested in the job.

I hope to hear from you soon.

Thank you again,
Maria Lopes""",
    ),
    (
        "ty-warehouse",
        ctx("Apex Logistics", "Steve Barker", "Forklift Driver"),
        """Subject: Thanks for the interview

Hi Steve,

Thanks for seeing me yesterday and for the tour of the racking. I've got my counterbalance and reach
licences and five years on nights, so the new shift pattern suits me fine.

I'd really like the Forklift Driver job at Apex. Any questions, just call me on 07700 900456.

Thanks,
Lee Carter""",
    ),
    (
        "ty-academic",
        ctx("University of Leeds", "Professor Anne Mbeki", "Postdoctoral Researcher"),
        """Subject: Thank you - postdoctoral position

Dear Professor Mbeki,

Thank you for the interview on Tuesday and for the tour of the cryo-EM facility. Our discussion of
membrane transporter dynamics was stimulating, and I have since reread your 2024 paper on the
sodium symporter with new interest.

I would be delighted to join your group as a Postdoctoral Researcher and look forward to hearing from
you.

With best wishes,
Dr Tomasz Wróbel""",
    ),
    (
        "ty-scots",
        ctx("Loch Fyne Distillers", "Alasdair MacLeod", "Stillman"),
        """Subject: Thanks for Friday

Dear Alasdair,

Many thanks for showing me round the stillhouse on Friday. It was grand to see the old copper pot stills
still running, and I enjoyed our blether about cut points and the foreshots.

I'd be chuffed to join Loch Fyne Distillers as Stillman and look forward to hearing from you.

All the best,
Callum Fraser""",
    ),
    (
        "ty-marketing-exclaim",
        ctx("Popcorn Studio", "Mia Chen", "Social Media Manager"),
        """Subject: Thank you, Mia!

Hi Mia,

Thank you for a really fun interview today! I loved hearing about the TikTok campaign for the oat-milk
brand, and the way your team tests three hooks per video is something I'd love to learn from.

I'm very excited about the Social Media Manager role and hope to hear from you soon.

Best,
Ella Morgan""",
    ),
    (
        "ty-honest-gap",
        ctx("Northgate Council", "Derek Shaw", "Planning Officer"),
        """Subject: Thank you - Planning Officer interview

Dear Derek,

Thank you for the interview yesterday. I was not happy with my answer on the enforcement question, so
I want to add that I handled over thirty enforcement cases at Redbridge and know the appeal timelines
well.

I am still very interested in the Planning Officer role at Northgate and look forward to hearing from
you.

Kind regards,
Naomi Clarke""",
    ),
    (
        "ty-it-support",
        ctx("Westbury Schools Trust", "Paul Reid", "IT Technician"),
        """Subject: Thanks for the interview

Hi Paul,

Thanks for your time this morning. It was good to hear about the Chromebook rollout and the move to
Intune; I managed about 400 devices with Intune at my last school, so I know the quirks.

I'm very interested in the IT Technician job at Westbury and look forward to hearing back.

Thanks,
Rob Jenkins""",
    ),
    (
        "ty-lawyer-formal",
        ctx("Fenwick Stone", "Mr Julian Stone", "Associate Solicitor"),
        """Subject: Associate Solicitor - thank you

Dear Mr Stone,

I write to thank you for the interview on 12 May. I was grateful for your candour about the firm's
growing commercial property practice, and for the chance to discuss the lease restructuring matter you
described.

I remain keenly interested in the Associate Solicitor position and would welcome the opportunity to
contribute to the team at Fenwick Stone.

Yours sincerely,
Catherine Ellis""",
    ),
    (
        "ty-hairdresser",
        ctx("Salon Luxe", "Jade", "Senior Stylist"),
        """Hi Jade,

Thanks so much for the trade test today. I loved doing the balayage on your model, and it was great to
see how busy the salon is on a Saturday.

I'd love to join Salon Luxe as a Senior Stylist. Let me know what you think!

Thanks,
Chloe""",
    ),
    (
        "ty-driver-short",
        ctx("City Cabs", "Raj Patel", "Driver"),
        """Hi Raj,

Thanks for meeting me today about the driver job. I know the city well after ten years on the buses
and I'm keen to start. Let me know what you need from me.

Thanks,
Tony""",
    ),
    (
        "sc-polite-email",
        status("Harlow Foods", "Karen Mills", "Quality Manager"),
        """Subject: Quality Manager - checking in

Dear Karen,

I hope you are well. I interviewed for the Quality Manager position on 4 May and wanted to check
whether there is any update on the timeline. I remain very interested in the role and in helping
Harlow Foods through the BRC audit you mentioned.

Thank you for your time, and I look forward to hearing from you.

Kind regards,
Helen Taylor""",
    ),
    (
        "sc-casual",
        status("Tinyloop", "Ben Archer", "Frontend Developer"),
        """Subject: Quick check-in

Hi Ben,

Hope your week's going well. Just checking in on the Frontend Developer role - any news on timing? I'm
still really keen, and I've been playing with the React Server Components idea we talked about.

Thanks,
Ana Silva""",
    ),
    (
        "sc-linkedin",
        status("Greenway Energy", "Mark Dale", "Project Engineer"),
        """Hi Mark, I hope you're well. I'm following up on my interview for the Project Engineer role on 4 May.
I'm still very interested in Greenway Energy and would be grateful for any update when you have one.
Thanks, Ruth""",
    ),
    (
        "sc-call",
        status("Parkside Vets", "Emma Lowe", "Veterinary Nurse"),
        """Hi, this is Jack Turner. I interviewed with Emma Lowe for the Veterinary Nurse role on 4 May and I'm
just calling to check whether there's any news. I'm still very keen on joining Parkside. My number is
07700 900789. Thanks very much.""",
    ),
    (
        "sc-other-offer",
        status("Kinetic Labs", "Sofia Rossi", "Data Scientist"),
        """Subject: Data Scientist - timeline question

Dear Sofia,

Thank you again for the interview on 4 May. I have received another offer with a deadline of next
Friday, but Kinetic Labs remains my first choice, so I wanted to ask whether you expect to decide before
then.

I would be happy to speak at any time that suits you.

Best regards,
Arjun Mehta""",
    ),
    (
        "sc-non-native",
        status("Nordic Ship Design", "Lars Berg", "Naval Architect"),
        """Subject: About my application for Naval Architect

Dear Mr. Berg,

I hope you are doing good. I had interview with you on 4 May for Naval Architect position and I want
to ask if there is some news about the decision. I am still very interested to work in Nordic Ship
Design.

Thank you for your time.

Best regards,
Mikhail Orlov""",
    ),
    (
        "sc-trades",
        status("Hartley Plumbing", "Neil Hartley", "Plumber"),
        """Hi Neil,

Hope all's good. Just wondering if you've made a decision on the plumber job yet? I'm still keen and
I've got my Gas Safe renewal done now, so I'm ready to go.

Cheers,
Danny""",
    ),
    (
        "sc-formal-letter-ish",
        status("Royal Botanic Trust", "Dr Clare Whitby", "Horticulturist"),
        """Subject: Horticulturist position

Dear Dr Whitby,

I am writing to follow up on my interview for the Horticulturist position on 4 May. I very much enjoyed
our discussion of the alpine house collection, and I would welcome any news you are able to share about
the timeline.

Thank you for your consideration.

Yours sincerely,
Bethan Morgan""",
    ),
    (
        "sc-former-employer",
        status("Atlas Insurance", "Gareth Lloyd", "Claims Handler"),
        """Subject: Claims Handler - follow-up

Hi Gareth,

I hope you're well. I wanted to follow up on the Claims Handler interview from 4 May. Since we spoke I
have finished my CII certificate, which builds on the motor claims work I did at Aviva.

Is there any update on the timeline? I'm still very interested in joining Atlas.

Best regards,
Lucy Evans""",
    ),
    (
        "sc-humour",
        status("Quill & Ink", "Beatrice Hall", "Content Writer"),
        """Subject: Following up - Content Writer

Hi Beatrice,

I hope the week is treating you well. I'm following up on our chat about the Content Writer role; I've
resisted refreshing my inbox every five minutes, mostly.

I'm still very keen to write for Quill & Ink. Is there any news on the timeline?

Best,
Rowan Price""",
    ),
    (
        "sc-second-nudge-polite",
        status("Stanton Medical", "Claire Dunn", "Practice Manager"),
        """Subject: Practice Manager - following up

Dear Claire,

I'm following up on my interview for the Practice Manager role. I understand hiring decisions take
time, especially with the CQC visit you mentioned, so please don't feel rushed.

I'm still very interested in joining Stanton Medical and would be grateful for any update when you have
one.

Kind regards,
Paula Green""",
    ),
    (
        "rr-gracious-email",
        ctx("Oakridge Homes", "Laura Pike", "Site Manager", "2026-05-05", "2026-05-13"),
        """Subject: Re: Site Manager application

Dear Laura,

Thank you for letting me know, and for the time you and the team spent with me. I am disappointed, of
course, but I enjoyed learning about the Meadowbank development.

If you are able to share any feedback on my interview, I would be grateful. I would also be glad to be
considered for future roles at Oakridge Homes.

Kind regards,
Stuart Bell""",
    ),
    (
        "rr-linkedin",
        ctx("Nimbus AI", "Carla Diaz", "ML Engineer", "2026-05-05", "2026-05-13"),
        """Hi Carla, thanks for letting me know about the ML Engineer role. I really enjoyed the conversation
about your retrieval pipeline. I'd love to stay in touch for future openings at Nimbus. All the best, Kai""",
    ),
    (
        "rr-blunt-polite",
        ctx("Forge Fitness", "Mike Dunne", "Personal Trainer", "2026-05-05", "2026-05-13"),
        """Subject: Re: Personal Trainer role

Mike,

Thanks for the quick answer. Not the news I wanted, but I appreciate you telling me straight. If there's
anything I could have done better in the practical session, I'd like to hear it.

Good luck with the new gym opening.

Regards,
Josh Reid""",
    ),
    (
        "rr-non-native",
        ctx("Sakura Trading", "Ms Yuki Tanaka", "Import Coordinator", "2026-05-05", "2026-05-13"),
        """Subject: Thank you for your answer

Dear Ms. Tanaka,

Thank you for your email and for informing me about the decision. Of course I am sad, but I learned a
lot from the interview with you. If possible, I would like to know what I can improve for the future.

I hope we can meet again for other position in Sakura Trading.

Best regards,
Nguyen Van An""",
    ),
    (
        "rr-call",
        ctx("Hillside Care Home", "Janet Price", "Care Assistant", "2026-05-05", "2026-05-13"),
        """Hi Janet, it's Lisa Morris. I got your message about the Care Assistant job. Thanks for letting me
know, and for being so kind in the interview. If anything else comes up at Hillside I'd love to hear
about it. My number is 07700 900321. Thanks, bye.""",
    ),
    (
        "rr-feedback-ask",
        ctx("Vantage Consulting", "Richard Moss", "Associate Consultant", "2026-05-05", "2026-05-13"),
        """Subject: Re: Associate Consultant - outcome

Dear Richard,

Thank you for letting me know the outcome. I was sorry not to progress, as the case on the retail chain's
pricing was one I enjoyed working through with you.

I would value any feedback on where my case performance fell short, as I am keen to improve. I hope our
paths cross again.

Best regards,
Anjali Kapoor""",
    ),
    (
        "rr-humour",
        ctx("Brew Brothers", "Ollie Grant", "Head Brewer", "2026-05-05", "2026-05-13"),
        """Subject: Re: Head Brewer

Hi Ollie,

Thanks for letting me know. I'll console myself with one of your pale ales, which remain excellent
even when the news isn't.

Seriously, I enjoyed meeting the team, and if another brewing role opens up I'd be glad to hear about
it.

Cheers,
Fraser Hay""",
    ),
    (
        "rr-short-name",
        ctx("General Electric Healthcare", "Dana Fox", "Field Service Engineer", "2026-05-05", "2026-05-13"),
        """Subject: Re: Field Service Engineer

Dear Dana,

Thank you for letting me know. I enjoyed learning about the MRI service contracts, and I would be glad
to be considered for future Field Service Engineer openings at GE Healthcare.

Best regards,
Samuel Okafor""",
    ),
    (
        "rr-former-employer",
        ctx("Marlow Retail", "Gemma Hart", "Store Manager", "2026-05-05", "2026-05-13"),
        """Subject: Re: Store Manager

Dear Gemma,

Thank you for your message. While I'm disappointed, I understand you chose someone with more
experience of large stores. The twelve years I spent at Tesco and Sainsbury's were mostly in smaller
formats, so that is fair feedback.

I'd welcome the chance to apply for future roles at Marlow Retail.

Kind regards,
Andrew Flynn""",
    ),
    (
        "ty-pilot",
        ctx("SkyLink Regional", "Captain Ian Ross", "First Officer"),
        """Subject: Thank you - First Officer interview

Dear Captain Ross,

Thank you for the interview and simulator assessment on Tuesday. Flying the engine failure on the ATR
with your training captain was demanding, and I appreciated the honest debrief afterwards.

I remain very keen to join SkyLink Regional as a First Officer and look forward to hearing from you.

Kind regards,
Hannah Reyes""",
    ),
    (
        "ty-social-worker",
        ctx("Eastfield Council", "Michelle Ade", "Social Worker"),
        """Subject: Thank you

Dear Michelle,

Thank you for the interview yesterday. I valued your frankness about caseloads in the children's
assessment team; it is a hard job, and I'd rather know the reality.

I'm committed to this work and would be glad to bring my experience from Lambeth to Eastfield. I look
forward to hearing from you.

Kind regards,
Grace Owusu""",
    ),
    (
        "ty-sales-confident",
        ctx("Ridgeway Software", "Tom Avery", "Account Executive"),
        """Subject: Thanks, Tom

Hi Tom,

Thanks for a sharp interview today. You asked how I'd open a cold call to a CFO, and I think my
answer was too long, so here's the short version: one number, one question, then listen.

I'd love to sell Ridgeway's product and I'm ready for the next round whenever you are.

Best,
Nadia Hussain""",
    ),
    (
        "ty-gardener",
        ctx("Greenscape Ltd", "Bill Norris", "Landscape Gardener"),
        """Hi Bill,

Thanks for the chat at the yard on Monday. Good to see the kit you've got and to hear about the big
estate contract starting in June. I've done plenty of hard landscaping, patios and sleepers mostly, so
I'd be glad to get stuck in.

Let me know if you want me to come in for a day's trial.

Cheers,
Kev Marsh""",
    ),
    (
        "ty-ceo-email-short",
        ctx("Lumen Robotics", "Erik Sand", "Chief Operating Officer"),
        """Subject: Thank you

Erik,

Thank you for the candid conversation over dinner. Your view that Lumen's bottleneck is service, not
hardware, matches what I saw scaling field teams at ABB. I'd relish the chance to fix it with you.

Best,
Caroline Webb""",
    ),
    (
        "ty-pharmacist",
        ctx("Boots", "Kiran Shah", "Pharmacist"),
        """Subject: Thank you - Pharmacist interview

Dear Kiran,

Thank you for meeting with me yesterday. I was interested to hear about the store's new Pharmacy First
consultations, and I would enjoy running them alongside the dispensary.

I am very interested in the Pharmacist role and look forward to hearing from you.

Kind regards,
Yasmin Ali MPharm""",
    ),
    (
        "ty-designer-lowercase-brand",
        ctx("eBay", "Rachel Stone", "UX Designer"),
        """Subject: Thank you - UX Designer

Hi Rachel,

Thank you for the interview this morning. I enjoyed walking through the checkout research with you, and
your point that sellers and buyers want opposite things from the same screen stayed with me.

I'm very excited about the UX Designer role at eBay and look forward to the next step.

Best,
Jonah Feld""",
    ),
    (
        "sc-after-deadline-polite",
        status("Beacon Housing", "Louise Carr", "Housing Officer"),
        """Subject: Housing Officer - any update?

Dear Louise,

When we met on 4 May you mentioned a decision by the end of last week, so I thought I would check in.
I am still very interested in the Housing Officer role and in the tenancy sustainment work at Beacon.

Thank you, and I look forward to hearing from you.

Kind regards,
Marcus Webb""",
    ),
    (
        "rr-accept-gracefully-warm",
        ctx("Willow Primary School", "Mrs Sarah Lake", "Teaching Assistant", "2026-05-05", "2026-05-13"),
        """Subject: Re: Teaching Assistant

Dear Mrs Lake,

Thank you for letting me know, and for your kind words about my reading session with the Year 2 group.
I enjoyed my morning at Willow very much. Please keep me in mind if another post comes up.

With best wishes,
Amy Roberts""",
    ),
]

BAD: list[tuple[str, dict, str]] = [
    (
        "bad-profane",
        ctx("Harlow Foods", "Karen Mills", "Quality Manager"),
        """Subject: Interview

Karen,

Thanks for the interview. Honestly that panel was a shitshow and nobody had read my CV. Let me know
what you decide.

Helen""",
    ),
    (
        "bad-slot",
        ctx("Fernleaf", "Sam Ortiz", "Backend Engineer"),
        """Subject: Thank you

Dear [Interviewer Name],

Thank you for the interview for the [Job Title] position at [Company Name]. I enjoyed our chat and I am
very interested in the role.

Best regards,
Leo""",
    ),
    (
        "bad-wrong-firm",
        ctx("Calder Bank", "Nina Shah", "Risk Analyst"),
        """Subject: Thank you

Dear Nina,

Thank you for meeting me about the Risk Analyst role. I would love to join Barclays and help the team
automate its stress testing. I look forward to hearing from you.

Best regards,
Owen""",
    ),
    (
        "bad-wrong-name",
        ctx("Meridian Press", "Alan Cho", "Copy Editor"),
        """Subject: Thank you

Dear Michael,

Thank you for meeting me on Tuesday about the Copy Editor role at Meridian Press. I enjoyed our talk
about style guides and look forward to hearing from you.

Best,
Grace""",
    ),
    (
        "bad-ultimatum",
        status("Kinetic Labs", "Sofia Rossi", "Data Scientist"),
        """Subject: Decision needed

Sofia,

I interviewed two weeks ago and have heard nothing. If I do not get an answer by Friday I will withdraw
my application and take my skills elsewhere.

Arjun""",
    ),
    (
        "bad-passive-aggressive",
        status("Harlow Foods", "Karen Mills", "Quality Manager"),
        """Subject: Following up AGAIN

Karen,

As per my last three emails, I am still waiting for an update. I guess some people are just too busy to
reply to candidates. Let me know if you ever get round to it.

Helen""",
    ),
    (
        "bad-rejection-arguing",
        ctx("Oakridge Homes", "Laura Pike", "Site Manager", "2026-05-05", "2026-05-13"),
        """Subject: Re: Site Manager application

Laura,

I think you have made a serious mistake. I have more experience than anyone you could have hired and
I expect you to reconsider your decision.

Stuart""",
    ),
    (
        "bad-contempt",
        ctx("Nimbus AI", "Carla Diaz", "ML Engineer", "2026-05-05", "2026-05-13"),
        """Subject: Re: ML Engineer

Carla,

Frankly your interview process was a joke and your engineers clearly don't understand basic
statistics. Good luck finding someone who will put up with that.

Kai""",
    ),
    (
        "bad-sarcasm",
        ctx("Forge Fitness", "Mike Dunne", "Personal Trainer", "2026-05-05", "2026-05-13"),
        """Subject: Re: Personal Trainer

Mike,

Wow, thanks so much for wasting two hours of my Saturday. Really professional of you to tell me by
text. Great job.

Josh""",
    ),
    (
        "bad-threat",
        status("Stanton Medical", "Claire Dunn", "Practice Manager"),
        """Subject: My application

Claire,

If I don't hear back this week I will be leaving a review on Glassdoor about how Stanton Medical treats
candidates, and I'll be contacting your director.

Paula""",
    ),
    (
        "bad-blame",
        ctx("Vantage Consulting", "Richard Moss", "Associate Consultant", "2026-05-05", "2026-05-13"),
        """Subject: Re: outcome

Richard,

The only reason I did badly on the case was that you kept interrupting me and gave me the wrong
numbers. That is your fault, not mine.

Anjali""",
    ),
    (
        "bad-entitlement",
        status("Atlas Insurance", "Gareth Lloyd", "Claims Handler"),
        """Subject: Claims Handler

Gareth,

I deserve this job more than any other candidate and I expect an offer by Monday. With my record you
should be grateful I applied.

Lucy""",
    ),
    (
        "bad-no-thanks",
        ctx("Pemberton Analytics", "Ruth Adler", "Data Analyst"),
        """Subject: Data Analyst interview

Dear Ruth,

I had my interview yesterday for the Data Analyst role at Pemberton Analytics. I think I did well on
the SQL questions. Please let me know the result.

Regards,
Hannah""",
    ),
    (
        "bad-misspelled",
        ctx("Voss Engineering", "Peter Lindqvist", "Mechanical Designer"),
        """Subject: Thank you

Dear Mr. Lindqvist,

Thank you for the intervew yesterday. I realy enjoyed hearing about the gearbox project and I beleive I
would be a great adition to your team. I look foward to hearing from you.

Regards,
Rafael""",
    ),
    (
        "bad-demanding-shout",
        status("Hartley Plumbing", "Neil Hartley", "Plumber"),
        """Neil,

WHY HAVE I NOT HEARD BACK??? I need to know TODAY whether I have the job or not. This is ridiculous.

Danny""",
    ),
    (
        "bad-rude-linkedin",
        status("Greenway Energy", "Mark Dale", "Project Engineer"),
        """Mark, it's been ages since my interview. Do you people ever reply to anyone or is ghosting just
company policy at Greenway? Ruth""",
    ),
    (
        "bad-overfamiliar",
        ctx("Salon Luxe", "Jade", "Senior Stylist"),
        """hey babe!!

thx for today, u were amazing lol. can't wait to start, see u monday xoxo

chloe""",
    ),
    (
        "bad-wrong-company-template",
        ctx("Greenfield Academy", "Mr David Hale", "Maths Teacher"),
        """Subject: Thank you

Dear Mr Hale,

Thank you for interviewing me for the Maths Teacher post. I am excited by the chance to join Oakwood
High School and to teach at Oakwood High School's maths department.

Yours sincerely,
Aisha""",
    ),
    (
        "bad-insult-rejection",
        ctx("Marlow Retail", "Gemma Hart", "Store Manager", "2026-05-05", "2026-05-13"),
        """Subject: Re: Store Manager

Gemma,

Whoever you hired instead of me will run that store into the ground. Your judgement is appalling and I
won't be applying to Marlow again.

Andrew""",
    ),
    (
        "bad-damn",
        status("Parkside Vets", "Emma Lowe", "Veterinary Nurse"),
        """Subject: Update

Emma,

It has been two damn weeks and nobody has bothered to call me back. What the hell is going on over
there?

Jack""",
    ),
    (
        "bad-guilt",
        status("Beacon Housing", "Louise Carr", "Housing Officer"),
        """Subject: Please

Louise,

I have been checking my phone every hour and can't sleep waiting for your answer. My family is
depending on this job, so please don't leave me hanging any longer. You are my last hope.

Marcus""",
    ),
    (
        "bad-rhetorical",
        status("Tinyloop", "Ben Archer", "Frontend Developer"),
        """Subject: ???

Ben,

Is it really so hard to send a one-line email? Do you treat all your candidates this way? How long am
I supposed to wait?

Ana""",
    ),
    (
        "bad-talking-down",
        ctx("Cloudnest", "Ivan Petrov", "Site Reliability Engineer"),
        """Subject: Interview

Ivan,

Thanks for the interview. Let me explain this slowly, since your team seemed confused: your alerting
is wrong, and you obviously need someone like me to fix it. I hope that was clear enough for you.

Mehmet""",
    ),
    (
        "bad-credential-arguing",
        ctx("Kerr & Partners", "Fiona Kerr", "Audit Senior", "2026-05-05", "2026-05-13"),
        """Subject: Re: Audit Senior

Fiona,

You said I lacked experience, which is simply false. I have an ACA, a first-class degree and three
years at PwC, which is more than enough. Your reason makes no sense.

James""",
    ),
    (
        "bad-slot-short",
        ctx("Orbis Health", "Laura Kim", "Product Manager"),
        """Hi Laura, thank you for the interview for the Product Manager role at {{company}}. I'm very
interested and look forward to next steps. Best, Tom""",
    ),
    (
        "bad-dismissal",
        ctx("Brew Brothers", "Ollie Grant", "Head Brewer", "2026-05-05", "2026-05-13"),
        """Subject: Re: Head Brewer

Ollie,

Whatever. It's your loss, not mine. I didn't really want to work in a place like that anyway.

Fraser""",
    ),
    (
        "bad-snide",
        ctx("Popcorn Studio", "Mia Chen", "Social Media Manager"),
        """Subject: Thanks I guess

Mia,

Thanks for the interview, even if you were half an hour late and clearly hadn't looked at my portfolio.
Nice of you to finally show up.

Ella""",
    ),
    (
        "bad-fuck",
        status("City Cabs", "Raj Patel", "Driver"),
        """Raj, where the fuck is my answer? Tony""",
    ),
    (
        "bad-wrong-role",
        ctx("Halden Architects", "Sara Lund", "Architectural Assistant"),
        """Subject: Thank you

Dear Sara,

Thank you for meeting me today about the Senior Project Architect role. I would love to lead your
library competition scheme and look forward to hearing from you.

Kind regards,
Felix""",
    ),
    (
        "bad-pressure-demand",
        status("Royal Botanic Trust", "Dr Clare Whitby", "Horticulturist"),
        """Subject: Answer required

Clare,

You promised me a decision last week and I am still waiting. I demand an answer by tomorrow morning.
Respond immediately.

Bethan""",
    ),
]

# Good drafts written to sit near the hostile rules' wording (frank, dry, self-mocking, a rejection's
# reason discussed calmly, a deadline stated plainly): written blind, before any lint run, like GOOD.
EDGY_GOOD: list[tuple[str, dict, str]] = [
    (
        "edgy-rr-reason-discussed",
        ctx("Kerr & Partners", "Fiona Kerr", "Audit Senior", "2026-05-05", "2026-05-13"),
        """Subject: Re: Audit Senior

Dear Fiona,

Thank you for letting me know, and for explaining that the panel wanted more listed-company experience.
That is a fair point; most of my audits at PwC were of private groups. I will look for chances to work on
listed clients this year.

I would be glad to be considered again in future.

Kind regards,
James O'Neill""",
    ),
    (
        "edgy-sc-deadline-plain",
        status("Kinetic Labs", "Sofia Rossi", "Data Scientist"),
        """Subject: Timeline question

Dear Sofia,

I hope you are well. I need to give another company an answer by Friday, so I wanted to ask, with no
pressure intended, whether you expect to reach a decision before then. Kinetic Labs is still my first
choice.

Thank you for your time.

Best regards,
Arjun Mehta""",
    ),
    (
        "edgy-ty-self-mocking",
        ctx("Pemberton Analytics", "Ruth Adler", "Data Analyst"),
        """Subject: Thank you - and a better answer

Dear Ruth,

Thank you for the interview on Monday. My answer on outlier handling was, frankly, a mess, so here is
the version I should have given: cap at the 99th percentile, then check the capped rows by hand.

I really enjoyed the conversation and would love to join the team. I look forward to hearing from you.

Best wishes,
Hannah Liu""",
    ),
    (
        "edgy-ty-hard-interview",
        ctx("Cloudnest", "Ivan Petrov", "Site Reliability Engineer"),
        """Subject: Thanks for a tough interview

Hi Ivan,

Thanks for the interview today. The incident-response scenario was brutal in the best way, and honestly
it was the most realistic exercise I have done in any interview.

I'd be glad to bring that kind of calm to your on-call rota. Looking forward to hearing about next
steps.

Best,
Mehmet Yilmaz""",
    ),
    (
        "edgy-sc-second-follow-up",
        status("Harlow Foods", "Karen Mills", "Quality Manager"),
        """Subject: Quality Manager - second follow-up

Dear Karen,

I know you are busy, so I will keep this short. I sent a note last week about the Quality Manager role
and have not heard back yet, which is no problem at all. I am still very interested and happy to wait.

Kind regards,
Helen Taylor""",
    ),
    (
        "edgy-rr-disappointed-honest",
        ctx("Oakridge Homes", "Laura Pike", "Site Manager", "2026-05-05", "2026-05-13"),
        """Subject: Re: Site Manager

Dear Laura,

Thank you for letting me know. I won't pretend I'm not disappointed; I really wanted this one. But I
understand you had strong candidates, and I appreciate the time you gave me.

If anything similar comes up, I'd be glad to hear from you.

Best regards,
Stuart Bell""",
    ),
    (
        "edgy-ty-quote-problem",
        ctx("Dunmore Freight", "Carl Hughes", "Transport Planner"),
        """Subject: Thank you - Transport Planner

Dear Carl,

Thank you for the interview yesterday. You described the current planning spreadsheet as "held together
with sticky tape", and I think I can help there: I rebuilt a similar tool at Northway in a month.

I am keen to join Dunmore and look forward to hearing from you.

Regards,
Martin Kowalczyk""",
    ),
    (
        "edgy-ty-obviously",
        ctx("Meridian Press", "Alan Cho", "Copy Editor"),
        """Subject: Thank you

Dear Alan,

Thank you for the interview. Obviously I can't know how the other candidates did, but I left feeling
that my experience with house style guides fits what you need, and I'd be glad to prove it with an edit
test.

I look forward to hearing from you.

Sincerely,
Grace Whitfield""",
    ),
    (
        "edgy-rr-ask-reconsider-polite",
        ctx("Nimbus AI", "Carla Diaz", "ML Engineer", "2026-05-05", "2026-05-13"),
        """Subject: Re: ML Engineer

Hi Carla,

Thank you for letting me know. I understand the decision, and I respect it. If the second opening you
mentioned for the platform team is still unfilled, I'd be glad to be considered for it.

Thanks again for your time and the thoughtful interview.

Best,
Kai Tanaka""",
    ),
    (
        "edgy-sc-humour-waiting",
        status("Quill & Ink", "Beatrice Hall", "Content Writer"),
        """Subject: Checking in

Hi Beatrice,

I hope things are going well. I'm checking in on the Content Writer role; no rush on your side, though my
cat has started asking questions.

I'm still very keen to write for Quill & Ink and would love to hear how things stand when you can.

Best,
Rowan Price""",
    ),
    (
        "edgy-ty-fix-their-problem",
        ctx("Fernleaf", "Sam Ortiz", "Backend Engineer"),
        """Subject: Thanks - and that retry bug

Hey Sam,

Thanks for the interview today. That retry bug you mentioned was bugging me, so I had a look: I think the
backoff resets on every deploy, which would explain the spikes. Happy to be wrong!

I'd love to work on problems like that at Fernleaf.

Cheers,
Leo Brandt""",
    ),
    (
        "edgy-rr-feedback-firm",
        ctx("Vantage Consulting", "Richard Moss", "Associate Consultant", "2026-05-05", "2026-05-13"),
        """Subject: Re: outcome

Dear Richard,

Thank you for the news. I would appreciate specific feedback on the case interview, since I came away
thinking it had gone well and clearly missed something. Knowing what it was would help me a great deal.

Best regards,
Anjali Kapoor""",
    ),
    (
        "edgy-ty-no-nonsense-trade",
        ctx("Brightline Electrical", "Gary Pope", "Electrician"),
        """Gary,

Thanks for yesterday. No messing about: I can do the work, I turn up on time, and I don't leave a mess.
Ring me when you want me to start.

Dean Ashworth
07700 900123""",
    ),
    (
        "edgy-sc-other-process-ending",
        status("Atlas Insurance", "Gareth Lloyd", "Claims Handler"),
        """Subject: Claims Handler - update

Hi Gareth,

I hope you're well. I wanted to let you know I've reached the final stage elsewhere, and I'd hate to
make a decision without hearing from Atlas first. Is there any news on your timeline?

Thanks very much,
Lucy Evans""",
    ),
    (
        "edgy-ty-candid-concern",
        ctx("Bright Path Charity", "Olivia Grant", "Fundraising Officer"),
        """Subject: Thank you, and one question

Dear Olivia,

Thank you for the interview yesterday. One thing I've been thinking about is the target of 40 new major
donors a year, which sounds ambitious; I'd love to hear how the team has done against it before.

I'm still very interested and look forward to the next step.

Best wishes,
Simon Adeyemi""",
    ),
    (
        "edgy-rr-already-moved-on",
        ctx("Forge Fitness", "Mike Dunne", "Personal Trainer", "2026-05-05", "2026-05-13"),
        """Subject: Re: Personal Trainer

Hi Mike,

Thanks for letting me know. As it happens I've accepted a role at another gym, so no hard feelings at
all. Good luck with the new site, and I hope our paths cross.

Josh""",
    ),
    (
        "edgy-ty-ironic-weather",
        ctx("Loch Fyne Distillers", "Alasdair MacLeod", "Stillman"),
        """Subject: Thank you

Dear Alasdair,

Thanks for the tour on Friday, and for pretending the sideways rain was typical spring weather. The
stillhouse was worth the soaking.

I'd be very glad to join the team as Stillman and look forward to hearing from you.

All the best,
Callum Fraser""",
    ),
    (
        "edgy-sc-missed-date",
        status("Beacon Housing", "Louise Carr", "Housing Officer"),
        """Subject: Housing Officer

Dear Louise,

You mentioned you hoped to decide by last Friday. I realise these dates often slip, so I'm only checking
whether there is any news. I remain very interested in the role.

Kind regards,
Marcus Webb""",
    ),
    (
        "edgy-ty-competitor-named",
        ctx("Ridgeway Software", "Tom Avery", "Account Executive"),
        """Subject: Thanks, Tom

Hi Tom,

Thanks for the interview. You asked why I'd leave Salesforce for a smaller company: the honest answer is
that I want to sell something I can explain in one sentence, and Ridgeway's product is that.

I'd love to join the team. Looking forward to the next round.

Best,
Nadia Hussain""",
    ),
    (
        "edgy-rr-credentials-calm",
        ctx("Marlow Retail", "Gemma Hart", "Store Manager", "2026-05-05", "2026-05-13"),
        """Subject: Re: Store Manager

Dear Gemma,

Thank you for your message. I was surprised, as I have run larger stores than the one in the advert, but I
accept the panel's view. If there was a particular gap in my answers, I would be grateful to know.

Kind regards,
Andrew Flynn""",
    ),
]

# Look-alikes for the role and spelling signals, written blind: (slug, context, text, expect_error).
LOOKALIKES: list[tuple[str, dict, str, bool]] = [
    (
        "role-site-job",
        ctx("Hanley Builders", "Rob Hanley", "Site Carpenter"),
        "Subject: Thanks\n\nHi Rob,\n\nThanks for showing me the Riverside job on Monday. The timber frame there is lovely work, and I'd be glad to join Hanley Builders as a carpenter.\n\nCheers,\nPete",
        False,
    ),
    (
        "role-project-job",
        ctx("Castle Roofing", "Dave Moss", "Roofer"),
        "Subject: Thanks for today\n\nHi Dave,\n\nThanks for taking me up on the Elm Street job today. I liked how your crew set out the battens, and I'm keen to join Castle Roofing.\n\nCheers,\nAndy",
        False,
    ),
    (
        "role-wrong-title",
        ctx("Brightline Electrical", "Gary Pope", "Electrician"),
        "Subject: Thanks\n\nHi Gary,\n\nThanks for the interview yesterday. I'm excited about the Senior Buyer position and would love to join Brightline.\n\nCheers,\nDean",
        True,
    ),
    (
        "role-wrong-title-nursing",
        ctx("Greenfield Academy", "Mr David Hale", "Maths Teacher"),
        "Subject: Thank you\n\nDear Mr Hale,\n\nThank you for the interview today. I am very keen on the Nursing Assistant role and look forward to hearing from you.\n\nYours sincerely,\nAisha",
        True,
    ),
    (
        "spell-food-terms",
        ctx("The Copper Pot", "Marco Bellini", "Line Cook"),
        "Subject: Thank you for the trial\n\nHi Marco,\n\nThank you for the trial shift on Friday. I enjoyed making the pico de gallo and the chimichurri for the steak, and I'd love to join The Copper Pot as a Line Cook.\n\nBest,\nRosa",
        False,
    ),
    (
        "spell-one-common-slip",
        ctx("Voss Engineering", "Peter Lindqvist", "Mechanical Designer"),
        "Subject: Thank you\n\nDear Mr. Lindqvist,\n\nThank you for the interview yesterday. I enjoyed hearing about the gearbox project and hope to recieve good news from you soon.\n\nRegards,\nRafael",
        True,
    ),
    (
        "spell-alot",
        ctx("Voss Engineering", "Peter Lindqvist", "Mechanical Designer"),
        "Subject: Thank you\n\nDear Mr. Lindqvist,\n\nThank you for the interview yesterday. I learned alot about the gearbox project and I am very interested in the role.\n\nRegards,\nRafael",
        True,
    ),
    (
        "spell-tomorow",
        status("Harlow Foods", "Karen Mills", "Quality Manager"),
        "Subject: Quality Manager\n\nDear Karen,\n\nI hope you are well. Could you let me know whether there is any news on the Quality Manager role? I am free for a call tomorow if that helps.\n\nThank you,\nHelen",
        True,
    ),
]

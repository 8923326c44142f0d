"""Blind probes (quiet2, 2026-12-04): good follow-ups a careful reviewer would send get no error.

Written before the linter was run on them: British, Australian, Indian and Canadian spelling and
words, trade jargon, other companies named for a reason (a past employer, a client, a parent, an
abbreviation of the employer), gracious rejection replies; and look-alikes that must stay errors
(a misspelled common word, a wrong employer in the thanks, credentials argued, a jibe at the hire).
Before the fixes 13 of the 100 good probes had an error; after, none, and every look-alike errs.
"""

from __future__ import annotations

import pytest

TY = (
    "Subject: Thank you – {role} interview\n\nHi {first},\n\nThank you for meeting with me on Tuesday to talk "
    "about the {role} role at {company}. {s}\n\nI remain very interested in the role and look forward to "
    "hearing about next steps.\n\nBest regards,\n{me}"
)
RJ = (
    "Subject: Re: {role} application\n\nHi {first},\n\nThank you for letting me know about the {role} role, "
    "and for the time you and the panel gave me. {s}\n\nI wish you and the team every success.\n\nBest wishes,\n{me}"
)


def ctx(company, role, interviewer, date="2026-03-10", sent="2026-03-11"):
    return {"company": company, "role": role, "interviewers": [interviewer], "interview_date": date, "sent_at": sent}


def ty(s, company="Initech", role="Data Analyst", interviewer="Ana Lopez", me="Lee Chen"):
    first = interviewer.split()[0]
    return TY.format(s=s, company=company, role=role, first=first, me=me), ctx(company, role, interviewer)


def rj(s, company="Initech", role="Data Analyst", interviewer="Ana Lopez", me="Lee Chen"):
    first = interviewer.split()[0]
    return RJ.format(s=s, company=company, role=role, first=first, me=me), ctx(company, role, interviewer)


P = []


def add(pid, expect, pair):
    P.append((pid, expect, pair[0], pair[1]))


# --- spelling: British / Australian / Indian / Canadian ------------------------------------------
add(
    "uk-organisation",
    "ok",
    ty(
        "I enjoyed hearing how the organisation has grown its graduate programme whilst keeping the teams small.",
        "Brightwell Housing",
        "Programme Officer",
        "Siobhan Kelly",
        "Niamh Doyle",
    ),
)
add(
    "uk-enrol",
    "ok",
    ty(
        "Your plan to let staff enrol in the licence course through the intranet sounded practical.",
        "Harrow College",
        "Student Services Adviser",
        "Priya Nair",
        "Saoirse Byrne",
    ),
)
add(
    "ca-cheque",
    "ok",
    ty(
        "Having reconciled cheque runs and EFT batches at my last job, I could see how the colour-coded dashboard saves time.",
        "Maple Leaf Credit Union",
        "Accounts Payable Clerk",
        "Gordon MacLeod",
        "Émilie Tremblay",
    ),
)
add(
    "uk-behaviour",
    "ok",
    ty(
        "I appreciated the chance to talk through how you analyse customer behaviour and prioritise the backlog.",
        "Northcote Retail",
        "Insights Analyst",
        "Tom Ashworth",
        "Ayesha Siddiqui",
    ),
)
add(
    "uk-learnt",
    "ok",
    ty(
        "I learnt a great deal from your description of the centre's approach to safeguarding and to staff wellbeing.",
        "Riverside Family Centre",
        "Family Support Worker",
        "Joanne Pike",
        "Chidinma Okafor",
    ),
)
add(
    "uk-paediatric",
    "ok",
    ty(
        "Your account of how the paediatric ward handles PRN analgesia and sepsis screening was reassuring.",
        "Royal Alexandra Hospital",
        "Staff Nurse",
        "Fiona McIntyre",
        "Thandiwe Dlamini",
    ),
)
add(
    "uk-anaesthetist",
    "ok",
    ty(
        "It was useful to hear how theatre nurses and the anaesthetist share the WHO checklist before every list.",
        "St Luke's Hospital",
        "Theatre Nurse",
        "Helen Oduya",
        "Grace Mensah",
    ),
)
add(
    "au-uni",
    "ok",
    ty(
        "Since finishing uni I have spent two years as a TAFE teacher, so your apprentice mentoring scheme really appealed to me.",
        "Coastline Electrical",
        "Apprentice Coordinator",
        "Bruce Hadley",
        "Aroha Ngata",
    ),
)
add(
    "au-ute",
    "ok",
    ty(
        "I have my own ute and a current white card, so getting to the Parramatta sites would be straightforward.",
        "Harbourline Constructions",
        "Site Labourer",
        "Dean Russo",
        "Tāne Walker",
    ),
)
add(
    "au-colour",
    "ok",
    ty(
        "The colour palette your designers built in Figma for the council's signage was lovely.",
        "Southern Cross Design",
        "Junior Designer",
        "Kylie Barnes",
        "Ngaio Brown",
    ),
)
add(
    "in-lakh",
    "ok",
    ty(
        "I was impressed that the branch opened over two lakh savings accounts last year while keeping KYC turnaround under a day.",
        "Sahyadri Co-operative Bank",
        "Branch Operations Officer",
        "Ramesh Kulkarni",
        "Bhavesh Patel",
    ),
)
add(
    "in-batchmates",
    "ok",
    ty(
        "Two of my batchmates from IIT Madras now work on your payments team, and they spoke warmly of the mentoring culture.",
        "Zephyr Payments",
        "Backend Engineer",
        "Anand Iyer",
        "Divya Raghavan",
    ),
)
add(
    "in-crore",
    "ok",
    ty(
        "Your point that the ₹40 crore warehouse project depends on vendor onboarding stayed with me.",
        "Vistara Logistics",
        "Procurement Lead",
        "Sunita Rao",
        "Harpreet Gill",
    ),
)
add(
    "uk-judgement",
    "ok",
    ty(
        "I valued your comment that good judgement on site matters more than any certificate.",
        "Pennine Civils",
        "Site Engineer",
        "Mark Holroyd",
        "Oluwaseun Adeyemi",
    ),
)
add(
    "uk-travelled",
    "ok",
    ty(
        "Having travelled for work across Scotland, I was glad to hear the role is mostly based in Glasgow.",
        "Clyde Energy",
        "Field Service Technician",
        "Alasdair Ross",
        "Przemysław Nowak",
    ),
)
add(
    "uk-modelling",
    "ok",
    ty(
        "Your team's financial modelling of the refurbishment programme was a great example of careful work.",
        "Fenwick Estates",
        "Finance Analyst",
        "Catherine Blake",
        "Hamza Qureshi",
    ),
)
add(
    "uk-catalogue",
    "ok",
    ty(
        "I enjoyed seeing the catalogue of jewellery pieces you are digitising for the autumn sale.",
        "Hartley & Finch",
        "Digital Archivist",
        "Imogen Hart",
        "Yusuf Demir",
    ),
)
add(
    "uk-sceptical",
    "ok",
    ty(
        "I admit I was sceptical about open-plan labs, but your tour changed my mind.",
        "Cambridge Biologics",
        "Research Assistant",
        "Dr Julia Weston",
        "Ekaterina Volkova",
    ),
)
add(
    "uk-amongst",
    "ok",
    ty(
        "Amongst the things we discussed, the plan to upskill the night shift on the new tills stood out.",
        "Greenway Foods",
        "Store Manager",
        "Paul Jennings",
        "Gulnara Akhmetova",
    ),
)
add(
    "uk-favour-labour",
    "ok",
    ty(
        "I favour a phased rollout too, and your labour cost figures made the case well.",
        "Thornbury Hotels",
        "Operations Manager",
        "Lucy Fairbairn",
        "Kwabena Boateng",
    ),
)
add(
    "ca-toque",
    "ok",
    ty(
        "I also appreciated the tour of the CEGEP partnership lab and the quick coffee afterwards.",
        "Laurentian Robotics",
        "Lab Technician",
        "Marc Gagnon",
        "Aigerim Bekova",
    ),
)
add(
    "uk-fulfilment",
    "ok",
    ty(
        "Your description of the fulfilment centre's shift pattern and the instalment plan for new tools was very clear.",
        "Parcelwise Ltd",
        "Shift Supervisor",
        "Gary Lomas",
        "Ikaika Kahale",
    ),
)
add(
    "uk-artefact",
    "ok",
    ty(
        "I loved hearing about the artefact handling sessions the museum runs for local schools.",
        "Tyne Heritage Trust",
        "Learning Officer",
        "Dr Rosalind Keane",
        "Dagny Halvorsen",
    ),
)
add(
    "uk-mum",
    "ok",
    ty(
        "As a mum returning to work, I was glad to hear about the flexible rota and the nursery voucher scheme.",
        "Cedar Lodge Care Home",
        "Senior Carer",
        "Bernadette Walsh",
        "Roisin Quinn",
    ),
)
add(
    "uk-skilful",
    "ok",
    ty(
        "Your skilful handling of my nerves at the start made the whole conversation easier.",
        "Ashcombe Solicitors",
        "Trainee Solicitor",
        "Edward Pryce",
        "Xiaoling Zhang",
    ),
)
add(
    "uk-focussed",
    "ok",
    ty(
        "I appreciated how focussed the panel was on real cases rather than trick questions.",
        "Wessex Legal",
        "Paralegal",
        "Janet Cole",
        "Abimbola Ogun",
    ),
)
add(
    "uk-ageing",
    "ok",
    ty(
        "Your plan to replace the ageing HVAC units floor by floor sounded sensible.",
        "Belmont Facilities",
        "Building Services Engineer",
        "Steve Yates",
        "Rajesh Menon",
    ),
)

# --- field jargon, product names --------------------------------------------------------------------
add(
    "nurse-mar",
    "ok",
    ty(
        "Your walkthrough of the eMAR system and the PRN protocol for agitation was helpful.",
        "Sunnyvale Behavioral Health",
        "Psychiatric Nurse",
        "Karen Diaz",
        "Thi Lan Nguyen",
    ),
)
add(
    "nurse-telemetry",
    "ok",
    ty(
        "I have two years on a med-surg telemetry unit, so your step-down unit felt familiar.",
        "Mercy General",
        "RN, Step-Down Unit",
        "Monica Reyes",
        "Jasleen Kaur",
    ),
)
add(
    "law-voir-dire",
    "ok",
    ty(
        "I enjoyed our discussion of voir dire strategy and how the firm prepares witnesses for cross-examination.",
        "Hollis & Grant LLP",
        "Litigation Associate",
        "Daniel Hollis",
        "Adaeze Nwosu",
    ),
)
add(
    "law-conveyancing",
    "ok",
    ty(
        "My conveyancing experience includes leasehold enfranchisement and title rectification.",
        "Marlow Property Law",
        "Conveyancing Executive",
        "Sarah Denton",
        "Kiran Bhatt",
    ),
)
add(
    "law-estoppel",
    "ok",
    ty(
        "The estoppel question in the case study was a fun puzzle, and I appreciated the feedback on my answer.",
        "Clarke Whitfield",
        "Junior Counsel",
        "Alan Whitfield",
        "Farah Haddad",
    ),
)
add(
    "trades-rebar",
    "ok",
    ty(
        "I have tied rebar and set formwork on three mid-rise jobs, and I hold a current scaffolding ticket.",
        "Summit Concrete",
        "Concrete Finisher",
        "Rick Alvarez",
        "Mateo Fernández",
    ),
)
add(
    "trades-hvac",
    "ok",
    ty(
        "I have serviced rooftop HVAC units and VRF systems, and I am EPA 608 certified.",
        "Coolbreeze Mechanical",
        "HVAC Technician",
        "Darnell Brooks",
        "Luis Ortega",
    ),
)
add(
    "trades-joists",
    "ok",
    ty(
        "Your foreman's point about checking joist hangers before the drywall goes up was a good one.",
        "Oakridge Builders",
        "Carpenter",
        "Wes Parker",
        "Jake Summers",
    ),
)
add(
    "fin-kyc",
    "ok",
    ty(
        "I have run KYC and AML reviews for high-risk onboarding, including PEP screening and EDD.",
        "Northstar Bank",
        "KYC Analyst",
        "Olivia Chen",
        "Mohammed Al-Rashid",
    ),
)
add(
    "fin-ebitda",
    "ok",
    ty(
        "Your team's EBITDA bridge and the accruals checklist for month-end close were both impressive.",
        "Halcyon Capital",
        "FP&A Analyst",
        "James Whitmore",
        "Anjali Desai",
    ),
)
add(
    "fin-amortisation",
    "ok",
    ty(
        "I have built amortisation schedules for capitalised software costs under IFRS.",
        "Greyfield Group",
        "Assistant Accountant",
        "Rachel Stone",
        "Chukwuemeka Eze",
    ),
)
add(
    "game-netcode",
    "ok",
    ty(
        "I enjoyed the deep dive into your rollback netcode and how you playtest it over bad connections.",
        "Moonforge Studios",
        "Gameplay Programmer",
        "Kenji Watanabe",
        "Sven Lindqvist",
    ),
)
add(
    "game-shaders",
    "ok",
    ty(
        "I have written HLSL shaders in Unity and ported a roguelike prototype to UE5.",
        "Pixelhearth Games",
        "Technical Artist",
        "Mira Kovac",
        "Tomasz Wiśniewski",
    ),
)
add(
    "game-mocap",
    "ok",
    ty(
        "Seeing the mocap stage and the cinematics pipeline was a highlight of my visit.",
        "Blackthorn Interactive",
        "Animator",
        "Callum Reid",
        "Ayumi Sato",
    ),
)
add(
    "bio-crispr",
    "ok",
    ty(
        "Your CRISPR screening work in iPSC-derived organoids lines up closely with my PhD on sgRNA library design.",
        "Helix Therapeutics",
        "Scientist I",
        "Dr Wei Zhang",
        "Dr Nnamdi Okonkwo",
    ),
)
add(
    "bio-qpcr",
    "ok",
    ty(
        "I have run qPCR, western blots and lentiviral transductions, and I keep a tidy ELN.",
        "Genovate Bio",
        "Research Associate",
        "Dr Laura Bianchi",
        "Meera Krishnan",
    ),
)
add(
    "bio-bioreactor",
    "ok",
    ty(
        "My GMP experience covers bioreactor setup, media prep and deviation write-ups.",
        "Cellworks Manufacturing",
        "Bioprocess Technician",
        "Hannah Lutz",
        "Ogechi Obi",
    ),
)
add(
    "sre-p99",
    "ok",
    ty(
        "Your goal of bringing p99 latency under 200 ms on checkout matches the work I did on our Go services.",
        "Cartly",
        "Site Reliability Engineer",
        "Nikhil Rao",
        "Hyun-woo Park",
    ),
)
add(
    "design-figma",
    "ok",
    ty(
        "I enjoyed walking through my Figma prototypes and hearing how your team runs design crits.",
        "Loomly Labs",
        "Product Designer",
        "Zoe Martin",
        "Amara Osei",
    ),
)
add(
    "pm-okrs",
    "ok",
    ty(
        "Your quarterly OKRs and the cross-functional squads model were great to learn about.",
        "Tidewater Software",
        "Product Manager",
        "Ben Carter",
        "Ifeoma Chukwu",
    ),
)
add(
    "hyph-onboarding",
    "ok",
    ty(
        "I liked your idea of pairing onboarding with upskilling, so new hires learn the tooling in their first fortnight.",
        "Stackline",
        "L&D Partner",
        "Megan Fox",
        "Arjun Mehta",
    ),
)
add(
    "hyph-email",
    "ok",
    ty(
        "I will send the e-mail with my portfolio links and the write-up of my on-call runbooks this evening.",
        "Cloudpeak",
        "DevOps Engineer",
        "Lars Eriksson",
        "Nomvula Khumalo",
    ),
)
add(
    "hyph-wellbeing",
    "ok",
    ty(
        "Your focus on staff wellbeing and the peer-support rota is something I care about too.",
        "Heartwood Trust",
        "Support Worker",
        "Elaine Morris",
        "Tendai Moyo",
    ),
)
add(
    "jargon-kanban",
    "ok",
    ty(
        "I would enjoy the mix of kanban and timeboxed spikes you described for the platform team.",
        "Orbital Systems",
        "Software Engineer",
        "Eva Novak",
        "Kofi Asante",
    ),
)
add(
    "jargon-dogfooding",
    "ok",
    ty(
        "Your habit of dogfooding every release internally before launch is one I would love to help with.",
        "Quillbox",
        "QA Engineer",
        "Ryan Moss",
        "Ananya Bose",
    ),
)
add(
    "jargon-fintech",
    "ok",
    ty(
        "I have spent four years in fintech and regtech, most recently on reconciliations for a neobank.",
        "Ledgerline",
        "Senior Analyst",
        "Claire Dubois",
        "Vikram Sethi",
    ),
)

# --- other companies named correctly ----------------------------------------------------------------
add(
    "co-prev-employer",
    "ok",
    ty(
        "At Globex I led the migration of our reporting to dbt, which is close to what your team is planning.",
        "Initech",
        "Data Analyst",
        "Ana Lopez",
    ),
)
add(
    "co-client",
    "ok",
    ty(
        "I would love to support your Unilever and Nestlé accounts with the media planning work I did at Dentsu.",
        "Brightside Media",
        "Media Planner",
        "Hollie Grant",
        "Sakura Yamamoto",
    ),
)
add(
    "co-parent",
    "ok",
    ty(
        "I can see why being part of the Siemens group gives Siemens Healthineers such reach in imaging.",
        "Siemens Healthineers",
        "Field Service Engineer",
        "Klaus Becker",
        "Ahmed Farouk",
    ),
)
add(
    "co-abbrev-pwc",
    "ok",
    ty(
        "I am excited about the chance to join PwC and to build on my audit work.",
        "PricewaterhouseCoopers",
        "Audit Associate",
        "Rebecca Long",
        "Chen Wei",
    ),
)
add(
    "co-abbrev-tcs",
    "ok",
    ty(
        "I would be proud to join TCS and to help the banking practice with its cloud migrations.",
        "Tata Consultancy Services",
        "Cloud Consultant",
        "Srinivas Reddy",
        "Pooja Sharma",
    ),
)
add(
    "co-abbrev-aws",
    "ok",
    ty(
        "I would love to join AWS and to work on the Bedrock customer onboarding you described.",
        "Amazon Web Services",
        "Solutions Architect",
        "Jennifer Ruiz",
        "Obinna Eze",
    ),
)
add(
    "co-suffix-gmbh",
    "ok",
    ty(
        "I would be delighted to join Bosch and to bring my embedded C experience to the braking team.",
        "Robert Bosch GmbH",
        "Embedded Software Engineer",
        "Stefan Müller",
        "Ravi Shankar",
    ),
)
add(
    "co-suffix-ltd",
    "ok",
    ty(
        "I would be glad to join Meridian Health Ltd and to support the clinic rollout.",
        "Meridian Health",
        "Implementation Specialist",
        "Owen Davies",
        "Bronwen Evans",
    ),
)
add(
    "co-suffix-inc",
    "ok",
    ty(
        "I am excited about joining Acme and helping the support team scale.",
        "Acme Inc.",
        "Support Lead",
        "Dana White",
        "Kemi Adebayo",
    ),
)
add(
    "co-product",
    "ok",
    ty(
        "I would love to join the Jira Service Management team and to help admins automate their queues.",
        "Atlassian",
        "Senior Developer",
        "Hamish Scott",
        "Tamar Levi",
    ),
)
add(
    "co-product-game",
    "ok",
    ty(
        "It would be a dream to work on Fortnite's live events, and I am excited about the chance to join Epic.",
        "Epic Games",
        "Live Ops Designer",
        "Tyler Boone",
        "Mika Virtanen",
    ),
)
add(
    "co-competitor",
    "ok",
    ty(
        "You asked how I would position the product against Xero, and I have thought more about that since: I would lead with your payroll integration.",
        "MYOB",
        "Product Marketing Manager",
        "Alison Ward",
        "Lachlan Hughes",
    ),
)
add(
    "co-university",
    "ok",
    ty(
        "My master's at the University of Melbourne focused on the same soil-carbon models your team uses.",
        "Agrisense",
        "Data Scientist",
        "Fiona Clarke",
        "Minh Tran",
    ),
)
add(
    "co-uni-context",
    "ok",
    ty(
        "I would be thrilled to join Monash and to support the lab's CRISPR core facility.",
        "Monash University",
        "Research Fellow",
        "Prof. Leanne Fisher",
        "Dr Rohan Pillai",
    ),
)
add(
    "co-conference",
    "ok",
    ty(
        "I enjoyed comparing notes on the talks at KubeCon Europe, and your team's session on cost controls.",
        "Cloudpeak",
        "Platform Engineer",
        "Lars Eriksson",
        "Nomvula Khumalo",
    ),
)
add(
    "co-subsidiary",
    "ok",
    ty(
        "I am excited about the chance to join the Tesco Bank fraud team.",
        "Tesco",
        "Fraud Analyst",
        "Martin Hughes",
        "Aaliyah Khan",
    ),
)
add(
    "co-hospital-abbrev",
    "ok",
    ty(
        "I would be honoured to join the team at RMH and to work on the stroke unit.",
        "Royal Melbourne Hospital",
        "Registered Nurse",
        "Kate O'Brien",
        "Ngozi Ibe",
    ),
)
add(
    "co-agency-prev",
    "ok",
    ty(
        "Before moving in-house I spent three years at Hays placing finance staff, so I know the market well.",
        "Greenfield Talent",
        "Internal Recruiter",
        "Laura Sim",
        "Dev Patel",
    ),
)
add(
    "co-ey",
    "ok",
    ty(
        "I would be glad to join EY and to grow with the transaction services team.",
        "Ernst & Young",
        "Transaction Services Associate",
        "Philippa Moore",
        "Kwame Mensah",
    ),
)
add(
    "co-group-brand",
    "ok",
    ty(
        "I have admired Innocent's packaging for years, and it was great to hear how Coca-Cola's backing helped it scale.",
        "Innocent Drinks",
        "Brand Manager",
        "Sophie Turner",
        "Hannah Idowu",
    ),
)
add(
    "co-prev-join",
    "ok",
    ty(
        "When I joined Deloitte as a graduate I learnt how much clear handovers matter, and I would bring that to your team.",
        "Initech",
        "Data Analyst",
        "Ana Lopez",
    ),
)
add(
    "co-partner-tool",
    "ok",
    ty(
        "Your integration with Salesforce and HubSpot is exactly the kind of work I enjoyed at my last job.",
        "Syncwell",
        "Integration Engineer",
        "Peter Lin",
        "Ines Carvalho",
    ),
)
add(
    "co-interviewer-prev",
    "ok",
    ty("It was fun to learn that you also started your career at Accenture.", "Initech", "Data Analyst", "Ana Lopez"),
)

# --- modest self-assessment, quoting the interviewer, numbers ---------------------------------------
add(
    "modest-weak-answer",
    "ok",
    ty(
        "I don't think I gave my best answer on stakeholder conflict, so here is a clearer example: at Globex I mediated between finance and sales on a pricing change.",
        "Initech",
        "Data Analyst",
        "Ana Lopez",
    ),
)
add(
    "modest-stumbled",
    "ok",
    ty(
        "I stumbled over the SQL window-function question; I have since practised it and would now use a running SUM over a partition.",
        "Initech",
        "Data Analyst",
        "Ana Lopez",
    ),
)
add(
    "modest-still-learning",
    "ok",
    ty(
        "I am still learning Terraform, but I have started a small module library to get faster.",
        "Cloudpeak",
        "DevOps Engineer",
        "Lars Eriksson",
        "Nomvula Khumalo",
    ),
)
add(
    "quote-interviewer",
    "ok",
    ty(
        'You said the first ninety days are about "listening before fixing", and that has stayed with me.',
        "Initech",
        "Data Analyst",
        "Ana Lopez",
    ),
)
add(
    "quote-motto",
    "ok",
    ty(
        'Your phrase "safe hands, warm hearts" sums up the ward culture I am looking for.',
        "Mercy General",
        "RN, Step-Down Unit",
        "Monica Reyes",
        "Jasleen Kaur",
    ),
)
add(
    "numbers-currency",
    "ok",
    ty(
        "Cutting the monthly close from six days to three saved roughly £42k a year, and I would love to try the same on your €3.2m budget.",
        "Halcyon Capital",
        "FP&A Analyst",
        "James Whitmore",
        "Anjali Desai",
    ),
)
add(
    "numbers-ca",
    "ok",
    ty(
        "The CA$85,000 grant for the Q3 FY26 pilot sounds like a great start.",
        "Laurentian Robotics",
        "Lab Technician",
        "Marc Gagnon",
        "Aigerim Bekova",
    ),
)
add(
    "numbers-date",
    "ok",
    ty(
        "I am available to start from 3rd April, after my notice period ends on 31/03/2026.",
        "Initech",
        "Data Analyst",
        "Ana Lopez",
    ),
)
add(
    "self-proud",
    "ok",
    ty(
        "I am proud of the triage pathway I helped redesign, which cut waits by 20 minutes, and I would love to bring that to your ED.",
        "Mercy General",
        "ED Nurse",
        "Monica Reyes",
        "Jasleen Kaur",
    ),
)
add(
    "names-many",
    "ok",
    ty(
        "Please pass my thanks to Oluwaseun, Xiaoling and Przemysław as well; the panel was very welcoming.",
        "Initech",
        "Data Analyst",
        "Ana Lopez",
    ),
)
add(
    "names-thanks",
    "ok",
    ty(
        "Thank you also to Thandiwe and Bhavesh for the tour of the lab.",
        "Helix Therapeutics",
        "Scientist I",
        "Dr Wei Zhang",
        "Dr Nnamdi Okonkwo",
    ),
)

# --- rejection replies (FL324 runs only here) -------------------------------------------------------
add("rj-no-doubt", "ok", rj("I have no doubt the person you chose will do a wonderful job."))
add("rj-bet", "ok", rj("I bet whoever you hire will be lucky to have such a supportive manager."))
add(
    "rj-senior",
    "ok",
    rj("I understand you needed someone more senior than the posting first suggested, and that makes sense."),
)
add(
    "rj-meet-most",
    "ok",
    rj("I thought I met most of the requirements, but I understand that the team needed deeper Python skills."),
)
add("rj-years-not", "ok", rj("In my eight years of teaching I have not had such a thoughtful interview."))
add(
    "rj-instead-feedback",
    "ok",
    rj("Instead of a form letter, you gave me detailed feedback on my portfolio, which I will put to good use."),
)
add(
    "rj-hard-believe",
    "ok",
    rj(
        "It is hard to believe it has been three weeks since we met; I enjoyed every part of the process, including the skills test."
    ),
)
add(
    "rj-years-surprised",
    "ok",
    rj("After 12 years in nursing I was pleasantly surprised by how much I enjoyed the simulation exercise."),
)
add(
    "rj-given-background",
    "ok",
    rj("Given my background in retail, I can see why a candidate from banking was the better fit."),
)
add(
    "rj-cannot-see",
    "ok",
    rj("I can't see how I could have asked for a kinder panel, and the years of experience in that room showed."),
)
add("rj-doubt-they", "ok", rj("I have no doubt they will be a great hire, and I hope our paths cross again."))
add("rj-better-than", "ok", rj("Your feedback was more helpful than most I have received, especially on my portfolio."))
add(
    "rj-despite",
    "ok",
    rj("Despite my disappointment, I learnt a lot from the case study and from your comments on my experience."),
)

# --- look-alikes that must stay errors --------------------------------------------------------------
add("bad-recieve", "err:FL401", ty("I look forward to recieve your reply about the programme."))
add("bad-tommorow", "err:FL401", ty("I can send the samples tommorow, along with my licence details."))
add("bad-definately", "err:FL401", ty("I am definately keen to join the organisation."))
add("bad-oppurtunity", "err:FL401", ty("Thank you again for the oppurtunity to meet the team."))
add("bad-thier", "err:FL401", ty("I loved hearing about thier colour-coded rota."))
add("bad-wrong-co-join", "err:FL208", ty("I would love to join Globex and to help the analytics team.", "Initech"))
add("bad-wrong-co-role", "err:FL208", ty("I am excited about the Data Analyst role at Globex.", "Initech"))
add(
    "bad-wrong-co-thanks",
    "err:FL208",
    (
        (
            "Subject: Thank you – Data Analyst interview\n\nHi Ana,\n\nThank you for the opportunity to interview with Globex yesterday. "
            "I enjoyed hearing how your team tests its SQL models.\n\nI remain very interested and look forward to hearing about next steps.\n\nBest regards,\nLee Chen"
        ),
        ctx("Initech", "Data Analyst", "Ana Lopez"),
    ),
)
add(
    "bad-wrong-co-abbrev",
    "err:FL208",
    ty(
        "I am excited about the chance to join KPMG and to grow with the audit team.",
        "PricewaterhouseCoopers",
        "Audit Associate",
        "Rebecca Long",
        "Chen Wei",
    ),
)
add(
    "bad-rj-fail",
    "err:FL324",
    rj("With my MBA and twelve years running warehouses, I fail to see why I was not selected."),
)
add(
    "bad-rj-qualified",
    "err:FL324",
    rj("I have 15 years of experience and I am far more qualified than the person you hired."),
)
add(  # one signal the tone model does not back: a warning (docs/scoring.md, corroboration)
    "bad-rj-yet",
    "flag:FL324",
    rj("I have led three product launches and hold an MBA, yet you chose someone straight out of school."),
)
add("bad-rj-doubt", "err:FL324", rj("I doubt whoever you picked has my twelve years of experience."))

# --- look-alikes written after the fixes, before running them -------------------------------------

# FL208 must stay errors
add(
    "x-pwc-wrong",
    "err:FL208",
    ty(
        "I am excited about the chance to join PwC and to grow with the audit team.",
        "Deloitte",
        "Audit Associate",
        "Rebecca Long",
        "Chen Wei",
    ),
)
add(
    "x-bofa-wrong",
    "err:FL208",
    ty(
        "I would love to join BofA and to help the payments team.",
        "Wells Fargo",
        "Payments Analyst",
        "Tom Reed",
        "Asha Iyer",
    ),
)
add(
    "x-gsk-wrong",
    "err:FL208",
    ty(
        "I would be proud to join GSK and to support the vaccine trials.",
        "AstraZeneca",
        "Clinical Research Associate",
        "Emma Hall",
        "Sana Mirza",
    ),
)
add(
    "x-interview-at",
    "err:FL208",
    (
        TY.replace(
            "Thank you for meeting with me on Tuesday to talk about the {role} role at {company}.",
            "Thank you for the chance to interview at Globex on Tuesday.",
        ).format(
            s="I enjoyed hearing how your team tests its SQL models.",
            role="Data Analyst",
            company="Initech",
            first="Ana",
            me="Lee Chen",
        ),
        ctx("Initech", "Data Analyst", "Ana Lopez"),
    ),
)
add(
    "x-you-started-and",
    "err:FL208",
    ty("You said you started your career as an intern, and I would love to join Globex the same way.", "Initech"),
)
add(
    "x-your-time-interviewing",
    # round 9: "interviewing at X" may name the venue (WeWork Paddington, a hotel), so a warning
    "flag:FL208",
    ty("Thank you for your time interviewing at Globex and for the tour.", "Initech"),
)
# FL324 / FL326 / FL322 must stay errors
add(
    "x-rj-unfair",
    "err:FL324",
    rj("I am far more qualified than the person you hired, and I maybe should say the decision is unfair."),
)
add("x-rj-thought-wrong", "err:FL324", rj("I thought I met every requirement, and this decision is wrong."))
add("x-rj-doubt-half", "err:FL324", rj("I doubt whoever you picked has half my experience."))
add("x-snide-instead", "err:FL326", rj("Whoever you hired instead will be great at fetching coffee, I am sure."))
add("x-snide-nephew", "err:FL326", rj("I bet the guy you picked is the manager's nephew."))
add("x-contempt-fraud", "err:FL322", rj("Frankly your hiring team is a fraud."))
add("x-contempt-scam", "err:FL322", rj("This whole process is a scam."))
# FL401 must stay errors
add("x-seperate", "err:FL401", ty("I can send a seperate note on the licence question."))
add("x-acommodate", "err:FL401", ty("I can acommodate any time on Thursday."))
add("x-licenced", "err:FL401", ty("I am a fully licenced electrician with my own ute."))
add("x-focusd", "err:FL401", ty("I am very focusd on patient safety."))
# goods near the fixes
add(
    "g-anti-fraud",
    "ok",
    ty(
        "I enjoyed hearing how the fraud prevention team and the fraud operations team share their alerts.",
        "Monzo",
        "Fraud Analyst",
        "Kirsty Bell",
        "Dami Ade",
    ),
)
add(
    "g-waste-dept",
    "ok",
    ty(
        "Your waste department's recycling trial sounded like a smart use of the council's budget.",
        "Leeds City Council",
        "Policy Officer",
        "Helen Marsh",
        "Imran Shah",
    ),
)
add("g-whoever-great", "ok", rj("Whoever you choose will be joining a great team, and I hope to apply again."))
add(
    "g-habeas",
    "ok",
    ty(
        "The habeas corpus appeal and the force majeure dispute you described were fascinating.",
        "Lyle & Co",
        "Paralegal",
        "Martin Lyle",
        "Ruth Obi",
    ),
)
add(
    "g-sous-vide",
    "ok",
    ty(
        "Your sous vide station and the mise en place routine before service were impressive.",
        "Ember Kitchen",
        "Sous Chef",
        "Luca Romano",
        "Mai Tanaka",
    ),
)
add(
    "g-she-worked",
    "ok",
    ty("It was great to hear that Ana worked at Globex before joining, as I know their data team well.", "Initech"),
)
add(
    "g-his-years",
    "ok",
    ty(
        "Tom's stories from his years at Shell made the energy-transition plan very concrete.",
        "Initech",
        "Data Analyst",
        "Tom Reed",
    ),
)
add(
    "g-gsk-right",
    "ok",
    ty(
        "I would be proud to join GSK and to support the vaccine trials.",
        "GlaxoSmithKline",
        "Clinical Research Associate",
        "Emma Hall",
        "Sana Mirza",
    ),
)
add(
    "g-bofa-right",
    "ok",
    ty(
        "I would love to join BofA and to help the payments team.",
        "Bank of America",
        "Payments Analyst",
        "Tom Reed",
        "Asha Iyer",
    ),
)
add("g-rj-no-doubt2", "ok", rj("There is no doubt in my mind that the person you selected will be excellent."))
add(
    "g-rj-understand-senior",
    "ok",
    rj("It makes sense that you went with someone more experienced than me, and I respect that."),
)
add(
    "g-focussing",
    "ok",
    ty(
        "I have been focussing on IFRS 16 leases, which your team mentioned is a priority.",
        "Halcyon Capital",
        "FP&A Analyst",
        "James Whitmore",
        "Anjali Desai",
    ),
)


# --- third blind batch: full drafts of several purposes -----------------------------------------
def draft(text, company, role, interviewer, date="2026-03-10", sent="2026-03-11"):
    return text, ctx(company, role, interviewer, date, sent)


add(
    "d-status-nz",
    "ok",
    draft(
        "Subject: Checking in – Kaiako role\n\nKia ora Mere,\n\nI hope your week is going well. When we spoke on 10 March you mentioned the board would decide by the end of the month, so I wanted to check whether there is any news on the Kaiako position at Te Puna Early Learning.\n\nI am still very keen on the role and the whānau-led approach you described.\n\nNgā mihi,\nAroha Ngata",
        "Te Puna Early Learning",
        "Kaiako",
        "Mere Tipene",
        "2026-03-10",
        "2026-04-02",
    ),
)
add(
    "d-rj-nurse",
    "ok",
    draft(
        "Subject: Re: Clinical Nurse Specialist application\n\nDear Fiona,\n\nThank you for letting me know, and for your kind words about my presentation. After fifteen years in oncology nursing I know how hard these choices are, and I respect the panel's decision.\n\nIf you have time, I would value any feedback on my answer about the rostering scenario.\n\nKind regards,\nThandiwe Dlamini",
        "NHS Lothian",
        "Clinical Nurse Specialist",
        "Fiona McIntyre",
        "2026-03-10",
        "2026-03-20",
    ),
)
add(
    "d-rj-engineer",
    "ok",
    draft(
        "Subject: Re: Staff Engineer role\n\nHi Nikhil,\n\nThanks for the call and the candid feedback. You were right that my system-design answer skipped the failure modes; with my background mostly in batch pipelines, that is the area I most need to grow.\n\nI'd love to be considered for future openings on the platform team.\n\nBest,\nHyun-woo Park",
        "Cartly",
        "Staff Engineer",
        "Nikhil Rao",
        "2026-03-10",
        "2026-03-18",
    ),
)
add(
    "d-rj-senior-hire",
    "ok",
    draft(
        "Subject: Re: Head of Finance\n\nDear James,\n\nThank you for telling me personally. I can understand choosing a candidate with more listed-company experience than I have, and I am grateful for the time you and Catherine gave me.\n\nI hope we can stay in touch.\n\nWarm regards,\nAnjali Desai",
        "Halcyon Capital",
        "Head of Finance",
        "James Whitmore",
        "2026-03-10",
        "2026-03-25",
    ),
)
add(
    "d-rj-years-decision",
    "ok",
    draft(
        "Subject: Re: Site Manager application\n\nHi Rick,\n\nThanks for letting me know about the decision. Twenty years on sites has taught me that the right fit matters more than a CV, and I hope the new manager settles in well.\n\nIf anything comes up on the Brisbane projects, I would love to hear about it.\n\nCheers,\nMateo Fernández",
        "Summit Concrete",
        "Site Manager",
        "Rick Alvarez",
        "2026-03-10",
        "2026-03-22",
    ),
)
add(
    "d-ty-india",
    "ok",
    draft(
        "Subject: Thank you – Relationship Manager interview\n\nDear Mr Kulkarni,\n\nThank you for meeting me at the Pune branch yesterday. I enjoyed our discussion on growing the SME book beyond ₹150 crore and on keeping KYC refresh rates above 95%.\n\nMy six years at HDFC Bank handling current accounts for traders in Hadapsar fit well with the catchment you described, and I would be glad to bring those relationships to Sahyadri.\n\nI look forward to hearing about the next round.\n\nWith regards,\nBhavesh Patel",
        "Sahyadri Co-operative Bank",
        "Relationship Manager",
        "Ramesh Kulkarni",
    ),
)
add(
    "d-ty-canada",
    "ok",
    draft(
        "Subject: Thank you – Bookkeeper interview\n\nHi Gordon,\n\nThank you for meeting with me on Tuesday. I appreciated the walkthrough of your cheque deposit workflow and how you reconcile HST remittances each quarter.\n\nHaving done payroll in Sage and QuickBooks Online for three dental clinics in Halifax, I think I could take the month-end pressure off your controller quickly.\n\nI look forward to hearing about next steps.\n\nAll the best,\nÉmilie Tremblay",
        "Maple Leaf Credit Union",
        "Bookkeeper",
        "Gordon MacLeod",
    ),
)
add(
    "d-ty-au-trades",
    "ok",
    draft(
        "Subject: Thanks – Leading Hand role\n\nHi Dean,\n\nThanks for showing me around the Parramatta site on Tuesday. Seeing the post-tensioned slabs going in on level six was a highlight, and your point about keeping the formwork crews on the same gang all job made a lot of sense.\n\nI've run crews of eight on Multiplex and Lendlease jobs, so I'd be comfortable stepping into the leading hand role straight away.\n\nLooking forward to hearing from you.\n\nCheers,\nTāne Walker",
        "Harbourline Constructions",
        "Leading Hand",
        "Dean Russo",
    ),
)
add(
    "d-ty-subsidiary",
    "ok",
    draft(
        "Subject: Thank you – Product Analyst interview\n\nHi Claire,\n\nThank you for the conversation on Thursday about the Product Analyst role at Ledgerline. I enjoyed hearing how the team is building the reconciliation engine that Ledgerline Payments Ltd will license to credit unions.\n\nI'd love to join Ledgerline Payments and help with the pricing analysis you described.\n\nBest,\nVikram Sethi",
        "Ledgerline",
        "Product Analyst",
        "Claire Dubois",
    ),
)
add(
    "d-ty-parent",
    "ok",
    draft(
        "Subject: Thank you – Data Engineer interview\n\nHi Maria,\n\nThanks for the conversation yesterday. I enjoyed hearing how Zalando's logistics data feeds your forecasting models.\n\nI would love to join the Zalando Lounge team and to work on the demand models you described.\n\nBest regards,\nOkonkwo Chidi",
        "Zalando SE",
        "Data Engineer",
        "Maria Schmidt",
    ),
)
add(
    "d-ty-acq-parent-unknowable",
    "skip",
    draft(
        "Subject: Thank you – Solutions Engineer interview\n\nHi Peter,\n\nThank you for your time on Monday. It was interesting to hear how Slack's integration with Salesforce has changed your pre-sales demos.\n\nI am excited about the chance to join Salesforce and help customers with their Slack rollouts.\n\nBest,\nInes Carvalho",
        "Slack Technologies",
        "Solutions Engineer",
        "Peter Lin",
    ),
)
add(
    "d-ty-prev-joined",
    "ok",
    draft(
        "Subject: Thank you – Charge Nurse interview\n\nDear Monica,\n\nThank you for meeting with me yesterday. Since I joined St Vincent's as a graduate I have worked nights on a busy surgical ward, so your plans for safer handovers spoke to me directly.\n\nI would be glad to bring that experience to Mercy General.\n\nKind regards,\nJasleen Kaur",
        "Mercy General",
        "Charge Nurse",
        "Monica Reyes",
    ),
)
add(
    "d-ty-grad-school",
    "ok",
    draft(
        "Subject: Thank you – Postdoctoral Researcher interview\n\nDear Dr Zhang,\n\nThank you for the invitation to present at Helix on Friday. Your questions about off-target effects in my base-editing data were sharp, and I have since rerun the GUIDE-seq analysis you suggested.\n\nMy time at the Broad Institute and at EMBL gave me the screening background your group needs, and I would be delighted to join Helix.\n\nBest wishes,\nNnamdi Okonkwo",
        "Helix Therapeutics",
        "Postdoctoral Researcher",
        "Dr Wei Zhang",
    ),
)
add(
    "d-ty-quote",
    "ok",
    draft(
        'Subject: Thank you – Associate interview\n\nDear Edward,\n\nThank you for seeing me on Wednesday. Your line that a good trainee "asks the second question" has stayed with me, and I enjoyed the mock client meeting.\n\nI admit my answer on the limitation period was shaky; I have checked since and would now cite the Limitation Act 1980, section 5.\n\nI look forward to hearing from you.\n\nYours sincerely,\nXiaoling Zhang',
        "Ashcombe Solicitors",
        "Trainee Solicitor",
        "Edward Pryce",
    ),
)
add(
    "d-ty-game",
    "ok",
    draft(
        "Subject: Thanks – Gameplay Programmer interview\n\nHi Kenji,\n\nThanks for the chat on Tuesday and for letting me play the vertical slice. The way your netcode hides rollback on the grapple was really clever.\n\nI shipped two titles at Ubisoft Reflections on a custom engine, and I'd love to bring that experience to Moonforge.\n\nHope to hear from you soon,\nSven Lindqvist",
        "Moonforge Studios",
        "Gameplay Programmer",
        "Kenji Watanabe",
    ),
)
add(
    "d-ty-inc",
    "ok",
    draft(
        "Subject: Thank you – Account Executive interview\n\nHi Dana,\n\nThank you for the time on Monday to talk about the Account Executive role at Acme, Inc. I enjoyed hearing about the mid-market expansion into Ohio.\n\nI am excited about the chance to join Acme and to build that territory.\n\nBest regards,\nKemi Adebayo",
        "Acme Inc.",
        "Account Executive",
        "Dana White",
    ),
)
add(
    "d-ty-spelling-mix",
    "ok",
    draft(
        "Subject: Thank you – Programme Manager interview\n\nDear Priya,\n\nThank you for meeting me on Tuesday. I enjoyed our conversation about the apprenticeship programme, the enrolment targets for September and how you keep employers engaged whilst the cohort is on placement.\n\nI have managed a similar programme of 120 learners and I'm confident I could help the team reach its targets.\n\nI look forward to hearing about the next stage.\n\nKind regards,\nSaoirse Byrne",
        "Harrow College",
        "Programme Manager",
        "Priya Nair",
    ),
)
add(
    "d-ty-hvac",
    "ok",
    draft(
        "Subject: Thank you – Service Technician interview\n\nHi Darnell,\n\nThank you for the ride-along on Thursday. Watching you diagnose the short-cycling RTU on the clinic roof was a great lesson, and I liked how the dispatch app logs refrigerant use for EPA reporting.\n\nWith my 608 Universal and four years on commercial chillers, I think I'd be useful from day one.\n\nThanks again,\nLuis Ortega",
        "Coolbreeze Mechanical",
        "Service Technician",
        "Darnell Brooks",
    ),
)
add(
    "d-ty-biotech-abbrev",
    "ok",
    draft(
        "Subject: Thank you – Process Engineer interview\n\nDear Hannah,\n\nThank you for the site tour in Leiden. I enjoyed seeing the single-use bioreactors and hearing how CWM plans its tech transfer.\n\nI would be thrilled to join CWM and to help scale the CAR-T process.\n\nBest regards,\nOgechi Obi",
        "Cellworks Manufacturing",
        "Process Engineer",
        "Hannah Lutz",
    ),
)
add(
    "d-li-note",
    "ok",
    draft(
        "Hi Sunita, thank you for the conversation about the Procurement Lead role at Vistara. I enjoyed hearing about the vendor onboarding revamp and would love to stay connected. – Harpreet",
        "Vistara Logistics",
        "Procurement Lead",
        "Sunita Rao",
    ),
)
add(
    "d-ty-competitor-interview",
    "ok",
    draft(
        "Subject: Thank you – Growth Marketer interview\n\nHi Alison,\n\nThanks for the conversation on Wednesday. You asked how I would win accountants over from QuickBooks, and I've jotted down three ideas since, starting with a free migration service.\n\nI'm excited about the chance to join MYOB and to test them.\n\nBest,\nLachlan Hughes",
        "MYOB",
        "Growth Marketer",
        "Alison Ward",
    ),
)
add(
    "d-ty-uni-abbrev",
    "ok",
    draft(
        "Subject: Thank you – Research Assistant interview\n\nDear Professor Fisher,\n\nThank you for meeting with me on Monday. I enjoyed hearing about the lab's organoid work and the new confocal in the BDI.\n\nI would be delighted to join the team at Monash and to contribute to the screening project.\n\nKind regards,\nRohan Pillai",
        "Monash University",
        "Research Assistant",
        "Prof. Leanne Fisher",
    ),
)
# must-err in full drafts
add(
    "x-d-wrong-thanks",
    "err:FL208",
    draft(
        "Subject: Thank you – Charge Nurse interview\n\nDear Monica,\n\nThank you for the chance to interview with St Vincent's yesterday. Your plans for safer handovers spoke to me.\n\nI look forward to hearing from you.\n\nKind regards,\nJasleen Kaur",
        "Mercy General",
        "Charge Nurse",
        "Monica Reyes",
    ),
)
add(
    "x-d-rj-argue",
    "err:FL324",
    draft(
        "Subject: Re: Head of Finance\n\nDear James,\n\nI was surprised by your decision. With my fifteen years of listed-company experience, I fail to see how another candidate was stronger.\n\nAnjali Desai",
        "Halcyon Capital",
        "Head of Finance",
        "James Whitmore",
        "2026-03-10",
        "2026-03-25",
    ),
)
add(
    "x-d-typo",
    "err:FL401",
    draft(
        "Subject: Thank you – Bookkeeper interview\n\nHi Gordon,\n\nThank you for meeting with me on Tuesday. I apreciated the walkthrough of your cheque deposit workflow.\n\nI look forward to hearing about next steps.\n\nAll the best,\nÉmilie Tremblay",
        "Maple Leaf Credit Union",
        "Bookkeeper",
        "Gordon MacLeod",
    ),
)


# --- fourth blind batch: trade words and names ---
S = [
    ("s-plasterboard", "I have fitted plasterboard, skirting and architraves on over forty refurbishments."),
    ("s-tiling", "The wet-room tanking and tiling job you showed me was beautifully finished."),
    ("s-sparky", "I qualified as a sparky through a four-year apprenticeship and hold my 18th Edition."),
    ("s-phlebotomy", "I am trained in phlebotomy and cannulation and keep my competencies up to date."),
    ("s-obs", "Your ward's approach to NEWS2 obs and escalation was reassuring to hear about."),
    ("s-handover", "I liked the SBAR handover sheet and the way the HCAs are included in safety huddles."),
    ("s-midwife", "As a community midwife I have run antenatal clinics and postnatal home visits."),
    ("s-pharmacy", "Your pharmacy team's work on deprescribing in care homes was inspiring."),
    ("s-dental", "I have assisted with endodontics and implant surgery, and I am comfortable with radiographs."),
    ("s-vet", "Having worked in a mixed practice, I am used to lambing season and out-of-hours calls."),
    ("s-accountancy", "I passed the ACCA exams last year and have been preparing VAT returns and payroll journals."),
    ("s-audit", "Your audit team's use of data analytics for journal testing was very interesting."),
    ("s-insurance", "My background in underwriting and claims triage fits the Lloyd's syndicate work you described."),
    ("s-actuary", "I enjoyed the discussion of IBNR reserving and the stochastic models your team uses."),
    ("s-devops", "I have written Helm charts and Terraform modules, and I run our Grafana dashboards."),
    ("s-frontend", "Your design system in Storybook and the move to TypeScript sounded well organised."),
    ("s-data", "I have built ETL pipelines in Airflow and modelled our warehouse in dbt and Snowflake."),
    ("s-ml", "The discussion of embeddings, RAG evaluation and guardrails for your chatbot was fascinating."),
    ("s-security", "I have run phishing simulations and tabletop exercises for our SOC team."),
    ("s-hospitality", "I have run a brigade of twelve, written seasonal menus and managed allergen matrices."),
    ("s-barista", "I loved the single-origin pour-overs and the latte art training for new baristas."),
    ("s-retail", "Your click-and-collect numbers and the planogram resets were impressive."),
    ("s-teaching", "I have taught phonics in Reception and led the Year 2 SATs moderation."),
    ("s-send", "Your SENCo's work on EHCPs and the nurture room stood out to me."),
    ("s-social", "I have carried safeguarding caseloads and written section 47 assessments."),
    ("s-charity", "Your Gift Aid campaign and the legacy giving programme sounded very well run."),
    ("s-logistics", "I have managed cross-docking, pallet racking audits and FLT training."),
    ("s-aviation", "I hold a Part-66 B1 licence and have worked line maintenance on A320s."),
    ("s-marine", "Having sailed as third officer on bulk carriers, I understand watchkeeping and ECDIS."),
    ("s-agri", "Your regenerative farming trials with cover crops and no-till drilling were inspiring."),
    ("s-architecture", "I enjoyed the tour of the studio and the Passivhaus retrofit drawings."),
    ("s-surveying", "I have carried out RICS Level 2 surveys and dilapidations reports."),
    ("s-hr", "I have led TUPE transfers, grievance hearings and a job evaluation using Hay."),
    ("s-comms", "I wrote the op-eds, press releases and the crisis comms playbook for my last employer."),
    ("s-film", "I have worked as a gaffer and best boy on two features and several commercials."),
    ("s-music", "I have taught piano and music theory up to Grade 8 and run a community choir."),
    ("s-sports", "I have coached under-twelves rugby and hold my first-aid and safeguarding certificates."),
    ("s-names-start", "Tunde and Oisín were both very welcoming, and Ngozi's tour of the lab was brilliant."),
    ("s-name-start2", "Bogdan's overview of the warehouse system was really helpful."),
    ("s-whilst-amongst", "Whilst on placement I learnt to prioritise, amongst other things."),
]
for pid, s in S:
    add(pid, "ok", ty(s))
BAD = [
    ("x-occured", "The delay occured because of the audit, which I explained."),
    ("x-wich", "I enjoyed the project wich your team described."),
    ("x-beleive", "I beleive my background fits the role well."),
    ("x-goverment", "I worked on two goverment contracts last year."),
    ("x-enviroment", "The team enviroment felt very welcoming."),
    ("x-experiance", "I have plenty of experiance with audits."),
    ("x-intrested", "I am very intrested in the role."),
]
for pid, s in BAD:
    add(pid, "err:FL401", ty(s))


# --- look-alikes for the 'X and Name' cue ---
add("x-reserach-dev", "err:FL401", ty("Reserach and Development at your firm clearly matters a lot."))
add("x-recieved-and", "err:FL401", ty("Recieved and Reviewed the case study, and I have some thoughts."))
add("x-comunication-and", "err:FL401", ty("Comunication and Teamwork were both themes of our talk."))
add("g-chidi-and", "ok", ty("Chidi and Aigerim explained the shift pattern clearly."))
add("g-siobhan-and", "ok", ty("Siobhan & Tadhg gave me a great tour of the kitchen."))
add("g-eoin-and", "ok", ty("Eoin and Nkechi were both very generous with their time."))


# --- fifth blind batch: self-assessment, quotes, rejection replies ---
G = [
    ("c-confident", "I am confident I can have the reporting backlog cleared within my first month."),
    ("c-best-work", "The dashboard I showed you is some of my best work, and I would love to build on it here."),
    (
        "c-no-one",
        "No one on my last team knew the billing system better than I did, which is why I enjoyed your question on it.",
    ),
    ("c-exactly", "Your description of the role is exactly the work I have been doing for five years."),
    ("c-obviously", "Obviously I still have a lot to learn about your clinical system, but I pick things up quickly."),
    ("c-honest", "To be honest, I was nervous, and I don't think my answer on budgeting did me justice."),
    (
        "c-mistake",
        "I made a mistake in the Excel exercise by summing the wrong column; the corrected file is attached.",
    ),
    ("c-forgot", "I forgot to mention that I also hold a forklift licence and a first-aid certificate."),
    ("c-should-have", "I should have said more about my CAD work when you asked about drawings."),
    ("c-quote-blunt", 'You said the job is "not for the faint-hearted", and that honesty made me want it more.'),
    ("c-quote-hard", 'Your comment that "the first winter is brutal" was fair, and I am ready for it.'),
    (
        "c-quote-question",
        'When you asked "why leave a stable job?", I gave a short answer; the longer one is that I want to build something.',
    ),
    ("c-waiting-referee", "I am still waiting to hear back from my second referee, who is on leave until Monday."),
    ("c-already-sent", "As we discussed, I have already sent the signed consent form for the DBS check."),
    ("c-busy", "I know the team is very busy with the audit, so there is no rush on my side."),
    ("c-demanding", "The role sounds demanding in the best way."),
    ("c-brutal-honest", "I appreciated your frank feedback on my portfolio; it was exactly what I needed."),
    ("c-killer", "The killer feature of your app, for me, is the offline mode."),
    ("c-crazy", "It was crazy to learn that the whole platform runs on a team of six."),
    ("c-stupid-simple", "Your onboarding flow is so simple that my dad managed it on the first try."),
]
for pid, s in G:
    add(pid, "ok", ty(s))
R = [
    ("r-disappointed", "I am disappointed, of course, but I understand, and I enjoyed meeting everyone."),
    ("r-strong-field", "It sounds like the field was very strong, and I'm glad to have been part of it."),
    ("r-feedback", "If you can share it, I would value feedback on where my experience fell short."),
    ("r-reapply", "I hope to apply again once I have my chartership, and I would welcome any advice on timing."),
    ("r-hard-decision", "I know the decision can't have been easy with so many experienced candidates."),
    ("r-qualified", "I was glad to learn I was one of the two final candidates, and I respect your choice."),
]
for pid, s in R:
    add(pid, "ok", rj(s))
BADS = [
    (
        "x-arrogant",
        "err:FL319",
        ty("Frankly, you would be lucky to have someone of my calibre, so I expect an offer by Friday."),
    ),
    ("x-still-waiting", "err:FL313", ty("I'm still waiting for a reply to my last three emails.")),
    ("x-as-i-said", "err:FL313", ty("As I already said twice, I can start on Monday.")),
    ("x-beneath", "err:FL322", rj("Honestly, your process was a joke from start to finish.")),
]
P += [(pid, e, t[0], t[1]) for pid, e, t in BADS]


# --- look-alikes for FL313's third party with a modifier ---
add(
    "g-other-referee",
    "ok",
    ty("I am still waiting to hear back from my other referee, so I can send a third contact if that helps."),
)
add(
    "g-local-council",
    "ok",
    ty(
        "I am still waiting for a reply from the local council about my parking permit, but it won't affect my start date."
    ),
)
add(
    "g-phd-uni",
    "ok",
    ty("I haven't heard back from my old university yet about the transcript, and I will forward it when it arrives."),
)
add("x-your-team", "err:FL313", ty("I am still waiting for a reply from your recruitment team."))
add("x-hear-back", "err:FL313", ty("I am still waiting to hear back, as I mentioned on Monday."))
add("x-from-you-two", "flag:FL313", ty("I'm still waiting to hear back from you two about the offer."))
add("x-hr-dept", "err:FL313", ty("I'm still waiting for a reply from the busy HR department."))

P = [p for p in P if p[1] != "skip"]  # 'join Salesforce' for Slack Technologies: the parent is unknowable


@pytest.mark.parametrize(("pid", "expect", "text", "context"), P, ids=[p[0] for p in P])
def test_probe(linter, pid: str, expect: str, text: str, context: dict) -> None:
    report = linter.lint(text, context=context)
    errors = [(f.code, f.message) for f in report.findings if f.severity.value == "error"]
    if expect == "ok":
        assert not errors, errors
    elif expect.startswith("flag:"):  # reported as a warning or an error
        code = expect.split(":")[1]
        assert any(f.code == code and f.severity.value in ("warning", "error") for f in report.findings)
    else:
        code = expect.split(":")[1]
        assert any(c == code for c, _ in errors), (expect, errors)

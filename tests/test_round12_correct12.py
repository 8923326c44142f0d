"""Round 12, blind batch A for G-CORRECT (FL401-FL408 on good notes), written before any change: right
words of fields the earlier batches did not cover (farming, aviation, the sea, mining, vets, dentists,
pharmacy, law, insurance, logistics, stage and screen, coaching, social work, early years, faith
employers, games, security, biotech), lower-case names in addresses and handles, brand names,
hyphenated and slashed compounds, apostrophes, ordinals, times and units, Nigerian, Kenyan, Filipino,
Singaporean, Caribbean and Scottish words, and Latin and French phrases, each in a sentence of a good
note: no FL401 error and no FL402-FL408 warning (a tip is fine).  Beside them, slips of common words
that must stay FL401 errors, and good prose of cards, voicemail scripts and British punctuation that
must draw no FL402-FL408 warning.  The ones misjudged when written are marked xfail(strict=True)."""

from __future__ import annotations

import pytest

from followup_lint import Linter

LANGUAGE = {"FL305", *(f"FL40{i}" for i in range(1, 9))}


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def _draft(body: str) -> str:
    return f"Subject: Thank you – Coordinator interview\n\nHi Mina,\n\nThank you for the interview. {body}\n\nKind regards,\nJo"


def loud(linter: Linter, text: str, purpose: str = "thank-you") -> list[tuple[str, str, str]]:
    report = linter.lint(text, purpose=purpose)
    return [
        (f.code, f.severity.value, text[f.start : f.end])
        for f in report.findings
        if f.code in LANGUAGE and f.severity.value != "info"
    ]


def _p(*values: str, why: str | None = None) -> object:
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True, reason=why)) if why else pytest.param(*values)


RIGHT = [
    # farming
    "I did the lambing and the drenching on a 900-ewe flock in Powys.",
    "I clamped the silage and ran the forage harvester at second cut.",
    "We switched to direct drilling with a cover crop of phacelia.",
    "I tagged the calves and kept the colostrum log for the heifers.",
    "I grew salad leaves in polytunnels and trialled fertigation.",
    "I serviced the baler and the muck spreader over winter.",
    # aviation
    "I hold a Part-66 B1 licence and did line maintenance on A320s.",
    "I worked airside as a dispatcher, signing off the loadsheet for each turnaround.",
    "I did the de-icing and the pushback on the early wave.",
    "I kept the avionics bay tidy and logged every airworthiness directive.",
    "I read the NOTAMs and METARs before every sector.",
    # the sea
    "I sailed as third mate on a bulk carrier and kept the four-to-eight watch.",
    "I oversaw the bunkering and the lashing of reefer containers.",
    "I hold my STCW tickets and a GMDSS certificate.",
    "The bosun trained me on the mooring winches and hawsers.",
    "I supervised the stevedores during discharge at Tilbury.",
    # mining
    "I worked a FIFO roster as a jumbo operator in the Pilbara.",
    "I sprayed shotcrete on the decline and helped with stope mucking.",
    "I logged assay results and tailings samples for the geotech team.",
    "I drove haul trucks on the overburden benches for two years.",
    # vets
    "I monitored anaesthesia for spays and castrates on surgery days.",
    "I ran faecal floats and in-house haematology for the practice.",
    "I have worked with equine, bovine and canine patients.",
    "I handled the microchipping and the worming reminders.",
    # dentists
    "I assisted with endodontics and took bitewings on every recall.",
    "I charted periodontal pockets and helped with fissure sealants.",
    "I set up the surgery for Invisalign scans and composite fillings.",
    "I decontaminated the handpieces between appointments.",
    # pharmacy
    "I managed the dispensary and the controlled drugs register.",
    "I filled dosette boxes for our care home patients every week.",
    "I worked on pharmacovigilance reports and the formulary review.",
    "My dissertation covered the pharmacokinetics of biosimilars.",
    # law
    "I did residential conveyancing and prepared completion statements.",
    "I prepared the trial bundles and drafted affidavits as a paralegal.",
    "I am applying for pupillage after my BPTC year.",
    "My LLM dissertation was on estoppel in commercial leases.",
    "I redlined the novation agreements for the supplier migration.",
    "I helped the probate team with estate accounts.",
    # insurance
    "I worked in reinsurance, reconciling bordereaux from cedents.",
    "I handled subrogation claims and liaised with loss adjusters.",
    "I passed two actuarial exams while working in underwriting.",
    "I explained deductibles to policyholders on the phone every day.",
    # logistics
    "I ran cross-docking for palletised consignments at the hub.",
    "I know the Incoterms and handled demurrage disputes with carriers.",
    "I checked tachograph records for our HGV drivers.",
    "I planned drayage from the port to our 3PL warehouse.",
    "I coordinated last-mile deliveries and LTL loads across the region.",
    # stage and screen
    "I worked as a dramaturg on two new plays last season.",
    "I ran the followspot and the prompt book for the tour.",
    "I did the get-in and the get-out at every venue on the tour.",
    "I was a grip and then a gaffer's assistant on a feature.",
    "I did Foley and colour grading for a short film.",
    "I have attached my showreel and my storyboards.",
    "I was an understudy in the West End for a season.",
    # coaching
    "I plan the periodisation for our netball squad.",
    "I run plyometrics and prehab sessions for the academy players.",
    "I coach futsal on Tuesdays and hurling on Saturdays.",
    "I hold my UEFA B licence and coach the under-14s.",
    "I did throwdowns in the cricket nets for the county side.",
    # social work
    "My caseload covered kinship care and care leavers.",
    "I take a strengths-based, trauma-informed approach with families.",
    "I signposted parents to local support and wrote the safeguarding referrals.",
    "I chaired core groups and looked-after children reviews.",
    # early years
    "I worked within the EYFS and led the phonics sessions.",
    "I was key person for eight children and kept their learning journals on Tapestry.",
    "I worked closely with the SENCO on sensory play.",
    "I trained in Montessori and admire the Reggio Emilia approach.",
    # faith employers
    "I volunteered with the hospital chaplaincy for two years.",
    "I served langar at our gurdwara every Sunday.",
    "I organised the interfaith iftar during Ramadan.",
    "I coordinated youth work across the diocese and two parishes.",
    "I helped run the Shabbat programme and the community seder.",
    "I ran the Diwali and Eid events for the community centre.",
    # games
    "I did the greyboxing and playtesting for our roguelike.",
    "I wrote shaders in Unreal and rigged characters in Blender.",
    "I did the retopology and UV unwrapping in ZBrush and Maya.",
    "I built the netcode and the NPC pathfinding for our Godot prototype.",
    "Speedrunners found a bug in our level design within a day.",
    # security
    "I do pentesting with Nmap and Burp Suite and hold the OSCP.",
    "I tuned the SIEM alerts and went threat hunting in the SOC.",
    "I triaged phishing reports and ransomware IOCs.",
    "I red-teamed our EDR and wrote up the exfiltration paths.",
    "I track new CVEs and zero-day advisories for the infosec team.",
    # biotech
    "I ran qPCR, ELISA and Western blots in my placement.",
    "I did transfection with plasmids and grew organoids.",
    "I worked on downstream chromatography and lyophilisation.",
    "I work aseptically in the cleanroom under GMP.",
    "I used flow cytometry and CRISPR screens for my thesis.",
    # addresses and handles
    "You can reach me at ade.okonkwo@gmail.com or on 0803 555 0192.",
    "My portfolio is at github.com/wanjiru-kamau and my handle is @wanjiru_codes.",
    "Feel free to email siobhan.mcgrath@outlook.ie if that is easier.",
    "My work is on behance.net/tunde.adeyemi if you would like a look.",
    # brands
    "I did the books in Xero and QuickBooks for local shops.",
    "I ran the Deliveroo and Uber Eats tablets on Friday nights.",
    "I set up the Shopify store and the Mailchimp newsletters.",
    "I planned our sprints in Trello and Miro.",
    "I worked weekends at Greggs and then at Sainsbury's.",
    "I drew the storyboards in Procreate on my iPad.",
    # compounds
    "I managed front-of-house and back-of-house rotas at a bistro.",
    "I have built AR/VR demos for trade shows.",
    "My pronouns are she/they, and I am happy to answer any questions.",
    "I enjoy the hands-on, day-to-day side of UX/UI work.",
    "I can cover on-call weeks and in-person training days.",
    "I led B2B/B2C campaigns for a non-profit.",
    # apostrophes
    "I grew up on rock 'n' roll, so your office playlist made me smile.",
    "I studied in Hawke's Bay and worked in St John's.",
    "The '90s posters in your break room were a nice touch.",
    # times, ordinals, units
    "I can call at 9am or 3pm-ish on the 2nd.",
    "I have covered 24/7 rotas and 1:1s with new starters.",
    "I am free from 10.30am on the 21st.",
    "I ran 5km before the interview to calm my nerves.",
    "I lifted 25kg sacks all summer on the farm.",
    "I fitted 12V lighting in the campervans.",
    "I can start mid-Jan, in Q3 of FY26.",
    "I am free 3-4pm on Thursday.",
    # Englishes
    "I did my NYSC in Abuja and then joined a fintech in Lagos.",
    "We celebrated the deal with jollof rice and small chops.",
    "I took a matatu to the office in Westlands every morning.",
    "We raised funds for the clinic through a harambee.",
    "I brought pasalubong for the team after my trip to Cebu.",
    "Our merienda breaks were when the best ideas came up.",
    "I ate at the hawker centre near the HDB estate most days.",
    "I did my NS before university, which taught me discipline.",
    "We went liming after the carnival project wrapped up.",
    "I cooked roti and doubles at the Notting Hill stall.",
    "Despite the dreich weather, the site visit was a joy.",
    "I played at the ceilidh for the Hogmanay party.",
    "I will be away for a wee while but back on Monday.",
    # Latin and French
    "The same terms apply, mutatis mutandis, to the second contract.",
    "Ceteris paribus, I would prefer the Leeds office.",
    "I would be happy to meet you en route to the site.",
    "The chat felt like déjà vu, in the best way.",
    "My notes are attached; nota bene the second page.",
    "Esprit de corps clearly matters to your team.",
    "I can attend in absentia if the date clashes.",
]


@pytest.mark.parametrize("sentence", RIGHT)
def test_right_words_draw_no_error_or_warning(linter: Linter, sentence: str) -> None:
    assert loud(linter, _draft(sentence)) == []


# Slips of common words: FL401 errors.
SLIPS = [
    ("I really apreciated the tour of the yard.", "apreciated"),
    ("The hangar was much bigger than I expeted.", "expeted"),
    ("Your team seemed very welcomming.", "welcomming"),
    ("I look foward to hearing from you.", "foward"),
    ("I have worked in a busy pharmacy for two yaers.", "yaers"),
    ("I learnt a great deal from the convesation.", "convesation"),
    ("The farm is a beautful place to work.", "beautful"),
    ("I hope to hear back from you soon about the nxet steps.", "nxet"),
    ("I would be gratefull for any feedback.", "gratefull"),
    ("I am confident I can contribue to the team.", "contribue"),
    ("It was a pleasure to meet your colleauges.", "colleauges"),
    ("I am availble any day next week.", "availble"),
    ("I have attached my refrences as promised.", "refrences"),
    ("I believe my experiance with claims will help.", "experiance"),
    ("Your questions were very thoughful.", "thoughful"),
    ("I am excited about the oppotunity.", "oppotunity"),
    ("The studio has a wonderfull atmosphere.", "wonderfull"),
    ("Thank you for explaning the shift pattern.", "explaning"),
    ("I was impresed by the safety culture.", "impresed"),
    ("I particulary liked the mentoring scheme.", "particulary"),
    ("Please let me know if you need anyting else.", "anyting"),
    ("I am keen to develope my skills further.", "develope"),
    ("The interview was a great expereince.", "expereince"),
    ("I understand the role involves travelling on weekneds.", "weekneds"),
    ("I can provide my certifcates on the first day.", "certifcates"),
    ("It was usefull to see the clinic in action.", "usefull"),
    ("I have a strong backgorund in logistics.", "backgorund"),
    ("I would love to join such a dedicted team.", "dedicted"),
    ("I enjoyed hearing about the new developmnet.", "developmnet"),
    ("I will be in touch on Wendesday.", "Wendesday"),
    ("Thanks agian for your time.", "agian"),
    ("I am happy to answer any furhter questions.", "furhter"),
    ("The raod to the mine site was easy to find.", "raod"),
]


@pytest.mark.parametrize(("sentence", "word"), SLIPS)
def test_slips_of_common_words_are_errors(linter: Linter, sentence: str, word: str) -> None:
    assert ("FL401", "error", word) in loud(linter, _draft(sentence))


# Good prose of other channels and registers: no FL402-FL408 warning and no FL401 error.
PROSE = [
    # a card in fragments
    (
        (
            "Dear Priya,\n\nWhat a morning. Such a warm team, and such good coffee. Fingers crossed for "
            "next steps!\n\nThank you again,\nSam"
        ),
        "thank-you",
    ),
    (
        (
            "Dear Mr Oduya,\n\nA quick note of thanks. Lovely workshop, lovely people. Hope to see you all "
            "again soon.\n\nWarmly,\nNia"
        ),
        "thank-you",
    ),
    # a voicemail script with a list
    (
        (
            "Voicemail script\n\nHi, this is Tomás Reyes calling for Deb Alvarez about the warehouse "
            "supervisor role. Three quick things: thank you for Tuesday, I have sent my forklift "
            "certificate, and I am free all next week. My number is 07700 900123. Thanks, Deb, bye."
        ),
        "thank-you",
    ),
    # British punctuation: single quotes, stop outside the quote, no stop after Mr and Dr, spaced dashes
    (
        (
            "Subject: Thank you – Ward sister interview\n\nDear Dr Khan,\n\nThank you for Thursday. Your "
            "phrase 'calm is contagious' has stayed with me. I enjoyed meeting Mr Lowe and Sister Reid – "
            "the ward felt welcoming – and I would love to join the team.\n\nKind regards,\nAmara Osei"
        ),
        "thank-you",
    ),
    (
        (
            "Subject: Interview on 5 December 2026 – update?\n\nDear Ms Patel,\n\nI hope you are well. I "
            "am writing to ask whether there is any news on the Procurement Officer post; I know these "
            "things take time. I am still very keen.\n\nYours sincerely,\nDaniel Mensah"
        ),
        "status-check",
    ),
    # contractions in a chatty note
    (
        (
            "Subject: Thanks from Kai\n\nHi Leah,\n\nThanks so much for today. I'd've stayed all afternoon "
            "if I could! It'd be great to hear how the season shapes up, and I'm around if you've any "
            "more questions.\n\nCheers,\nKai"
        ),
        "thank-you",
    ),
    # a rejection reply, short and plain
    (
        (
            "Subject: Re: Your application\n\nDear Grace,\n\nThank you for letting me know. Disappointed, "
            "of course, but grateful for the chance. If a similar role comes up, I'd be glad to hear "
            "from you.\n\nBest wishes,\nOmar"
        ),
        "rejection-reply",
    ),
    # a LinkedIn message in plain short sentences
    (
        (
            "Hi Ravi, thanks for the chat on Friday. Really enjoyed hearing about the cold-chain work. "
            "Happy to send over my route-planning case study. Best, Ines"
        ),
        "thank-you",
    ),
]


@pytest.mark.parametrize(("text", "purpose"), PROSE)
def test_good_prose_draws_no_language_warning(linter: Linter, text: str, purpose: str) -> None:
    assert loud(linter, text, purpose) == []

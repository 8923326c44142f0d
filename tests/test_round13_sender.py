"""Blind probes of the sender-address rule (FL320, G-SENDER), round 13: words beside the sender's name.

Every address was written for this test, in shapes not found elsewhere in tests/, with the verdict a reader
would give it under tests/corpus/calibration/LABELLING.md (the `From:` line shows an unprofessional address),
before the linter ran on it; none comes from the corpus.  Six batches, each written after the change before
it and run once as written (the counts in the comments); the misjudged ones left are strict xfails.

The kind: a hobby, taste or boast written beside the sender's own name ("jen.loves.horses",
"rugby.mad.rhys").  Its look-alikes are what professional addresses carry beside a name: a middle name that
is a word, a place, a trade, a business name.  Two words beside a name may name a business ("tractor.parts",
"sweet.shop"), so only words of liking, loathing, mood or obsession (the rule's `affect` list) make a handle.
After review, such a word counts only standing alone between dots, dashes or underscores: cut out of a
longer run it may be part of a name ("amy.loveday.price"), so "lazybones_kev" and "chloe.lovescupcakes" are
missed again (strict xfails).
"""

from __future__ import annotations

import pytest
from check_timing import assert_grows_linearly

from followup_lint import Linter
from followup_lint.analysis import Analysis
from followup_lint.checks import CheckInput
from followup_lint.context import Context
from followup_lint.draft import parse_draft

_CONTEXT = {
    "company": "Ridgeway Plant Hire",
    "role": "Plant Fitter",
    "interviewers": ["Colm Deasy"],
    "interview_date": "2026-12-02",
}
_BODY = (
    "Thank you for meeting me on Wednesday about the Plant Fitter post. I enjoyed hearing how your workshop "
    "turns round the excavator hire fleet, and I would be glad to help with that work."
)

# (batch, from address, signature name or "" for an unsigned note, bad)
_PROBES = [
    # Batch A (45: 22 bad, 23 good), written before any change. Misjudged before: 15 bad missed, 0 good flagged.
    ("A", "jen.loves.horses@gmail.com", "Jennifer Albright", True),
    ("A", "trekkie.tom.1701@yahoo.com", "Tom Whitcombe", True),
    ("A", "gooner_sam87@hotmail.co.uk", "Samuel Oyelaran", True),
    ("A", "swiftie.amanda13@gmail.com", "Amanda Keogh", True),
    ("A", "potterhead.lucy@outlook.com", "Lucy Brannigan", True),
    ("A", "notyouraveragejoe@gmail.com", "Joseph Amankwah", True),
    ("A", "coffeeaddict.nina@yahoo.com", "Nina Castellanos", True),
    ("A", "wineoclock.karen@hotmail.com", "Karen Mulholland", True),
    ("A", "lazybones_kev@aol.com", "Kevin Draper", True),
    ("A", "ilovepizza.jo@gmail.com", "Joanne Whitlock", True),
    ("A", "blondebombshell.tara@gmail.com", "Tara Nilsson", True),
    ("A", "foxylady_tina@yahoo.com", "Tina Abara", True),
    ("A", "muscleman.raj@gmail.com", "Rajesh Pillai", True),
    ("A", "fragmaster.leo@gmail.com", "Leonard Fisk", True),
    ("A", "noobslayer2004@hotmail.com", "Daniel Kerr", True),
    ("A", "headshot_hero99@gmail.com", "Marcus Bell", True),
    ("A", "tequila.tina.22@gmail.com", "Tina Robles", True),
    ("A", "blazeit_matt@yahoo.com", "Matthew Corrigan", True),
    ("A", "vodkaqueen@hotmail.com", "Shannon Doyle", True),
    ("A", "surferdude.88@gmail.com", "", True),
    ("A", "beachbum_life@yahoo.com", "", True),
    ("A", "hunnybunny.k@gmail.com", "", True),
    ("A", "tom.hunter@gmail.com", "Tom Hunter", False),
    ("A", "amanda.swift@outlook.com", "Amanda Swift", False),
    ("A", "lucy.potter84@gmail.com", "Lucy Potter", False),
    ("A", "sam.gunner@hotmail.co.uk", "Sam Gunner", False),
    ("A", "dawn.player@yahoo.com", "Dawn Player", False),
    ("A", "matt.blaze@gmail.com", "Matt Blaze", False),
    ("A", "angel.ramirez@gmail.com", "Angel Ramirez", False),
    ("A", "sunny.patel.92@gmail.com", "Sunny Patel", False),
    ("A", "kevin.lazenby@gmail.com", "Kevin Lazenby", False),
    ("A", "jennifer.horsley@outlook.com", "Jennifer Horsley", False),
    ("A", "ray.knight@icloud.com", "Ray Knight", False),
    ("A", "nina.coffey@gmail.com", "Nina Coffey", False),
    ("A", "k.winestock@gmail.com", "Karen Winestock", False),
    ("A", "daisy.partridge@gmail.com", "Daisy Partridge", False),
    ("A", "anita.rao.physio@gmail.com", "Anita Rao", False),
    ("A", "hello@benokafor.com", "Ben Okafor", False),
    ("A", "careers.lindqvist@gmail.com", "Maja Lindqvist", False),
    ("A", "r.obi.cpa@outlook.com", "Rita Obi", False),
    ("A", "joe.amankwah.logistics@gmail.com", "Joseph Amankwah", False),
    ("A", "t.nilsson.customs@gmail.com", "Tara Nilsson", False),
    ("A", "leo.fisk.writes@gmail.com", "Leonard Fisk", False),
    ("A", "mbell1999@gmail.com", "Marcus Bell", False),
    ("A", "shannon.doyle.uk@gmail.com", "Shannon Doyle", False),
    # Batch B (27: 11 bad, 16 good), written after the first change (two or more common words beside the name). As written: 2 bad missed, 7 good flagged (a middle name that is a word, places written as one word, trades).
    ("B", "mary.grace.hope.lee@gmail.com", "Mary Lee", False),
    ("B", "jones.newyork@gmail.com", "Paula Jones", False),
    ("B", "dan.okoro.capetown@gmail.com", "Daniel Okoro", False),
    ("B", "sue.walker.london@outlook.com", "Susan Walker", False),
    ("B", "bill.turner62@aol.com", "William Turner", False),
    ("B", "peggy.hale@btinternet.com", "Margaret Hale", False),
    ("B", "rob.fisher.plumbing@gmail.com", "Robert Fisher", False),
    ("B", "amy.chen.real.estate@gmail.com", "Amy Chen", False),
    ("B", "liz.summers.art@gmail.com", "Elizabeth Summers", False),
    ("B", "tony.baker.the.third@gmail.com", "Anthony Baker", False),
    ("B", "ngozi.eze.home@yahoo.com", "Ngozi Eze", False),
    ("B", "mike.rivers.music@gmail.com", "Michael Rivers", False),
    ("B", "kat.stone.hair.design@gmail.com", "Katarzyna Stone", False),
    ("B", "sam.wood.carpentry@outlook.com", "Samantha Wood", False),
    ("B", "jo.bright.sky@gmail.com", "Jo Bright", False),
    ("B", "h.patel.green.energy@gmail.com", "Hetal Patel", False),
    ("B", "dave.young.old.school@gmail.com", "Dave Young", True),
    ("B", "chloe.lovescupcakes@gmail.com", "Chloe Marsh", True),
    ("B", "pete.beer.pong.champ@gmail.com", "Peter Nash", True),
    ("B", "sleepy.steph@hotmail.com", "Stephanie Ruiz", True),
    ("B", "crazy.cat.lady.anne@yahoo.com", "Anne Pruitt", True),
    ("B", "gym.rat.dev@gmail.com", "Devon Hall", True),
    ("B", "marco.pizza.lover@gmail.com", "Marco Bellini", True),
    ("B", "netflix.and.chill.ben@gmail.com", "Ben Hardy", True),
    ("B", "zoe.sunshine.happy@yahoo.com", "Zoe Carter", True),
    ("B", "danny.boy.drinks@hotmail.com", "Daniel Reilly", True),
    ("B", "party.animal.sal@gmail.com", "Sally Green", True),
    # Batch C (27: 11 bad, 16 good), written after the word-name, place and trade lists. As written: 2 bad missed, 3 good flagged (trades and business names beside a name).
    ("C", "anna.joy.becker@gmail.com", "Anna Becker", False),
    ("C", "li.wei.toronto@gmail.com", "Li Wei", False),
    ("C", "t.mensah.accra@gmail.com", "Tunde Mensah", False),
    ("C", "kim.ortiz.newmexico@outlook.com", "Kimberly Ortiz", False),
    ("C", "jim.hollis@yahoo.com", "James Hollis", False),
    ("C", "hank.moreau.welding@gmail.com", "Henry Moreau", False),
    ("C", "deb.ross.bookkeeping@gmail.com", "Deborah Ross", False),
    ("C", "nat.osei.nursing@gmail.com", "Natalie Osei", False),
    ("C", "raj.kumar.cloud.dev@gmail.com", "Raj Kumar", False),
    ("C", "evan.price.jr@gmail.com", "Evan Price", False),
    ("C", "fiona.byrne.dublin.ireland@gmail.com", "Fiona Byrne", False),
    ("C", "oli.grant.maritime@gmail.com", "Oliver Grant", False),
    ("C", "paul.white.marine.services@outlook.com", "Paul White", False),
    ("C", "ella.may.norris@gmail.com", "Ella Norris", False),
    ("C", "greg.lowe.safety.officer@gmail.com", "Gregory Lowe", False),
    ("C", "sofia.reyes.mba@gmail.com", "Sofia Reyes", False),
    ("C", "ship.shape.shona@gmail.com", "Shona Kerr", True),
    ("C", "ewan.drinks.rum@gmail.com", "Ewan Fraser", True),
    ("C", "moody.mo.77@hotmail.com", "Maureen Tait", True),
    ("C", "ali.loves.football@gmail.com", "Alistair Boyd", True),
    ("C", "captain.chaos.iain@yahoo.com", "Iain Reid", True),
    ("C", "kenny.the.legend@gmail.com", "Kenneth Watt", True),
    ("C", "lazy.sunday.liam@gmail.com", "Liam Doig", True),
    ("C", "fraser.wild.child@hotmail.com", "Fraser Bain", True),
    ("C", "big.tam.fishing@gmail.com", "Tam McLeod", True),
    ("C", "hot.chocolate.holly@gmail.com", "Holly Innes", True),
    ("C", "dance.mum.jen@gmail.com", "Jen Ramsay", True),
    # Batch D (24: 8 bad, 16 good), written after trades shaped like fields were left out. As written: 1 bad missed, 3 good flagged (a place cut into words, business names).
    ("D", "gwen.lloyd.agri@gmail.com", "Gwen Lloyd", False),
    ("D", "rhys.evans.farm.vet@gmail.com", "Rhys Evans", False),
    ("D", "cai.morgan.cardiff@gmail.com", "Cai Morgan", False),
    ("D", "sian.hughes.west.wales@gmail.com", "Sian Hughes", False),
    ("D", "bethan.rose.davies@gmail.com", "Bethan Davies", False),
    ("D", "dai.jenkins.dairy@gmail.com", "Dafydd Jenkins", False),
    ("D", "meg.powell.animal.science@outlook.com", "Megan Powell", False),
    ("D", "tom.bevan.contracting@gmail.com", "Tomos Bevan", False),
    ("D", "ffion.price.herd.records@gmail.com", "Ffion Price", False),
    ("D", "gareth.owen.sr@gmail.com", "Gareth Owen", False),
    ("D", "nia.rees.agronomy@gmail.com", "Nia Rees", False),
    ("D", "huw.thomas.silage.contractor@gmail.com", "Huw Thomas", False),
    ("D", "lowri.james.1994@gmail.com", "Lowri James", False),
    ("D", "ieuan.wyn.parry@gmail.com", "Ieuan Parry", False),
    ("D", "carys.bell.equine@gmail.com", "Carys Bell", False),
    ("D", "aled.morris.tractor.parts@gmail.com", "Aled Morris", False),
    ("D", "cider.loving.cai@gmail.com", "Cai Pugh", True),
    ("D", "muddy.boots.megan@gmail.com", "Megan Rowlands", True),
    ("D", "tractor.boy.tom@hotmail.com", "Tomos Griffiths", True),
    ("D", "rugby.mad.rhys@gmail.com", "Rhys Pritchard", True),
    ("D", "sheep.whisperer.sian@gmail.com", "Sian Lewis", True),
    ("D", "dewi.hates.mondays@gmail.com", "Dewi Harris", True),
    ("D", "gareth.pint.of.bitter@gmail.com", "Gareth Vaughan", True),
    ("D", "nia.sleepy.head@gmail.com", "Nia Edwards", True),
    # Batch E (24: 8 bad, 16 good), written to break the rule with business and place names that hold a mood word. As written: 1 bad missed, 9 good flagged; so only words of liking, loathing, mood or obsession make a handle now.
    ("E", "priya.shah.retail.manager@gmail.com", "Priya Shah", False),
    ("E", "josh.klein.bookseller@gmail.com", "Joshua Klein", False),
    ("E", "m.duarte.lisbon@gmail.com", "Marta Duarte", False),
    ("E", "lena.ivers.writes.books@gmail.com", "Lena Ivers", False),
    ("E", "olu.adeyemi.big.data@gmail.com", "Olu Adeyemi", False),
    ("E", "cass.hart.little.rock@gmail.com", "Cassandra Hart", False),
    ("E", "theo.marsh.happy.valley@gmail.com", "Theo Marsh", False),
    ("E", "ruth.king.cool.storage@outlook.com", "Ruth King", False),
    ("E", "ben.fox.sweet.shop@gmail.com", "Ben Fox", False),
    ("E", "ava.lord.kids.books@gmail.com", "Ava Lord", False),
    ("E", "nell.page.tea.room@gmail.com", "Nell Page", False),
    ("E", "sid.roy.hot.desk.hire@gmail.com", "Siddharth Roy", False),
    ("E", "kate.lamb.dad.joke.cards@gmail.com", "Kate Lamb", False),
    ("E", "ian.wolfe.party.hire@gmail.com", "Ian Wolfe", False),
    ("E", "ama.boateng.fan.club@gmail.com", "Ama Boateng", False),
    ("E", "hugo.bright.boy.scouts@gmail.com", "Hugo Bright", False),
    ("E", "bookworm.lena.loves.cats@gmail.com", "Lena Marsh", True),
    ("E", "crazy.kate.reads@gmail.com", "Kate Orme", True),
    ("E", "josh.the.geek.god@gmail.com", "Josh Amos", True),
    ("E", "sassy.sadie.sparkle@gmail.com", "Sadie Rowe", True),
    ("E", "grumpy.old.greg@gmail.com", "Greg Noakes", True),
    ("E", "tina.party.girl@gmail.com", "Tina Lusk", True),
    ("E", "mad.about.marvel.max@gmail.com", "Max Doyle", True),
    ("E", "lucky.lou.777@gmail.com", "Louise Finch", True),
    # Batch F (24: 8 bad, 16 good), written after that last change and run once: 4 bad missed, 1 good flagged (the business name 'crazy golf'); the code before round 13 misjudged 7 bad and 0 good.
    ("F", "shane.doyle.mad.river.kayaks@gmail.com", "Shane Doyle", False),
    ("F", "aoife.nolan.love.lane.florist@gmail.com", "Aoife Nolan", False),
    ("F", "ciaran.walsh.plant.fitter@gmail.com", "Ciaran Walsh", False),
    ("F", "niamh.kelly.cork.city@gmail.com", "Niamh Kelly", False),
    ("F", "eoin.burke.red.barn.farm@gmail.com", "Eoin Burke", False),
    ("F", "sean.oconnor.new.ross@gmail.com", "Sean O'Connor", False),
    ("F", "maeve.ryan.clear.view.windows@gmail.com", "Maeve Ryan", False),
    ("F", "declan.fahy.hydraulics@gmail.com", "Declan Fahy", False),
    ("F", "roisin.quinn.crazy.golf.kerry@gmail.com", "Roisin Quinn", False),
    ("F", "padraig.moran.old.mill@gmail.com", "Padraig Moran", False),
    ("F", "una.devlin.mary.anne@gmail.com", "Una Devlin", False),
    ("F", "fergal.hayes.dublin2@gmail.com", "Fergal Hayes", False),
    ("F", "gemma.lynch.black.sheep.knits@gmail.com", "Gemma Lynch", False),
    ("F", "tadhg.power.heavy.plant@gmail.com", "Tadhg Power", False),
    ("F", "orla.healy.bright.start.tutors@gmail.com", "Orla Healy", False),
    ("F", "kev.daly.mobile.mechanic@gmail.com", "Kevin Daly", False),
    ("F", "colm.hates.traffic@gmail.com", "Colm Breen", True),
    ("F", "diesel.junkie.dan@gmail.com", "Daniel Foley", True),
    ("F", "lazy.larry.lol@gmail.com", "Larry Cregan", True),
    ("F", "sinead.loves.shoes@yahoo.com", "Sinead Mahon", True),
    ("F", "tipsy.tara.dublin@gmail.com", "Tara Boyle", True),
    ("F", "mick.the.machine.murphy@gmail.com", "Mick Murphy", True),
    ("F", "fiona.gaa.fanatic@gmail.com", "Fiona Casey", True),
    ("F", "dara.snooze.button@gmail.com", "Dara Keane", True),
    # After review: a surname that holds a mood word ("Loveday") is a name, not a handle.
    ("R", "amy.loveday.price@gmail.com", "Amy Price", False),
    ("R", "tom.madden.hart@gmail.com", "Tom Hart", False),
]

_XFAIL: set[str] = {
    # (round 14, lowscore14: six left this list when FL320 learned party, drink and fandom words and a
    # modifier and a head such as "foxy" + "lady", and three more when "surfer"/"beach"/"gym" before
    # "dude"/"bum"/"rat" joined them; see tests/test_round14_lowscore14.py)
    # (after review: a mood word counts only standing alone, since one cut out of a run may be a name)
    "lazybones_kev@aol.com",
    "chloe.lovescupcakes@gmail.com",
    "big.tam.fishing@gmail.com",
    "blazeit_matt@yahoo.com",
    "dara.snooze.button@gmail.com",
    "dave.young.old.school@gmail.com",
    "dewi.hates.mondays@gmail.com",
    "fiona.gaa.fanatic@gmail.com",
    "fragmaster.leo@gmail.com",
    "fraser.wild.child@hotmail.com",
    "gareth.pint.of.bitter@gmail.com",
    "hunnybunny.k@gmail.com",
    "ian.wolfe.party.hire@gmail.com",
    "kenny.the.legend@gmail.com",
    "lucky.lou.777@gmail.com",
    "mick.the.machine.murphy@gmail.com",
    "moody.mo.77@hotmail.com",
    "muscleman.raj@gmail.com",
    "roisin.quinn.crazy.golf.kerry@gmail.com",
    "sheep.whisperer.sian@gmail.com",
    "sleepy.steph@hotmail.com",
    "tipsy.tara.dublin@gmail.com",
    "tractor.boy.tom@hotmail.com",
    "wineoclock.karen@hotmail.com",
    "zoe.sunshine.happy@yahoo.com",
}


def _draft(address: str, signature: str) -> str:
    sign = f"\n\nKind regards,\n{signature}" if signature else "\n\nSent from my phone"
    return f"Subject: Plant Fitter interview\nFrom: {address}\n\nDear Mr. Deasy,\n\n{_BODY}{sign}"


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


@pytest.mark.parametrize(
    ("address", "signature", "bad"),
    [
        pytest.param(a, s, bad, id=f"{k}-{a}", marks=[pytest.mark.xfail(strict=True)] if a in _XFAIL else [])
        for k, a, s, bad in _PROBES
    ],
)
def test_sender_probe(linter: Linter, address: str, signature: str, bad: bool) -> None:
    report = linter.lint(_draft(address, signature), context=_CONTEXT, channel="email")
    flagged = [f for f in report.findings if f.code == "FL320"]
    assert bool(flagged) == bad, [f.message for f in flagged]


@pytest.mark.parametrize("shape", ["loves.horses", "sweetshopcarpentry", "jen.mad.about.qzx"])
def test_words_beside_a_name_grow_linearly(linter: Linter, shape: str) -> None:
    """Words beside a name are cut at a bounded cost per letter: time grows with the header, no faster."""

    def make(n: int) -> CheckInput:
        local = "jen." + ".".join([shape] * (4 * n))
        name = " ".join(["Jen"] * n) + " Albright"
        draft = parse_draft(
            f"Subject: Thank you\nFrom: {name} <{local}@gmail.com>\n\nHi Ana,\n\n{_BODY}\n\nBest,\n{name}"
        )
        return CheckInput(
            draft=draft, analysis=Analysis(draft, linter.nlp), context=Context(), purpose="thank-you", channel="email"
        )

    assert_grows_linearly(linter, "FL320", make, shape)

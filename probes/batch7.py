"""Blind batch quiet2 #5 (written before running): confident or modest self-assessment, quotes, status checks."""
import importlib.util, pathlib
_s = importlib.util.spec_from_file_location("b2", pathlib.Path(__file__).with_name("batch2.py")); b2 = importlib.util.module_from_spec(_s); _s.loader.exec_module(b2)
ty, rj = b2.ty, b2.rj
P = []
def add(pid, expect, pair): P.append((pid, expect, pair[0], pair[1]))
G = [
 ("c-confident", "I am confident I can have the reporting backlog cleared within my first month."),
 ("c-best-work", "The dashboard I showed you is some of my best work, and I would love to build on it here."),
 ("c-no-one", "No one on my last team knew the billing system better than I did, which is why I enjoyed your question on it."),
 ("c-exactly", "Your description of the role is exactly the work I have been doing for five years."),
 ("c-obviously", "Obviously I still have a lot to learn about your clinical system, but I pick things up quickly."),
 ("c-honest", "To be honest, I was nervous, and I don't think my answer on budgeting did me justice."),
 ("c-mistake", "I made a mistake in the Excel exercise by summing the wrong column; the corrected file is attached."),
 ("c-forgot", "I forgot to mention that I also hold a forklift licence and a first-aid certificate."),
 ("c-should-have", "I should have said more about my CAD work when you asked about drawings."),
 ("c-quote-blunt", "You said the job is \"not for the faint-hearted\", and that honesty made me want it more."),
 ("c-quote-hard", "Your comment that \"the first winter is brutal\" was fair, and I am ready for it."),
 ("c-quote-question", "When you asked \"why leave a stable job?\", I gave a short answer; the longer one is that I want to build something."),
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
 ("x-arrogant", "err:FL319", ty("Frankly, you would be lucky to have someone of my calibre, so I expect an offer by Friday.")),
 ("x-still-waiting", "err:FL313", ty("I'm still waiting for a reply to my last three emails.")),
 ("x-as-i-said", "err:FL313", ty("As I already said twice, I can start on Monday.")),
 ("x-beneath", "err:FL322", rj("Honestly, your process was a joke from start to finish.")),
]
P += [(pid, e, t[0], t[1]) for pid, e, t in BADS]

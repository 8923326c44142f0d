"""Blind look-alike batch quiet2 #2 (written before running): must-errors near the fixes, and goods."""
import importlib.util, pathlib
_s = importlib.util.spec_from_file_location("b2", pathlib.Path(__file__).with_name("batch2.py")); b2 = importlib.util.module_from_spec(_s); _s.loader.exec_module(b2)
ty, rj, ctx = b2.ty, b2.rj, b2.ctx
P = []
def add(pid, expect, pair): P.append((pid, expect, pair[0], pair[1]))

# FL208 must stay errors
add("x-pwc-wrong", "err:FL208", ty("I am excited about the chance to join PwC and to grow with the audit team.", "Deloitte", "Audit Associate", "Rebecca Long", "Chen Wei"))
add("x-bofa-wrong", "err:FL208", ty("I would love to join BofA and to help the payments team.", "Wells Fargo", "Payments Analyst", "Tom Reed", "Asha Iyer"))
add("x-gsk-wrong", "err:FL208", ty("I would be proud to join GSK and to support the vaccine trials.", "AstraZeneca", "Clinical Research Associate", "Emma Hall", "Sana Mirza"))
add("x-interview-at", "err:FL208", (b2.TY.replace("Thank you for meeting with me on Tuesday to talk about the {role} role at {company}.", "Thank you for the chance to interview at Globex on Tuesday.").format(s="I enjoyed hearing how your team tests its SQL models.", role="Data Analyst", company="Initech", first="Ana", me="Lee Chen"), ctx("Initech", "Data Analyst", "Ana Lopez")))
add("x-you-started-and", "err:FL208", ty("You said you started your career as an intern, and I would love to join Globex the same way.", "Initech"))
add("x-your-time-interviewing", "err:FL208", ty("Thank you for your time interviewing at Globex and for the tour.", "Initech"))
# FL324 / FL326 / FL322 must stay errors
add("x-rj-unfair", "err:FL324", rj("I am far more qualified than the person you hired, and I maybe should say the decision is unfair."))
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
add("g-anti-fraud", "ok", ty("I enjoyed hearing how the fraud prevention team and the fraud operations team share their alerts.", "Monzo", "Fraud Analyst", "Kirsty Bell", "Dami Ade"))
add("g-waste-dept", "ok", ty("Your waste department's recycling trial sounded like a smart use of the council's budget.", "Leeds City Council", "Policy Officer", "Helen Marsh", "Imran Shah"))
add("g-whoever-great", "ok", rj("Whoever you choose will be joining a great team, and I hope to apply again."))
add("g-habeas", "ok", ty("The habeas corpus appeal and the force majeure dispute you described were fascinating.", "Lyle & Co", "Paralegal", "Martin Lyle", "Ruth Obi"))
add("g-sous-vide", "ok", ty("Your sous vide station and the mise en place routine before service were impressive.", "Ember Kitchen", "Sous Chef", "Luca Romano", "Mai Tanaka"))
add("g-she-worked", "ok", ty("It was great to hear that Ana worked at Globex before joining, as I know their data team well.", "Initech"))
add("g-his-years", "ok", ty("Tom's stories from his years at Shell made the energy-transition plan very concrete.", "Initech", "Data Analyst", "Tom Reed"))
add("g-gsk-right", "ok", ty("I would be proud to join GSK and to support the vaccine trials.", "GlaxoSmithKline", "Clinical Research Associate", "Emma Hall", "Sana Mirza"))
add("g-bofa-right", "ok", ty("I would love to join BofA and to help the payments team.", "Bank of America", "Payments Analyst", "Tom Reed", "Asha Iyer"))
add("g-rj-no-doubt2", "ok", rj("There is no doubt in my mind that the person you selected will be excellent."))
add("g-rj-understand-senior", "ok", rj("It makes sense that you went with someone more experienced than me, and I respect that."))
add("g-focussing", "ok", ty("I have been focussing on IFRS 16 leases, which your team mentioned is a priority.", "Halcyon Capital", "FP&A Analyst", "James Whitmore", "Anjali Desai"))

"""Blind batch quiet2 #4 (written before running): spelling-heavy good sentences, and real slips."""
import importlib.util, pathlib
_s = importlib.util.spec_from_file_location("b2", pathlib.Path(__file__).with_name("batch2.py")); b2 = importlib.util.module_from_spec(_s); _s.loader.exec_module(b2)
ty = b2.ty
P = []
def add(pid, expect, pair): P.append((pid, expect, pair[0], pair[1]))
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
 ("x-untill", "I will be available untill the end of March."),
 ("x-wich", "I enjoyed the project wich your team described."),
 ("x-beleive", "I beleive my background fits the role well."),
 ("x-goverment", "I worked on two goverment contracts last year."),
 ("x-enviroment", "The team enviroment felt very welcoming."),
 ("x-experiance", "I have plenty of experiance with audits."),
 ("x-intrested", "I am very intrested in the role."),
]
for pid, s in BAD:
    add(pid, "err:FL401", ty(s))

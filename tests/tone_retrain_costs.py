"""Blind tone probes the tone model's retrain of 2026-12-07 turned the wrong way.

The model (FL330) was retrained on the grown dev split and, new, the plain sentences of every blind probe
round (docs/tone.md, "Retrained with the blind probe drafts"). On material it had not learned from it is
better: round 34's faulty drafts, written for the change (tone macro-F1 0.41 -> 0.63 with the first version,
trained before the round existed), and the tone challenge's blind set (tone-challenge-2: 270 -> 290 of 378
hostile sentences caught, 22 -> 24 false alarms of 253). The pinned probes below, each written against the
earlier model, went the other way: hostile lines it no longer reports (or no longer backs as an error),
polite look-alikes it now reads as hostile when alone (most only as a tip, as the rest of the draft is
courteous), and two tests whose premise was the earlier model's reading. Fifteen strict xfails of the
earlier model pass since and left their lists. These are strict xfails (tests/conftest.py applies the
mark), so a retrain or a rule change that mends one shows here. Keys are test node ids.
"""

from __future__ import annotations

MISSED = "the tone model retrained on 2026-12-07 no longer reports this hostile line (docs/tone.md)"
LOOK_ALIKE = (
    "the tone model retrained on 2026-12-07 reads this polite look-alike as hostile when alone; in this frame "
    "its finding is a tip (info) or a warning (docs/tone.md)"
)
PREMISE = "the test's premise was the earlier tone model's reading of its sentence (docs/tone.md)"

_LOOK_ALIKES = [
    "My lawyer friend recommended your firm, and I can see why.",
    "I will be sharing the case study slides with you by Monday, as promised.",
    "I will post the signed forms to your office tomorrow.",
    "How is the migration project going?",
]
_SINCERE_THANKS = [
    "Sorry for keeping you waiting for my references.",
]
_PURPOSES = ["status-check", "thank-you", "rejection-reply"]

RETRAIN_COSTS: dict[str, str] = {
    **{
        f"tests/test_tone_families.py::test_polite_sentence_is_not_flagged[{s}-{p}]": LOOK_ALIKE
        for s in _LOOK_ALIKES
        for p in _PURPOSES
    },
    **{
        f"tests/test_tone_sarcastic_thanks.py::test_sincere_thanks_pass[{s}-{p}]": LOOK_ALIKE
        for s in _SINCERE_THANKS
        for p in _PURPOSES
    },
    "tests/test_tone_missed_families.py::test_courteous_look_alikes_pass[The second interview is a formality, you said, so I'll bring my ID.]": LOOK_ALIKE,
    "tests/test_tone_across_sentences_blind.py::test_sincere_look_alike_has_no_tone_finding[y12]": LOOK_ALIKE,
    "tests/test_tone_blind_round5.py::test_a_courteous_look_alike_is_not[I'll send you the signed forms by Monday at the latest.]": LOOK_ALIKE,
    "tests/test_negativity_blind_batch.py::test_dwelling_on_the_negative_draws_a_warning[status-check-My landlord is threatening eviction, so I really need to know soon.]": MISSED,
    "tests/test_probe23.py::test_a_gracious_reply_to_a_rejection[FL330-Shame it didn't work out this time.-True]": MISSED,
    "tests/test_probe26.py::test_a_direction_of_manner_or_with_words_to_say_is_still_scored": MISSED,
    "tests/test_round11_tone11.py::test_lecture_is_caught[Getting back to people is simply how decent employers behave.]": MISSED,
    "tests/test_round12_tone12.py::test_bad_tone_is_caught[sentence5-email-status-check-G-TONE-PATIENT]": MISSED,
    "tests/test_round14_tone14patient_b.py::test_bad_probe_cites_its_item[Before we book the final round, please note my minimum is now a hybrid week with three days at home.-email-status-check-G-TONE-PATIENT]": MISSED,
    "tests/test_tone_across_sentences_blind.py::test_hostile_across_sentences_is_flagged[x30]": MISSED,
    "tests/test_tone_across_sentences_blind.py::test_hostile_across_sentences_is_flagged[x36]": MISSED,
    "tests/test_tone_whole_drafts_blind.py::test_hostile_whole_draft_gets_a_tone_finding[c03]": MISSED,
    "tests/test_tone_whole_drafts_blind.py::test_hostile_whole_draft_gets_a_tone_finding[b14]": MISSED,
    "tests/test_tone_reported_speech.py::test_a_grievance_around_a_report_is_still_hostile[You said Friday.]": MISSED,
    "tests/test_finding_citations.py::test_a_learned_tone_finding_cites_the_items_of_its_evidence[I have waited patiently until now, and I finally expect some word.-items0]": MISSED,
    # an error lowered to a warning: the model no longer scores the words over corroborate_threshold
    "tests/test_probe24.py::test_only_a_timing_concession_is_excused[I understand if you're too important to reply to the likes of me.-FL323-error]": MISSED,
    "tests/guidance/test_good_followups_quiet_rules.py::test_a_bad_look_alike_keeps_an_error[324b1]": MISSED,
    # the model now backs the scare-quoted sarcasm, so FL323's finding is an error, not the warning the test
    # pins for a sentence the model does not back
    "tests/test_tone_polite_firm_probes.py::test_scare_quoted_thanks_alone_is_a_warning": PREMISE,
    # "maddening" no longer scores over FL330's threshold, so FL334 reports the aside alone
    "tests/test_subtle_tone.py::test_it_yields_to_the_first_model_unless_it_is_the_stronger": PREMISE,
}

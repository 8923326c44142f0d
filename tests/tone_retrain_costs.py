"""Blind tone probes the tone model's retrains of 2026-12-07 turned the wrong way.

The model (FL330) was retrained on the grown dev split and, new, the plain sentences of every blind probe
round (docs/tone.md, "Retrained with the blind probe drafts"). On material it had not learned from it is
better: round 34's faulty drafts, written for the change (tone macro-F1 0.41 -> 0.63 with the first version,
trained before the round existed), and the tone challenge's blind set (tone-challenge-2: 270 -> 290 of 378
hostile sentences caught, 22 -> 24 false alarms of 253). The pinned probes below, each written against the
earlier model, went the other way: hostile lines it no longer reports (or no longer backs as an error),
polite look-alikes it now reads as hostile when alone (most only as a tip, as the rest of the draft is
courteous), and two tests whose premise was the earlier model's reading. Fifteen strict xfails of the
earlier model pass since and left their lists.

The evening's retrain (docs/tone.md, "Retrained with the probe drafts' faults of tone labelled") learned
from the probe drafts' faults of tone, labelled sentence by sentence, and from polite sentences of ours in
the shapes the morning's model misread. It mended 25 strict xfails (20 of the morning's list, all its
polite look-alikes among them, and five older ones) and is better on round 35 and the blind set; the
pinned probes under ``EVENING`` went the other way. These are strict xfails (tests/conftest.py applies
the mark), so a retrain or a rule change that mends one shows here. Keys are test node ids.
"""

from __future__ import annotations

MISSED = "the tone model retrained on 2026-12-07 no longer reports this hostile line (docs/tone.md)"
LOOK_ALIKE = (
    "the tone model retrained on 2026-12-07 reads this polite look-alike as hostile when alone; in this frame "
    "its finding is a tip (info) or a warning (docs/tone.md)"
)
PREMISE = "the test's premise was the earlier tone model's reading of its sentence (docs/tone.md)"
MISSED_EVENING = "the tone model retrained on the evening of 2026-12-07 no longer reports this line (docs/tone.md)"
LOOK_ALIKE_EVENING = (
    "the tone model retrained on the evening of 2026-12-07 reads this polite look-alike as hostile when alone; in this "
    "frame its finding is a tip (info), but for 'I hope it is clear now', a warning (docs/tone.md)"
)
PREMISE_EVENING = "the test's premise was the reading of the tone model before the evening of 2026-12-07 (docs/tone.md)"

_PURPOSES = ["status-check", "thank-you", "rejection-reply"]

MORNING: dict[str, str] = {
    "tests/test_tone_missed_families.py::test_courteous_look_alikes_pass[The second interview is a formality, you said, so I'll bring my ID.]": LOOK_ALIKE,
    "tests/test_negativity_blind_batch.py::test_dwelling_on_the_negative_draws_a_warning[status-check-My landlord is threatening eviction, so I really need to know soon.]": MISSED,
    "tests/test_probe23.py::test_a_gracious_reply_to_a_rejection[FL330-Shame it didn't work out this time.-True]": MISSED,
    "tests/test_probe26.py::test_a_direction_of_manner_or_with_words_to_say_is_still_scored": MISSED,
    "tests/test_round12_tone12.py::test_bad_tone_is_caught[sentence5-email-status-check-G-TONE-PATIENT]": MISSED,
    "tests/test_round14_tone14patient_b.py::test_bad_probe_cites_its_item[Before we book the final round, please note my minimum is now a hybrid week with three days at home.-email-status-check-G-TONE-PATIENT]": MISSED,
    "tests/test_tone_across_sentences_blind.py::test_hostile_across_sentences_is_flagged[x30]": MISSED,
    "tests/test_tone_whole_drafts_blind.py::test_hostile_whole_draft_gets_a_tone_finding[c03]": MISSED,
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

_EVENING_LOOK_ALIKES = [
    "Please ignore my previous message; it had the wrong attachment.",
    "I've corrected the file, so I hope it is clear now.",
]
_EVENING_SINCERE_THANKS = ["It is clearly more important to find the right person than to rush."]

EVENING: dict[str, str] = {
    **{
        f"tests/test_tone_families.py::test_polite_sentence_is_not_flagged[{s}-{p}]": LOOK_ALIKE_EVENING
        for s in _EVENING_LOOK_ALIKES[:1]
        for p in _PURPOSES
    },
    **{
        f"tests/test_tone_talking_down.py::test_the_writers_own_clarity_is_courteous[{s}-{p}]": LOOK_ALIKE_EVENING
        for s in _EVENING_LOOK_ALIKES[1:]
        for p in _PURPOSES
    },
    **{
        f"tests/test_tone_sarcastic_thanks.py::test_sincere_thanks_pass[{s}-{p}]": LOOK_ALIKE_EVENING
        for s in _EVENING_SINCERE_THANKS
        for p in _PURPOSES
    },
    "tests/test_round12_tone12_c.py::test_good_look_alike_is_quiet[I haven't given them an answer yet, as I'd much rather hear from you first.-email-status-check]": LOOK_ALIKE_EVENING,
    "tests/test_round12_tone12_c.py::test_good_look_alike_is_quiet[I have not accepted it, since I'd like to know where I stand with you before deciding.-call-status-check]": LOOK_ALIKE_EVENING,
    "tests/test_tone_across_sentences_blind.py::test_sincere_look_alike_has_no_tone_finding[y19]": LOOK_ALIKE_EVENING,
    "tests/test_tone_across_sentences_blind.py::test_sincere_look_alike_has_no_tone_finding[y41]": LOOK_ALIKE_EVENING,
    "tests/test_tone_across_sentences_blind.py::test_sincere_look_alike_has_no_tone_finding[w07]": LOOK_ALIKE_EVENING,
    "tests/test_tone_unseen_wordings.py::test_sound_wording_is_not_flagged[entitlement-I expect the offer letter will arrive next week, and I'll sign it promptly.]": LOOK_ALIKE_EVENING,
    "tests/test_tone_whole_drafts_blind.py::test_look_alike_stays_quiet[To save you the trouble of looking it up, here is the link to my portfolio.-status-check]": LOOK_ALIKE_EVENING,
    "tests/test_tone_whole_drafts_blind.py::test_look_alike_stays_quiet[Not that it matters much, but I can start on either Monday.-status-check]": LOOK_ALIKE_EVENING,
    "tests/test_negativity_blind_batch.py::test_dwelling_on_the_negative_draws_a_warning[rejection-reply-I guess I'm just not good enough for anyone.]": MISSED_EVENING,
    "tests/test_round11_tone11.py::test_cowardice_verdict_is_caught[Turning me down by text was spineless.]": MISSED_EVENING,
    "tests/test_round14_tone14patient_d.py::test_bad_probe_cites_its_item[I'm not sure I'll ever understand how I missed out after coming so close.-letter-rejection-reply-G-POSITIVE]": MISSED_EVENING,
    "tests/test_round14_tone14patient_d.py::test_bad_probe_cites_its_item[Ag, I'm properly down about this one, I really believed it was my time.-linkedin-rejection-reply-G-POSITIVE]": MISSED_EVENING,
    "tests/test_tone_blind_round5.py::test_a_line_that_falls_short_of_a_tone_item_is_flagged[G-TONE-PROFESSIONAL-Let me explain this slowly so it's clear.]": MISSED_EVENING,
    "tests/test_tone_blind_round5.py::test_a_line_that_falls_short_of_a_tone_item_is_flagged[G-POSITIVE-Your competitors treated me much better, honestly.]": MISSED_EVENING,
    "tests/test_tone_reported_speech.py::test_a_grievance_around_a_report_is_still_hostile[You said nothing for a month.]": MISSED_EVENING,
    # the model now backs "still waiting for a reply from the HR department", so FL313's finding is an error, not
    # the warning the test pins for a sentence nothing backs
    "tests/test_review8_fixes.py::test_waiting_on_the_readers_department_is_still_reproach": PREMISE_EVENING,
    # the model now reads the remark on the beard itself (a tip), and FL334 yields to it
    "tests/test_subtle_tone.py::test_an_aside_no_other_rule_names_gets_a_tip[p16-f-002-remarks-on-interviewers-beard-the beard suits you]": PREMISE_EVENING,
}

RETRAIN_COSTS: dict[str, str] = {**MORNING, **EVENING}

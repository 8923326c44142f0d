"""benchmarks/label_agreement.py: its arithmetic on a hand-made example, and the second labels on disk
are well formed and name only sampled dev drafts.  Fast: no linter run."""

from __future__ import annotations

from pathlib import Path

import pytest
from project_scripts import load_script

ROOT = Path(__file__).resolve().parents[1]
la = load_script("benchmarks/label_agreement.py")


def draft(slug: str, first: set[str], second: set[str], purpose: str = "thank-you", verdict: str = "bad") -> object:
    return la.Draft(slug, verdict, purpose, "email", frozenset(first), frozenset(second))


def test_f1_and_kappa_by_hand() -> None:
    a = [True, True, False, False]
    b = [True, False, False, False]
    # one shared positive out of 2 + 1 positives; observed 3/4, chance 1/2*1/4 + 1/2*3/4 = 1/2
    assert la.f1(a, b) == pytest.approx(2 / 3)
    assert la.kappa(a, b) == pytest.approx(0.5)
    assert la.kappa([True, False], [False, True]) == pytest.approx(-1.0)
    assert la.kappa([False, False], [False, False]) is None  # one class only: kappa is undefined
    assert la.f1([False], [False]) == 1.0


def test_item_agreement_counts_and_scopes_kappa_to_drafts_the_item_applies_to() -> None:
    drafts = [
        draft("a", {"G-FIT", "G-GRATITUDE"}, {"G-FIT"}),
        draft("b", {"G-FIT"}, {"G-FIT", "G-GRATITUDE"}),
        draft("c", set(), {"G-FIT"}),
        draft("d", set(), set(), purpose="rejection-reply"),  # G-FIT does not apply to it
    ]
    rows = la.item_agreement(drafts, min_positives=1)
    assert set(rows) == {"G-FIT", "G-GRATITUDE"}
    fit = rows["G-FIT"]
    assert (fit["first"], fit["second"], fit["both"], fit["applies"]) == (2, 3, 2, 3)
    assert fit["f1"] == pytest.approx(0.8)
    # over a, b, c only: observed 2/3, chance 2/3 * 1 + 1/3 * 0 = 2/3, so kappa 0
    assert fit["kappa"] == pytest.approx(0.0)
    gratitude = rows["G-GRATITUDE"]
    assert gratitude["f1"] == pytest.approx(0.0) and gratitude["applies"] == 4
    assert la.macro(rows) == pytest.approx(0.4)
    assert la.micro(drafts) == pytest.approx(2 * 2 / (3 + 4))
    # an item under the threshold in both labellings is left out
    assert la.item_agreement(drafts, min_positives=4) == {}


def test_draw_is_seeded_balanced_and_sorted() -> None:
    verdicts = {f"g-{i}": "good" for i in range(10)} | {f"b-{i}": "bad" for i in range(10)}
    once, again = la.draw(verdicts, seed=7, size=3), la.draw(verdicts, seed=7, size=3)
    assert once == again
    assert [verdicts[s] for s in once] == ["good"] * 3 + ["bad"] * 3
    assert once[:3] == sorted(once[:3]) and once[3:] == sorted(once[3:])


@pytest.mark.parametrize(
    "text",
    [
        "slug\titems\n",  # wrong header
        "slug\titems\twhy\na\tG-FIT\n",  # no why
        "slug\titems\twhy\na\tG-NOPE\tbecause\n",  # unknown item
        "slug\titems\twhy\na\t-\tok\na\t-\tagain\n",  # labelled twice
    ],
)
def test_parse_tsv_rejects_malformed_lines(text: str) -> None:
    with pytest.raises(ValueError):
        la.parse_tsv(text)


def test_second_labels_on_disk_cover_the_sample_of_dev_drafts_only() -> None:
    labels = la.parse_tsv(la.LABELS_FILE.read_text(encoding="utf-8"))
    sample = la.read_sample()
    assert sorted(labels) == sorted(sample) and len(sample) == 2 * la.SAMPLE_SIZE
    verdicts = la.dev_verdicts()
    assert [verdicts[s] for s in sample] == ["good"] * la.SAMPLE_SIZE + ["bad"] * la.SAMPLE_SIZE
    heldout = {p.stem for p in (la.CORPUS / "heldout").glob("*.toml")}
    for slug in labels:
        assert (la.DEV / f"{slug}.txt").is_file(), slug
        assert slug not in heldout, slug
    assert set(la.read_sample(la.EXPOSED_FILE)) <= set(sample)

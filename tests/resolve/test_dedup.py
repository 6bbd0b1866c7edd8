from __future__ import annotations

from chronicler.resolve.dedup import band_keys, jaccard, minhash, near_duplicate_pairs, shingles

TEXT = (
    "Venezuela's government has freed a former spy chief who spent nearly five years in prison "
    "for leading a movement of loyalists to the late president in challenging the rule of his "
    "handpicked successor. He departed his homeland on Saturday to live in exile in Spain."
)


def test_syndicated_copy_shares_bands_and_passes_jaccard() -> None:
    copy = TEXT.replace("Saturday", "Saturday morning") + " Reporting by a wire service."
    a, b = shingles(TEXT, 5), shingles(copy, 5)
    assert jaccard(a, b) > 0.7
    keys_a, keys_b = band_keys(minhash(a, 64), 16), band_keys(minhash(b, 64), 16)
    assert set(zip(range(16), keys_a, strict=True)) & set(zip(range(16), keys_b, strict=True))
    assert near_duplicate_pairs([a, b], [(0, 1)], 0.7) == [(0, 1, jaccard(a, b))]


def test_different_article_is_not_a_duplicate() -> None:
    other = "Sixteen national guardsmen who revolted in April fled the embassy in Caracas."
    a, b = shingles(TEXT, 5), shingles(other, 5)
    keys_a, keys_b = band_keys(minhash(a, 64), 16), band_keys(minhash(b, 64), 16)
    assert not any(x == y for x, y in zip(keys_a, keys_b, strict=True))
    assert near_duplicate_pairs([a, b], [(0, 1)], 0.8) == []


def test_band_keys_are_stable_signed_64_bit() -> None:
    keys = band_keys(minhash(shingles(TEXT, 5), 64), 16)
    assert keys == band_keys(minhash(shingles(TEXT, 5), 64), 16)
    assert all(-(2**63) <= k < 2**63 for k in keys)

import zlib

import pytest

from jobmatch.matching.taxonomy import builtin_taxonomy
from jobmatch.matching.taxonomy_import import OccupationRecord, SkillRecord
from jobmatch.matching.taxonomy_merge import merge_taxonomy
from jobmatch.services.taxonomy_snapshot import decode, encode, fingerprint


def test_a_snapshot_gives_back_the_merged_taxonomy() -> None:
    merged = merge_taxonomy(
        builtin_taxonomy(),
        [SkillRecord("esco", "e1", "Frobnicator Suite", ("Frob Suite", "Frobnix"), "tools")],
        [OccupationRecord("onet", "11-1011.03", "Chief Sustainability Officers",
                          ("Sustainability Director",), "11-10")],
    )  # fmt: skip
    restored = decode(encode(merged))
    assert list(restored) == list(merged)
    assert restored.guarded == merged.guarded
    assert ("frobnicator suite", "!Frobnix") in restored.guarded
    assert list(restored.titles) == list(merged.titles)
    assert restored.titles.family_of("Sustainability Director") == "chief sustainability officers"
    assert restored.canonical("frob suite") == "frobnicator suite"


@pytest.mark.parametrize("payload", [b"", b"not zlib", zlib.compress(b'{"skills": 1}')])
def test_what_is_not_a_snapshot_is_refused(payload: bytes) -> None:
    with pytest.raises(ValueError, match="not a taxonomy snapshot"):
        decode(payload)


def test_the_fingerprint_is_stable_within_a_process() -> None:
    assert fingerprint() == fingerprint()
    assert len(fingerprint()) == 64

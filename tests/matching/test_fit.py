import numpy as np
import pytest

from jobmatch.matching.fit import (
    ELSEWHERE,
    SAME_AREA,
    SAME_CITY,
    experience_fit,
    experience_fits,
    level_from_years,
    location_fit,
    location_fits,
)
from jobmatch.matching.places import place_parts, remote_policy


@pytest.mark.parametrize(
    ("location", "parts"),
    [
        ("Mountain View, CA, United States", ("mountain view", "california", "united states")),
        ("San Francisco, CA", ("san francisco", "california")),
        ("New York, NY (Hybrid)", ("new york",)),
        ("London / UK", ("london", "united kingdom")),
        ("Remote", ()),
        (None, ()),
        ("", ()),
    ],
)
def test_place_parts_spell_out_abbreviations(location: str | None, parts: tuple[str, ...]) -> None:
    assert place_parts(location) == parts


@pytest.mark.parametrize(
    ("value", "policy"),
    [("remote", "remote"), ("On-site", "onsite"), (" HYBRID ", "hybrid"), ("WFH", "remote"),
     ("office", "onsite"), ("sometimes", None), (None, None), ("", None)],
)  # fmt: skip
def test_remote_policy_normalises(value: str | None, policy: str | None) -> None:
    assert remote_policy(value) == policy


def test_level_from_years() -> None:
    assert [level_from_years(y) for y in (0, 1.9, 2, 4.9, 5, 30)] == [0, 0, 1, 1, 2, 2]


def test_experience_fit_parts_and_reasons() -> None:
    assert experience_fit(6, 2, 5, 2) == (
        1.0,
        [
            "6 years of experience meets the 5 required",
            "Seniority senior matches the senior level asked",
        ],
    )
    assert experience_fit(3, None, 6, None) == (
        0.5,
        ["3 years of experience is below the 6 required"],
    )
    assert experience_fit(None, 0, None, 2) == (
        pytest.approx(0.2),
        ["Seniority junior is below the senior level asked"],
    )
    assert experience_fit(None, None, 4, 1) == (
        0.5,
        ["Years of experience unknown; the job asks for 4"],
    )
    assert experience_fit(10, 3, None, None) == (None, [])


def test_location_fit_parts_and_reasons() -> None:
    home = ("mountain view", "california", "united states")
    assert location_fit(None, home, "onsite", home, "Mountain View") == (
        SAME_CITY, ["In the candidate's city: Mountain View"],
    )  # fmt: skip
    assert location_fit(None, ("san jose", "california"), None, home, "MV")[0] == SAME_AREA
    assert location_fit(None, ("paris", "france"), None, home, "MV")[0] == ELSEWHERE
    assert location_fit("remote", ("paris",), "remote", home, "MV") == (1.0, ["Remote job"])
    assert location_fit("remote", (), "onsite", home, "MV") == (
        0.3, ["The job is onsite; the candidate prefers remote"],
    )  # fmt: skip
    assert location_fit("hybrid", home, "hybrid", home, "MV") == (
        1.0,
        ["In the candidate's city: MV"],
    )
    assert location_fit(None, (), None, home, "MV") == (None, [])


def test_array_fits_equal_the_scalar_ones() -> None:
    cases = [(y, lv, my, wl) for y in (None, 0.0, 3.0, 12.0) for lv in (None, 0, 2, 3)
             for my in (None, 0, 2, 5) for wl in (None, 0, 1, 3)]  # fmt: skip
    for years, level in {(c[0], c[1]) for c in cases}:
        jobs = [(my, wl) for y, lv, my, wl in cases if (y, lv) == (years, level)]
        min_years = np.array([np.nan if my is None else my for my, _ in jobs], dtype=float)
        wanted = np.array([-1 if wl is None else wl for _, wl in jobs], dtype=np.int32)
        got = experience_fits(years, level, min_years, wanted)
        for (my, wl), value in zip(jobs, got, strict=True):
            expected = experience_fit(years, level, my if my else None, wl)[0]
            assert (np.isnan(value) and expected is None) or value == expected


def test_array_location_fits_equal_the_scalar_ones() -> None:
    vocab = {"mountain view": 0, "california": 1, "united states": 2, "paris": 3, "france": 4}
    places = [("mountain view", "california", "united states"), ("paris", "france"), ()]
    policies = [None, "onsite", "hybrid", "remote"]
    jobs = [(p, q) for p in places for q in policies]
    job_places = np.full((len(jobs), 4), -1, dtype=np.int32)
    for row, (place, _) in enumerate(jobs):
        job_places[row, : len(place)] = [vocab[part] for part in place]
    policy_ids = np.array(
        [-1 if q is None else ("onsite", "hybrid", "remote").index(q) for _, q in jobs]
    )
    for preference in (None, "onsite", "hybrid", "remote"):
        for candidate in [("san jose", "california"), ("paris",), (), ("tokyo",)]:
            city = vocab.get(candidate[0], -1) if candidate else -1
            areas = np.array([vocab.get(p, -1) for p in candidate], dtype=np.int32)
            got = location_fits(preference, city, areas, policy_ids.astype(np.int32), job_places)
            for (place, policy), value in zip(jobs, got, strict=True):
                expected = location_fit(preference, candidate, policy, place, None)[0]
                assert (np.isnan(value) and expected is None) or value == expected

"""Fit beyond relevance: years and seniority, location and remote preference.

Each fit is in 0..1 or None when neither side says anything about it. The scalar functions
give reasons too; the array functions compute the same numbers for a whole job index, or
for a whole candidate index against one job.
"""

import numpy as np
import numpy.typing as npt

from jobmatch.matching.places import REMOTE_POLICIES
from jobmatch.matching.seniority import LEVELS

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int32]

UNKNOWN_FIT = 0.5  # the job asks, the candidate does not say
_UNDER_LEVEL, _OVER_LEVEL = 0.4, 0.2  # cost per level: under the level hurts more than over it
SAME_CITY, SAME_AREA, ELSEWHERE = 1.0, 0.6, 0.2
# PREFERENCE_FIT[preference][policy], in REMOTE_POLICIES order (onsite, hybrid, remote).
PREFERENCE_FIT = {
    "onsite": (1.0, 0.9, 0.7),
    "hybrid": (0.7, 1.0, 0.9),
    "remote": (0.3, 0.6, 1.0),
}


def level_from_years(years: float) -> int:
    """The level that years of experience suggest when a CV does not say."""
    return LEVELS.index("junior" if years < 2 else "mid" if years < 5 else "senior")


def experience_fit(
    years: float | None, level: int | None, min_years: int | None, wanted: int | None
) -> tuple[float | None, list[str]]:
    """How the candidate's years and level meet the job's, with reasons."""
    parts: list[float] = []
    reasons: list[str] = []
    if min_years is not None and min_years > 0:
        if years is None:
            parts.append(UNKNOWN_FIT)
            reasons.append(f"Years of experience unknown; the job asks for {min_years}")
        elif years >= min_years:
            parts.append(1.0)
            reasons.append(f"{years:g} years of experience meets the {min_years} required")
        else:
            parts.append(years / min_years)
            reasons.append(f"{years:g} years of experience is below the {min_years} required")
    if wanted is not None:
        if level is None:
            parts.append(UNKNOWN_FIT)
        else:
            gap = level - wanted
            parts.append(_level_fit(gap))
            relation = "matches" if gap == 0 else "is below" if gap < 0 else "is above"
            reasons.append(f"Seniority {LEVELS[level]} {relation} the {LEVELS[wanted]} level asked")
    return (sum(parts) / len(parts) if parts else None), reasons


def _level_fit(gap: int) -> float:
    return max(0.0, 1 - _UNDER_LEVEL * -gap) if gap < 0 else max(0.0, 1 - _OVER_LEVEL * gap)


def experience_fits(
    years: float | None, level: int | None, min_years: FloatArray, wanted: IntArray
) -> FloatArray:
    """experience_fit for arrays of jobs: min_years NaN and wanted -1 mean not asked."""
    asks_years = min_years > 0  # NaN compares False
    if years is None:
        years_part = np.full(min_years.shape, UNKNOWN_FIT)
    else:
        with np.errstate(divide="ignore", invalid="ignore"):
            years_part = np.where(years >= min_years, 1.0, years / min_years)
    asks_level = wanted >= 0
    if level is None:
        level_part = np.full(wanted.shape, UNKNOWN_FIT)
    else:
        gap = (level - wanted).astype(np.float64)
        level_part = np.where(
            gap < 0,
            np.maximum(0.0, 1 - _UNDER_LEVEL * -gap),
            np.maximum(0.0, 1 - _OVER_LEVEL * gap),
        )
    return _mean_of_parts(years_part, asks_years, level_part, asks_level)


def location_fit(
    preference: str | None,
    place: tuple[str, ...],
    policy: str | None,
    job_place: tuple[str, ...],
    job_location: str | None,
) -> tuple[float | None, list[str]]:
    """How the job's place and remote policy suit the candidate's, with reasons."""
    parts: list[float] = []
    reasons: list[str] = []
    if policy == "remote":
        reasons.append("Remote job")
    elif place and job_place:
        if place[0] == job_place[0]:
            parts.append(SAME_CITY)
            reasons.append(f"In the candidate's city: {job_location}")
        elif set(place) & set(job_place):
            parts.append(SAME_AREA)
            reasons.append(f"In the candidate's region: {job_location}")
        else:
            parts.append(ELSEWHERE)
            reasons.append(f"Located elsewhere: {job_location}")
    if preference is not None and policy is not None:
        parts.append(PREFERENCE_FIT[preference][REMOTE_POLICIES.index(policy)])
        if preference != policy:
            reasons.append(f"The job is {policy}; the candidate prefers {preference}")
    return (sum(parts) / len(parts) if parts else None), reasons


def location_fits(
    preference: str | None,
    city: int,
    areas: IntArray,
    policy: IntArray,
    job_places: IntArray,
) -> FloatArray:
    """location_fit for arrays of jobs.

    `city` and `areas` are the candidate's place ids (-1 / empty when unknown); job_places
    holds each job's place ids, most specific first, -1 padded; policy is an index into
    REMOTE_POLICIES or -1.
    """
    located = (policy != REMOTE_POLICIES.index("remote")) & (job_places[:, 0] >= 0)
    located &= areas.size > 0
    shared = np.isin(job_places, areas[areas >= 0]).any(axis=1)
    place_part = np.where(
        (job_places[:, 0] == city) & (city >= 0),
        SAME_CITY,
        np.where(shared, SAME_AREA, ELSEWHERE),
    )
    if preference is None:
        return _mean_of_parts(place_part, located, place_part, np.zeros_like(located))
    table = np.array([*PREFERENCE_FIT[preference], np.nan])
    preference_part = table[policy]  # -1 picks the NaN slot
    return _mean_of_parts(place_part, located, preference_part, policy >= 0)


def experience_fits_of_candidates(
    years: FloatArray, levels: IntArray, min_years: int | None, wanted: int | None
) -> FloatArray:
    """experience_fit for arrays of candidates and one job: years NaN and levels -1 mean
    unknown."""
    asks_years = np.full(years.shape, min_years is not None and min_years > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        years_part = np.where(
            np.isnan(years), UNKNOWN_FIT, np.where(years >= (min_years or 0), 1.0,
                                                   years / (min_years or 1))
        )  # fmt: skip
    gap = (levels - (wanted or 0)).astype(np.float64)
    level_part = np.where(
        levels < 0,
        UNKNOWN_FIT,
        np.where(gap < 0, np.maximum(0.0, 1 - _UNDER_LEVEL * -gap),
                 np.maximum(0.0, 1 - _OVER_LEVEL * gap)),
    )  # fmt: skip
    asks_level = np.full(levels.shape, wanted is not None)
    return _mean_of_parts(years_part, asks_years, level_part, asks_level)


def location_fits_of_candidates(
    preferences: IntArray, places: IntArray, policy: str | None, job_places: list[int]
) -> FloatArray:
    """location_fit for arrays of candidates and one job.

    `places` holds each candidate's place ids, most specific first, -1 padded;
    `preferences` an index into REMOTE_POLICIES or -1; `job_places` the job's place ids,
    -2 for a place no candidate names.
    """
    located = (places[:, 0] >= 0) & (policy != "remote") & bool(job_places)
    shared = np.isin(places, [place for place in job_places if place >= 0]).any(axis=1)
    city = job_places[0] if job_places else -2
    place_part = np.where(places[:, 0] == city, SAME_CITY, np.where(shared, SAME_AREA, ELSEWHERE))
    if policy is None:
        return _mean_of_parts(place_part, located, place_part, np.zeros_like(located))
    column = REMOTE_POLICIES.index(policy)
    table = np.array([*(PREFERENCE_FIT[name][column] for name in REMOTE_POLICIES), np.nan])
    return _mean_of_parts(place_part, located, table[preferences], preferences >= 0)


def _mean_of_parts(
    first: FloatArray,
    has_first: npt.NDArray[np.bool_],
    second: FloatArray,
    has_second: npt.NDArray[np.bool_],
) -> FloatArray:
    """The mean of the parts present per job; NaN where neither is."""
    count = has_first.astype(np.float64) + has_second
    total = np.where(has_first, first, 0.0) + np.where(has_second, second, 0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(count > 0, total / count, np.nan)

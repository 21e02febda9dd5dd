"""A candidate prepared once for every job: what scoring reads from a CV, as plain data.

Tokenising a CV and finding its title families takes milliseconds; a `PreparedCandidate`
keeps the result, independent of the job corpus and of the weights, so that a worker can
store it (`to_dict`, JSON-ready) and load thousands of candidates without reading a CV
again. The text query (the CV's most telling terms) is not kept: it depends on the
corpus statistics and is chosen again whenever they change.
"""

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from jobmatch.matching.features import CandidateFeatures, candidate_features
from jobmatch.matching.places import REMOTE_POLICIES
from jobmatch.matching.profiles import CandidateProfile
from jobmatch.matching.seniority import LEVELS
from jobmatch.matching.taxonomy import Taxonomy

FORMAT = 1


@dataclass(frozen=True, slots=True)
class PreparedCandidate:
    """A candidate's skills, term counts, title families, years, level and place."""

    skills: tuple[str, ...]  # sorted
    terms: tuple[str, ...]  # sorted: equal weights in a query are broken by the term
    counts: tuple[int, ...]  # per term
    families: tuple[tuple[str, float], ...]  # title families found, by name
    years: float | None
    level: int | None  # index in seniority.LEVELS
    place: tuple[str, ...]
    preference: str | None  # one of REMOTE_POLICIES

    @classmethod
    def of(cls, profile: CandidateProfile, taxonomy: Taxonomy) -> "PreparedCandidate":
        """Prepare a profile (the same reading of the CV as score_job's)."""
        features = candidate_features(profile, taxonomy, 0.0)
        terms = sorted(features.counts)
        return cls(
            skills=tuple(sorted(features.skills)),
            terms=tuple(terms),
            counts=tuple(features.counts[term] for term in terms),
            families=tuple(sorted(features.families.items())),
            years=features.years,
            level=features.level,
            place=features.place,
            preference=features.preference,
        )

    def features(self, taxonomy: Taxonomy, family_credit: float) -> CandidateFeatures:
        """The features score_job computes for the same profile and family credit."""
        families = dict(self.families)
        return CandidateFeatures(
            skills=frozenset(self.skills),
            counts=Counter(dict(zip(self.terms, self.counts, strict=True))),
            families=families,
            affinity=taxonomy.titles.affinity(families, family_credit),
            years=self.years,
            level=self.level,
            place=self.place,
            preference=self.preference,
        )

    def to_dict(self) -> dict[str, Any]:
        """A plain, JSON-ready dict; from_dict reads it back. The terms are one string
        (terms have no spaces), which JSON reads much faster than a mapping."""
        return {
            "format": FORMAT,
            "skills": list(self.skills),
            "terms": " ".join(self.terms),
            "counts": list(self.counts),
            "families": dict(self.families),
            "years": self.years,
            "level": self.level,
            "place": list(self.place),
            "preference": self.preference,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "PreparedCandidate":
        """A prepared candidate from to_dict()'s output; ValueError if it is not that."""
        if data.get("format") != FORMAT:
            raise ValueError(f"unknown prepared candidate format {data.get('format')!r}")
        try:
            terms, counts = str(data["terms"]).split(), list(data["counts"])
            families = dict(data["families"])
            skills, place = list(data["skills"]), list(data["place"])
            years, level, preference = data["years"], data["level"], data["preference"]
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(f"not a prepared candidate: {error}") from error
        if not all(isinstance(s, str) for s in [*skills, *place, *families]):
            raise ValueError("skills, places and families must be strings")
        # set() and min() over map(): validating thousands of stored candidates stays fast.
        if len(counts) != len(terms) or set(map(type, counts)) - {int} or min(counts or [1]) < 1:
            raise ValueError("counts must be positive integers, one per term")
        if not all(isinstance(w, int | float) and 0 <= w <= 1 for w in families.values()):
            raise ValueError("family weights must be numbers in 0..1")
        if years is not None and (not isinstance(years, int | float) or years < 0):
            raise ValueError("years must be a number >= 0 or null")
        if level is not None and level not in range(len(LEVELS)):
            raise ValueError(f"level must be an index in {LEVELS} or null")
        if preference is not None and preference not in REMOTE_POLICIES:
            raise ValueError(f"preference must be one of {REMOTE_POLICIES} or null")
        if not all(map(str.__lt__, terms, terms[1:])):  # to_dict writes them sorted, unique
            pairs = dict(zip(terms, counts, strict=True))
            terms = sorted(pairs)
            counts = [pairs[term] for term in terms]
        return cls(
            skills=tuple(sorted(set(skills))),
            terms=tuple(terms),
            counts=tuple(counts),
            families=tuple(sorted((name, float(w)) for name, w in families.items())),
            years=None if years is None else float(years),
            level=level,
            place=tuple(place),
            preference=preference,
        )

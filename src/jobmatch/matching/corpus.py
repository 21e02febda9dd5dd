"""Corpus statistics of the open jobs: term and skill document frequencies for BM25 and IDF.

They are kept up to date as jobs are posted, edited and closed (add/remove/update), never
refitted per request, and travel as a plain dict so that they can be stored anywhere.
"""

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from jobmatch.matching.profiles import JobProfile
from jobmatch.matching.relevance import job_terms

FORMAT = 1


@dataclass(frozen=True, slots=True)
class JobDocument:
    """What one job contributes to the statistics: its term counts, length and skills."""

    counts: Counter[str]
    length: int
    skills: frozenset[str]

    @classmethod
    def of(cls, job: JobProfile) -> "JobDocument":
        """The document of a job: title and description terms, required and nice skills."""
        counts = job_terms(job.title, job.description)
        return cls(counts, sum(counts.values()), frozenset(job.skills) | set(job.nice_to_have))


@dataclass(slots=True)
class CorpusStats:
    """Document frequencies over a set of jobs. `revision` changes with every change."""

    documents: int = 0
    total_length: int = 0
    terms: dict[str, int] = field(default_factory=dict)
    skills: dict[str, int] = field(default_factory=dict)
    revision: int = 0

    @classmethod
    def of(cls, jobs: Iterable[JobProfile]) -> "CorpusStats":
        """The statistics of these jobs."""
        stats = cls()
        for job in jobs:
            stats.add(job)
        return stats

    def add(self, job: JobProfile) -> None:
        """Count a new job."""
        self.apply(JobDocument.of(job), +1)

    def remove(self, job: JobProfile) -> None:
        """Forget a job, as it was when it was counted."""
        self.apply(JobDocument.of(job), -1)

    def update(self, old: JobProfile, new: JobProfile) -> None:
        """Replace a counted job by its edited version."""
        self.remove(old)
        self.add(new)

    def apply(self, document: JobDocument, sign: int) -> None:
        """Add (sign 1) or remove (sign -1) one document's counts."""
        if sign not in (1, -1):
            raise ValueError("sign must be 1 or -1")
        if sign < 0 and self.documents <= 0:
            raise ValueError("cannot remove a job from empty statistics")
        self.documents += sign
        self.total_length += sign * document.length
        _count(self.terms, document.counts, sign)
        _count(self.skills, document.skills, sign)
        self.revision += 1

    def add_counts(
        self,
        documents: int,
        total_length: int,
        terms: Mapping[str, int],
        skills: Mapping[str, int],
    ) -> None:
        """Count many documents at once from their summed frequencies (bulk loads)."""
        self.documents += documents
        self.total_length += total_length
        for table, counts in ((self.terms, terms), (self.skills, skills)):
            for key, value in counts.items():
                if value > 0:
                    table[key] = table.get(key, 0) + value
        self.revision += 1

    @property
    def avg_length(self) -> float:
        """Mean document length in terms; 0 for no documents."""
        return self.total_length / self.documents if self.documents else 0.0

    def has_term(self, term: str) -> bool:
        """Whether any job uses the term."""
        return term in self.terms

    def idf(self, term: str) -> float:
        """BM25's IDF, always positive: ln(1 + (N - df + 0.5) / (df + 0.5))."""
        return _idf(self.documents, self.terms.get(term, 0))

    def idf_at(self, frequency: int) -> float:
        """The IDF of a term or skill that `frequency` jobs use (for arrays of frequencies)."""
        return _idf(self.documents, frequency)

    def skill_idf(self, skill: str) -> float:
        """The same IDF over the jobs that list the skill (required or nice to have)."""
        return _idf(self.documents, self.skills.get(skill, 0))

    def to_dict(self) -> dict[str, Any]:
        """A plain, JSON-ready dict (sorted keys: equal statistics give equal dicts)."""
        return {
            "format": FORMAT,
            "documents": self.documents,
            "total_length": self.total_length,
            "terms": dict(sorted(self.terms.items())),
            "skills": dict(sorted(self.skills.items())),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "CorpusStats":
        """Statistics from to_dict()'s output; ValueError if it is not that."""
        if data.get("format") != FORMAT:
            raise ValueError(f"unknown corpus statistics format {data.get('format')!r}")
        documents, total = data.get("documents"), data.get("total_length")
        if not isinstance(documents, int) or not isinstance(total, int):
            raise ValueError("documents and total_length must be integers >= 0")
        if not _count_value(documents) or not _count_value(total):
            raise ValueError("documents and total_length must be integers >= 0")
        return cls(documents, total, _frequencies(data, "terms"), _frequencies(data, "skills"))


def _idf(documents: int, frequency: int) -> float:
    # Statistics from elsewhere may lag behind: never let a frequency exceed the count.
    return math.log(1 + (max(documents - frequency, 0) + 0.5) / (frequency + 0.5))


def _count(table: dict[str, int], keys: Iterable[str], sign: int) -> None:
    for key in keys:
        value = table.get(key, 0) + sign
        if value > 0:
            table[key] = value
        else:
            table.pop(key, None)


def _count_value(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _frequencies(data: Mapping[str, Any], name: str) -> dict[str, int]:
    table = data.get(name)
    if not isinstance(table, Mapping):
        raise ValueError(f"{name} must be a mapping")
    if not all(isinstance(k, str) and _count_value(v) and v for k, v in table.items()):
        raise ValueError(f"{name} must map strings to positive integers")
    return dict(table)

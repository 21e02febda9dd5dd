"""A job index: many jobs scored against one candidate at once with NumPy.

Built once from the open jobs, then kept up to date with upsert() and remove(). Scores
equal score_job's for the same pair; the full reasons are computed only for the jobs
returned.
"""

from collections import Counter
from collections.abc import Iterable

import numpy as np

from jobmatch.matching.array_scoring import (
    MARGIN,
    Postings,
    Query,
    build_query,
    job_at,
    segment_values,
    shortlist,
)
from jobmatch.matching.corpus import CorpusStats, JobDocument
from jobmatch.matching.features import (
    JobFeatures,
    candidate_features,
    job_features,
)
from jobmatch.matching.profiles import CandidateProfile, JobProfile
from jobmatch.matching.relevance import select_query, text_reference
from jobmatch.matching.scoring import (
    DEFAULT_WEIGHTS,
    MatchScore,
    ScoringWeights,
    evaluate,
    skill_evidence,
    skill_weight,
)
from jobmatch.matching.segments import Floats, Segment, SegmentBuilder, Vocabularies
from jobmatch.matching.taxonomy import Taxonomy, get_taxonomy

COMPACT_AT = 1024  # pending updates merged into the main segment past this many ...
COMPACT_SHARE = 0.05  # ... or past this share of the index


class JobIndex:
    """Jobs prepared for fast ranking.

    Without `stats`, the index keeps its own corpus statistics of the jobs it holds up to
    date; with `stats` (for example loaded from the database), it reads them and leaves
    keeping them current to the caller (see use_stats). Not thread-safe: do not update it
    while another thread ranks with it (several concurrent rank() calls are fine once the
    pending updates have been applied, for example by a first rank()).
    """

    def __init__(
        self,
        jobs: Iterable[JobProfile] = (),
        stats: CorpusStats | None = None,
        taxonomy: Taxonomy | None = None,
    ) -> None:
        self._taxonomy = taxonomy or get_taxonomy()
        self._owns_stats = stats is None
        self.stats = CorpusStats() if stats is None else stats
        self._vocab = Vocabularies()
        listed = list(jobs)
        last = {job.id: k for k, job in enumerate(listed)}  # a repeated id: the last one wins
        self._main = self._build(job for k, job in enumerate(listed) if last[job.id] == k)
        if self._owns_stats:
            self._count_main()
        self._where = {job_id: row for row, job_id in enumerate(self._main.ids)}
        self._pending: dict[str, JobFeatures] = {}
        self._tail: Segment | None = None
        self._cache: dict[tuple[int, int, int, ScoringWeights], Floats] = {}

    def __len__(self) -> int:
        return len(self._where) + len(self._pending)

    def __contains__(self, job_id: object) -> bool:
        return job_id in self._where or job_id in self._pending

    def use_stats(self, stats: CorpusStats) -> None:
        """Read these statistics from now on (and stop keeping the index's own)."""
        self.stats, self._owns_stats = stats, False
        self._cache.clear()

    def upsert(self, job: JobProfile | JobFeatures) -> None:
        """Add a job (its profile, or its features prepared already), or replace the one
        with the same id."""
        self._forget(job.id)
        features = job if isinstance(job, JobFeatures) else job_features(job, self._taxonomy)
        self._pending[job.id] = features
        if self._owns_stats:
            self.stats.apply(_document(features), +1)
        self._tail = None
        if len(self._pending) > max(COMPACT_AT, COMPACT_SHARE * len(self._main)):
            self.compact()

    def remove(self, job_id: str) -> bool:
        """Take a job out; False if it was not there."""
        return self._forget(job_id)

    def compact(self) -> None:
        """Merge pending updates into the main arrays and drop removed rows."""
        self._main = Segment.concat([self._main, self._tail_segment()], self._vocab)
        self._where = {job_id: row for row, job_id in enumerate(self._main.ids)}
        self._pending.clear()
        self._tail = None
        self._cache.clear()

    def values(
        self, candidate: CandidateProfile, weights: ScoringWeights = DEFAULT_WEIGHTS
    ) -> tuple[list[str], Floats]:
        """Every job's id and unrounded 0..1 value for the candidate (score = value x 100)."""
        segments = self._segments()  # first: building the tail can grow the vocabularies
        query = self._query(candidate, weights)
        ids: list[str] = []
        values: list[Floats] = []
        for segment in segments:
            alive = np.flatnonzero(segment.alive)
            ids.extend(segment.ids[row] for row in alive)
            found, _ = segment_values(
                segment, query, weights, self.stats.avg_length, self._skill_weights(weights)
            )
            values.append(found[alive])
        return ids, np.concatenate(values) if values else np.zeros(0)

    def rank(
        self,
        candidate: CandidateProfile,
        limit: int = 20,
        weights: ScoringWeights = DEFAULT_WEIGHTS,
    ) -> list[MatchScore]:
        """The best `limit` jobs for a candidate, best first, ties by job id ascending."""
        return [match for _, match in self.rank_values(candidate, limit, weights)]

    def rank_values(
        self,
        candidate: CandidateProfile,
        limit: int = 20,
        weights: ScoringWeights = DEFAULT_WEIGHTS,
    ) -> list[tuple[float, MatchScore]]:
        """rank(), with each job's unrounded 0..1 value."""
        if limit <= 0:
            return []
        segments = self._segments()  # first: building the tail can grow the vocabularies
        query = self._query(candidate, weights)
        pool: list[tuple[float, str, Segment, int]] = []
        postings: dict[int, Postings] = {}
        skill_w = self._skill_weights(weights)
        for segment in segments:
            values, postings[id(segment)] = segment_values(
                segment, query, weights, self.stats.avg_length, skill_w
            )
            values[~segment.alive] = -np.inf
            pool.extend(shortlist(segment, values, limit))
        pool.sort(key=lambda item: (-item[0], item[1]))
        scored = [
            evaluate(query.features, query.terms,
                     job_at(segment, row, query, postings[id(segment)], self._vocab),
                     self.stats, weights, self._taxonomy)
            for _, _, segment, row in pool[: limit + MARGIN]
        ]  # fmt: skip
        scored.sort(key=lambda pair: (-pair[0], pair[1].job_id))
        return scored[:limit]

    def _segments(self) -> list[Segment]:
        return [self._main] + ([self._tail_segment()] if self._pending else [])

    def _tail_segment(self) -> Segment:
        if self._tail is None:
            self._tail = self._build(self._pending.values())
        return self._tail

    def _build(self, jobs: Iterable[JobProfile | JobFeatures]) -> Segment:
        builder = SegmentBuilder(self._vocab)
        for job in jobs:
            features = job if isinstance(job, JobFeatures) else job_features(job, self._taxonomy)
            evidence = (
                sum(skill_evidence(skill, self._taxonomy) for skill in features.required),
                sum(skill_evidence(skill, self._taxonomy) for skill in features.nice),
            )
            builder.add(features, evidence)
        return builder.finish()

    def _count_main(self) -> None:
        """The statistics of the main segment, counted with arrays rather than per job."""
        main = self._main
        term_df = np.diff(main.term_starts)  # each job lists a term once
        skill_ids = np.concatenate((main.required[1], main.nice[1]))  # disjoint per job
        skill_df = np.bincount(skill_ids, minlength=len(self._vocab.skills))
        terms, skills = self._vocab.terms.names, self._vocab.skills.names
        self.stats.add_counts(
            len(main),
            int(main.lengths.sum()),
            {terms[i]: int(term_df[i]) for i in np.flatnonzero(term_df)},
            {skills[i]: int(skill_df[i]) for i in np.flatnonzero(skill_df)},
        )

    def _forget(self, job_id: str) -> bool:
        if job_id in self._pending:
            features = self._pending.pop(job_id)
            self._tail = None
            document = _document(features)
        elif job_id in self._where:
            row = self._where.pop(job_id)
            self._main.alive[row] = False
            document = self._main_document(row)
        else:
            return False
        if self._owns_stats:
            self.stats.apply(document, -1)
        return True

    def _main_document(self, row: int) -> JobDocument:
        names = self._vocab.terms.names
        counts = Counter({names[t]: c for t, c in self._main.counts_of(row).items()})
        skills = self._vocab.skills.names
        listed = [
            *self._main.skills_of(self._main.required, row),
            *self._main.skills_of(self._main.nice, row),
        ]
        return JobDocument(
            counts, int(self._main.lengths[row]), frozenset(skills[s] for s in listed)
        )

    def _query(self, candidate: CandidateProfile, weights: ScoringWeights) -> Query:
        features = candidate_features(candidate, self._taxonomy, weights.family_credit)
        terms = select_query(features.counts, self.stats, weights.query_terms)
        reference = text_reference(self.stats, weights.text_evidence)
        return build_query(features, terms, self._vocab, weights, self._taxonomy, reference)

    def _skill_weights(self, weights: ScoringWeights) -> Floats:
        key = (id(self.stats), self.stats.revision, len(self._vocab.skills), weights)
        cached = self._cache.get(key)
        if cached is None:
            names = self._vocab.skills.names
            cached = np.array([skill_weight(n, self.stats, self._taxonomy) for n in names])
            self._cache.clear()
            self._cache[key] = cached
        return cached


def _document(features: JobFeatures) -> JobDocument:
    return JobDocument(
        Counter(features.counts), features.length, frozenset(features.required) | set(features.nice)
    )

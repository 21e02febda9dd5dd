"""A job index: many jobs scored against one candidate at once with NumPy.

Built once from the open jobs, then kept up to date with upsert() and remove(). Scores
equal score_job's for the same pair; the full reasons are computed only for the jobs
returned.
"""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from jobmatch.matching.corpus import CorpusStats, JobDocument
from jobmatch.matching.features import (
    CandidateFeatures,
    JobFeatures,
    candidate_features,
    job_features,
)
from jobmatch.matching.fit import experience_fits, location_fits
from jobmatch.matching.places import REMOTE_POLICIES
from jobmatch.matching.profiles import CandidateProfile, JobProfile
from jobmatch.matching.relevance import select_query
from jobmatch.matching.scoring import (
    DEFAULT_WEIGHTS,
    FIT,
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
_TIE = 1e-9  # vectorised and scalar sums may differ in the last bits
_MARGIN = 8  # jobs past the limit that are rescored exactly, in case the last bits reorder them


_Gathered = tuple[npt.NDArray[np.int32], npt.NDArray[np.float32], npt.NDArray[np.int32]]


@dataclass(frozen=True, slots=True)
class _Query:
    features: CandidateFeatures
    terms: dict[str, float]  # the text query
    term_ids: list[int]
    term_weights: Floats
    denominator: float
    credit: Floats  # per skill id: 1 owned, related_credit for a related skill, else 0
    affinity: Floats  # per family id, plus a trailing 0 for "no family"
    city: int
    areas: npt.NDArray[np.int32]


class JobIndex:
    """Jobs prepared for fast ranking.

    Without `stats`, the index keeps its own corpus statistics of the jobs it holds up to
    date; with `stats` (for example loaded from the database), it reads them and leaves
    keeping them current to the caller (see use_stats).
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

    def upsert(self, job: JobProfile) -> None:
        """Add a job, or replace the one with the same id."""
        self._forget(job.id)
        features = job_features(job, self._taxonomy)
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
            values.append(self._values(segment, query, weights)[0][alive])
        return ids, np.concatenate(values) if values else np.zeros(0)

    def rank(
        self,
        candidate: CandidateProfile,
        limit: int = 20,
        weights: ScoringWeights = DEFAULT_WEIGHTS,
    ) -> list[MatchScore]:
        """The best `limit` jobs for a candidate, best first, ties by job id ascending."""
        if limit <= 0:
            return []
        segments = self._segments()  # first: building the tail can grow the vocabularies
        query = self._query(candidate, weights)
        pool: list[tuple[float, str, Segment, int]] = []
        gathered: dict[int, _Gathered] = {}
        for segment in segments:
            values, gathered[id(segment)] = self._values(segment, query, weights)
            values[~segment.alive] = -np.inf
            pool.extend(_shortlist(segment, values, limit))
        pool.sort(key=lambda item: (-item[0], item[1]))
        scored = [
            evaluate(query.features, query.terms, self._job(segment, row, query,
                     gathered[id(segment)]), self.stats, weights, self._taxonomy)
            for _, _, segment, row in pool[: limit + _MARGIN]
        ]  # fmt: skip
        scored.sort(key=lambda pair: (-pair[0], pair[1].job_id))
        return [match for _, match in scored[:limit]]

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

    def _query(self, candidate: CandidateProfile, weights: ScoringWeights) -> _Query:
        features = candidate_features(candidate, self._taxonomy, weights.family_credit)
        terms = select_query(features.counts, self.stats, weights.query_terms)
        vocab = self._vocab
        credit = np.zeros(len(vocab.skills))
        for skill in features.skills:
            for other in self._taxonomy.related(skill):
                if other in vocab.skills.ids:
                    credit[vocab.skills.ids[other]] = weights.related_credit
        for skill in features.skills:
            if skill in vocab.skills.ids:
                credit[vocab.skills.ids[skill]] = 1.0
        affinity = np.zeros(len(vocab.families) + 1)
        for family, value in features.affinity.items():
            if family in vocab.families.ids:
                affinity[vocab.families.ids[family]] = value
        known = [term for term in terms if term in vocab.terms.ids]
        return _Query(
            features=features,
            terms=terms,
            term_ids=[vocab.terms.ids[term] for term in known],
            term_weights=np.array([terms[term] for term in known], dtype=np.float64),
            denominator=(weights.bm25_k1 + 1) * sum(terms.values()),
            credit=credit,
            affinity=affinity,
            city=vocab.places.ids.get(features.place[0], -1) if features.place else -1,
            areas=np.array([vocab.places.ids.get(p, -1) for p in features.place], dtype=np.int32),
        )

    def _skill_weights(self, weights: ScoringWeights) -> Floats:
        key = (id(self.stats), self.stats.revision, len(self._vocab.skills), weights)
        cached = self._cache.get(key)
        if cached is None:
            names = self._vocab.skills.names
            cached = np.array([skill_weight(n, self.stats, self._taxonomy) for n in names])
            self._cache.clear()
            self._cache[key] = cached
        return cached

    def _values(
        self, segment: Segment, query: _Query, weights: ScoringWeights
    ) -> tuple[Floats, "_Gathered"]:
        """The same numbers as scoring.combine for every row of a segment, and the query
        terms' postings it read."""
        n = len(segment)
        skill_w = self._skill_weights(weights)
        fits: dict[str, Floats] = {}
        present: dict[str, npt.NDArray[np.bool_]] = {}
        for name, lists, evidence in (
            ("skills", segment.required, segment.required_evidence),
            ("nice_to_have", segment.nice, segment.nice_evidence),
        ):
            starts, ids = lists
            owner = np.repeat(np.arange(n), np.diff(starts))
            total = np.bincount(owner, skill_w[ids], minlength=n)
            got = query.credit[ids] if name == "skills" else (query.credit[ids] == 1.0)
            earned = np.bincount(owner, skill_w[ids] * got, minlength=n)
            present[name] = np.diff(starts) > 0
            with np.errstate(divide="ignore", invalid="ignore"):
                fits[name] = np.where(present[name], earned / total, 0.0)
            with np.errstate(divide="ignore", invalid="ignore"):
                share = np.where(evidence > 0, evidence / (evidence + weights.skill_evidence), 0.0)
            fits[name + "_share"] = share
        rows, counts, which = segment.term_slices(query.term_ids)
        k1, b, avg = weights.bm25_k1, weights.bm25_b, self.stats.avg_length
        norm = k1 * (1 - b + b * segment.lengths / avg) if avg else np.full(n, k1)
        tf = counts.astype(np.float64)
        gain = query.term_weights[which] * (tf * (k1 + 1) / (tf + norm[rows]))
        total_text = np.bincount(rows, gain, minlength=n)
        raw = total_text / query.denominator if query.denominator else np.zeros(n)
        saturation = weights.text_saturation
        if saturation:
            with np.errstate(divide="ignore", invalid="ignore"):
                raw = np.where(raw > 0, raw * (1 + saturation) / (raw + saturation), raw)
        fits["text"] = raw
        present["text"] = np.ones(n, dtype=np.bool_)
        affinity = query.affinity[segment.families] * segment.family_weights
        fits["title"] = affinity.max(axis=1)
        present["title"] = (segment.families[:, 0] >= 0) & bool(query.features.families)
        fit_values = {
            "experience": experience_fits(
                query.features.years, query.features.level, segment.min_years, segment.levels
            ),
            "location": location_fits(
                query.features.preference, query.city, query.areas, segment.policies,
                segment.places,
            ),
        }  # fmt: skip
        return _combine(fits, present, fit_values, weights), (rows, counts, which)

    def _job(self, segment: Segment, row: int, query: _Query, gathered: "_Gathered") -> JobFeatures:
        """A row back as JobFeatures; its counts hold the query's terms only, all BM25 reads."""
        rows, counts, which = gathered
        mine = rows == row
        names = self._vocab.terms.names
        term_counts = {
            names[query.term_ids[k]]: int(c) for k, c in zip(which[mine], counts[mine], strict=True)
        }
        skills, families, places = self._vocab.skills, self._vocab.families, self._vocab.places
        return JobFeatures(
            id=segment.ids[row],
            title=segment.titles[row],
            required=tuple(skills.names[s] for s in segment.skills_of(segment.required, row)),
            nice=tuple(skills.names[s] for s in segment.skills_of(segment.nice, row)),
            counts=term_counts,
            length=int(segment.lengths[row]),
            families=tuple(
                (families.names[f], float(w))
                for f, w in zip(segment.families[row], segment.family_weights[row], strict=True)
                if f >= 0
            ),
            min_years=None if np.isnan(segment.min_years[row]) else int(segment.min_years[row]),
            level=None if segment.levels[row] < 0 else int(segment.levels[row]),
            place=tuple(places.names[p] for p in segment.places[row] if p >= 0),
            location=segment.locations[row],
            policy=REMOTE_POLICIES[segment.policies[row]] if segment.policies[row] >= 0 else None,
        )


def _combine(
    fits: dict[str, Floats],
    present: dict[str, npt.NDArray[np.bool_]],
    fit_values: dict[str, Floats],
    weights: ScoringWeights,
) -> Floats:
    """scoring.combine over arrays, operation for operation."""
    n = len(fits["text"])
    total_weight, weighted = np.zeros(n), np.zeros(n)
    for name in ("skills", "nice_to_have", "text", "title"):
        share = fits.get(name + "_share", np.ones(n))
        weight = np.where(present[name], float(getattr(weights, name)) * share, 0.0)
        total_weight = total_weight + weight
        weighted = weighted + weight * np.where(present[name], fits[name], 0.0)
    has_fit = np.zeros(n, dtype=np.bool_)
    for name in FIT:
        has_fit |= ~np.isnan(fit_values[name])
    with np.errstate(divide="ignore", invalid="ignore"):
        value = np.where(total_weight > 0, weighted / total_weight, np.where(has_fit, 1.0, 0.0))
    for name in FIT:
        fit = fit_values[name]
        factor = 1 - float(getattr(weights, name)) / weights.total() * (1 - fit)
        value = np.where(np.isnan(fit), value, value * factor)
    return value


def _shortlist(
    segment: Segment, values: Floats, limit: int
) -> list[tuple[float, str, Segment, int]]:
    """The rows that may be in the top `limit`, ties at the cut included (by id)."""
    if len(values) > limit:
        cut = np.partition(values, len(values) - limit)[len(values) - limit]
        rows = np.flatnonzero(values >= cut - _TIE)
    else:
        rows = np.arange(len(values))
    rows = rows[np.isfinite(values[rows])]
    found = [(float(values[row]), segment.ids[row], segment, int(row)) for row in rows]
    if len(found) > limit:
        found.sort(key=lambda item: (-round(item[0], 6), item[1]))
    return found[: limit + _MARGIN]


def _document(features: JobFeatures) -> JobDocument:
    return JobDocument(
        Counter(features.counts), features.length, frozenset(features.required) | set(features.nice)
    )

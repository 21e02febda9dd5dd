"""A candidate index: many candidates scored against one job at once with NumPy.

The other direction of JobIndex: built once from the candidates, kept up to date with
upsert() and remove(), and read with values() or rank() for one job at a time. A pair
gets the same score as score_job(candidate, job, weights, stats) gives it; the full
reasons are computed only for the candidates returned.

The corpus statistics are those of the open jobs, given by the caller (candidates are
the queries, not the corpus). Each CV's text query depends on them, so the queries of all
candidates are chosen again, vectorised, the first time the index is read after the
statistics changed (another object, or another `revision`), and kept until the next change.
Candidates are stored as term counts, skills and title families (PreparedCandidate), so
that this never reads a CV again.
"""

from collections.abc import Iterable

import numpy as np

from jobmatch.matching.array_scoring import MARGIN, TIE, top_rows
from jobmatch.matching.candidate_queries import QueryTable, select_queries, term_idf
from jobmatch.matching.candidate_scoring import JobQuery, build_job_query, candidate_values
from jobmatch.matching.candidate_segments import CandidateSegment
from jobmatch.matching.corpus import CorpusStats
from jobmatch.matching.features import job_features
from jobmatch.matching.prepared import PreparedCandidate
from jobmatch.matching.profiles import CandidateProfile, JobProfile
from jobmatch.matching.relevance import select_query
from jobmatch.matching.scoring import DEFAULT_WEIGHTS, MatchScore, ScoringWeights, evaluate
from jobmatch.matching.segments import Floats, Vocabularies
from jobmatch.matching.taxonomy import Taxonomy, get_taxonomy

COMPACT_AT = 1024  # pending updates merged into the main segment past this many ...
COMPACT_SHARE = 0.05  # ... or past this share of the index

Candidate = CandidateProfile | PreparedCandidate


class CandidateIndex:
    """Candidates prepared for fast ranking against a job.

    Without `stats`, each job is its own corpus, as in score_job without statistics
    (every term then has the same IDF, and the queries are chosen again for every job).
    Not thread-safe: do not update it while another thread reads it.
    """

    def __init__(
        self,
        candidates: Iterable[tuple[str, Candidate]] = (),
        stats: CorpusStats | None = None,
        taxonomy: Taxonomy | None = None,
    ) -> None:
        self._taxonomy = taxonomy or get_taxonomy()
        self.stats = stats
        self._vocab = Vocabularies()
        prepared = {candidate_id: self._prepare(c) for candidate_id, c in candidates}
        self._main = CandidateSegment.build(prepared.items(), self._vocab)
        self._where = {candidate_id: row for row, candidate_id in enumerate(self._main.ids)}
        self._pending: dict[str, PreparedCandidate] = {}
        self._tail: CandidateSegment | None = None
        self._queries: dict[str, tuple[tuple[object, ...], QueryTable]] = {}  # by segment

    def __len__(self) -> int:
        return len(self._where) + len(self._pending)

    def __contains__(self, candidate_id: object) -> bool:
        return candidate_id in self._where or candidate_id in self._pending

    def use_stats(self, stats: CorpusStats | None) -> None:
        """Read these job statistics from now on."""
        self.stats = stats

    def upsert(self, candidate_id: str, candidate: Candidate) -> None:
        """Add a candidate, or replace the one with the same id."""
        prepared = self._prepare(candidate)
        self.remove(candidate_id)
        self._pending[candidate_id] = prepared
        self._tail = None
        if len(self._pending) > max(COMPACT_AT, COMPACT_SHARE * len(self._main)):
            self.compact()

    def upsert_many(self, candidates: Iterable[tuple[str, Candidate]]) -> None:
        """upsert() for many candidates, compacting at most once (bulk loads)."""
        for candidate_id, candidate in candidates:
            prepared = self._prepare(candidate)
            self.remove(candidate_id)
            self._pending[candidate_id] = prepared
        self._tail = None
        if len(self._pending) > max(COMPACT_AT, COMPACT_SHARE * len(self._main)):
            self.compact()

    def remove(self, candidate_id: str) -> bool:
        """Take a candidate out; False if it was not there."""
        if candidate_id in self._pending:
            del self._pending[candidate_id]
            self._tail = None
        elif candidate_id in self._where:
            self._main.alive[self._where.pop(candidate_id)] = False
        else:
            return False
        return True

    def compact(self) -> None:
        """Merge pending updates into the main arrays and drop removed rows."""
        self._main = CandidateSegment.concat([self._main, self._tail_segment()], self._vocab)
        self._where = {candidate_id: row for row, candidate_id in enumerate(self._main.ids)}
        self._pending.clear()
        self._tail = None
        self._queries.clear()  # the main segment is a new one

    def prepared(self, candidate_id: str, *, terms: bool = True) -> PreparedCandidate:
        """A candidate as stored (PreparedCandidate.to_dict() serialises it); KeyError if
        it is not there. Without `terms` its terms and counts may be left empty."""
        if candidate_id in self._pending:
            return self._pending[candidate_id]
        return self._main.prepared(self._where[candidate_id], self._vocab, terms=terms)

    def values(
        self, job: JobProfile, weights: ScoringWeights = DEFAULT_WEIGHTS
    ) -> tuple[list[str], Floats]:
        """Every candidate's id and unrounded 0..1 value for the job (score = value x 100)."""
        ids: list[str] = []
        values: list[Floats] = []
        for segment, found in self._scored(job, weights)[1]:
            alive = np.flatnonzero(segment.alive)
            ids.extend(segment.ids[row] for row in alive)
            values.append(found[alive])
        return ids, np.concatenate(values) if values else np.zeros(0)

    def rank(
        self,
        job: JobProfile,
        limit: int = 20,
        weights: ScoringWeights = DEFAULT_WEIGHTS,
        min_value: float | None = None,
    ) -> list[tuple[str, MatchScore]]:
        """The best `limit` candidates for a job, best first, ties by candidate id
        ascending; with `min_value`, only those whose 0..1 value reaches it."""
        if limit <= 0:
            return []
        (query, stats), scored = self._scored(job, weights)
        pool: list[tuple[float, str, CandidateSegment, int]] = []
        for segment, found in scored:
            found[~segment.alive] = -np.inf
            if min_value is not None:
                found[found < min_value - TIE] = -np.inf
            pool.extend((v, i, segment, row) for v, i, row in top_rows(segment.ids, found, limit))
        pool.sort(key=lambda item: (-item[0], item[1]))
        exact: list[tuple[float, str, MatchScore]] = []
        for _, candidate_id, segment, row in pool[: limit + MARGIN]:
            features = segment.prepared(row, self._vocab).features(
                self._taxonomy, weights.family_credit
            )
            terms = select_query(features.counts, stats, weights.query_terms)
            value, match = evaluate(features, terms, query.features, stats, weights, self._taxonomy)
            if min_value is None or value >= min_value:
                exact.append((value, candidate_id, match))
        exact.sort(key=lambda item: (-item[0], item[1]))
        return [(candidate_id, match) for _, candidate_id, match in exact[:limit]]

    def query_of(
        self, candidate_id: str, stats: CorpusStats, query_terms: int
    ) -> dict[str, float] | None:
        """The candidate's text query (select_query's terms and weights) as last chosen for
        these statistics, if the index holds it; None otherwise (call select_query)."""
        cached = self._queries.get("main")
        row = self._where.get(candidate_id)
        if cached is None or row is None or cached[0] != _query_key(stats, query_terms):
            return None
        table = cached[1]
        # The bounds as the table's own dtype: Python ints would make numpy convert the
        # whole table (every candidate's query) to int64 on each call, ~0.7 ms at 10k CVs.
        bounds = np.array([row, row + 1], dtype=table.rows.dtype)
        first, last = np.searchsorted(table.rows, bounds).tolist()
        names = self._vocab.terms.names
        return {
            names[t]: w
            for t, w in zip(
                table.terms[first:last].tolist(), table.weights[first:last].tolist(), strict=True
            )
        }

    def _scored(
        self, job: JobProfile, weights: ScoringWeights
    ) -> tuple[tuple[JobQuery, CorpusStats], list[tuple[CandidateSegment, Floats]]]:
        segments = [("main", self._main)]
        if self._pending:
            segments.append(("tail", self._tail_segment()))
        stats = self.stats if self.stats is not None else CorpusStats.of([job])
        query = build_job_query(
            job_features(job, self._taxonomy), self._vocab, stats, weights, self._taxonomy
        )
        # Queries are chosen again when the statistics (or the query length) change.
        key = _query_key(stats, weights.query_terms)
        idf: Floats | None = None
        scored = []
        for name, segment in segments:
            cached = self._queries.get(name)
            if cached is None or cached[0] != key:
                idf = term_idf(self._vocab.terms, stats) if idf is None else idf
                cached = key, select_queries(segment.terms, idf, weights.query_terms)
                self._queries[name] = cached
            scored.append((segment, candidate_values(segment, cached[1], query, weights)))
        return (query, stats), scored

    def _tail_segment(self) -> CandidateSegment:
        if self._tail is None:
            self._tail = CandidateSegment.build(self._pending.items(), self._vocab)
            self._queries.pop("tail", None)
        return self._tail

    def _prepare(self, candidate: Candidate) -> PreparedCandidate:
        if isinstance(candidate, PreparedCandidate):
            return candidate
        return PreparedCandidate.of(candidate, self._taxonomy)


def _query_key(stats: CorpusStats, query_terms: int) -> tuple[object, ...]:
    return (id(stats), stats.revision, stats.documents, stats.total_length, query_terms)

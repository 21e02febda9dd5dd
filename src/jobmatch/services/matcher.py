"""A worker process's matching state: the corpus statistics, and prepared jobs and CVs.

The statistics live in PostgreSQL (kept up to date by the job indexing task as jobs are
posted, edited, closed and deleted); each worker holds a copy that it re-reads when their
revision moved, at most every CORPUS_REFRESH_SECONDS. Preparing a job or a CV (tokenising
its text, finding its title families) costs more than scoring it, so prepared ones are kept
in bounded caches keyed by what they were prepared from. The scoring methods are CPU work:
callers run them in a thread (asyncio.to_thread), never on the event loop.
"""

import asyncio
import heapq
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import replace
from typing import Generic, Protocol, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.core.config import Settings
from jobmatch.core.database import SessionFactory
from jobmatch.core.job_changes import JobChanges
from jobmatch.matching import CandidateIndex, CorpusStats, JobIndex, MatchScore, ScoringWeights
from jobmatch.matching.features import CandidateFeatures, JobFeatures, job_features
from jobmatch.matching.places import place_parts, remote_policy
from jobmatch.matching.prepared import PreparedCandidate
from jobmatch.matching.profiles import CandidateProfile, JobProfile
from jobmatch.matching.relevance import select_query
from jobmatch.matching.scoring import evaluate
from jobmatch.matching.skill_gap import SkillAdvice, skill_gap
from jobmatch.matching.taxonomy import get_taxonomy
from jobmatch.models import CV, Job, User
from jobmatch.repositories import candidates, corpus, jobs
from jobmatch.repositories import cvs as cv_rows

GAP_TOP_JOBS = 20  # the skill-gap advice looks at this many of the candidate's best jobs
JOB_ROWS_READ = 1000  # whole job rows read per query when preparing
# Statistics of fewer documents than this have their revision checked on every read, not
# every refresh_seconds, while this process holds fewer candidates than the second bound:
# in a corpus of a few jobs a new posting's words are new to it, so scoring the posting on
# statistics from before it would find no shared words at all. New statistics cost a
# re-read (cheap for a small corpus) and every held candidate's text query chosen again
# (about 25 ms per 1,000 candidates), hence both bounds; in a large corpus one posting
# hardly moves the statistics.
SMALL_CORPUS_DOCUMENTS = 1000
SMALL_CORPUS_CANDIDATES = 2000

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class BoundedCache(Generic[K, V]):
    """A thread-safe least-recently-used map with at most `size` entries."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: K, make: Callable[[], V]) -> V:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        value = make()  # outside the lock: two threads may both make it, both equal
        with self._lock:
            self._items[key] = value
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return value

    def peek(self, key: K) -> V | None:
        with self._lock:
            return self._items.get(key)

    def __len__(self) -> int:
        return len(self._items)


def job_profile(job: Job) -> JobProfile:
    return JobProfile(
        id=str(job.id),
        title=job.title,
        description=job.description,
        skills=tuple(job.skills),
        nice_to_have=tuple(job.nice_to_have),
        min_years=job.min_years,
        seniority=job.seniority,
        location=job.location,
        remote=job.remote,
    )


class Preferences(Protocol):
    """What the matcher reads of a CV's owner: a User, or just these columns of one."""

    @property
    def location(self) -> str | None: ...
    @property
    def remote_preference(self) -> str | None: ...


def candidate_profile(cv: CV, user: Preferences) -> CandidateProfile:
    return CandidateProfile(
        skills=frozenset(cv.skills),
        text=cv.text or "",
        years=cv.years_experience,
        seniority=cv.seniority,
        location=user.location,
        remote=user.remote_preference,
    )


def _stored(reading: dict[str, object] | None) -> PreparedCandidate | None:
    try:
        return PreparedCandidate.from_dict(reading) if reading is not None else None
    except ValueError:  # written by another version of this code: read the text instead
        return None


class Matcher:
    """Statistics and prepared items of one worker process; safe to share between tasks."""

    def __init__(self, settings: Settings) -> None:
        self.weights: ScoringWeights = settings.scoring_weights
        self.refresh_seconds = settings.CORPUS_REFRESH_SECONDS
        self._stats = CorpusStats()
        self._revision: int | None = None
        self._checked = -float("inf")
        self._refresh = asyncio.Lock()
        self._jobs: BoundedCache[tuple[uuid.UUID, int], JobFeatures] = BoundedCache(
            settings.MATCH_CACHE_SIZE
        )
        # Every open job, prepared and as arrays (see matching.JobIndex), re-read from
        # PostgreSQL at most every refresh_seconds: a new version replaces the old, a
        # closed job leaves. Building the arrays per match task had cost more than the
        # ranking itself (63% of a task's CPU), so they are built once per job version.
        self._job_index = JobIndex(stats=CorpusStats())
        self._open: dict[str, tuple[int, JobFeatures]] = {}  # job id -> version, features
        self._job_index_lock = threading.Lock()
        self._jobs_read = -float("inf")
        self._jobs_refresh = asyncio.Lock()
        # Set by the worker: the counter the api moves after each job change.
        self.job_changes: JobChanges | None = None
        self._changes_seen: bytes | None = None
        # Every CV this process has scored, as arrays (see matching.CandidateIndex); a CV's
        # row is replaced when its owner's preferences change.
        self._candidates = CandidateIndex()
        self._preferences: dict[uuid.UUID, tuple[str | None, str | None]] = {}
        self._index_lock = threading.RLock()

    async def stats(self, session: AsyncSession, *, fresh: bool = False) -> CorpusStats:
        """The corpus statistics, re-read when their revision moved (checked at most every
        refresh_seconds, on every read while they are small (SMALL_CORPUS_DOCUMENTS), or now
        with `fresh`)."""
        if fresh or self._stats_due():
            seen = self._checked
            async with self._refresh:
                # A check made while this task waited for the lock serves it too: without
                # this, tasks on a small corpus (always due) would query one after another.
                if fresh or (self._checked == seen and self._stats_due()):
                    revision = await corpus.revision(session)
                    if revision != self._revision:
                        totals, terms, skills = await corpus.load(session)
                        documents = totals.documents if totals else 0
                        length = totals.total_length if totals else 0
                        self._stats = CorpusStats(documents, length, terms, skills, revision)
                        self._revision = revision
                    self._checked = time.monotonic()
        return self._stats

    def _stats_due(self) -> bool:
        small = (
            self._stats.documents < SMALL_CORPUS_DOCUMENTS
            and len(self._candidates) < SMALL_CORPUS_CANDIDATES
        )
        return small or time.monotonic() - self._checked >= self.refresh_seconds

    def job(self, job: Job) -> JobFeatures:
        """A job prepared for scoring (cached per job version)."""
        return self._jobs.get(
            (job.id, job.version), lambda: job_features(job_profile(job), get_taxonomy())
        )

    def candidate(self, cv: CV, user: User) -> CandidateFeatures:
        """A CV prepared for scoring (a parsed CV never changes; the preferences may)."""
        with self._index_lock:
            self._ensure(cv, user)
            prepared = self._candidates.prepared(str(cv.id))
        return prepared.features(get_taxonomy(), self.weights.family_credit)

    def _ensure(self, cv: CV, user: User) -> None:
        """The CV in the candidate index, with the owner's current preferences."""
        if self._preferences.get(cv.id) != (user.location, user.remote_preference):
            self._learn([(cv.id, user, cv.prepared, cv)])

    def _learn(
        self, items: Sequence[tuple[uuid.UUID, Preferences, dict[str, object] | None, CV | None]]
    ) -> list[uuid.UUID]:
        """Put CVs in the candidate index from their stored reading (or, for CVs parsed
        before readings were stored, their text), with their owners' preferences; the ids
        of those with neither (a reading this code cannot read, and no text given)."""
        prepared: list[tuple[str, PreparedCandidate | CandidateProfile]] = []
        unread: list[uuid.UUID] = []
        for cv_id, user, reading, cv in items:
            stored = _stored(reading)
            if stored is not None:  # read once by the parse: no tokenising here
                place = place_parts(user.location)
                prepared.append(
                    (str(cv_id),
                     replace(stored, place=place, preference=remote_policy(user.remote_preference)))
                )  # fmt: skip
            elif cv is not None:
                prepared.append((str(cv_id), candidate_profile(cv, user)))
            else:
                unread.append(cv_id)
                continue
            self._preferences[cv_id] = (user.location, user.remote_preference)
        with self._index_lock:
            self._candidates.upsert_many(prepared)
        return unread

    async def know(self, session: AsyncSession, candidates: Sequence[tuple[CV, User]]) -> None:
        """Load into the candidate index the CVs it lacks (only their stored readings are
        read from PostgreSQL: a warm worker reads none)."""
        await self.know_owned(session, [(cv.id, user) for cv, user in candidates])

    async def know_owned(
        self, session: AsyncSession, candidates: Sequence[tuple[uuid.UUID, Preferences]]
    ) -> None:
        """know() from CV ids and their owners' preferences only."""
        missing = {
            cv_id: owner
            for cv_id, owner in candidates
            if self._preferences.get(cv_id) != (owner.location, owner.remote_preference)
        }
        if not missing:
            return
        readings = await cv_rows.readings(session, list(missing))
        items = [
            (cv_id, missing[cv_id], *readings[cv_id]) for cv_id in missing if cv_id in readings
        ]
        unread = await asyncio.to_thread(self._learn, items)
        if unread:  # readings of another format: from the text, once
            whole = await cv_rows.readings(session, unread, whole=True)
            await asyncio.to_thread(
                self._learn, [(cv_id, missing[cv_id], None, whole[cv_id][1]) for cv_id in whole]
            )

    async def warm(self, factory: SessionFactory, batch: int = 2000) -> int:
        """Prepare every open job, then load every candidate into the index (a worker's
        start, in the background), so that the first tasks after a restart do not pay for
        reading and preparing them. The number of candidates loaded."""
        async with factory() as session:
            await self.open_jobs(session, fresh=True)
        loaded, after = 0, None
        while True:
            async with factory() as session:
                page = await candidates.newest_cvs(session, after, batch)
                await self.know(session, page)
            if not page:
                return loaded
            loaded += len(page)
            after = page[-1][0].id

    def unprepared(self, keys: Sequence[tuple[uuid.UUID, int]]) -> list[uuid.UUID]:
        """The job ids among these (id, version) keys that this process has not prepared."""
        return [job_id for job_id, version in keys if self._prepared(job_id, version) is None]

    def _prepared(self, job_id: uuid.UUID, version: int) -> JobFeatures | None:
        held = self._open.get(str(job_id))
        if held is not None and held[0] == version:
            return held[1]
        return self._jobs.peek((job_id, version))

    def prepare_jobs(self, jobs: Sequence[Job]) -> list[JobFeatures]:
        """Prepare whole job rows (cached too; CPU: run in a thread)."""
        return [self.job(job) for job in jobs]

    async def open_jobs(self, session: AsyncSession, *, fresh: bool = False) -> int:
        """Bring the job index to the open jobs of PostgreSQL: re-read when the api said a
        job changed (job_changes), at least every refresh_seconds, or now with `fresh`;
        whole rows are read only for versions this process has not prepared. The number of
        open jobs indexed."""
        async with self._jobs_refresh:
            changes, changed = None, False
            if self.job_changes is not None:
                changes = await self.job_changes.current()
                changed = changes is None or changes != self._changes_seen
            due = time.monotonic() - self._jobs_read >= self.refresh_seconds
            if fresh or due or changed:
                started = time.monotonic()  # the counter was read before the rows
                keys = await jobs.open_keys(session)
                missing = self.unprepared(keys)
                # Handed straight to the sync: the bounded cache may have evicted them
                # already when there are more open jobs than MATCH_CACHE_SIZE.
                made: dict[tuple[uuid.UUID, int], JobFeatures] = {}
                for start in range(0, len(missing), JOB_ROWS_READ):
                    rows = await jobs.by_ids(session, missing[start : start + JOB_ROWS_READ])
                    features = await asyncio.to_thread(self.prepare_jobs, rows)
                    made.update(zip(((row.id, row.version) for row in rows), features, strict=True))
                await asyncio.to_thread(self._sync_index, keys, made)
                self._jobs_read, self._changes_seen = started, changes
        return len(self._open)

    @property
    def jobs_view(self) -> bytes | None:
        """The job change counter the held jobs are at least as new as (None: unknown)."""
        return self._changes_seen

    async def jobs_changed_since(self, view: bytes | None) -> bool:
        """Whether a job changed after the held jobs were at `view` (jobs_view taken before
        ranking; None if Redis could not say then). True when Redis cannot say now: a run
        about to store its list ranks again rather than miss a job (see
        services.matching.compute_run)."""
        if self.job_changes is None:
            return False
        now = await self.job_changes.current()
        return now is None or now != view

    def _sync_index(
        self,
        keys: Sequence[tuple[uuid.UUID, int]],
        made: dict[tuple[uuid.UUID, int], JobFeatures],
    ) -> None:
        """The job index holds these (id, version) keys, as far as prepared. A job changed
        again between reading its key and its row keeps the version held (if any) until the
        next re-read; a job deleted meanwhile leaves. Results are checked against the jobs
        table before they are stored, so a held job closed meanwhile is never written."""
        found = {
            str(job_id): (version, made.get((job_id, version)) or self._prepared(job_id, version))
            for job_id, version in keys
        }
        with self._job_index_lock:
            for job_id in [job_id for job_id in self._open if job_id not in found]:
                self._job_index.remove(job_id)
                del self._open[job_id]
            for job_id, (version, features) in found.items():
                if features is None:
                    continue  # changed or deleted since its key was read: keep what is held
                if self._open.get(job_id, (None,))[0] != version:
                    self._job_index.upsert(features)
                    self._open[job_id] = (version, features)

    def rank_jobs(
        self, cv: CV, user: User, stats: CorpusStats, limit: int
    ) -> tuple[list[tuple[float, MatchScore]], list[SkillAdvice]]:
        """The best `limit` open jobs (as of open_jobs()) for the CV with their values, best
        first, and the skill-gap advice over the top GAP_TOP_JOBS (CPU: run in a thread)."""
        profile = candidate_profile(cv, user)
        with self._job_index_lock:
            if self._job_index.stats is not stats:
                self._job_index.use_stats(stats)
            ranked = self._job_index.rank_values(profile, limit=limit, weights=self.weights)
            # Nothing in common (value 0) is no match: as live updates, which add only > 0.
            ranked = [(value, match) for value, match in ranked if value > 0]
            top = [self._open[match.job_id][1] for _, match in ranked[:GAP_TOP_JOBS]]
        gap = skill_gap(self.candidate(cv, user), top, stats, self.weights)
        return ranked, gap

    def candidate_values(
        self, job: Job, candidates: Sequence[tuple[CV, User]], stats: CorpusStats
    ) -> list[float]:
        """The job's unrounded 0..1 value for each candidate, in order, computed for all of
        them at once by the candidate index; know() them first (CPU: run in a thread)."""
        if not candidates:
            return []
        with self._index_lock:
            self._candidates.use_stats(stats)
            ids, values = self._candidates.values(job_profile(job), self.weights)
        where = {candidate_id: row for row, candidate_id in enumerate(ids)}
        # 0 for a CV know() could not load (deleted meanwhile): it is left out.
        return [
            float(values[where[str(cv.id)]]) if str(cv.id) in where else 0.0 for cv, _ in candidates
        ]

    def best_candidates(
        self, job: Job, among: set[uuid.UUID], stats: CorpusStats, limit: int
    ) -> list[tuple[uuid.UUID, float]]:
        """The `limit` best of these CVs for the job with their values (> 0 only), best
        first, ties by CV id, scored all at once by the candidate index; know() them first
        (CPU: run in a thread)."""
        wanted = {str(cv_id) for cv_id in among}
        with self._index_lock:
            self._candidates.use_stats(stats)
            ids, values = self._candidates.values(job_profile(job), self.weights)
        scored = [
            (value, cv_id)
            for cv_id, value in zip(ids, values.tolist(), strict=True)
            if value > 0 and cv_id in wanted
        ]
        best = heapq.nsmallest(limit, scored, key=lambda item: (-item[0], item[1]))
        return [(uuid.UUID(cv_id), value) for value, cv_id in best]

    def explain(self, job: Job, cv: CV, user: User, stats: CorpusStats) -> tuple[float, MatchScore]:
        """One pair's value and full score, reasons included (CPU: run in a thread)."""
        with self._index_lock:
            self._ensure(cv, user)
            # Chosen already by candidate_values for these statistics: then the CV's terms,
            # which only choose the query, need not be read back.
            query = self._candidates.query_of(str(cv.id), stats, self.weights.query_terms)
            prepared = self._candidates.prepared(str(cv.id), terms=query is None)
        features = prepared.features(get_taxonomy(), self.weights.family_credit)
        if query is None:
            query = select_query(features.counts, stats, self.weights.query_terms)
        return evaluate(features, query, self.job(job), stats, self.weights, get_taxonomy())

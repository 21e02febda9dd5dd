"""Results that follow the jobs: a posted, edited, closed or deleted job reaches the result
lists of the candidates it affects, without recomputing every candidate against every job.

Who is affected comes from the candidates' pre-filter (CVs sharing a skill with the job or
matching its title words, in PostgreSQL) plus the candidates whose lists already show the
job. Each is scored against the job alone, with the same engine and weights as a full run;
the job goes in where it ranks (if it makes the list), is re-scored, or leaves. A closed job
leaves every list. Runs once per job version: the job's index entry records it.
"""

import asyncio
import re
import uuid
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.core import outbox
from jobmatch.core.config import Settings
from jobmatch.matching import MatchScore
from jobmatch.matching.scoring import BROAD_CATEGORY_WEIGHTS
from jobmatch.matching.taxonomy import get_taxonomy
from jobmatch.models import CV, Job, JobStatus, User
from jobmatch.models.explanation import explanation_of
from jobmatch.repositories import candidates, corpus, jobs, list_barrier, matches
from jobmatch.services.matcher import Matcher

_WORD = re.compile(r"[a-z0-9]+")
# Rounds of following lists that runs superseded while an update was writing to them.
LIST_ROUNDS = 3


@dataclass(frozen=True, slots=True)
class Propagation:
    """What one job change did to the candidates' lists."""

    rescored: int  # candidates scored against the job
    changed: int  # result lists that changed


def title_query(job: Job) -> str:
    """All of the job title's words, safe for to_tsquery (letters and digits only): a CV
    naming "sales" and "manager" may be a sales manager; one naming "manager" alone is
    found through its skills, if at all."""
    words = sorted({w for w in _WORD.findall(job.title.lower()) if len(w) > 1})
    return " & ".join(words[:16])


def telling_skills(job: Job) -> list[str]:
    """The job's skills that say something about fit: broad ones (soft skills, office
    tools), which nearly every CV names, would make the pre-filter keep everyone."""
    taxonomy = get_taxonomy()
    return [
        skill
        for skill in (*job.skills, *job.nice_to_have)
        if (known := taxonomy.get(skill)) is None or known.category not in BROAD_CATEGORY_WEIGHTS
    ]


def result_row(run_id: uuid.UUID, value: float, match: MatchScore) -> dict[str, object]:
    return {
        "run_id": run_id,
        "job_id": uuid.UUID(match.job_id),
        "score": match.score,
        "value": value,
        "explanation": explanation_of(match),
    }


async def propagate(
    session: AsyncSession, settings: Settings, matcher: Matcher, job_id: uuid.UUID
) -> Propagation | None:
    """Bring the candidates' lists to the job's current version; None if already there
    (or the job is deleted: its results went with it, and the API touched their polls)."""
    if await jobs.get(session, job_id) is None:
        return None
    entry = await corpus.lock_entry(session, job_id)  # one delivery per job at a time
    job = await jobs.reload(session, job_id)
    if job is None or entry.propagated_version >= job.version:
        return None
    if job.status == JobStatus.OPEN:
        done = await _place(session, settings, matcher, job)
    else:
        users = await matches.remove_job(session, job.id)
        for user_id in users:
            outbox.touch_poll(session, user_id)
        done = Propagation(0, len(users))
    entry.propagated_version = job.version
    await session.flush()
    return done


async def _place(
    session: AsyncSession, settings: Settings, matcher: Matcher, job: Job
) -> Propagation:
    # Runs storing a list now, ranked on jobs from before this change, commit first: we
    # read their lists, not the ones they replace; later runs see the counter moved. We
    # move it ourselves: the api's move of this version may not have happened yet (or was
    # lost), and this update may carry a newer version than the one it was sent for.
    if matcher.job_changes is not None:
        await matcher.job_changes.bump()  # Redis down: raises, the task is retried
    await list_barrier.pass_through(session)
    holders = set(await matches.users_with_job_in_results(session, job.id))
    pairs = await candidates.matching_cvs(
        session,
        telling_skills(job),
        title_query(job),
        also_users=sorted(holders),
        limit=settings.MATCH_CANDIDATE_CVS,
    )
    runs = await matches.latest_done_runs(session, [user.id for _, user in pairs])
    pairs = [(cv, user) for cv, user in pairs if user.id in runs]
    stats = await matcher.stats(session)
    await matcher.know(session, pairs)
    values = await asyncio.to_thread(matcher.candidate_values, job, pairs, stats)
    scored = [(cv, user, value) for (cv, user), value in zip(pairs, values, strict=True)]
    changed: set[uuid.UUID] = set()  # users whose list changed
    # Kept from deletion from here to the commit (the rows written for it go with it),
    # not while waiting at the barrier above: see jobs.hold_for_results.
    if not await jobs.hold_for_results(session, job.id):
        return Propagation(len(pairs), 0)
    for _ in range(LIST_ROUNDS):
        placed, gone = await _decide(session, settings, job, scored, runs, holders)
        # Reasons only for the lists the job enters (each costs a full one-pair score),
        # before the lists are locked, to hold the locks only while writing.
        explained = await asyncio.to_thread(
            lambda entering: [matcher.explain(job, cv, user, stats) for _, cv, user in entering],
            placed,
        )
        written = {run_id for run_id, _ in gone} | {run_id for run_id, _, _ in placed}
        shown = await matches.lock_shown(session, written)
        await matches.delete_results(session, [pair for pair in gone if pair[0] in shown])
        await matches.upsert_results(
            session,
            [
                result_row(run_id, value, match)
                for (run_id, _, _), (value, match) in zip(placed, explained, strict=True)
                if run_id in shown
            ],
        )
        owners = {run_id: user_id for user_id, run_id in runs.items()}
        changed |= {owners[run_id] for run_id in written & shown}
        # A list superseded since it was read: its user's run stored a new one (we waited
        # for its commit), which gets the job as this update would have placed it.
        moved = sorted(owners[run_id] for run_id in written - shown)
        if not moved:
            break
        runs = await matches.latest_done_runs(session, moved)
        holders = set(await matches.users_with_job_in_results(session, job.id))
        scored = [(cv, user, value) for cv, user, value in scored if user.id in runs]
    for user_id in changed:
        outbox.touch_poll(session, user_id)
    return Propagation(len(pairs), len(changed))


async def _decide(
    session: AsyncSession,
    settings: Settings,
    job: Job,
    scored: list[tuple[CV, User, float]],
    runs: dict[uuid.UUID, uuid.UUID],
    holders: set[uuid.UUID],
) -> tuple[list[tuple[uuid.UUID, CV, User]], list[tuple[uuid.UUID, uuid.UUID]]]:
    """Which lists (runs) the job enters, and the (run, job) rows that leave: the job
    itself where it no longer makes a list it is in, or the last one it pushes out."""
    tails = await matches.run_tails(session, list(runs.values()), job.id)
    keep = settings.MATCH_RESULTS_KEPT
    placed, gone = [], []
    for cv, user, value in scored:
        run_id = runs[user.id]
        count, lowest, last = tails.get(run_id, (0, 0.0, None))
        if value > 0 and (count < keep or value > lowest):
            placed.append((run_id, cv, user))
            if count >= keep and last is not None:
                gone.append((run_id, last))  # the job pushes the list's last one out
        elif user.id in holders:
            gone.append((run_id, job.id))
    return placed, gone

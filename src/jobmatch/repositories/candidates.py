"""The candidates a job is scored against: every active user's newest parsed CV (the
recruiter's list), or only those that could match it (the pre-filter of live updates)."""

import uuid
from collections.abc import Sequence
from typing import NamedTuple

from sqlalchemy import ColumnElement, and_, exists, func, or_, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from jobmatch.models import CV, CVStatus, User
from jobmatch.repositories.conditions import among


def _newest_parsed() -> ColumnElement[bool]:
    """The CV is parsed and its owner has no newer parsed CV (by creation, then id).

    An anti-join on (owner_id, created_at): checked only for the rows the other conditions
    keep, a few index probes each, whatever the plan. The earlier form, IN over DISTINCT ON
    of every CV, sorted all CVs for each query and ran for 55 s with 10k CVs under a
    generic plan cached while the tables were small (a reviewer's worker, on a server
    without autovacuum); the pre-filter's query took 78 ms against 135 ms with 10k CVs."""
    newer = aliased(CV)
    return and_(
        CV.status == CVStatus.PARSED,
        ~exists().where(
            newer.owner_id == CV.owner_id,
            newer.status == CVStatus.PARSED,
            tuple_(newer.created_at, newer.id) > tuple_(CV.created_at, CV.id),
        ),
    )


async def matching_cvs(
    session: AsyncSession,
    skills: Sequence[str],
    terms: str,
    *,
    also_users: Sequence[uuid.UUID] = (),
    limit: int,
) -> list[tuple[CV, User]]:
    """Each active user's newest parsed CV that shares a skill with the job (GIN) or
    matches its title words (full text), plus those of `also_users`; with its owner. The
    text and reading stay unread (see Matcher.know)."""
    conditions = []
    if skills:
        conditions.append(CV.skills.overlap(list(skills)))
    if terms:
        conditions.append(CV.search_vector.op("@@")(func.to_tsquery("english", terms)))
    if also_users:
        conditions.append(among(CV.owner_id, also_users))
    if not conditions:
        return []
    stmt = (
        select(CV, User)
        .join(User, User.id == CV.owner_id)
        .where(_newest_parsed(), User.is_active, or_(*conditions))
        .order_by(CV.id)
        .limit(limit)
    )
    return [(row[0], row[1]) for row in (await session.execute(stmt)).all()]


async def newest_cvs(
    session: AsyncSession, after: uuid.UUID | None, limit: int
) -> list[tuple[CV, User]]:
    """Every active user's newest parsed CV with its owner, by CV id, a page at a time."""
    stmt = (
        select(CV, User)
        .join(User, User.id == CV.owner_id)
        .where(_newest_parsed(), User.is_active)
        .order_by(CV.id)
        .limit(limit)
    )
    if after is not None:
        stmt = stmt.where(CV.id > after)
    return [(row[0], row[1]) for row in (await session.execute(stmt)).all()]


class Owner(NamedTuple):
    """The owner's columns the matcher reads (see Matcher.know_owned)."""

    location: str | None
    remote_preference: str | None


async def newest_cv_owners(session: AsyncSession) -> list[tuple[uuid.UUID, Owner]]:
    """Every active user's newest parsed CV id with its owner's preferences: columns only,
    no ORM objects (the recruiter's list reads all of them for every run)."""
    stmt = (
        select(CV.id, User.location, User.remote_preference)
        .join(User, User.id == CV.owner_id)
        .where(_newest_parsed(), User.is_active)
    )
    rows = (await session.execute(stmt)).all()
    return [(row[0], Owner(row[1], row[2])) for row in rows]


async def newest_cvs_among(
    session: AsyncSession, cv_ids: Sequence[uuid.UUID]
) -> list[tuple[CV, User]]:
    """Those of these CVs that are still their active owner's newest parsed CV, with the
    owner (a CV deleted or replaced, or an owner deactivated since, drops out)."""
    if not cv_ids:
        return []
    # Driven by the given ids (primary key), then a few index probes per id.
    stmt = (
        select(CV, User)
        .join(User, User.id == CV.owner_id)
        .where(among(CV.id, cv_ids), _newest_parsed(), User.is_active)
    )
    return [(row[0], row[1]) for row in (await session.execute(stmt)).all()]

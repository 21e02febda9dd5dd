"""The candidates' side of the pre-filter: who could match a job, without reading every CV."""

import uuid
from collections.abc import Sequence

from sqlalchemy import func, or_, select
from sqlalchemy.dialects.postgresql import distinct_on
from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.models import CV, CVStatus, User
from jobmatch.repositories.conditions import among


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
    newest = (
        select(CV.id)
        .where(CV.status == CVStatus.PARSED)
        .ext(distinct_on(CV.owner_id))
        .order_by(CV.owner_id, CV.created_at.desc(), CV.id.desc())
    )
    stmt = (
        select(CV, User)
        .join(User, User.id == CV.owner_id)
        .where(CV.id.in_(newest), User.is_active, or_(*conditions))
        .order_by(CV.id)
        .limit(limit)
    )
    return [(row[0], row[1]) for row in (await session.execute(stmt)).all()]

"""Imported taxonomy rows (ESCO / O*NET), read and written as the parsers' records."""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import BindParameter, Text, any_, bindparam, delete, func, insert, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.matching.taxonomy_import import OccupationRecord, SkillRecord
from jobmatch.models import TaxonomyOccupation, TaxonomySkill, TaxonomySnapshot

_IMPORT_LOCK = 0x7A58_0001  # pg_advisory_xact_lock key of `jobmatch taxonomy import`
_SKILL_COLUMNS = (
    TaxonomySkill.source,
    TaxonomySkill.concept_id,
    TaxonomySkill.name,
    TaxonomySkill.aliases,
    TaxonomySkill.category,
    TaxonomySkill.hot,
)
_OCCUPATION_COLUMNS = (
    TaxonomyOccupation.source,
    TaxonomyOccupation.code,
    TaxonomyOccupation.title,
    TaxonomyOccupation.alternate_titles,
    TaxonomyOccupation.occupation_group,
)


async def skills(session: AsyncSession, source: str | None = None) -> list[SkillRecord]:
    """Stored skills (of one source, or all), in key order."""
    stmt = select(*_SKILL_COLUMNS).order_by(TaxonomySkill.source, TaxonomySkill.concept_id)
    if source is not None:
        stmt = stmt.where(TaxonomySkill.source == source)
    rows = await session.execute(stmt)
    return [
        SkillRecord(source, concept_id, name, tuple(aliases), category, hot)
        for source, concept_id, name, aliases, category, hot in rows
    ]


async def occupations(session: AsyncSession, source: str | None = None) -> list[OccupationRecord]:
    """Stored occupations (of one source, or all), in key order."""
    stmt = select(*_OCCUPATION_COLUMNS).order_by(TaxonomyOccupation.source, TaxonomyOccupation.code)
    if source is not None:
        stmt = stmt.where(TaxonomyOccupation.source == source)
    rows = await session.execute(stmt)
    return [
        OccupationRecord(source, code, title, tuple(alternates), group)
        for source, code, title, alternates, group in rows
    ]


async def upsert_skills(session: AsyncSession, records: Sequence[SkillRecord]) -> None:
    """Insert these skills, or overwrite the stored ones with the same key."""
    await _upsert(
        session,
        TaxonomySkill,
        ("source", "concept_id"),
        [
            {
                "source": r.source,
                "concept_id": r.concept_id,
                "name": r.name,
                "aliases": list(r.aliases),
                "category": r.category,
                "hot": r.hot,
            }
            for r in records
        ],
    )


async def upsert_occupations(session: AsyncSession, records: Sequence[OccupationRecord]) -> None:
    """Insert these occupations, or overwrite the stored ones with the same key."""
    await _upsert(
        session,
        TaxonomyOccupation,
        ("source", "code"),
        [
            {
                "source": r.source,
                "code": r.code,
                "title": r.title,
                "alternate_titles": list(r.alternate_titles),
                "occupation_group": r.group,
            }
            for r in records
        ],
    )


async def _upsert(
    session: AsyncSession,
    model: type[TaxonomySkill | TaxonomyOccupation],
    key: tuple[str, ...],
    values: list[dict[str, Any]],
) -> None:
    if not values:
        return
    stmt = pg_insert(model)
    changed = {column: stmt.excluded[column] for column in values[0] if column not in key}
    await session.execute(
        stmt.on_conflict_do_update(
            index_elements=key, set_={**changed, "imported_at": func.clock_timestamp()}
        ),
        values,
    )


async def delete_skills(session: AsyncSession, source: str, concept_ids: Sequence[str]) -> None:
    """Delete these skills of one source (one array parameter, however many)."""
    if concept_ids:
        await session.execute(
            delete(TaxonomySkill).where(
                TaxonomySkill.source == source,
                TaxonomySkill.concept_id == any_(_texts(concept_ids)),
            )
        )


async def delete_occupations(session: AsyncSession, source: str, codes: Sequence[str]) -> None:
    """Delete these occupations of one source."""
    if codes:
        await session.execute(
            delete(TaxonomyOccupation).where(
                TaxonomyOccupation.source == source, TaxonomyOccupation.code == any_(_texts(codes))
            )
        )


def _texts(values: Sequence[str]) -> BindParameter[list[str]]:
    return bindparam("values", list(values), type_=ARRAY(Text))  # type: ignore[arg-type]


async def lock_for_import(session: AsyncSession) -> None:
    """Serialise imports until the transaction ends: two at once would both see the old rows."""
    await session.execute(select(func.pg_advisory_xact_lock(_IMPORT_LOCK)))


async def snapshot(session: AsyncSession) -> tuple[str, bytes] | None:
    """The stored merged taxonomy: (fingerprint, payload), or None."""
    row = (
        await session.execute(select(TaxonomySnapshot.fingerprint, TaxonomySnapshot.payload))
    ).first()
    return None if row is None else (row.fingerprint, row.payload)


async def replace_snapshot(session: AsyncSession, fingerprint: str, payload: bytes) -> None:
    """Keep this snapshot only."""
    await session.execute(delete(TaxonomySnapshot))
    await session.execute(insert(TaxonomySnapshot).values(fingerprint=fingerprint, payload=payload))

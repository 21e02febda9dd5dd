"""Store an import: each imported source's rows become exactly the batch's, and only what
changed is written, so importing the same files again writes nothing; then the merged
taxonomy the processes start from."""

import asyncio
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.matching.taxonomy import Taxonomy
from jobmatch.matching.taxonomy_import import OccupationRecord, SkillRecord
from jobmatch.repositories import taxonomy as rows
from jobmatch.services import taxonomy_snapshot as snapshots
from jobmatch.services.taxonomy_files import TaxonomyBatch
from jobmatch.services.taxonomy_loading import merged_taxonomy

WRITE_CHUNK = 1000  # rows per statement; the progress bar moves once per chunk

_Record = TypeVar("_Record", SkillRecord, OccupationRecord)
Progress = Callable[[int, int], None]  # (rows written so far, rows to write)


@dataclass(frozen=True, slots=True)
class Changes:
    """What an import did to one kind of row (skills, occupations) of one source."""

    kind: str
    source: str
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    labels_added: int = 0  # aliases of skills, alternate titles of occupations
    labels_removed: int = 0


@dataclass(frozen=True, slots=True)
class _Plan(Generic[_Record]):
    changes: Changes
    write: list[_Record]  # added or updated
    remove: list[str]  # keys within the source

    @property
    def size(self) -> int:
        """Rows to write or delete."""
        return len(self.write) + len(self.remove)


async def store_batch(
    session: AsyncSession, batch: TaxonomyBatch, progress: Progress | None = None
) -> list[Changes]:
    """Replace the stored rows of every source in the batch; flush, never commit."""
    await rows.lock_for_import(session)
    skill_plans = [
        _plan("skills", source, await rows.skills(session, source), records)
        for source, records in sorted(batch.skills.items())
    ]
    occupation_plans = [
        _plan("occupations", source, await rows.occupations(session, source), records)
        for source, records in sorted(batch.occupations.items())
    ]
    total = sum(plan.size for plan in skill_plans) + sum(plan.size for plan in occupation_plans)
    counter = _Counter(total, progress)
    for skill_plan in skill_plans:
        await _apply(session, skill_plan, rows.delete_skills, rows.upsert_skills, counter)
    for occupation_plan in occupation_plans:
        await _apply(
            session, occupation_plan, rows.delete_occupations, rows.upsert_occupations, counter
        )
    counter.advance(0)
    return [plan.changes for plan in skill_plans] + [plan.changes for plan in occupation_plans]


class _Counter:
    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total, self.done, self._progress = total, 0, progress

    def advance(self, rows_written: int) -> None:
        self.done += rows_written
        if self._progress is not None:
            self._progress(self.done, self.total)


async def _apply(
    session: AsyncSession,
    plan: _Plan[_Record],
    delete: Callable[[AsyncSession, str, Sequence[str]], Awaitable[None]],
    upsert: Callable[[AsyncSession, Sequence[_Record]], Awaitable[None]],
    counter: _Counter,
) -> None:
    await delete(session, plan.changes.source, plan.remove)
    counter.advance(len(plan.remove))
    for start in range(0, len(plan.write), WRITE_CHUNK):
        chunk = plan.write[start : start + WRITE_CHUNK]
        await upsert(session, chunk)
        counter.advance(len(chunk))


def _key(record: SkillRecord | OccupationRecord) -> str:
    return record.concept_id if isinstance(record, SkillRecord) else record.code


def _labels(record: SkillRecord | OccupationRecord) -> tuple[str, ...]:
    return record.aliases if isinstance(record, SkillRecord) else record.alternate_titles


def _plan(
    kind: str, source: str, stored: Iterable[_Record], records: Iterable[_Record]
) -> _Plan[_Record]:
    before = {_key(record): record for record in stored}
    after = {_key(record): record for record in records}
    write = [record for key, record in after.items() if before.get(key) != record]
    added = sum(key not in before for key in after)
    labels_added = labels_removed = 0
    for key in before.keys() | after.keys():
        old = set(_labels(before[key])) if key in before else set()
        new = set(_labels(after[key])) if key in after else set()
        labels_added += len(new - old)
        labels_removed += len(old - new)
    changes = Changes(
        kind=kind,
        source=source,
        added=added,
        updated=len(write) - added,
        removed=len(before.keys() - after.keys()),
        unchanged=len(after) - len(write),
        labels_added=labels_added,
        labels_removed=labels_removed,
    )
    return _Plan(changes, write, sorted(before.keys() - after.keys()))


async def store_merged(session: AsyncSession) -> Taxonomy:
    """Merge every stored record with the built-in taxonomy, as the processes will at start,
    and keep the result for them to start from (taxonomy_snapshot), unless that very
    snapshot is stored already. ValueError when the records do not merge."""
    skills, occupations = await rows.skills(session), await rows.occupations(session)
    merged = await asyncio.to_thread(merged_taxonomy, skills, occupations)  # seconds of CPU
    current = (snapshots.fingerprint(), snapshots.encode(merged))
    if await rows.snapshot(session) != current:
        await rows.replace_snapshot(session, *current)
    return merged

"""Use the imported taxonomy: read the stored records, merge them with the built-in taxonomy
and install the result process-wide, so that extraction and matching see it.

The api (lifespan) and every worker (startup) call install_imported_taxonomy once; with
nothing imported the built-in taxonomy stays, at the cost of two small queries. The
import stores the merged result (taxonomy_snapshot), so a start usually only rebuilds
it. A process keeps what it loaded: restart api and workers after an import.
"""

import asyncio
import logging
import time

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.core.database import SessionFactory
from jobmatch.matching.taxonomy import Taxonomy, builtin_taxonomy, install_taxonomy
from jobmatch.matching.taxonomy_import import OccupationRecord, SkillRecord
from jobmatch.matching.taxonomy_merge import merge_taxonomy
from jobmatch.repositories import taxonomy as rows
from jobmatch.services import taxonomy_snapshot as snapshots

logger = logging.getLogger(__name__)


async def load_imported_taxonomy(session: AsyncSession) -> Taxonomy | None:
    """The built-in taxonomy merged with every stored record, or None when none is stored.

    From the import's snapshot when this code's fingerprint matches it, else merged here.
    """
    stored = await rows.snapshot(session)
    if stored is not None and stored[0] == snapshots.fingerprint():
        try:
            # CPU-bound (a second or more with full ESCO + O*NET): never on the event loop.
            return await asyncio.to_thread(snapshots.decode, stored[1])
        except ValueError as exc:
            logger.warning("taxonomy snapshot unusable (%s); merging the imported rows", exc)
    skills = await rows.skills(session)
    occupations = await rows.occupations(session)
    if not skills and not occupations:
        return None
    if stored is not None:
        logger.warning(
            "taxonomy snapshot made by other code; merging the imported rows (slower start): "
            "run `jobmatch taxonomy import` again to refresh it"
        )
    return await asyncio.to_thread(merged_taxonomy, skills, occupations)


def merged_taxonomy(skills: list[SkillRecord], occupations: list[OccupationRecord]) -> Taxonomy:
    """What the processes will use for these records (merge_taxonomy is deterministic)."""
    return merge_taxonomy(builtin_taxonomy(), skills, occupations)


async def install_imported_taxonomy(session_factory: SessionFactory) -> Taxonomy | None:
    """Load and install the imported taxonomy; None (and the built-in one) when nothing is
    imported or it cannot be read: the process still starts, and says so in its log."""
    started = time.perf_counter()
    try:
        async with session_factory() as session:
            taxonomy = await load_imported_taxonomy(session)
    except (SQLAlchemyError, OSError) as exc:
        logger.warning(
            "imported taxonomy not loaded (%s); using the built-in one",
            type(exc).__name__,
            extra={"event": "taxonomy", "taxonomy": "builtin"},
        )
        install_taxonomy(None)
        return None
    except ValueError as exc:  # records the merge refuses (the built-in taxonomy changed?)
        logger.error(
            "imported taxonomy does not merge (%s); using the built-in one, import again",
            exc,
            extra={"event": "taxonomy", "taxonomy": "builtin"},
        )
        install_taxonomy(None)
        return None
    install_taxonomy(taxonomy)
    in_use = taxonomy or builtin_taxonomy()
    logger.info(
        "taxonomy: %d skills, %d title families (%s)",
        len(in_use),
        len(in_use.titles),
        "imported" if taxonomy else "built-in",
        extra={
            "event": "taxonomy",
            "taxonomy": "imported" if taxonomy else "builtin",
            "duration_ms": round((time.perf_counter() - started) * 1000),
        },
    )
    return taxonomy

"""`jobmatch taxonomy import`: ESCO / O*NET files into PostgreSQL, with a progress bar.

Reads and checks every file first (a bad one: exit 2, nothing written), then, in one
transaction, replaces the rows of each imported source, merges everything stored with the
built-in taxonomy as the api and workers will (a merge that fails rolls it all back),
stores the merged result for them to start from, and prints what changed. DATABASE_URL
if set, else the embedded PostgreSQL of `jobmatch run`.
"""

import argparse
import asyncio
import logging
import sys
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
)
from sqlalchemy.exc import SQLAlchemyError

from jobmatch.core.config import get_settings
from jobmatch.core.database import create_engine, create_session_factory, session_scope
from jobmatch.core.migrations import is_at_head, upgrade_head
from jobmatch.matching.taxonomy import Taxonomy
from jobmatch.services.taxonomy_files import (
    TaxonomyBatch,
    TaxonomyFileError,
    TaxonomyFiles,
    read_taxonomy_files,
)
from jobmatch.services.taxonomy_store import Changes, store_batch, store_merged

USAGE_ERROR = 2  # argparse's code: the input is wrong, nothing was done
FAILED = 1


class ImportRefused(Exception):
    """The import cannot run (database not migrated, merge refused); nothing was written."""


def run(args: argparse.Namespace) -> int:
    """The command: read, store, summarise. Exit 0, 2 (bad input) or 1 (database)."""
    files = TaxonomyFiles(
        esco_skills=tuple(args.esco_skills),
        esco_occupations=args.esco_occupations,
        onet_technology=args.onet_technology,
        onet_alternate_titles=args.onet_alternate_titles,
        onet_occupations=args.onet_occupations,
    )
    started = time.perf_counter()
    logging.getLogger("alembic").setLevel(logging.WARNING)  # its INFO lines would cut the bar
    try:
        # Errors are printed once the bar has stopped, not in the middle of it.
        with _progress() as progress:
            batch = read_taxonomy_files(files, lambda path: _reading(progress, path))
            with _database() as url:
                changes, merged = asyncio.run(_store(url, batch, progress))
    except (TaxonomyFileError, ImportRefused) as exc:
        return _fail(str(exc), USAGE_ERROR)
    except (SQLAlchemyError, OSError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return _fail(f"the database refused the import, nothing was written ({reason})", FAILED)
    sys.stdout.write(summary(changes, merged, time.perf_counter() - started))
    return 0


def summary(changes: list[Changes], merged: Taxonomy, seconds: float) -> str:
    """What changed, per source and kind, and what the processes will use."""
    lines = [
        f"{'':18} {'added':>8} {'updated':>8} {'removed':>8} {'unchanged':>10}"
        f" {'labels added':>13} {'labels removed':>15}"
    ]
    for c in changes:
        lines.append(
            f"{c.source + ' ' + c.kind:18} {c.added:>8,} {c.updated:>8,} {c.removed:>8,}"
            f" {c.unchanged:>10,} {c.labels_added:>13,} {c.labels_removed:>15,}"
        )
    written = sum(c.added + c.updated + c.removed for c in changes)
    lines += [
        "(labels: aliases of skills, alternate titles of occupations)",
        f"{written:,} rows written; {seconds:.1f} s in all"
        + ("" if written else ": nothing changed, the stored taxonomy is already these files"),
        f"merged with the built-in taxonomy: {len(merged):,} skills, "
        f"{len(merged.titles):,} title families; restart the api and workers to use it",
    ]
    return "\n".join(lines) + "\n"


async def _store(
    url: str, batch: TaxonomyBatch, progress: Progress
) -> tuple[list[Changes], Taxonomy]:
    engine = create_engine(get_settings().model_copy(update={"DATABASE_URL": url}), pool_size=1)
    try:
        async with engine.connect() as connection:
            if not await connection.run_sync(is_at_head):
                raise ImportRefused(
                    "the database is not at the latest migration: run `jobmatch migrate` first"
                )
        writing = progress.add_task("writing rows", total=None)

        def advance(done: int, total: int) -> None:
            progress.update(
                writing,
                completed=done if total else 1,
                total=total or 1,  # nothing to write is done, not 0 %
                description=f"writing {total:,} rows",
            )

        async with session_scope(create_session_factory(engine)) as session:
            changes = await store_batch(session, batch, advance)
            merging = progress.add_task("merging with the built-in taxonomy", total=None)
            try:
                # As the api and workers will at start: a merge that fails rolls back here.
                merged = await store_merged(session)
            except ValueError as exc:
                message = f"the records do not merge with the built-in taxonomy: {exc}"
                raise ImportRefused(message) from exc
            progress.update(merging, total=1, completed=1)
        return changes, merged
    finally:
        await engine.dispose()


@contextmanager
def _database() -> Iterator[str]:
    """DATABASE_URL; else the embedded PostgreSQL under DATA_DIR, migrated (as `jobmatch run`
    does) and stopped afterwards unless it was already running (a `jobmatch run` uses it)."""
    settings = get_settings()
    if settings.DATABASE_URL:
        yield settings.DATABASE_URL
        return
    from jobmatch.core.embedded import EmbeddedPostgres

    server = EmbeddedPostgres(Path(settings.DATA_DIR).resolve() / "postgres")
    was_running = (server.data_dir / "postmaster.pid").exists()
    url = server.start()
    try:
        upgrade_head(url)
        yield url
    finally:
        if not was_running:
            server.stop()


@contextmanager
def _progress() -> Iterator[Progress]:
    # On stderr, so that the summary on stdout can be piped; a plain log without a terminal.
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(bar_width=20),
        TaskProgressColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
    ) as progress:
        yield progress


def _reading(progress: Progress, path: Path) -> AbstractContextManager[TextIO]:
    return progress.open(
        path, "r", encoding="utf-8-sig", newline="", description=f"reading {path.name}"
    )


def _fail(message: str, code: int) -> int:
    sys.stderr.write(f"jobmatch taxonomy import: error: {message}\n")
    return code

"""`jobmatch taxonomy import` as a user runs it: a real process against a real PostgreSQL
database of this module's own (the command commits, so it never touches the session's)."""

import asyncio
import logging
import os
import sys
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import make_url, text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, create_async_engine

from jobmatch.cli import main
from jobmatch.core.config import Settings, get_settings
from jobmatch.main import create_app, lifespan
from jobmatch.matching.extraction import extract_skills
from jobmatch.matching.taxonomy import get_taxonomy, install_taxonomy
from jobmatch.matching.taxonomy_import import OccupationRecord, SkillRecord
from jobmatch.repositories import taxonomy as rows
from jobmatch.services.taxonomy_snapshot import decode, fingerprint
from tests.conftest import migrated_database
from tests.taxonomy_files import import_arguments, write_files
from worker.main import shutdown as worker_shutdown
from worker.main import startup as worker_startup

Run = Callable[..., Awaitable["Outcome"]]


@pytest.fixture(scope="module")
async def import_url(server_urls: tuple[str, str]) -> AsyncIterator[str]:
    async with migrated_database(
        server_urls[0], f"jobmatch_taxonomy_{uuid.uuid4().hex[:8]}"
    ) as url:
        yield url


@pytest.fixture
async def import_db(import_url: str) -> AsyncIterator[AsyncEngine]:
    """The module's database, emptied of imported rows before each test."""
    engine = create_async_engine(import_url)
    async with engine.begin() as conn:
        await conn.execute(
            text("TRUNCATE taxonomy_skills, taxonomy_occupations, taxonomy_snapshots")
        )
    yield engine
    await engine.dispose()


@dataclass(frozen=True)
class Outcome:
    code: int
    stdout: str
    stderr: str


@pytest.fixture
def jobmatch(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[..., Awaitable[Outcome]]]:
    """`jobmatch taxonomy import ARGS` through cli.main, against the database `url`.

    In this process (a new one costs seconds of imports), in a thread (it runs its own event
    loop); settings are re-read for the url, and the logging main() sets up is undone after.
    """
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level

    async def run(url: str, *args: str) -> Outcome:
        monkeypatch.setenv("DATABASE_URL", url)
        get_settings.cache_clear()
        capsys.readouterr()
        with pytest.raises(SystemExit) as exit_:
            await asyncio.to_thread(main, ["taxonomy", "import", *args])
        out = capsys.readouterr()
        code = exit_.value.code
        return Outcome(code if isinstance(code, int) else 1, out.out, out.err)

    yield run
    get_settings.cache_clear()
    root.handlers[:], root.level = handlers, level


async def stored(engine: AsyncEngine) -> tuple[list[SkillRecord], list[OccupationRecord]]:
    async with AsyncSession(engine) as session:
        return await rows.skills(session), await rows.occupations(session)


async def raw_rows(engine: AsyncEngine) -> list[tuple[Any, ...]]:
    """Every stored row with its imported_at: what a second import must leave alone."""
    async with engine.connect() as conn:
        skills = await conn.execute(text("SELECT * FROM taxonomy_skills ORDER BY 1, 2"))
        occupations = await conn.execute(text("SELECT * FROM taxonomy_occupations ORDER BY 1, 2"))
        snapshots = await conn.execute(text("SELECT * FROM taxonomy_snapshots"))
        return [tuple(row) for row in [*skills, *occupations, *snapshots]]


async def test_import_stores_every_file(
    tmp_path: Path, import_db: AsyncEngine, jobmatch: Run
) -> None:
    url = import_db.url.render_as_string(hide_password=False)
    result = await jobmatch(url, *import_arguments(write_files(tmp_path)))
    assert result.code == 0, result.stderr
    skills, occupations = await stored(import_db)
    assert sorted(skills, key=lambda r: (r.source, r.concept_id)) == [
        SkillRecord("esco", "http://esco/skill/1", "KDevelop Platform Studio",
                    ("KDev Studio", "KDevelop IDE"), "integrated development environment"),
        # Listed by two ESCO files: one row, labels united, the category that was given.
        SkillRecord("esco", "http://esco/skill/2", "Python (computer programming)",
                    ("Python 3K", "CPython scripting"), "computer programming"),
        SkillRecord("esco", "http://esco/skill/3", "identify available services",
                    ("determine available services",), ""),
        SkillRecord("onet", "onet:43232201:Atlassian JIRA", "Atlassian JIRA", (),
                    "Content workflow software", hot=True),
        SkillRecord("onet", "onet:43232305:Zorblax Query Studio", "Zorblax Query Studio", (),
                    "Database reporting software", hot=True),
    ]  # fmt: skip
    assert occupations == [
        OccupationRecord("esco", "8121.4", "metal drawing machine operator",
                         ("wire drawer", "draw machine operator", "wiredrawer"), "8121"),
        OccupationRecord("esco", "8121.5", "wire weaving machine operator", ("wire weaver",),
                         "8121"),
        OccupationRecord("onet", "11-1011.03", "Chief Sustainability Officers",
                         ("Sustainability Director", "Chief Green Officer", "CGO"), "11-10"),
    ]  # fmt: skip
    counts = {line[:18].strip(): line.split()[2:] for line in result.stdout.splitlines()[1:5]}
    # added, updated, removed, unchanged, labels added, labels removed
    assert counts == {
        "esco skills": ["3", "0", "0", "0", "5", "0"],
        "onet skills": ["2", "0", "0", "0", "0", "0"],
        "esco occupations": ["2", "0", "0", "0", "4", "0"],
        "onet occupations": ["1", "0", "0", "0", "3", "0"],
    }
    assert "restart the api and workers" in result.stdout
    async with AsyncSession(import_db) as session:
        snapshot = await rows.snapshot(session)
    assert snapshot is not None
    assert snapshot[0] == fingerprint()
    assert decode(snapshot[1]).canonical("KDev Studio") == "kdevelop platform studio"


async def test_importing_the_same_files_again_changes_nothing(
    tmp_path: Path, import_db: AsyncEngine, jobmatch: Run
) -> None:
    url = import_db.url.render_as_string(hide_password=False)
    arguments = import_arguments(write_files(tmp_path))
    assert (await jobmatch(url, *arguments)).code == 0
    first = await raw_rows(import_db)
    again = await jobmatch(url, *arguments)
    assert again.code == 0, again.stderr
    # Same rows, same imported_at, same snapshot: nothing written.
    assert await raw_rows(import_db) == first
    assert len(first) == 8 + 1
    assert "0 rows written" in again.stdout
    assert "nothing changed" in again.stdout


async def test_a_newer_file_replaces_the_rows_of_its_source_only(
    tmp_path: Path, import_db: AsyncEngine, jobmatch: Run
) -> None:
    url = import_db.url.render_as_string(hide_password=False)
    paths = write_files(tmp_path)
    assert (await jobmatch(url, *import_arguments(paths))).code == 0
    _, occupations_before = await stored(import_db)
    newer = tmp_path / "esco_newer.csv"
    newer.write_text(
        "conceptUri,preferredLabel,altLabels\n"
        "http://esco/skill/1,KDevelop Platform Studio,KDev Studio\n"  # one label fewer
        "http://esco/skill/4,Frobnicator Suite,Frob Suite\n",  # new; skills 2 and 3 gone
        encoding="utf-8",
    )
    result = await jobmatch(url, "--esco-skills", str(newer))
    assert result.code == 0, result.stderr
    skills, occupations = await stored(import_db)
    assert [(r.source, r.concept_id, r.aliases) for r in skills] == [
        ("esco", "http://esco/skill/1", ("KDev Studio",)),
        ("esco", "http://esco/skill/4", ("Frob Suite",)),
        ("onet", "onet:43232201:Atlassian JIRA", ()),
        ("onet", "onet:43232305:Zorblax Query Studio", ()),
    ]
    assert occupations == occupations_before  # not named in this import: kept
    esco_line = next(line for line in result.stdout.splitlines() if line.startswith("esco skills"))
    # added 1, updated 1, removed 2, unchanged 0, labels added 1, labels removed 4
    assert esco_line.split()[2:] == ["1", "1", "2", "0", "1", "4"]


def bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe\x00\x00 not text at all")
    header_only = tmp_path / "header_only.csv"
    header_only.write_text("conceptUri,preferredLabel,altLabels\n", encoding="utf-8")
    onet_as_esco = tmp_path / "onet.txt"
    onet_as_esco.write_text("O*NET-SOC Code\tExample\n15-1252.00\tJava\n", encoding="utf-8")
    return {
        "missing": (tmp_path / "nowhere.csv", "no such file"),
        "directory": (tmp_path, "is a directory"),
        "not utf-8": (binary, "not UTF-8 text"),
        "no records": (header_only, "no records"),
        "wrong columns": (
            onet_as_esco,
            "not the expected format (missing columns: conceptUri, preferredLabel, altLabels)",
        ),
    }


@pytest.mark.parametrize(
    "case", ["missing", "directory", "not utf-8", "no records", "wrong columns"]
)
async def test_a_bad_file_exits_2_and_writes_nothing(
    case: str, tmp_path: Path, import_db: AsyncEngine, jobmatch: Run
) -> None:
    url = import_db.url.render_as_string(hide_password=False)
    paths = write_files(tmp_path)
    assert (await jobmatch(url, "--onet-technology", str(paths["onet_technology"]))).code == 0
    before = await raw_rows(import_db)
    bad, reason = bad_files(tmp_path)[case]
    # The good files come first: they are read, and still nothing is written.
    arguments = [*import_arguments(paths), "--esco-skills", str(bad)]
    result = await jobmatch(url, *arguments)
    assert result.code == 2
    assert f"--esco-skills {bad}: {reason}" in result.stderr
    assert "Traceback" not in result.stderr
    assert await raw_rows(import_db) == before


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ([], "no file given"),
        (["--onet-occupations", "occupations.txt"], "give both"),
    ],
)
async def test_usage_errors_exit_2(
    arguments: list[str], message: str, import_db: AsyncEngine, jobmatch: Run
) -> None:
    result = await jobmatch(import_db.url.render_as_string(hide_password=False), *arguments)
    assert result.code == 2
    assert message in result.stderr


async def test_a_database_without_the_migrations_is_refused(
    tmp_path: Path, server_urls: tuple[str, str], jobmatch: Run
) -> None:
    server = make_url(server_urls[0])
    name = f"jobmatch_unmigrated_{uuid.uuid4().hex[:8]}"
    admin = create_async_engine(server, isolation_level="AUTOCOMMIT")
    async with admin.connect() as conn:
        await conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = server.set(database=name).render_as_string(hide_password=False)
        paths = write_files(tmp_path)
        result = await jobmatch(url, "--onet-technology", str(paths["onet_technology"]))
        assert result.code == 2
        assert "run `jobmatch migrate` first" in result.stderr
    finally:
        async with admin.connect() as conn:
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await admin.dispose()


async def test_the_api_and_the_worker_start_with_the_imported_taxonomy(
    tmp_path: Path, import_db: AsyncEngine, settings: Settings, redis: object, jobmatch: Run
) -> None:
    url = import_db.url.render_as_string(hide_password=False)
    cv = "Wrote plugins in KDev Studio and reports in Zorblax Query Studio; Python 3K."
    assert set(extract_skills(cv)) == {"python"}  # the built-in taxonomy alone
    assert get_taxonomy().titles.family_of("Chief Green Officer") is None
    assert (await jobmatch(url, *import_arguments(write_files(tmp_path)))).code == 0
    imported = {"kdevelop platform studio", "zorblax query studio", "python"}
    own = settings.model_copy(update={"DATABASE_URL": url})
    try:
        async with lifespan(create_app(own)):
            assert set(extract_skills(cv)) == imported
            families = get_taxonomy().titles
            assert families.family_of("Chief Green Officer") == "chief sustainability officers"
        install_taxonomy(None)
        ctx: dict[str, Any] = {"settings": own, "redis": redis}
        await worker_startup(ctx)
        try:
            assert set(extract_skills(cv)) == imported
        finally:
            await worker_shutdown(ctx)
    finally:
        install_taxonomy(None)


async def test_the_console_command_exits_2_on_a_bad_file(
    tmp_path: Path, import_db: AsyncEngine
) -> None:
    """The same command as a process, as ops run it: its exit code is the contract."""
    paths = write_files(tmp_path)
    url = import_db.url.render_as_string(hide_password=False)

    async def process(*args: str) -> Outcome:
        child = await asyncio.create_subprocess_exec(
            *(sys.executable, "-m", "jobmatch", "taxonomy", "import", *args),
            env={**os.environ, "DATABASE_URL": url, "LOG_FORMAT": "text"},
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out, err = await asyncio.wait_for(child.communicate(), timeout=120)
        return Outcome(child.returncode or 0, out.decode(), err.decode())

    bad = await process(*import_arguments(paths), "--esco-skills", str(tmp_path / "nowhere.csv"))
    assert bad.code == 2
    assert f"--esco-skills {tmp_path / 'nowhere.csv'}: no such file" in bad.stderr
    assert await raw_rows(import_db) == []

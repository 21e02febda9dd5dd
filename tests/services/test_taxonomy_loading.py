"""Loading the imported taxonomy at start: the built-in one whenever there is nothing to load."""

import pytest
from sqlalchemy.ext.asyncio import AsyncConnection, async_sessionmaker, create_async_engine

from jobmatch.matching.extraction import extract_skills
from jobmatch.matching.taxonomy import builtin_taxonomy, get_taxonomy, install_taxonomy
from jobmatch.matching.taxonomy_import import SkillRecord
from jobmatch.matching.taxonomy_merge import merge_taxonomy
from jobmatch.repositories import taxonomy as rows
from jobmatch.services.taxonomy_files import TaxonomyBatch
from jobmatch.services.taxonomy_loading import install_imported_taxonomy
from jobmatch.services.taxonomy_snapshot import encode, fingerprint
from jobmatch.services.taxonomy_store import store_batch

FROBNICATOR = SkillRecord("esco", "http://esco/skill/9", "Frobnicator Suite", ("Frob Suite",), "")


@pytest.fixture
def other_taxonomy_installed() -> object:
    """A taxonomy that is not the built-in one, so that going back to it is visible."""
    install_taxonomy(merge_taxonomy(builtin_taxonomy(), [FROBNICATOR]))
    assert extract_skills("Frob Suite") == ["frobnicator suite"]
    yield
    install_taxonomy(None)


@pytest.mark.usefixtures("other_taxonomy_installed")
async def test_nothing_imported_installs_the_builtin_taxonomy(connection: AsyncConnection) -> None:
    factory = async_sessionmaker(bind=connection, join_transaction_mode="create_savepoint")
    assert await install_imported_taxonomy(factory) is None
    assert get_taxonomy() is builtin_taxonomy()


async def test_stored_records_are_installed(connection: AsyncConnection) -> None:
    factory = async_sessionmaker(bind=connection, join_transaction_mode="create_savepoint")
    async with factory() as session:
        await store_batch(session, TaxonomyBatch(skills={"esco": [FROBNICATOR]}))
        await session.commit()  # into the test's outer transaction, rolled back at the end
    try:
        assert extract_skills("ten years of Frob Suite") == []
        taxonomy = await install_imported_taxonomy(factory)
        assert taxonomy is not None
        assert get_taxonomy() is taxonomy
        assert extract_skills("ten years of Frob Suite") == ["frobnicator suite"]
    finally:
        install_taxonomy(None)


@pytest.mark.usefixtures("other_taxonomy_installed")
async def test_a_database_that_is_down_leaves_the_builtin_taxonomy(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # Nothing listens on port 1: refused at once, as when PostgreSQL is down at start.
    engine = create_async_engine("postgresql+asyncpg://postgres@127.0.0.1:1/nowhere")
    try:
        assert await install_imported_taxonomy(async_sessionmaker(engine)) is None
    finally:
        await engine.dispose()
    assert get_taxonomy() is builtin_taxonomy()
    assert "imported taxonomy not loaded" in caplog.text


async def test_a_snapshot_of_this_code_is_used_and_one_of_other_code_is_not(
    connection: AsyncConnection,
) -> None:
    factory = async_sessionmaker(bind=connection, join_transaction_mode="create_savepoint")
    # The snapshot knows one skill more than the rows: seeing it proves the snapshot was used.
    widget = SkillRecord("onet", "o1", "Contoso Widget Studio", (), "tools")
    snapshot = encode(merge_taxonomy(builtin_taxonomy(), [FROBNICATOR, widget]))
    async with factory() as session:
        await store_batch(session, TaxonomyBatch(skills={"esco": [FROBNICATOR]}))
        await rows.replace_snapshot(session, fingerprint(), snapshot)
        await session.commit()
    try:
        from_snapshot = await install_imported_taxonomy(factory)
        assert from_snapshot is not None
        assert from_snapshot.canonical("Contoso Widget Studio") == "contoso widget studio"
        async with factory() as session:
            await rows.replace_snapshot(session, "made by other code", snapshot)
            await session.commit()
        merged_here = await install_imported_taxonomy(factory)
        assert merged_here is not None
        assert merged_here.canonical("Contoso Widget Studio") is None
        assert merged_here.canonical("Frob Suite") == "frobnicator suite"
    finally:
        install_taxonomy(None)

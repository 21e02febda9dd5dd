"""Data migrations, run on a database of their own from the revision before them."""

import asyncio
import json
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from alembic import command
from sqlalchemy import make_url, text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

from jobmatch.core.migrations import alembic_config


@asynccontextmanager
async def scratch_database(server_url: str) -> AsyncIterator[tuple[str, AsyncEngine]]:
    """A database of its own (its URL and an engine on it), dropped afterwards."""
    server = make_url(server_url)
    name = f"jobmatch_migration_{uuid.uuid4().hex[:8]}"
    admin = create_async_engine(server, isolation_level="AUTOCOMMIT")
    async with admin.connect() as conn:
        await conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = server.set(database=name).render_as_string(hide_password=False)
    engine = create_async_engine(url)
    try:
        yield url, engine
    finally:
        await engine.dispose()
        async with admin.connect() as conn:
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await admin.dispose()


async def add_user_job_cv(conn: AsyncConnection) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """A candidate, an open job of a recruiter and the candidate's parsed CV: their ids."""
    user, owner, job, cv = uuid.uuid4(), uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    for who, role in ((user, "candidate"), (owner, "recruiter")):
        await conn.execute(
            text("INSERT INTO users (id, email, password_hash, role, is_active)"
                 " VALUES (:id, :email, 'x', :role, true)"),
            {"id": who, "email": f"{who}@example.com", "role": role},
        )  # fmt: skip
    await conn.execute(
        text("INSERT INTO jobs (id, owner_id, title, company, description, remote,"
             " skills, nice_to_have, status) VALUES (:id, :owner, 'Engineer', 'Acme',"
             " 'SQL.', 'remote', '{sql}', '{}', 'open')"),
        {"id": job, "owner": owner},
    )  # fmt: skip
    await conn.execute(
        text("INSERT INTO cvs (id, owner_id, filename, format, size_bytes, content,"
             " status, skills, attempts) VALUES (:id, :user, 'cv.txt', 'txt', 4,"
             " 'SQL.', 'parsed', '{sql}', 1)"),
        {"id": cv, "user": user},
    )  # fmt: skip
    return user, job, cv


async def add_done_run(conn: AsyncConnection, run: uuid.UUID, user: uuid.UUID) -> None:
    """A done match run of the user."""
    await conn.execute(
        text("INSERT INTO match_runs (id, user_id, status, attempts)"
             " VALUES (:id, :user, 'done', 1)"),
        {"id": run, "user": user},
    )  # fmt: skip


async def add_result(conn: AsyncConnection, run: uuid.UUID, job: uuid.UUID) -> None:
    """A result of the run for the job (the schema from 0008 on: one explanation)."""
    await conn.execute(
        text("INSERT INTO match_results (run_id, job_id, score, value, explanation)"
             " VALUES (:run, :job, 80, 0.8, '{}')"),
        {"run": run, "job": job},
    )  # fmt: skip


async def test_0008_moves_the_four_explanation_columns_into_one_and_back(
    server_urls: tuple[str, str],
) -> None:
    async with scratch_database(server_urls[0]) as (url, engine):
        await asyncio.to_thread(command.upgrade, alembic_config(url), "0007")
        run, listed = uuid.uuid4(), uuid.uuid4()
        async with engine.begin() as conn:
            user, job, cv = await add_user_job_cv(conn)
            await add_done_run(conn, run, user)
            await conn.execute(
                text("INSERT INTO candidate_runs (id, job_id, status, attempts)"
                     " VALUES (:id, :job, 'done', 1)"),
                {"id": listed, "job": job},
            )  # fmt: skip
            await conn.execute(
                text("INSERT INTO match_results (run_id, job_id, score, value, matched_skills,"
                     " missing_skills, reasons, breakdown) VALUES (:run, :job, 80, 0.8,"
                     " '{sql,\"c++\"}', '{go}', '[\"Has 2 of 3 required skills\"]',"
                     " '{\"skills\": 0.67, \"text\": 0.2}')"),
                {"run": run, "job": job},
            )  # fmt: skip
            await conn.execute(
                text("INSERT INTO candidate_results (run_id, user_id, cv_id, score, value,"
                     " matched_skills, missing_skills, reasons, breakdown)"
                     " VALUES (:run, :user, :cv, 70, 0.7, '{sql}', '{}', '[]', '{}')"),
                {"run": listed, "user": user, "cv": cv},
            )  # fmt: skip
        await asyncio.to_thread(command.upgrade, alembic_config(url), "0008")
        async with engine.connect() as conn:
            stored = await conn.execute(text("SELECT explanation::text FROM match_results"))
            assert json.loads(stored.scalar_one()) == {
                "matched_skills": ["sql", "c++"],
                "missing_skills": ["go"],
                "reasons": ["Has 2 of 3 required skills"],
                "breakdown": {"skills": 0.67, "text": 0.2},
            }
            stored = await conn.execute(text("SELECT explanation::text FROM candidate_results"))
            assert json.loads(stored.scalar_one()) == {
                "matched_skills": ["sql"], "missing_skills": [], "reasons": [], "breakdown": {}
            }  # fmt: skip
            columns = await conn.execute(
                text("SELECT column_name FROM information_schema.columns"
                     " WHERE table_name = 'match_results' ORDER BY column_name")
            )  # fmt: skip
            assert list(columns.scalars()) == ["explanation", "job_id", "run_id", "score", "value"]

        await asyncio.to_thread(command.downgrade, alembic_config(url), "0007")
        async with engine.connect() as conn:
            back = await conn.execute(
                text("SELECT matched_skills, missing_skills, reasons, breakdown"
                     " FROM match_results")
            )  # fmt: skip
            assert tuple(back.one()) == (
                ["sql", "c++"],
                ["go"],
                ["Has 2 of 3 required skills"],
                {"skills": 0.67, "text": 0.2},
            )


async def test_0007_supersedes_all_but_the_newest_done_run_and_drops_their_lists(
    server_urls: tuple[str, str],
) -> None:
    async with scratch_database(server_urls[0]) as (url, engine):
        await asyncio.to_thread(command.upgrade, alembic_config(url), "0006")
        old, newest, failed = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
        listed, relisted = uuid.uuid4(), uuid.uuid4()
        async with engine.begin() as conn:
            user, job, cv = await add_user_job_cv(conn)
            for run_id, status in ((old, "done"), (newest, "done"), (failed, "failed")):
                await conn.execute(
                    text("INSERT INTO match_runs (id, user_id, status, attempts)"
                         " VALUES (:id, :user, :status, 1)"),
                    {"id": run_id, "user": user, "status": status},
                )  # fmt: skip
            for run_id in (listed, relisted):
                await conn.execute(
                    text("INSERT INTO candidate_runs (id, job_id, status, attempts)"
                         " VALUES (:id, :job, 'done', 1)"),
                    {"id": run_id, "job": job},
                )  # fmt: skip
            for run_id in (old, newest):
                await conn.execute(
                    text("INSERT INTO match_results (run_id, job_id, score, value,"
                         " matched_skills, missing_skills, reasons, breakdown)"
                         " VALUES (:run, :job, 80, 0.8, '{}', '{}', '[]', '{}')"),
                    {"run": run_id, "job": job},
                )  # fmt: skip
            for run_id in (listed, relisted):
                await conn.execute(
                    text("INSERT INTO candidate_results (run_id, user_id, cv_id, score, value,"
                         " matched_skills, missing_skills, reasons, breakdown)"
                         " VALUES (:run, :user, :cv, 80, 0.8, '{}', '{}', '[]', '{}')"),
                    {"run": run_id, "user": user, "cv": cv},
                )  # fmt: skip

        await asyncio.to_thread(command.upgrade, alembic_config(url), "0007")
        async with engine.connect() as conn:
            statuses = dict((await conn.execute(text("SELECT id, status FROM match_runs"))).all())
            assert statuses == {old: "superseded", newest: "done", failed: "failed"}
            listed_runs = dict(
                (await conn.execute(text("SELECT id, status FROM candidate_runs"))).all()
            )
            assert listed_runs == {listed: "superseded", relisted: "done"}
            kept = (await conn.execute(text("SELECT run_id FROM match_results"))).scalars()
            assert list(kept) == [newest]
            kept = (await conn.execute(text("SELECT run_id FROM candidate_results"))).scalars()
            assert list(kept) == [relisted]

        await asyncio.to_thread(command.downgrade, alembic_config(url), "0006")
        async with engine.connect() as conn:
            statuses = dict((await conn.execute(text("SELECT id, status FROM match_runs"))).all())
            assert statuses == {old: "done", newest: "done", failed: "failed"}


async def test_0009_replaces_the_result_keys_by_triggers_and_back(
    server_urls: tuple[str, str],
) -> None:
    async with scratch_database(server_urls[0]) as (url, engine):
        await asyncio.to_thread(command.upgrade, alembic_config(url), "0009")
        run, gone_job = uuid.uuid4(), uuid.uuid4()
        async with engine.begin() as conn:
            user, job, _ = await add_user_job_cv(conn)
            await add_done_run(conn, run, user)
            for job_id in (job, gone_job):  # the second points at no job: no key refuses it
                await add_result(conn, run, job_id)
        await asyncio.to_thread(command.downgrade, alembic_config(url), "0008")
        async with engine.begin() as conn:
            kept = await conn.execute(text("SELECT job_id FROM match_results"))
            assert list(kept.scalars()) == [job]  # the row without a job went
            keys = await conn.execute(
                text("SELECT conname FROM pg_constraint WHERE contype = 'f'"
                     " AND conrelid = 'match_results'::regclass ORDER BY conname")
            )  # fmt: skip
            assert list(keys.scalars()) == [
                "fk_match_results_job_id_jobs",
                "fk_match_results_run_id_match_runs",
            ]
            await conn.execute(text("DELETE FROM jobs"))  # the key's cascade is back
            assert (await conn.execute(text("SELECT count(*) FROM match_results"))).scalar() == 0


async def test_0010_truncating_jobs_or_runs_empties_the_results_and_back(
    server_urls: tuple[str, str],
) -> None:
    async with scratch_database(server_urls[0]) as (url, engine):
        await asyncio.to_thread(command.upgrade, alembic_config(url), "0010")
        count = text("SELECT count(*) FROM match_results")

        async def a_result() -> None:
            async with engine.begin() as conn:
                user, job, _ = await add_user_job_cv(conn)
                run = uuid.uuid4()
                await add_done_run(conn, run, user)
                await add_result(conn, run, job)

        for truncate in ("TRUNCATE users CASCADE", "TRUNCATE jobs CASCADE", "TRUNCATE match_runs",
                         "TRUNCATE jobs, match_runs, match_results CASCADE"):  # fmt: skip
            await a_result()
            async with engine.begin() as conn:
                assert (await conn.execute(count)).scalar() == 1
                await conn.execute(text(truncate))
                assert (await conn.execute(count)).scalar() == 0, truncate

        await asyncio.to_thread(command.downgrade, alembic_config(url), "0009")
        await a_result()
        async with engine.begin() as conn:
            await conn.execute(text("TRUNCATE match_runs"))
            assert (await conn.execute(count)).scalar() == 1  # the trigger is gone

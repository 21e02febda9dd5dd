"""Data migrations, run on a database of their own from the revision before them."""

import asyncio
import uuid

from alembic import command
from sqlalchemy import make_url, text
from sqlalchemy.ext.asyncio import create_async_engine

from jobmatch.core.migrations import alembic_config


async def test_0007_supersedes_all_but_the_newest_done_run_and_drops_their_lists(
    server_urls: tuple[str, str],
) -> None:
    server = make_url(server_urls[0])
    name = f"jobmatch_migration_{uuid.uuid4().hex[:8]}"
    admin = create_async_engine(server, isolation_level="AUTOCOMMIT")
    async with admin.connect() as conn:
        await conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = server.set(database=name).render_as_string(hide_password=False)
    engine = create_async_engine(url)
    try:
        await asyncio.to_thread(command.upgrade, alembic_config(url), "0006")
        user, owner, job, cv = uuid.uuid4(), uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
        old, newest, failed = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
        listed, relisted = uuid.uuid4(), uuid.uuid4()
        async with engine.begin() as conn:
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
    finally:
        await engine.dispose()
        async with admin.connect() as conn:
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await admin.dispose()

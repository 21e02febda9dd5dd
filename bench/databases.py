"""A benchmark's own database: dropped if left over, created, migrated to head."""

import asyncio

from sqlalchemy import make_url, text
from sqlalchemy.ext.asyncio import create_async_engine

from jobmatch.core.config import to_asyncpg_url
from jobmatch.core.migrations import upgrade_head


async def fresh_database(server_url: str, name: str) -> str:
    """The URL of a new, migrated database `name` on the server of `server_url`."""
    url = make_url(to_asyncpg_url(server_url))
    admin = create_async_engine(url, isolation_level="AUTOCOMMIT")
    async with admin.connect() as conn:
        await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await conn.execute(text(f'CREATE DATABASE "{name}"'))
    await admin.dispose()
    fresh = url.set(database=name).render_as_string(hide_password=False)
    await asyncio.to_thread(upgrade_head, fresh)  # Alembic runs its own event loop
    return fresh

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession


async def ping(session: AsyncSession) -> None:
    """A round trip to PostgreSQL; raises when it is unreachable."""
    await session.execute(text("SELECT 1"))

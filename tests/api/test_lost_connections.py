"""A pooled connection that PostgreSQL ended (a restart, a terminated backend) costs at most
one 503, never a 500, and the next request is served again (real app, real pool)."""

import uuid

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine
from starlette.requests import Request

from jobmatch.main import _lost_connection

APP_IDLE = (
    "SELECT pid FROM pg_stat_activity WHERE application_name = 'jobmatch'"
    " AND datname = current_database() AND state = 'idle' AND pid <> pg_backend_pid()"
)


async def test_requests_right_after_the_server_ends_the_pool_get_a_503_at_worst(
    running_app: object, engine: AsyncEngine
) -> None:
    transport = httpx.ASGITransport(app=running_app)  # type: ignore[arg-type]
    statuses = []
    async with httpx.AsyncClient(transport=transport, base_url="http://api") as client:
        for _ in range(5):
            served = await client.get(f"/api/jobs/{uuid.uuid4()}")
            assert served.status_code == 404, served.text
            async with engine.connect() as conn:
                for pid in (await conn.execute(text(APP_IDLE))).scalars():
                    await conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            right_after = await client.get(f"/api/jobs/{uuid.uuid4()}")
            statuses.append(right_after.status_code)
            if right_after.status_code == 503:
                assert right_after.headers["retry-after"]
            again = await client.get(f"/api/jobs/{uuid.uuid4()}")
            assert again.status_code == 404, again.text
    assert set(statuses) <= {404, 503}, statuses


def _request() -> Request:
    return Request({"type": "http", "method": "GET", "path": "/", "headers": []})


async def test_an_invalidated_connection_error_is_a_503_any_other_database_error_is_not() -> None:
    lost = DBAPIError("SELECT 1", None, Exception("gone"), connection_invalidated=True)
    answer = await _lost_connection(_request(), lost)
    assert answer.status_code == 503
    other = DBAPIError("SELECT 1", None, Exception("bad"), connection_invalidated=False)
    with pytest.raises(DBAPIError) as raised:  # on to the plain 500
        await _lost_connection(_request(), other)
    assert raised.value is other

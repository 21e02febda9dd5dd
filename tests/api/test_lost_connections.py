"""A pooled connection that PostgreSQL ended (a restart, a terminated backend) costs at most
one 503, never a 500, and the next request is served again (real app, real pool); a server
that accepts connections but never answers is a 503 after the connect timeout."""

import socket
import time
import uuid

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine
from starlette.requests import Request

from jobmatch.core.config import Settings
from jobmatch.core.database import create_engine, create_session_factory
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


async def test_a_database_that_never_answers_is_a_503_after_the_connect_timeout(
    running_app: object, settings: Settings
) -> None:
    silent = socket.socket()  # listens (the kernel accepts connections) but never answers
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    port = silent.getsockname()[1]
    url = f"postgresql+asyncpg://postgres@127.0.0.1:{port}/silent"
    engine = create_engine(settings.model_copy(update={"DATABASE_URL": url}))
    state = running_app.state  # type: ignore[attr-defined]
    served_by = state.session_factory
    state.session_factory = create_session_factory(engine)
    try:
        transport = httpx.ASGITransport(app=running_app)  # type: ignore[arg-type]
        async with httpx.AsyncClient(transport=transport, base_url="http://api") as client:
            started = time.monotonic()
            answer = await client.get(f"/api/jobs/{uuid.uuid4()}")
            waited = time.monotonic() - started
    finally:
        state.session_factory = served_by
        await engine.dispose()
        silent.close()
    assert answer.status_code == 503, answer.text
    assert answer.headers["retry-after"]
    assert waited < 15  # the 5 s connect timeout, not a hang

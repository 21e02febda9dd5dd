"""PostgreSQL unreachable for a while (a proxy in front of it is cut): the api says 503
quickly and names it, and api and worker recover by themselves, work in flight included."""

import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.factories import PASSWORD
from tests.faults.conftest import candidate_with_results, request_match
from tests.faults.harness import Stack, TableLock, eventually, results_of, run_finished, run_row
from tests.faults.proxy import PostgresProxy

pytestmark = pytest.mark.faults


@pytest.fixture
async def proxy(database_url: str) -> AsyncIterator[PostgresProxy]:
    proxy = PostgresProxy(database_url)
    await proxy.start()
    yield proxy
    await proxy.cut()


async def _timed(
    client: httpx.AsyncClient, method: str, url: str, **kw: Any
) -> tuple[httpx.Response, float]:
    started = time.monotonic()
    response = await client.request(method, url, **kw)
    return response, time.monotonic() - started


async def test_postgres_outage_is_a_fast_503_and_everything_recovers(
    stack: Stack, engine: AsyncEngine, proxy: PostgresProxy
) -> None:
    stack.env["DATABASE_URL"] = proxy.url
    api = await stack.start_api()
    worker = await stack.start_worker()
    async with stack.client() as client:
        candidate, _, expected = await candidate_with_results(client, engine)
        email = (await client.get("/api/users/me", headers=candidate)).json()["email"]
        # A match in flight when PostgreSQL goes away.
        async with TableLock(engine, "jobs"):
            run_id = await request_match(client, candidate)

            async def claimed() -> bool:
                return bool((await run_row(engine, run_id)).status == "running")

            await eventually(claimed, "the run to be claimed")
            await proxy.cut()

        async def unready() -> httpx.Response | None:
            response = await client.get("/readyz")
            return response if response.status_code == 503 else None

        ready = await eventually(unready, "/readyz to say 503", within=30)
        assert ready.json()["checks"] == {"postgres": "unreachable", "redis": "ok"}
        assert "postgres" in ready.json()["detail"]
        login, seconds = await _timed(
            client, "POST", "/api/auth/login", json={"email": email, "password": PASSWORD}
        )
        assert login.status_code == 503, login.text
        assert login.headers["retry-after"]
        assert seconds < 10  # refused connections: no waiting on a dead server
        match, seconds = await _timed(client, "POST", "/api/match", headers=candidate)
        assert match.status_code == 503
        assert seconds < 10

        await proxy.restore()

        async def recovered() -> bool:
            return (await client.get("/readyz")).status_code == 200

        await eventually(recovered, "/readyz to recover", within=60)
        row = await eventually(lambda: run_finished(engine, run_id), "the run in flight", 90)
        assert (row.status, row.error) == ("done", None)
        assert await results_of(engine, run_id) == expected
        login = await client.post("/api/auth/login", json={"email": email, "password": PASSWORD})
        assert login.status_code == 200
        again = await request_match(client, candidate)
        row = await eventually(lambda: run_finished(engine, again), "a new run", 60)
        assert row.status == "done"
    # Nobody restarted anything.
    assert api.alive()
    assert worker.alive()

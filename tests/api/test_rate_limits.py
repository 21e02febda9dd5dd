"""Limits are counted in Redis (shared by every api process); over them: 429 + Retry-After."""

import random
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from jobmatch.core.config import Settings
from tests.factories import PASSWORD, register, upload_cv, user_with_token


@pytest.fixture
async def tight(app: Any, settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    """A client from an address of its own (limits are per IP), with small limits."""
    app.state.settings = settings.model_copy(
        update={
            "RATE_LIMIT_LOGIN_PER_IP": "5/minute",
            "RATE_LIMIT_LOGIN_PER_ACCOUNT": "3/minute",
            "RATE_LIMIT_REGISTER_PER_IP": "4/minute",
            "RATE_LIMIT_UPLOAD_PER_USER": "2/minute",
            "RATE_LIMIT_MATCH_PER_USER": "2/minute",
        }
    )
    address = f"10.{random.randrange(256)}.{random.randrange(256)}.{random.randrange(256)}"
    transport = httpx.ASGITransport(app=app, client=(address, 4321))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client
    app.state.settings = settings


async def test_login_is_limited_per_account_and_address(tight: httpx.AsyncClient) -> None:
    client = tight
    user = await register(client)
    codes = [
        (await client.post("/api/auth/login", json={"email": user["email"], "password": "x"}))
        for _ in range(4)
    ]
    assert [r.status_code for r in codes] == [401, 401, 401, 429]
    assert 1 <= int(codes[-1].headers["retry-after"]) <= 60
    assert codes[-1].json()["detail"].startswith("Too many requests")
    # Even the right password waits: the limit is on attempts, not failures.
    right = await client.post(
        "/api/auth/login", json={"email": user["email"], "password": PASSWORD}
    )
    assert right.status_code == 429
    # From another address the owner gets in: guesses elsewhere cannot lock them out.
    transport = httpx.ASGITransport(app=client._transport.app, client=("192.0.2.77", 4321))  # type: ignore[attr-defined]
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as owner:
        mine = await owner.post(
            "/api/auth/login", json={"email": user["email"], "password": PASSWORD}
        )
    assert mine.status_code == 200


async def test_login_is_limited_per_client_ip(tight: httpx.AsyncClient) -> None:
    client = tight
    statuses = []
    for i in range(6):
        response = await client.post(
            "/api/auth/login", json={"email": f"nobody{i}@example.com", "password": "x"}
        )
        statuses.append(response.status_code)
    assert statuses == [401] * 5 + [429]


async def test_uploads_and_match_requests_are_limited_per_user(tight: httpx.AsyncClient) -> None:
    client = tight
    _, alice = await user_with_token(client)
    _, bob = await user_with_token(client)
    assert [(await upload_cv(client, alice)).status_code for _ in range(3)] == [202, 202, 429]
    assert (await upload_cv(client, bob)).status_code == 202  # per user, not global
    assert (await client.post("/api/match", headers=alice)).status_code == 202
    assert (await client.post("/api/match", headers=alice)).status_code == 202
    assert (await client.post("/api/match", headers=alice)).status_code == 429


async def test_register_is_limited_per_ip(tight: httpx.AsyncClient) -> None:
    client = tight
    statuses = []
    for i in range(5):
        response = await client.post(
            "/api/auth/register",
            json={"email": f"r{i}-{random.random()}@example.com", "password": PASSWORD},
        )
        statuses.append(response.status_code)
    assert statuses == [201] * 4 + [429]

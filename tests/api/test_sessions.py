"""Refresh tokens rotate, replays revoke the family, and revocation reaches access tokens."""

import asyncio
import uuid

import httpx
import pytest
from redis.asyncio import Redis
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from jobmatch.core.config import Settings
from jobmatch.core.database import create_session_factory
from jobmatch.models import User
from jobmatch.services import sessions
from tests.factories import PASSWORD, register


async def _login(client: httpx.AsyncClient, email: str, password: str = PASSWORD) -> dict[str, str]:
    response = await client.post("/api/auth/login", json={"email": email, "password": password})
    assert response.status_code == 200, response.text
    assert response.headers["cache-control"] == "no-store"
    body: dict[str, str] = response.json()
    return body


def _bearer(tokens: dict[str, str]) -> dict[str, str]:
    return {"Authorization": f"Bearer {tokens['access_token']}"}


async def test_refresh_rotates_and_a_replay_revokes_the_family(client: httpx.AsyncClient) -> None:
    user = await register(client)
    first = await _login(client, user["email"])
    second = (
        await client.post("/api/auth/refresh", json={"refresh_token": first["refresh_token"]})
    ).json()
    assert second["refresh_token"] != first["refresh_token"]
    assert (await client.get("/api/users/me", headers=_bearer(second))).status_code == 200
    replay = await client.post("/api/auth/refresh", json={"refresh_token": first["refresh_token"]})
    assert replay.status_code == 401
    assert replay.headers["www-authenticate"] == "Bearer"
    # The replay revoked the whole family: the legitimate successor is dead too.
    stolen = await client.post("/api/auth/refresh", json={"refresh_token": second["refresh_token"]})
    assert stolen.status_code == 401
    # Other logins (families) are untouched.
    other = await _login(client, user["email"])
    ok = await client.post("/api/auth/refresh", json={"refresh_token": other["refresh_token"]})
    assert ok.status_code == 200


async def test_unknown_or_malformed_refresh_tokens(client: httpx.AsyncClient) -> None:
    unknown = await client.post("/api/auth/refresh", json={"refresh_token": "nope"})
    assert unknown.status_code == 401
    malformed = await client.post("/api/auth/refresh", json={"refresh_token": "a b\x00"})
    assert malformed.status_code == 422


async def test_logout_revokes_the_session(client: httpx.AsyncClient) -> None:
    user = await register(client)
    tokens = await _login(client, user["email"])
    out = await client.post("/api/auth/logout", json={"refresh_token": tokens["refresh_token"]})
    assert out.status_code == 204
    again = await client.post("/api/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
    assert again.status_code == 401


async def test_logout_everywhere_invalidates_access_tokens(client: httpx.AsyncClient) -> None:
    user = await register(client)
    phone, laptop = await _login(client, user["email"]), await _login(client, user["email"])
    out = await client.post("/api/auth/logout", json={"everywhere": True}, headers=_bearer(phone))
    assert out.status_code == 204
    for tokens in (phone, laptop):
        assert (await client.get("/api/users/me", headers=_bearer(tokens))).status_code == 401
        # The cached (Redis) path refuses them too.
        assert (await client.get("/api/match/jobs", headers=_bearer(tokens))).status_code == 401
        refresh = await client.post(
            "/api/auth/refresh", json={"refresh_token": tokens["refresh_token"]}
        )
        assert refresh.status_code == 401
    anonymous = await client.post("/api/auth/logout", json={"everywhere": True})
    assert anonymous.status_code == 401


async def test_password_change_ends_other_sessions(client: httpx.AsyncClient) -> None:
    user = await register(client)
    old = await _login(client, user["email"])
    assert (await client.get("/api/match/jobs", headers=_bearer(old))).status_code == 200
    wrong = await client.post(
        "/api/users/me/password",
        json={"current_password": "not it", "new_password": "a brand new password"},
        headers=_bearer(old),
    )
    assert wrong.status_code == 401
    changed = await client.post(
        "/api/users/me/password",
        json={"current_password": PASSWORD, "new_password": "a brand new password"},
        headers=_bearer(old),
    )
    assert changed.status_code == 200
    fresh = changed.json()
    assert (await client.get("/api/users/me", headers=_bearer(fresh))).status_code == 200
    assert (await client.get("/api/users/me", headers=_bearer(old))).status_code == 401
    assert (await client.get("/api/match/jobs", headers=_bearer(old))).status_code == 401
    stale = await client.post("/api/auth/refresh", json={"refresh_token": old["refresh_token"]})
    assert stale.status_code == 401
    old_password = await client.post(
        "/api/auth/login", json={"email": user["email"], "password": PASSWORD}
    )
    assert old_password.status_code == 401
    await _login(client, user["email"], "a brand new password")


async def test_a_rotation_in_flight_cannot_outlive_a_password_change(
    engine: AsyncEngine, settings: Settings
) -> None:
    """Refresh (transaction A) and end-all-sessions (B) interleave; B must wait for A and
    then revoke the token A created. Real commits on two connections."""
    factory = create_session_factory(engine)
    async with factory() as setup:
        user = User(email=f"race-{uuid.uuid4().hex[:8]}@example.com", password_hash="x")
        setup.add(user)
        await setup.flush()
        first = await sessions.issue(setup, settings, user)
        await setup.commit()
    try:
        async with factory() as a, factory() as b:
            rotated = await sessions.refresh(a, settings, first.refresh_token)  # holds the lock
            victim = await b.get(User, user.id)
            assert victim is not None
            ending = asyncio.create_task(sessions.end_all_sessions(b, victim))
            await asyncio.sleep(0.3)
            assert not ending.done()  # blocked on the user row
            await a.commit()
            await ending
            await b.commit()
        async with factory() as c:
            with pytest.raises(sessions.RefreshRefused):
                await sessions.refresh(c, settings, rotated.refresh_token)
            await c.commit()
    finally:
        async with engine.begin() as conn:
            await conn.execute(text("DELETE FROM users WHERE id = :id"), {"id": user.id})


async def test_a_stale_auth_cache_is_repaired_from_postgresql(
    client: httpx.AsyncClient, redis: Redis, settings: Settings
) -> None:
    user = await register(client)
    tokens = await _login(client, user["email"])
    await client.post(
        "/api/users/me/password",
        json={"current_password": PASSWORD, "new_password": "another password"},
        headers=_bearer(tokens),
    )
    fresh = await _login(client, user["email"], "another password")
    # As if the after-commit update had been lost: the cache holds the old version.
    key = f"{settings.REDIS_KEY_PREFIX}:auth:{user['id']}"
    await redis.set(key, "candidate:1:0")
    assert (await client.get("/api/match/jobs", headers=_bearer(fresh))).status_code == 200
    assert (await redis.get(key)) == b"candidate:1:1"
    assert (await client.get("/api/match/jobs", headers=_bearer(tokens))).status_code == 401

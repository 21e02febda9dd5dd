import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.core.security import PasswordService
from jobmatch.services.users import create_admin
from tests.factories import PASSWORD, login, post_job, register, user_with_token


async def _admin(client: httpx.AsyncClient, db: AsyncSession) -> dict[str, str]:
    app = client._transport.app  # type: ignore[attr-defined]
    passwords: PasswordService = app.state.passwords
    user = await create_admin(db, passwords, "root@example.com", PASSWORD)
    await db.commit()
    return await login(client, user.email)


async def test_admin_lists_users_and_changes_roles(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    admin = await _admin(client, db)
    target, target_headers = await user_with_token(client)
    listed = await client.get("/api/users", params={"limit": 100}, headers=admin)
    assert target["id"] in [u["id"] for u in listed.json()]
    for offset in ("9223372036854775808", "100000001", "-1"):
        refused = await client.get("/api/users", params={"offset": offset}, headers=admin)
        assert refused.status_code == 422, refused.text
    past_the_end = await client.get("/api/users", params={"offset": 100_000_000}, headers=admin)
    assert past_the_end.status_code == 200
    assert past_the_end.json() == []
    promoted = await client.patch(
        f"/api/users/{target['id']}", json={"role": "recruiter"}, headers=admin
    )
    assert promoted.json()["role"] == "recruiter"
    # The role is part of every token check: the old token must be refreshed.
    assert (await client.get("/api/users/me", headers=target_headers)).status_code == 401
    fresh = await login(client, target["email"])
    assert (await client.get("/api/users/me", headers=fresh)).json()["role"] == "recruiter"


async def test_a_recruiter_made_a_candidate_loses_their_jobs_and_candidates(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    admin = await _admin(client, db)
    recruiter, headers = await user_with_token(client, "recruiter")
    job = await post_job(client, headers)
    closed = await post_job(client, headers, title="Data Engineer")
    assert (
        await client.patch(f"/api/jobs/{closed['id']}", json={"status": "closed"}, headers=headers)
    ).status_code == 200
    demoted = await client.patch(
        f"/api/users/{recruiter['id']}", json={"role": "candidate"}, headers=admin
    )
    assert demoted.status_code == 200
    assert demoted.json()["role"] == "candidate"
    now = await login(client, recruiter["email"])
    assert (await client.get("/api/users/me", headers=now)).json()["role"] == "candidate"
    for method, path, body in (
        ("PATCH", f"/api/jobs/{job['id']}", {"title": "Anything"}),
        ("DELETE", f"/api/jobs/{job['id']}", None),
        ("POST", f"/api/jobs/{job['id']}/match", None),
        ("GET", f"/api/jobs/{job['id']}/candidates", None),
    ):
        response = await client.request(method, path, json=body, headers=now)
        assert response.status_code == 403, (method, path, response.text)
        assert "recruiter who posted" in response.json()["detail"]
    # Their closed job is hidden from them as from everyone but admins; the open one stays.
    assert (await client.get(f"/api/jobs/{closed['id']}", headers=now)).status_code == 404
    assert (await client.get(f"/api/jobs/{closed['id']}", headers=admin)).status_code == 200
    assert (await client.get(f"/api/jobs/{job['id']}", headers=now)).json()["title"] == job["title"]


async def test_deactivated_users_are_locked_out_at_once(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    admin = await _admin(client, db)
    target, headers = await user_with_token(client)
    assert (await client.get("/api/match/jobs", headers=headers)).status_code == 200
    off = await client.patch(f"/api/users/{target['id']}", json={"is_active": False}, headers=admin)
    assert off.json()["is_active"] is False
    assert (await client.get("/api/users/me", headers=headers)).status_code == 401
    assert (await client.get("/api/match/jobs", headers=headers)).status_code == 401
    relogin = await client.post(
        "/api/auth/login", json={"email": target["email"], "password": PASSWORD}
    )
    assert relogin.status_code == 403


async def test_admins_cannot_lock_themselves_out(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    admin = await _admin(client, db)
    me = (await client.get("/api/users/me", headers=admin)).json()
    for change in ({"is_active": False}, {"role": "candidate"}):
        response = await client.patch(f"/api/users/{me['id']}", json=change, headers=admin)
        assert response.status_code == 409


async def test_admin_role_is_refused_to_others(client: httpx.AsyncClient) -> None:
    _, candidate = await user_with_token(client)
    other = await register(client)
    assert (await client.get("/api/users", headers=candidate)).status_code == 403
    patch = await client.patch(
        f"/api/users/{other['id']}", json={"role": "admin"}, headers=candidate
    )
    assert patch.status_code == 403

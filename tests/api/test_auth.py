import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.core.config import Settings
from jobmatch.core.security import PasswordService
from jobmatch.repositories import users
from jobmatch.services import auth
from tests.factories import PASSWORD, register


async def test_register_returns_user_without_password_hash(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/api/auth/register",
        json={"email": "Ada@Example.com", "password": PASSWORD, "role": "recruiter"},
    )
    assert response.status_code == 201
    body = response.json()
    assert body["email"] == "ada@example.com"
    assert body["role"] == "recruiter"
    assert "password" not in response.text
    assert "argon2" not in response.text


async def test_register_duplicate_email_is_409_case_insensitive(client: httpx.AsyncClient) -> None:
    await register(client, email="dup@example.com")
    response = await client.post(
        "/api/auth/register", json={"email": "DUP@example.com", "password": PASSWORD}
    )
    assert response.status_code == 409
    assert "already exists" in response.json()["detail"]


async def test_admin_role_cannot_be_self_assigned(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/api/auth/register",
        json={"email": "boss@example.com", "password": PASSWORD, "role": "admin"},
    )
    assert response.status_code == 422


async def test_register_rejects_short_password_and_bad_email(client: httpx.AsyncClient) -> None:
    short = await client.post(
        "/api/auth/register", json={"email": "a@example.com", "password": "x"}
    )
    bad = await client.post("/api/auth/register", json={"email": "nope", "password": PASSWORD})
    assert short.status_code == 422
    assert bad.status_code == 422


async def test_login_with_json_and_with_oauth2_form(client: httpx.AsyncClient) -> None:
    user = await register(client)
    as_json = await client.post(
        "/api/auth/login", json={"email": user["email"], "password": PASSWORD}
    )
    as_form = await client.post(
        "/api/auth/login", data={"username": user["email"], "password": PASSWORD}
    )
    for response in (as_json, as_form):
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["token_type"] == "bearer"
        assert body["expires_in"] == 30 * 60
        assert body["user"]["id"] == user["id"]
        me = await client.get(
            "/api/users/me", headers={"Authorization": f"Bearer {body['access_token']}"}
        )
        assert me.json()["email"] == user["email"]


async def test_wrong_password_and_unknown_email_get_the_same_401(
    client: httpx.AsyncClient,
) -> None:
    user = await register(client)
    wrong = await client.post("/api/auth/login", json={"email": user["email"], "password": "nope"})
    unknown = await client.post(
        "/api/auth/login", json={"email": "ghost@example.com", "password": "nope"}
    )
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json() == {"detail": "Incorrect email or password"}


async def test_login_without_fields_is_422(client: httpx.AsyncClient) -> None:
    response = await client.post("/api/auth/login", data={"username": "x@example.com"})
    assert response.status_code == 422
    assert "password" in response.json()["detail"]
    malformed = await client.post(
        "/api/auth/login", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert malformed.status_code == 422


async def test_me_requires_a_valid_token(client: httpx.AsyncClient) -> None:
    missing = await client.get("/api/users/me")
    garbage = await client.get("/api/users/me", headers={"Authorization": "Bearer not.a.jwt"})
    for response in (missing, garbage):
        assert response.status_code == 401
        assert response.headers["www-authenticate"] == "Bearer"


async def test_login_rehashes_when_argon2_parameters_change(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings
) -> None:
    user = await register(client)
    stronger = PasswordService(settings.model_copy(update={"ARGON2_MEMORY_COST_KIB": 2048}))
    before = (await users.get_by_email(db, user["email"])).password_hash  # type: ignore[union-attr]
    assert "m=1024" in before
    await auth.authenticate(db, stronger, user["email"], PASSWORD)
    after = (await users.get_by_email(db, user["email"])).password_hash  # type: ignore[union-attr]
    assert "m=2048" in after
    assert await stronger.verify(after, PASSWORD)

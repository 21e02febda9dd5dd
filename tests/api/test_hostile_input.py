"""Bad input gets a clear 4xx and changes nothing; never a 500."""

import base64
from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from jobmatch.api.middleware import InternalErrorMiddleware
from tests.factories import JOB, post_job, user_with_token


async def test_seniority_is_a_known_level_and_case_insensitive(client: httpx.AsyncClient) -> None:
    _, headers = await user_with_token(client, "recruiter")
    job = await post_job(client, headers, seniority=" Senior ", employment_type="x" * 64)
    assert job["seniority"] == "senior"
    assert job["employment_type"] == "x" * 64
    bad = await client.post("/api/jobs", json={**JOB, "seniority": "x" * 30}, headers=headers)
    assert bad.status_code == 422
    patch = await client.patch(
        f"/api/jobs/{job['id']}", json={"seniority": "wizard"}, headers=headers
    )
    assert patch.status_code == 422


@pytest.mark.parametrize("param", ["q", "location", "skills", "cursor"])
async def test_nul_in_query_parameters_is_422(client: httpx.AsyncClient, param: str) -> None:
    response = await client.get("/api/jobs", params={param: "a\x00b"})
    assert response.status_code == 422


@pytest.mark.parametrize(
    "when", ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "2024-01-01T00:00:00"]
)
async def test_forged_cursors_are_400(client: httpx.AsyncClient, when: str) -> None:
    raw = f"{when}|00000000-0000-0000-0000-000000000000".encode()
    cursor = base64.urlsafe_b64encode(raw).decode().rstrip("=")
    response = await client.get("/api/jobs", params={"cursor": cursor})
    assert response.status_code == 400
    assert response.json() == {"detail": "Invalid cursor"}


async def test_lone_surrogates_are_422_and_inputs_are_not_echoed(
    client: httpx.AsyncClient,
) -> None:
    body = b'{"email": "s@example.com", "password": "\\ud800abcdefgh", "full_name": "\\udfff"}'
    response = await client.post(
        "/api/auth/register", content=body, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 422
    assert {tuple(err["loc"]) for err in response.json()["detail"]} == {
        ("body", "password"),
        ("body", "full_name"),
    }
    too_long = "p" * 200
    echoed = await client.post(
        "/api/auth/register", json={"email": "t@example.com", "password": too_long}
    )
    assert echoed.status_code == 422
    assert too_long not in echoed.text


async def test_oversize_chunked_bodies_are_413(client: httpx.AsyncClient) -> None:
    async def chunks(total: int, head: bytes = b"") -> AsyncIterator[bytes]:
        yield head
        for _ in range(total // 65536):
            yield b" " * 65536

    json_body = await client.post(
        "/api/auth/register",
        content=chunks(3 * 1024 * 1024),
        headers={"Content-Type": "application/json"},
    )
    assert json_body.status_code == 413
    assert "limit" in json_body.json()["detail"]
    _, headers = await user_with_token(client)
    upload = await client.post(
        "/api/cv",
        content=chunks(
            7 * 1024 * 1024,
            b'--xyz\r\nContent-Disposition: form-data; name="file"; filename="cv.txt"\r\n'
            b"Content-Type: text/plain\r\n\r\n",
        ),
        headers={**headers, "Content-Type": "multipart/form-data; boundary=xyz"},
    )
    assert upload.status_code == 413
    assert (await client.get("/api/cv", headers=headers)).json() == []


async def test_patch_skills_null_re_extracts_from_the_text(client: httpx.AsyncClient) -> None:
    _, headers = await user_with_token(client, "recruiter")
    job = await post_job(client, headers, skills=["excel"])
    assert job["skills"] == ["excel"]
    patched = await client.patch(f"/api/jobs/{job['id']}", json={"skills": None}, headers=headers)
    assert {"python", "fastapi", "postgresql"} <= set(patched.json()["skills"])


async def test_sql_looking_strings_are_stored_verbatim(client: httpx.AsyncClient) -> None:
    _, headers = await user_with_token(client, "recruiter")
    title = "Robert'); DROP TABLE jobs;--"
    job = await post_job(client, headers, title=title)
    assert (await client.get(f"/api/jobs/{job['id']}")).json()["title"] == title


async def test_unexpected_errors_are_a_plain_500_with_cors_headers() -> None:
    app = FastAPI()

    @app.get("/boom")
    async def boom() -> None:
        raise RuntimeError("secret internals")

    app.add_middleware(InternalErrorMiddleware)
    app.add_middleware(CORSMiddleware, allow_origins=["http://spa.example"])
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        response = await client.get("/boom", headers={"Origin": "http://spa.example"})
    assert response.status_code == 500
    assert response.json() == {"detail": "Internal server error"}
    assert response.headers["access-control-allow-origin"] == "http://spa.example"


async def test_wrong_types_and_malformed_json_are_422(client: httpx.AsyncClient) -> None:
    for body in (b"{", b"[]", b'{"email": 5, "password": []}', b'{"email": "a@b.co"}'):
        response = await client.post(
            "/api/auth/register", content=body, headers={"Content-Type": "application/json"}
        )
        assert response.status_code == 422, body
    huge = await client.get("/api/jobs", params={"min_salary": 10**30})
    assert huge.status_code == 422


async def test_deeply_nested_json_and_huge_numbers_are_4xx(client: httpx.AsyncClient) -> None:
    _, headers = await user_with_token(client, "recruiter")
    nested = b'{"title": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    response = await client.post(
        "/api/jobs", content=nested, headers={**headers, "Content-Type": "application/json"}
    )
    # The JSON parser gives up on the depth: FastAPI's "error parsing the body".
    assert response.status_code == 400
    assert response.json() == {"detail": "There was an error parsing the body"}
    for big in (10**30, "9" * 5000):
        payload = {**JOB, "salary_max": big}
        assert (await client.post("/api/jobs", json=payload, headers=headers)).status_code == 422
    digits = b'{"email": "a@b.co", "password": "long enough", "x": ' + b"9" * 10_000 + b"}"
    response = await client.post(
        "/api/auth/register", content=digits, headers={"Content-Type": "application/json"}
    )
    # Python refuses to parse integers over 4300 digits (CVE-2020-10735 guard): also a 400.
    assert response.status_code == 400


async def test_unknown_emails_spend_a_password_verification(client: httpx.AsyncClient) -> None:
    """No timing oracle: a login for an unknown email still runs argon2 once."""
    app = client._transport.app  # type: ignore[attr-defined]
    passwords = app.state.passwords
    calls: list[str] = []
    real_verify = passwords.verify

    async def counting_verify(password_hash: str, password: str) -> bool:
        calls.append(password_hash[:9])
        return bool(await real_verify(password_hash, password))

    passwords.verify = counting_verify
    try:
        response = await client.post(
            "/api/auth/login", json={"email": "ghost-user@example.com", "password": "whatever"}
        )
    finally:
        del passwords.verify
    assert response.status_code == 401
    assert calls == ["$argon2id"]


async def test_very_long_fields_are_422(client: httpx.AsyncClient) -> None:
    _, headers = await user_with_token(client, "recruiter")
    for field, size in (
        ("title", 201),
        ("company", 201),
        ("location", 201),
        ("description", 50_001),
    ):
        response = await client.post("/api/jobs", json={**JOB, field: "x" * size}, headers=headers)
        assert response.status_code == 422, field
        assert response.json()["detail"][0]["loc"] == ["body", field]
    name = await client.patch("/api/users/me", json={"full_name": "n" * 201}, headers=headers)
    assert name.status_code == 422
    listed = await client.get("/api/jobs", params={"q": "x" * 300})
    assert listed.status_code == 422


@pytest.mark.parametrize("mark", ["\u202e", "\u2066", "\u200b", "\ufeff"])
async def test_invisible_and_direction_characters_are_taken_out_of_names(
    client: httpx.AsyncClient, mark: str
) -> None:
    """A name or title shown to others reads as it is stored: "\u202eeilA" would show
    reversed. Such characters are removed (pasted text often has them); a value of nothing
    else is 422; the zero-width non-joiner that Persian needs is kept."""
    _, recruiter = await user_with_token(client, "recruiter")
    body = {"title": f"Data {mark}Analyst", "company": "Acme", "description": "SQL."}
    posted = await client.post("/api/jobs", json=body, headers=recruiter)
    assert posted.status_code == 201
    assert posted.json()["title"] == "Data Analyst"
    named = await client.patch("/api/users/me", json={"full_name": f"Ann{mark}"}, headers=recruiter)
    assert named.json()["full_name"] == "Ann"
    empty = await client.patch("/api/users/me", json={"full_name": mark * 3}, headers=recruiter)
    assert empty.status_code == 422
    assert "visible text" in empty.text
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    kept = await client.patch("/api/users/me", json={"full_name": persian}, headers=recruiter)
    assert kept.json()["full_name"] == persian


async def test_a_blank_query_parameter_still_filters_nothing(client: httpx.AsyncClient) -> None:
    for params in ({"q": " "}, {"location": " "}):
        assert (await client.get("/api/jobs", params=params)).status_code == 200, params

"""Plain async factories that go through the public API, as a client would."""

import uuid
from typing import Any

import httpx

PASSWORD = "correct horse battery staple"


async def register(
    client: httpx.AsyncClient, role: str = "candidate", email: str | None = None
) -> dict[str, Any]:
    email = email or f"{role}-{uuid.uuid4().hex[:10]}@example.com"
    response = await client.post(
        "/api/auth/register",
        json={"email": email, "password": PASSWORD, "full_name": f"A {role}", "role": role},
    )
    assert response.status_code == 201, response.text
    user: dict[str, Any] = response.json()
    return user


async def login(client: httpx.AsyncClient, email: str) -> dict[str, str]:
    response = await client.post("/api/auth/login", json={"email": email, "password": PASSWORD})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


async def user_with_token(
    client: httpx.AsyncClient, role: str = "candidate"
) -> tuple[dict[str, Any], dict[str, str]]:
    user = await register(client, role)
    return user, await login(client, user["email"])


JOB = {
    "title": "Senior Python Developer",
    "company": "Acme",
    "description": "Build APIs with Python, FastAPI and PostgreSQL. Docker and AWS a plus.",
    "location": "Berlin",
    "remote": "hybrid",
    "min_years": 3,
}


async def post_job(
    client: httpx.AsyncClient, headers: dict[str, str], **overrides: Any
) -> dict[str, Any]:
    response = await client.post("/api/jobs", json={**JOB, **overrides}, headers=headers)
    assert response.status_code == 201, response.text
    job: dict[str, Any] = response.json()
    return job


CV_TEXT = (
    "Jane Doe - Backend Developer\n"
    "Skills: Python, FastAPI, PostgreSQL, Docker, SQL\n"
    "Experience: 5 years of experience building web APIs.\n"
)


async def upload_cv(
    client: httpx.AsyncClient,
    headers: dict[str, str],
    text: str = CV_TEXT,
    filename: str = "cv.txt",
    content_type: str = "text/plain",
) -> httpx.Response:
    return await client.post(
        "/api/cv", files={"file": (filename, text.encode(), content_type)}, headers=headers
    )

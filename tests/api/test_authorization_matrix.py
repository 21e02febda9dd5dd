"""Every endpoint against every kind of caller: no way into other people's data."""

from typing import Any

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.core.security import PasswordService
from jobmatch.services.users import create_admin
from tests.factories import JOB, PASSWORD, login, post_job, upload_cv, user_with_token

ACTORS = ("anonymous", "candidate", "other_candidate", "recruiter", "other_recruiter", "admin")


def row(
    method: str, path: str, expected: tuple[int, ...], body: dict[str, Any] | None = None
) -> tuple[str, str, dict[str, int], dict[str, Any] | None]:
    return method, path, dict(zip(ACTORS, expected, strict=True)), body


# Expected status per actor, in ACTORS order. {cv}: the candidate's CV; {job}: the
# recruiter's job ({fresh_job}: a new one for each caller); {user}: the candidate's id.
# Writes that change the world for the next caller come last or use {fresh_job}.
MATRIX = [
    row("GET", "/api/users/me", (401, 200, 200, 200, 200, 200)),
    row("PATCH", "/api/users/me", (401, 200, 200, 200, 200, 200), {"full_name": "X"}),
    row("GET", "/api/users", (401, 403, 403, 403, 403, 200)),
    row("GET", "/api/users/me/jobs", (401, 403, 403, 200, 200, 200)),
    row("PATCH", "/api/users/{user}", (401, 403, 403, 403, 403, 200), {"is_active": True}),
    row("GET", "/api/jobs", (200, 200, 200, 200, 200, 200)),
    row("GET", "/api/jobs/{job}", (200, 200, 200, 200, 200, 200)),
    row("POST", "/api/jobs", (401, 403, 403, 201, 201, 201), JOB),
    row("PATCH", "/api/jobs/{job}", (401, 403, 403, 200, 403, 200), {"min_years": 2}),
    row("DELETE", "/api/jobs/{fresh_job}", (401, 403, 403, 204, 403, 204)),
    row("GET", "/api/cv", (401, 200, 200, 200, 200, 200)),
    row("GET", "/api/cv/{cv}", (401, 200, 404, 404, 404, 404)),
    row("POST", "/api/match", (401, 202, 409, 409, 409, 409)),
    row("GET", "/api/match/jobs", (401, 200, 200, 200, 200, 200)),
    row("DELETE", "/api/cv/{cv}", (401, 204, 404, 404, 404, 404)),
]


async def test_authorization_matrix(client: httpx.AsyncClient, db: AsyncSession) -> None:
    candidate_user, candidate = await user_with_token(client)
    _, other_candidate = await user_with_token(client)
    _, recruiter = await user_with_token(client, "recruiter")
    _, other_recruiter = await user_with_token(client, "recruiter")
    app = client._transport.app  # type: ignore[attr-defined]
    passwords: PasswordService = app.state.passwords
    admin_user = await create_admin(db, passwords, "matrix-admin@example.com", PASSWORD)
    await db.commit()
    headers = {
        "anonymous": {},
        "candidate": candidate,
        "other_candidate": other_candidate,
        "recruiter": recruiter,
        "other_recruiter": other_recruiter,
        "admin": await login(client, admin_user.email),
    }
    ids = {
        "cv": (await upload_cv(client, candidate)).json()["id"],
        "job": (await post_job(client, recruiter))["id"],
        "user": candidate_user["id"],
    }
    mismatches = []
    for method, template, expected, body in MATRIX:
        for actor in ACTORS:
            if "{fresh_job}" in template:
                ids["fresh_job"] = (await post_job(client, recruiter))["id"]
            path = template.format(**ids)
            response = await client.request(method, path, json=body, headers=headers[actor])
            if response.status_code != expected[actor]:
                mismatches.append(f"{method} {template} as {actor}: {response.status_code}")
    assert mismatches == []

import uuid

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.core.config import Settings
from jobmatch.repositories import matches
from jobmatch.services import cvs, matching
from jobmatch.services.matcher import Matcher
from tests.factories import post_job, register, upload_cv, user_with_token


async def _parsed_cv(client: httpx.AsyncClient, db: AsyncSession, headers: dict[str, str]) -> str:
    cv_id = (await upload_cv(client, headers)).json()["id"]
    await cvs.parse_cv(db, uuid.UUID(cv_id))  # what the worker does, in this test's transaction
    await db.commit()
    return str(cv_id)


async def _matched_candidate(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings, headers: dict[str, str]
) -> str:
    """Upload and parse a CV, request a match and run it as the worker would; the run id."""
    await _parsed_cv(client, db, headers)
    run_id: str = (await client.post("/api/match", headers=headers)).json()["run_id"]
    await matching.run_match(db, settings, Matcher(settings), uuid.UUID(run_id))
    await db.commit()
    return run_id


async def test_poll_before_anything_is_none_with_etag(client: httpx.AsyncClient) -> None:
    _, headers = await user_with_token(client)
    response = await client.get("/api/match/jobs", headers=headers)
    assert response.status_code == 200
    assert response.json() == {
        "status": "none",
        "run_id": None,
        "cv_id": None,
        "computed_at": None,
        "error": None,
        "results": [],
        "skill_gap": [],
    }
    assert response.headers["etag"].startswith('"')
    assert response.headers["cache-control"] == "private, no-cache"
    assert "retry-after" not in response.headers


async def test_match_without_parsed_cv_is_409(client: httpx.AsyncClient) -> None:
    _, headers = await user_with_token(client)
    response = await client.post("/api/match", headers=headers)
    assert response.status_code == 409
    assert "upload" in response.json()["detail"].lower()


async def test_parsing_queues_a_run_and_post_match_returns_the_same_one(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    _, headers = await user_with_token(client)
    cv_id = await _parsed_cv(client, db, headers)
    cv = (await client.get(f"/api/cv/{cv_id}", headers=headers)).json()
    assert cv["status"] == "parsed"
    assert {"python", "fastapi", "postgresql", "docker", "sql"} <= set(cv["skills"])
    assert cv["years_experience"] == 5
    assert cv["text_preview"].startswith("Jane Doe")
    first = await client.post("/api/match", headers=headers)
    second = await client.post("/api/match", headers=headers)
    assert first.status_code == second.status_code == 202
    assert first.headers["location"] == "/api/match/jobs"
    assert first.json()["run_id"] == second.json()["run_id"]
    assert first.json()["status"] == "queued"
    poll = await client.get("/api/match/jobs", headers=headers)
    assert poll.json()["status"] == "queued"
    assert poll.json()["cv_id"] == cv_id
    assert poll.headers["retry-after"] == "2"


async def test_results_are_ranked_explained_and_conditional(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings
) -> None:
    _, recruiter = await user_with_token(client, "recruiter")
    good = await post_job(client, recruiter, title="Python API Developer")
    weak = await post_job(
        client,
        recruiter,
        title="Data Engineer",
        description="Spark, Scala, Kafka and some Python.",
        min_years=8,
    )
    closed = await post_job(client, recruiter, title="Closed Python role")
    await client.patch(f"/api/jobs/{closed['id']}", json={"status": "closed"}, headers=recruiter)
    _, headers = await user_with_token(client)
    run_id = await _matched_candidate(client, db, settings, headers)

    poll = await client.get("/api/match/jobs", headers=headers)
    body = poll.json()
    assert body["status"] == "done"
    assert body["run_id"] == run_id
    assert "retry-after" not in poll.headers
    ids = [result["job"]["id"] for result in body["results"]]
    assert ids.index(good["id"]) < ids.index(weak["id"])
    assert closed["id"] not in ids
    top = body["results"][0]
    assert top["job"]["id"] == good["id"]
    assert 0 <= top["score"] <= 100
    assert {"python", "fastapi", "postgresql", "docker"} <= set(top["matched_skills"])
    assert top["reasons"]
    weak_result = body["results"][ids.index(weak["id"])]
    assert {"apache spark", "scala", "apache kafka"} <= set(weak_result["missing_skills"])
    assert weak_result["score"] < top["score"]

    etag = poll.headers["etag"]
    again = await client.get("/api/match/jobs", headers={**headers, "If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == etag
    limited = await client.get("/api/match/jobs", params={"limit": 1}, headers=headers)
    assert len(limited.json()["results"]) == 1
    assert limited.headers["etag"] != etag


async def test_rerun_keeps_previous_results_visible_while_pending(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings
) -> None:
    _, recruiter = await user_with_token(client, "recruiter")
    await post_job(client, recruiter)
    _, headers = await user_with_token(client)
    run_id = await _matched_candidate(client, db, settings, headers)
    done = await client.get("/api/match/jobs", headers=headers)
    rerun = await client.post("/api/match", headers=headers)
    assert rerun.json()["run_id"] != run_id
    pending = await client.get(
        "/api/match/jobs", headers={**headers, "If-None-Match": done.headers["etag"]}
    )
    assert pending.status_code == 200
    assert pending.json()["status"] == "queued"
    assert pending.json()["results"] == done.json()["results"]
    assert pending.headers["retry-after"] == "2"


async def test_other_users_results_are_not_visible(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings
) -> None:
    _, recruiter = await user_with_token(client, "recruiter")
    await post_job(client, recruiter)
    _, alice = await user_with_token(client)
    _, bob = await user_with_token(client)
    await _matched_candidate(client, db, settings, alice)
    assert (await client.get("/api/match/jobs", headers=bob)).json()["status"] == "none"


async def test_poll_right_after_upload_is_queued_with_retry_after(
    client: httpx.AsyncClient,
) -> None:
    _, headers = await user_with_token(client)
    cv_id = (await upload_cv(client, headers)).json()["id"]
    poll = await client.get("/api/match/jobs", headers=headers)
    assert poll.json()["status"] == "queued"
    assert poll.json()["cv_id"] == cv_id
    assert poll.headers["retry-after"] == "2"
    # While the CV is parsing, POST /api/match returns that run instead of a 409.
    again = await client.post("/api/match", headers=headers)
    assert again.status_code == 202
    assert again.json()["run_id"] == poll.json()["run_id"]


async def test_many_runs_on_one_connection(db: AsyncSession, client: httpx.AsyncClient) -> None:
    """ON CONFLICT on the partial index keeps working past PostgreSQL's generic-plan switch
    (asyncpg prepares the statement once per connection; plan 6 onwards is generic)."""
    users = [uuid.UUID((await register(client))["id"]) for _ in range(8)]
    first = [await matches.insert_queued_run(db, user_id, None) for user_id in users]
    second = [await matches.insert_queued_run(db, user_id, None) for user_id in users]
    assert all(run is not None for run in first)
    assert second == [None] * 8


async def test_deleting_the_cv_removes_its_results(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings
) -> None:
    _, recruiter = await user_with_token(client, "recruiter")
    await post_job(client, recruiter)
    _, headers = await user_with_token(client)
    await _matched_candidate(client, db, settings, headers)
    done = (await client.get("/api/match/jobs", headers=headers)).json()
    assert done["results"]
    assert (await client.delete(f"/api/cv/{done['cv_id']}", headers=headers)).status_code == 204
    after = (await client.get("/api/match/jobs", headers=headers)).json()
    assert after["status"] == "none"
    assert after["results"] == []

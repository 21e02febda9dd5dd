"""Candidate lists stay readable when a CV is ranked for several jobs (found by the SPA's
browser tests: the list of a job whose candidates were also ranked for another job was a
500, "more than one row returned by a subquery")."""

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.core.config import Settings
from tests.factories import post_job, user_with_token
from tests.services.test_live_matching import Worker


async def test_a_cv_ranked_for_two_jobs_is_listed_for_each(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings
) -> None:
    worker = Worker(client, db, settings)
    _, recruiter = await user_with_token(client, "recruiter")
    _, developer = await user_with_token(client)
    await worker.parse_and_match(
        client, developer, "Backend developer. Python, FastAPI, PostgreSQL, Docker. 6 years."
    )
    jobs = [
        await post_job(client, recruiter),
        await post_job(client, recruiter, title="Python Engineer", company="Initech"),
    ]
    for job in jobs:
        await worker.rank_candidates(job["id"])
    for job in jobs:
        response = await client.get(f"/api/jobs/{job['id']}/candidates", headers=recruiter)
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["status"] == "done"
        assert [r["candidate"]["email"] for r in body["results"]] == [
            (await client.get("/api/users/me", headers=developer)).json()["email"]
        ]
